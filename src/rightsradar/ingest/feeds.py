"""RSS and Atom feeds: one article per entry, optionally with the text of its linked page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

from ..errors import InputError
from ..settings import Settings
from .pages import extract_main, html_to_text
from .readers import Location, Record, article_record


def _check_xml_is_safe(data: bytes, file: str) -> None:
    """Refuse entity tricks (billion laughs, external entities) before feedparser sees them.

    feedparser turns off external entities but expat still expands internal ones, so a
    small feed could eat all memory. Malformed XML is left to feedparser's lenient parser,
    which expands no entities at all.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputError(
            "E107",
            "feed declares XML entities, which are refused for safety",
            file=file,
        ) from None
    except LookupError as exc:
        # An unknown encoding in the XML declaration: the entity check cannot run, so the
        # feed is refused rather than handed to a parser unchecked.
        raise InputError(
            "E107",
            f"feed declares an unknown encoding ({exc})",
            file=file,
            hint="the XML declaration's encoding must be a real one, e.g. utf-8",
        ) from None
    except (ParseError, ValueError):
        pass


def feed_records(
    loc: Location, data: bytes, *, allow_private: bool, settings: Settings, fetch_pages: bool
) -> Iterator[Record]:
    """One record per feed entry (position = entry number, 1-based).

    With ``fetch_pages`` each entry's link is fetched and its main text replaces the
    summary; when that fails the summary is kept and the failure comes as a warning.
    """
    import feedparser

    _check_xml_is_safe(data, loc.location)
    # Always bytes: given a str, feedparser may treat it as a URL or path and fetch it.
    try:
        parsed = feedparser.parse(bytes(data))
    except Exception as exc:  # noqa: BLE001 - hostile bytes can break feedparser anywhere
        # (e.g. an undecodable encoding name in the XML declaration raises UnicodeDecodeError)
        raise InputError(
            "E107",
            f"not a readable RSS or Atom feed ({type(exc).__name__})",
            file=loc.location,
            hint="check the feed's encoding and XML",
        ) from None
    feed: Any = parsed.get("feed", {})
    if not parsed.entries and not feed.get("title"):
        raise InputError(
            "E107",
            "not a readable RSS or Atom feed",
            file=loc.location,
            hint="check that the URL or file is a feed, or give --format",
        )
    title = html_to_text(feed.get("title") or "")
    if title:
        loc.source_name = title[:255]
    feed_lang = feed.get("language")
    for i, entry in enumerate(parsed.entries, start=1):
        yield _entry_record(
            loc,
            entry,
            i,
            feed_lang,
            allow_private=allow_private,
            settings=settings,
            fetch_pages=fetch_pages,
        )


def _entry_record(
    loc: Location,
    entry: Any,
    i: int,
    feed_lang: str | None,
    *,
    allow_private: bool,
    settings: Settings,
    fetch_pages: bool,
) -> Record:
    link = entry.get("link")
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    text = html_to_text("\n\n".join(c for c in contents if c) or entry.get("summary") or "")
    obj: dict[str, Any] = {
        "id": entry.get("id") or link or f"{loc.location}#{i}",
        "title": html_to_text(entry.get("title") or ""),
        "text": text,
        "published": _struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        "url": link,
        "language": feed_lang,
    }
    warning = None
    if fetch_pages and link:
        from .fetch import fetch

        try:
            got = fetch(link, settings=settings, allow_private=allow_private)
            main = extract_main(got.body, url=got.url)
            if main is None:
                raise InputError("E103", "no main text found on the page", file=link)
            obj["text"] = main.text
            obj["title"] = obj["title"] or main.title
            obj["published"] = obj["published"] or main.published
        except InputError as exc:
            # Keep where the failure happened: the feed entry, and the page that failed.
            warning = InputError(
                exc.code,
                f"entry page {exc.file or link}: {exc.message}",
                file=loc.location,
                line=i,
                field="link",
                hint=exc.hint,
            )
    if not obj["text"]:
        return Record(
            i,
            None,
            warning
            or InputError(
                "E107",
                "entry has no content or summary",
                file=loc.location,
                line=i,
                field="content",
                hint="use --fetch-pages to read the linked page",
            ),
        )
    rec = article_record(obj, position=i, file=loc.location, code="E107")
    return Record(rec.position, rec.article, rec.error or warning)


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
