"""Read any supported location (file or URL) as a stream of ``Record``s.

A record is one article or one error: a malformed line never stops the stream, so the
caller can store the good records and report the bad ones with their file and line. An
error that makes the whole location unreadable (missing file, unknown format, refused
URL) is raised as an ``InputError`` instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..domain import Article
from ..errors import InputError
from ..settings import Settings
from .hrdsattack import parse_item

FORMATS = ("jsonl", "csv", "feed", "html", "hrdsattack")
_ALIASES = {"ndjson": "jsonl", "rss": "feed", "atom": "feed", "xml": "feed", "htm": "html"}
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".html": "html",
    ".htm": "html",
}
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Record:
    """One item read from a location.

    Attributes:
        position: 1-based line (JSONL, CSV), item (HRDsAttack) or entry (feed) number.
        article: the article, or None when the record is malformed.
        error: what is wrong with the record. When ``article`` is also set, the error is a
            warning (e.g. a feed entry whose page could not be fetched kept its summary).
    """

    position: int
    article: Article | None
    error: InputError | None = None


@dataclass
class Location:
    """A location being read: what it is called and how it should be recorded as a source.

    ``source_name`` may only be known after parsing began (a feed's title); it is set
    before the first record is yielded.
    """

    location: str
    format: str
    kind: str  # file|feed|page|hrdsattack, as in the store's Source.kind
    source_name: str
    is_url: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def is_url(location: str) -> bool:
    """True for anything with a URL scheme (http, https, or one we will refuse)."""
    head = location.split(":", 1)[0].lower()
    return "://" in location and head.isalpha() and len(head) > 1


def normalise_format(fmt: str | None) -> str | None:
    """The canonical name of a user-given format, or E104 for an unknown one."""
    if fmt is None:
        return None
    name = _ALIASES.get(fmt.lower().strip(), fmt.lower().strip())
    if name not in FORMATS:
        raise InputError(
            "E104",
            f"unknown format '{fmt}'",
            field="--format",
            hint=f"use one of: {', '.join(FORMATS)}",
        )
    return name


def detect_format(location: str, head_bytes: bytes, *, content_type: str | None = None) -> str:
    """The format of ``location``: from its extension, else its content type, else its bytes.

    Args:
        location: file path or URL.
        head_bytes: the first few kilobytes of the content.
        content_type: the HTTP Content-Type of a URL, if any.

    Raises:
        InputError: E104 when nothing identifies the format.
    """
    path = location.split("?", 1)[0].split("#", 1)[0] if is_url(location) else location
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        fmt = _EXTENSIONS[suffix]
        # .xml is also used for things that are not feeds: trust it only if it looks like one.
        if fmt != "feed" or suffix != ".xml" or _sniff(head_bytes) in (None, "feed"):
            return fmt
    if suffix == ".json":
        sniffed = _sniff(head_bytes)
        if sniffed in ("hrdsattack", "jsonl"):
            return sniffed
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    by_type = {
        "application/rss+xml": "feed",
        "application/atom+xml": "feed",
        "application/x-ndjson": "jsonl",
        "application/jsonl": "jsonl",
        "text/csv": "csv",
    }
    if ctype in by_type:
        return by_type[ctype]
    sniffed = _sniff(head_bytes)
    if sniffed:
        return sniffed
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    raise InputError(
        "E104",
        "cannot recognise the input format",
        file=location,
        hint=f"give --format ({', '.join(FORMATS)})",
    )


def _sniff(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").decode("utf-8", "replace")
    low = text[:SNIFF_BYTES].lower()
    if text.startswith("{"):
        return "jsonl"
    if text.startswith("["):
        return "hrdsattack" if '"sample"' in low or '"input.' in low else None
    if text.startswith("<"):
        if "<rss" in low or "<feed" in low or "<rdf:rdf" in low:
            return "feed"
        if "<html" in low or "<!doctype html" in low or "<body" in low:
            return "html"
        return None
    first = low.splitlines()[0] if low else ""
    if ("," in first or "\t" in first or ";" in first) and any(
        name in first for name in ("text", "body", "content")
    ):
        return "csv"
    return None


def open_location(
    location: str,
    *,
    format: str | None = None,
    allow_private: bool = False,
    settings: Settings | None = None,
    fetch_pages: bool = False,
) -> tuple[Location, Iterator[Record]]:
    """Identify ``location`` and return it with a lazy stream of its records.

    Raises:
        InputError: when the location cannot be read at all (E103, E104, E105).
    """
    settings = settings or Settings()
    fmt = normalise_format(format)
    if is_url(location):
        from .remote import open_url

        return open_url(
            location,
            fmt=fmt,
            allow_private=allow_private,
            settings=settings,
            fetch_pages=fetch_pages,
        )
    path = Path(location)
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise InputError(
            "E103",
            f"cannot read file: {exc.strerror or exc}",
            file=location,
            hint="check the path and its permissions",
        ) from None
    fmt = fmt or detect_format(location, head)
    kind = {"feed": "feed", "html": "page", "hrdsattack": "hrdsattack"}.get(fmt, "file")
    loc = Location(location, fmt, kind, source_name=path.stem or location)
    return loc, _file_records(
        loc, path, allow_private=allow_private, settings=settings, fetch_pages=fetch_pages
    )


def iter_records(
    location: str,
    *,
    format: str | None = None,
    allow_private: bool = False,
    settings: Settings | None = None,
) -> Iterator[Record]:
    """Every record of ``location`` (file path or http(s) URL), in order.

    Args:
        location: a file path or an http(s) URL.
        format: one of ``FORMATS`` (or an alias such as ``rss``); detected when None.
        allow_private: allow URLs whose host resolves to a private or loopback address.
        settings: fetch limits; defaults to ``Settings()``.

    Raises:
        InputError: only when the location cannot be read at all; a malformed record is
            yielded as a ``Record`` with its ``error`` set.
    """
    _, records = open_location(
        location, format=format, allow_private=allow_private, settings=settings
    )
    return records


def _file_records(
    loc: Location, path: Path, *, allow_private: bool, settings: Settings, fetch_pages: bool
) -> Iterator[Record]:
    if loc.format == "jsonl":
        with path.open("rb") as fh:
            yield from jsonl_records(fh, file=loc.location)
        return
    data = _read_bytes(path, loc.location)
    yield from records_from_bytes(
        loc, data, allow_private=allow_private, settings=settings, fetch_pages=fetch_pages
    )


def _read_bytes(path: Path, location: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            "E103", f"cannot read file: {exc.strerror or exc}", file=location
        ) from None


def records_from_bytes(
    loc: Location,
    data: bytes,
    *,
    allow_private: bool = False,
    settings: Settings | None = None,
    fetch_pages: bool = False,
) -> Iterator[Record]:
    """The records of an in-memory document (a whole file, or a fetched URL body)."""
    if loc.format == "jsonl":
        yield from jsonl_records(data.splitlines(keepends=True), file=loc.location)
    elif loc.format == "hrdsattack":
        yield from hrdsattack_records(data, file=loc.location)
    elif loc.format == "csv":
        from .tabular import csv_records

        yield from csv_records(data, file=loc.location)
    elif loc.format == "feed":
        from .feeds import feed_records

        yield from feed_records(
            loc,
            data,
            allow_private=allow_private,
            settings=settings or Settings(),
            fetch_pages=fetch_pages,
        )
    elif loc.format == "html":
        from .pages import page_records

        yield from page_records(loc, data)
    else:  # normalise_format keeps this unreachable; fail loudly if it is not.
        raise InputError("E104", f"unsupported format '{loc.format}'", file=loc.location)


# -- Article JSONL ------------------------------------------------------------------------
def jsonl_records(lines: Iterable[bytes], *, file: str) -> Iterator[Record]:
    """One record per non-blank line of Article JSONL."""
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except UnicodeDecodeError:
            yield Record(
                lineno,
                None,
                InputError(
                    "E101",
                    "line is not valid UTF-8",
                    file=file,
                    line=lineno,
                    hint="save the file as UTF-8",
                ),
            )
            continue
        except json.JSONDecodeError as exc:
            yield Record(
                lineno,
                None,
                InputError(
                    "E101",
                    f"invalid JSON: {exc.msg} (column {exc.colno})",
                    file=file,
                    line=lineno,
                    hint="each line must be one JSON object",
                ),
            )
            continue
        yield article_record(obj, position=lineno, file=file)


def article_record(obj: Any, *, position: int, file: str, code: str = "E102") -> Record:
    """Validate one mapping as an Article; a bad one becomes an error record.

    The error names the field and the rule it broke, never the value: values can be
    personal data.
    """
    if not isinstance(obj, dict):
        return Record(
            position,
            None,
            InputError(
                code,
                f"expected a JSON object, got {type(obj).__name__}",
                file=file,
                line=position,
                hint='write one {"id": ..., "text": ...} object per line',
            ),
        )
    try:
        return Record(position, Article.model_validate(obj))
    except ValidationError as exc:
        err = exc.errors(include_input=False, include_url=False)[0]
        fld = ".".join(str(p) for p in err["loc"]) or None
        missing = err["type"] == "missing"
        return Record(
            position,
            None,
            InputError(
                code,
                "required field is missing" if missing else err["msg"].lower(),
                file=file,
                line=position,
                field=fld,
                hint="only 'id' and 'text' are required; 'published' is ISO 8601"
                if missing or fld == "published"
                else "fix or remove this record",
            ),
        )


# -- HRDsAttack ---------------------------------------------------------------------------
def hrdsattack_records(data: bytes, *, file: str) -> Iterator[Record]:
    """One record per item of a HRDsAttack JSON list."""
    try:
        items = json.loads(data)
    except UnicodeDecodeError:
        raise InputError("E101", "file is not valid UTF-8", file=file) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            "E101",
            f"not valid JSON: {exc.msg}",
            file=file,
            line=exc.lineno,
            hint="a HRDsAttack file is one JSON list of items",
        ) from None
    if not isinstance(items, list):
        raise InputError("E108", "expected a JSON list of items", file=file)
    for i, item in enumerate(items, start=1):
        try:
            yield Record(i, parse_item(item, index=i, file=file).article)
        except InputError as exc:
            yield Record(i, None, exc)
        except (ValidationError, AttributeError, TypeError):
            yield Record(
                i,
                None,
                InputError(
                    "E108",
                    "item is malformed",
                    file=file,
                    line=i,
                    field="sample",
                ),
            )
