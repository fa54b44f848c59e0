"""Keyed pseudonyms: a stable token for a person that only the key holder can link back.

Analytics and exports carry ``P-…`` tokens instead of names. A plain hash of a name could
be reversed by hashing a list of candidate names; an HMAC with a secret key cannot be,
without the key. The name is normalised first (case, accents, spacing), so the spellings
an article uses for one person give one token.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from ..errors import ConfigError

MIN_KEY_BYTES = 16


def normalise(value: str) -> str:
    """Casefolded, accents removed, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", value.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def pseudonym(key: bytes, value: str, *, prefix: str = "P") -> str:
    """``prefix-`` and 16 hex digits of HMAC-SHA256(key, normalised value)."""
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError("E602", f"pseudonym key shorter than {MIN_KEY_BYTES} bytes",
                          hint="set RIGHTSRADAR_SECRET_KEY to a long random value")  # fmt: skip
    digest = hmac.new(key, normalise(value).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:16]}"
