"""CSV input: a header row with Article field names (or common aliases), one article a row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ..errors import InputError
from .readers import Record, article_record

# Column names seen in exports of news databases and spreadsheets, mapped to Article fields.
ALIASES: dict[str, str] = {
    "id": "id",
    "article_id": "id",
    "guid": "id",
    "identifier": "id",
    "uid": "id",
    "text": "text",
    "body": "text",
    "content": "text",
    "article": "text",
    "article_text": "text",
    "full_text": "text",
    "fulltext": "text",
    "title": "title",
    "headline": "title",
    "heading": "title",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "publish_date": "published",
    "pubdate": "published",
    "datetime": "published",
    "published_date": "published",
    "url": "url",
    "link": "url",
    "href": "url",
    "article_url": "url",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "site": "source",
    "language": "language",
    "lang": "language",
}
# Article text can be long; the csv module's default limit (128 KiB) would reject it.
_FIELD_LIMIT = 16 * 1024 * 1024


def csv_records(data: bytes, *, file: str) -> Iterator[Record]:
    """One record per data row; the position is the row's first line in the file.

    A header without an id column is accepted (spreadsheets rarely have one): the row's
    line number becomes its id. An empty id or text cell is an error (E106).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "E106", "file is not valid UTF-8", file=file, hint="save the CSV as UTF-8"
        ) from exc
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    first = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InputError("E106", "no header row", file=file, line=1) from None
    columns = [ALIASES.get(h.strip().lower().replace(" ", "_").replace("-", "_")) for h in header]
    if "text" not in columns:
        raise InputError(
            "E106",
            "no text column in the header",
            file=file,
            line=1,
            field="text",
            hint="name a column text (or body/content)",
        )
    has_id = "id" in columns
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Record(
                start, None, InputError("E106", f"malformed row: {exc}", file=file, line=start)
            )
            start = reader.line_num + 1
            continue
        position, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Record(
                position,
                None,
                InputError(
                    "E106",
                    f"row has {len(row)} fields, the header has {len(header)}",
                    file=file,
                    line=position,
                    hint="quote fields that contain the delimiter",
                ),
            )
            continue
        obj = {c: v for c, v in zip(columns, row, strict=True) if c and v.strip()}
        if not has_id:
            obj["id"] = str(position)
        yield article_record(obj, position=position, file=file, code="E106")
