"""`rightsradar watch`: poll configured feeds on their schedules and run the pipeline.

Each cycle ingests the feeds that are due; when anything new was stored, the whole
pipeline (extract → resolve → alerts) runs over it at once. Models are loaded once for the
life of the watcher, so an article that lands in a feed reaches the alert channels within
the feed's polling interval plus about a second of processing.

FEEDS.toml::

    [defaults]          # optional; any feed key
    every = "10m"

    [[feed]]
    name = "Regional monitor"          # the source name articles are filed under
    url = "https://example.org/feed.xml"
    every = "5m"                        # 30s, 5m, 1h, 1d; at least 0.1s
    fetch_pages = true                  # fetch each entry's page for its full text
    allow_private = false               # true only for a trusted host on a private network
    format = "feed"                     # optional; detected otherwise

A bad file is reported as E109 with the file, the feed's position and the field.
"""

from __future__ import annotations

import re
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .ingest.service import ingest
from .pipeline import Components, RunReport, run
from .settings import Settings
from .store import Store

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_KEYS = {"name", "url", "every", "fetch_pages", "allow_private", "format"}
# Sub-second polling is for a feed on the same network (or a benchmark); a public outlet
# should be polled every few minutes.
MIN_EVERY_S = 0.1


@dataclass(frozen=True)
class FeedConfig:
    """One watched feed."""

    name: str
    url: str
    every_s: float
    fetch_pages: bool = False
    allow_private: bool = False
    format: str | None = None


def parse_duration(value: Any) -> float:
    """'30s', '5m', '1h', '1d' or a number of seconds → seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"'{value}' is not a duration such as 30s, 5m, 1h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2)]


def load_feeds(path: str | Path) -> list[FeedConfig]:
    """The feeds of a FEEDS.toml file. Raises InputError E109 (or E103 when unreadable)."""
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError("E103", f"cannot read: {exc.strerror}", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; its message has the line.
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise InputError("E109", f"not valid TOML: {exc}", file=str(path), line=line) from None
    defaults = doc.get("defaults", {})
    feeds = doc.get("feed", [])
    if not isinstance(feeds, list) or not feeds:
        raise InputError("E109", "no [[feed]] entries", file=str(path),
                         hint="add at least one [[feed]] with a name and a url")  # fmt: skip
    out = []
    for i, raw in enumerate(feeds, start=1):
        item = {**defaults, **raw}

        def bad(message: str, fld: str, *, i: int = i) -> InputError:
            return InputError("E109", f"feed {i}: {message}", file=str(path), field=fld)

        unknown = set(item) - _KEYS
        if unknown:
            raise bad(f"unknown key(s) {', '.join(sorted(unknown))}", sorted(unknown)[0])
        for key in ("name", "url"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise bad(f"'{key}' is missing or empty", key)
        try:
            every = parse_duration(item.get("every", "15m"))
        except ValueError as exc:
            raise bad(str(exc), "every") from None
        if every < MIN_EVERY_S:
            raise bad(f"polling more often than every {MIN_EVERY_S:g} s is refused", "every")
        for key in ("fetch_pages", "allow_private"):
            if not isinstance(item.get(key, False), bool):
                raise bad(f"'{key}' must be true or false", key)
        out.append(FeedConfig(name=item["name"].strip(), url=item["url"].strip(), every_s=every,
                              fetch_pages=item.get("fetch_pages", False),
                              allow_private=item.get("allow_private", False),
                              format=item.get("format")))  # fmt: skip
    return out


@dataclass
class Cycle:
    """What one polling cycle did (counts only: nothing personal)."""

    polled: list[str] = field(default_factory=list)
    new_articles: int = 0
    failed: list[str] = field(default_factory=list)
    run: RunReport | None = None


class Watcher:
    """Polls feeds when due and runs the pipeline over what is new."""

    def __init__(self, store: Store, settings: Settings, feeds: list[FeedConfig], *,
                 components: Components | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.store, self.settings, self.feeds = store, settings, feeds
        self.components = components if components is not None else Components.load(settings)
        self.clock = clock
        self.next_due = {f.url: clock() for f in feeds}

    def poll(self) -> Cycle:
        """One cycle: ingest every due feed, then run the pipeline if anything is new."""
        now = self.clock()
        cycle = Cycle()
        for feed in self.feeds:
            if self.next_due[feed.url] > now:
                continue
            self.next_due[feed.url] = now + feed.every_s
            rep = ingest(self.store, self.settings, [feed.url], format=feed.format,
                         source=feed.name, allow_private=feed.allow_private,
                         fetch_pages=feed.fetch_pages)  # fmt: skip
            cycle.polled.append(feed.name)
            cycle.new_articles += rep.new
            cycle.failed += [feed.name for _ in rep.failed]
        if cycle.new_articles:
            cycle.run = run(self.store, self.settings, components=self.components)
        return cycle

    def seconds_to_next(self) -> float:
        return max(0.0, min(self.next_due.values()) - self.clock())

    def run_forever(self, stop: threading.Event, *,
                    on_cycle: Callable[[Cycle], None] | None = None,
                    max_cycles: int | None = None) -> None:  # fmt: skip
        """Poll until ``stop`` is set (or ``max_cycles`` cycles that polled something)."""
        cycles = 0
        while not stop.is_set():
            cycle = self.poll()
            if cycle.polled:
                cycles += 1
                if on_cycle:
                    on_cycle(cycle)
                if max_cycles is not None and cycles >= max_cycles:
                    return
            stop.wait(self.seconds_to_next())
