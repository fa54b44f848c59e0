"""Open a URL location: fetch it once, safely, then read it like a file."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from ..settings import Settings
from .fetch import fetch
from .readers import SNIFF_BYTES, Location, Record, detect_format, records_from_bytes

_KINDS = {"feed": "feed", "html": "page", "hrdsattack": "hrdsattack"}


def open_url(
    url: str, *, fmt: str | None, allow_private: bool, settings: Settings, fetch_pages: bool
) -> tuple[Location, Iterator[Record]]:
    """Fetch ``url`` (raising E103/E105 when it cannot be) and return its records."""
    got = fetch(url, settings=settings, allow_private=allow_private)
    fmt = fmt or detect_format(url, got.body[:SNIFF_BYTES], content_type=got.content_type)
    host = (urlsplit(got.url).hostname or url).lower().removeprefix("www.")
    loc = Location(url, fmt, _KINDS.get(fmt, "file"), source_name=host, is_url=True)
    loc.extra["final_url"] = got.url
    return loc, records_from_bytes(
        loc, got.body, allow_private=allow_private, settings=settings, fetch_pages=fetch_pages
    )
