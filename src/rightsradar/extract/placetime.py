"""Place and event date, from the place and date extractors (``geo.locate`` and
``dates.event_date``), focused on the sentences that describe the attack.

Either extractor may be missing from an installation under construction: then its fields
stay empty instead of the whole pipeline failing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .base import Doc, Draft, Span


@lru_cache(maxsize=4)
def _function(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(f"rightsradar.extract.{module}"), name, None)
    except ImportError:
        return None


def _focus(doc: Doc, draft: Draft) -> list[Span] | None:
    spans = [doc.sentences[i] for i in draft.focus_sentences]
    return spans or None


class PlaceFinder:
    """Fills country, region, city, coordinates and ``place_precision``."""

    def __call__(self, doc: Doc, draft: Draft) -> None:
        locate = _function("geo", "locate")
        if locate is None:
            return
        place = locate(doc.text, language=doc.language, focus=_focus(doc, draft))
        for key in ("country", "region", "city"):
            value = getattr(place, key, None)
            if value is None:
                continue
            conf = place.confidence.get(key, 0.5)
            draft.set(key, value, conf, place.evidence.get(key))
        if place.latitude is not None and place.longitude is not None:
            draft.fields["latitude"], draft.fields["longitude"] = place.latitude, place.longitude
        if place.precision:
            draft.fields["place_precision"] = place.precision


class DateFinder:
    """Fills year, month, day and ``date_precision``."""

    def __call__(self, doc: Doc, draft: Draft) -> None:
        event_date = _function("dates", "event_date")
        if event_date is None:
            return
        found = event_date(
            doc.text,
            doc.published,
            language=doc.language,
            focus=_focus(doc, draft),
            sentences=doc.sentences,
        )
        for key in ("year", "month", "day"):
            value = getattr(found, key, None)
            if value is not None:
                draft.set(key, value, found.confidence, found.evidence)
        if found.precision:
            draft.fields["date_precision"] = found.precision
