"""The kinds of alert rules, channels and digests: names only, so that the command line
can offer them without importing the store."""

RULE_KINDS = ("watchlist", "country", "violation", "victim_group", "surge", "risk")
CHANNELS = ("webhook", "email", "log")
DIGESTS = ("daily",)
