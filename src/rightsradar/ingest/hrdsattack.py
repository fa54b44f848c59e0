"""The public HRDsAttack benchmark format (dataminr-ai/HRDsAttack, MIT licence).

A file is a JSON list of items ``{"sample": {...}, "annotations": [...], "merged_sample": {...}}``.
``sample`` holds the article (title, publish date, HTML paragraphs, GLOBALEVENTID) and
``merged_sample`` the adjudicated labels.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain import Article
from ..errors import InputError

_PARA = re.compile(r"<p[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class HRDsAttackRecord:
    """One benchmark item: the article, and its gold labels (``merged_sample``) if present."""

    article: Article
    labels: dict[str, Any] | None
    index: int  # position in the file, 1-based


def html_paragraphs_to_text(markup: str) -> str:
    """The article text, one paragraph per line, entities decoded, tags removed."""
    paras = _PARA.findall(markup) or [markup]
    out = [html.unescape(_TAG.sub(" ", p)) for p in paras]
    return "\n\n".join(" ".join(p.split()) for p in out if p.strip())


def _published(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).strip().replace(" ", "T"))
    except ValueError:
        return None


def read_hrdsattack(path: str | Path) -> Iterator[HRDsAttackRecord]:
    """Yield every item of a HRDsAttack JSON file; a malformed item raises E108 with its index."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("E103", f"cannot read file: {exc}", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            "E101",
            f"not valid JSON: {exc.msg}",
            file=str(path),
            line=exc.lineno,
            hint="a HRDsAttack file is one JSON list of items",
        ) from None
    if not isinstance(data, list):
        raise InputError("E108", "expected a JSON list of items", file=str(path))
    for i, item in enumerate(data, start=1):
        yield parse_item(item, index=i, file=str(path))


def parse_item(item: Any, *, index: int, file: str) -> HRDsAttackRecord:
    """One item of the benchmark as an Article and its labels."""
    sample = item.get("sample") if isinstance(item, dict) else None
    if not isinstance(sample, dict):
        raise InputError(
            "E108", "item has no 'sample' object", file=file, line=index, field="sample"
        )
    body = sample.get("Input.article_interface")
    if not isinstance(body, str) or not body.strip():
        raise InputError(
            "E108",
            "item has no article text",
            file=file,
            line=index,
            field="sample.Input.article_interface",
        )
    ident = sample.get("Input.GLOBALEVENTID") or sample.get("HIT_id") or f"item-{index}"
    article = Article(
        id=str(ident),
        title=str(sample.get("Input.title") or ""),
        text=html_paragraphs_to_text(body),
        published=_published(sample.get("Input.publish_date")),
        source="hrdsattack",
        language="en",
    )
    labels = item.get("merged_sample")
    return HRDsAttackRecord(article, labels if isinstance(labels, dict) else None, index)
