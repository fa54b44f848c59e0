"""HTML pages: main text (no menus, ads or comments) and metadata via trafilatura."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import InputError
from .readers import Location, Record, article_record

_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.S | re.I)
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class MainText:
    """What trafilatura found on a page."""

    text: str
    title: str
    published: datetime | None
    url: str | None
    sitename: str | None


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags removed, paragraphs kept."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    text = _TAG.sub("", _BREAK.sub("\n", _DROP.sub(" ", markup)))
    text = _SPACES.sub(" ", html.unescape(text))
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", lines).strip()


def extract_main(data: bytes | str, *, url: str | None = None) -> MainText | None:
    """The main text and metadata of a page, or None when it has no main text."""
    import trafilatura
    from trafilatura.settings import set_date_params

    doc: Any = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # No "extensive" date search: it hands odd strings to dateparser, whose first call
        # loads every language (about 8 s of CPU for one hostile or unusual page).
        date_extraction_params=set_date_params(extensive=False),
    )
    if doc is not None and hasattr(doc, "as_dict"):  # trafilatura 2 returns a Document
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        return None
    title = (doc.get("title") or "").strip()
    text = doc["text"].strip()
    # The headline is often inside the article element too; keep it once (in the title).
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()
    return MainText(
        text=text,
        title=title,
        published=_date(doc.get("date")),
        url=doc.get("url")
        if str(doc.get("url") or "").startswith(("http://", "https://"))
        else None,
        sitename=(doc.get("sitename") or "").strip() or None,
    )


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def page_records(loc: Location, data: bytes) -> Iterator[Record]:
    """The one article of a page (position 1), or an error record when it has none."""
    page_url = loc.extra.get("final_url", loc.location) if loc.is_url else None
    main = extract_main(data, url=page_url)
    if main is None:
        yield Record(
            1,
            None,
            InputError(
                "E103",
                "no main text found on the page",
                file=loc.location,
                hint="the page may need JavaScript or be an index page; try its article URLs",
            ),
        )
        return
    if main.sitename:
        loc.source_name = main.sitename
    obj = {
        "id": page_url or main.url or loc.location,
        "title": main.title,
        "text": main.text,
        "published": main.published,
        "url": page_url or main.url,
    }
    yield article_record(obj, position=1, file=loc.location)
