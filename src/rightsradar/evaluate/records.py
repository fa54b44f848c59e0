"""Gold and predicted records, read from files and normalised to one comparable shape.

Gold comes either as the HRDsAttack JSON list or as the project's annotation JSONL (the
Prediction JSONL fields, plus an optional ``relevant``). Predictions are Prediction JSONL.
Both pass through the same normalisation so that "2021.0", "2021" and 2021 compare equal,
and "None", "nan", "unknown", "" mean empty.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import process

from ..errors import InputError, RightsRadarError

_EMPTY = {"", "none", "nan", "null", "unknown", "n/a", "n//a", "na", "not mentioned"}
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


# The paper's scorer asks a fine-tuned T5 for the attributes of each gold-named victim
# whose name occurs verbatim in the model's input: the question and the article truncated
# to 512 SentencePiece tokens. At about 1.4 tokens per word of English news that is the
# article's first ~350 words; victims named only later are never scored by the paper.
PAPER_WINDOW_WORDS = 350


@dataclass(frozen=True)
class GoldVictim:
    """One victim, normalised. ``name`` is None for an unnamed group. ``in_window`` says
    whether a gold name occurs verbatim in the article's first ``PAPER_WINDOW_WORDS``
    words (None when the article text is not known)."""

    name: str | None
    type: frozenset[str] = frozenset()
    sex: str | None = None
    age: str | None = None
    population: str | None = None
    in_window: bool | None = field(default=None, compare=False)


@dataclass(frozen=True)
class GoldRecord:
    """One article's labels (gold) or one prediction, normalised for scoring."""

    id: str
    relevant: bool | None = None
    perpetrator_mention: bool | None = None
    perpetrator_type: str | None = None
    violation_types: frozenset[str] = frozenset()
    victims: tuple[GoldVictim, ...] = ()
    country: str | None = None
    region: str | None = None
    city: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    confidence: dict[str, float] = field(default_factory=dict, compare=False)


def empty(value: Any) -> bool:
    """True for the many ways the benchmark writes 'no value'."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().casefold() in _EMPTY


def text_or_none(value: Any) -> str | None:
    """A stripped string with inner whitespace collapsed, or None when empty."""
    if empty(value):
        return None
    return " ".join(str(value).split()) or None


def _number(value: Any) -> float | None:
    if empty(value) or isinstance(value, bool):
        return None
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def norm_year(value: Any) -> int | None:
    """'2021.0' → 2021; anything that is not a plausible year → None."""
    n = _number(value)
    return int(n) if n is not None and n.is_integer() and 1000 <= n <= 2100 else None


def norm_month(value: Any) -> int | None:
    """'02', 2.0, 'February' or a misspelt 'Febuary' → 2."""
    n = _number(value)
    if n is not None:
        return int(n) if n.is_integer() and 1 <= n <= 12 else None
    if empty(value):
        return None
    word = str(value).strip().casefold()
    # The benchmark's annotators misspell month names ("Novermber", "Ocober").
    best = process.extractOne(word, _MONTHS, score_cutoff=75)
    return _MONTHS.index(best[0]) + 1 if best else None


def norm_day(value: Any) -> int | None:
    """'26.0' → 26; outside 1-31 → None."""
    n = _number(value)
    return int(n) if n is not None and n.is_integer() and 1 <= n <= 31 else None


def norm_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if empty(value):
        return None
    return str(value).strip().casefold() in {"true", "1", "yes"}


def place_key(value: str | None, *, kind: str = "city") -> str | None:
    """Comparison key of a place name: case, accents, punctuation and 'State' suffix ignored.

    Countries go through the country canonicaliser first so that "USA", "US" and
    "United States of America" compare equal, and "England" equals "United Kingdom".
    """
    if value is None:
        return None
    if kind == "country":
        value = canonical_country_name(value) or value
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().casefold()
    if kind == "region":
        # Annotators write "Ogun State" and "Zamfara" alike.
        text = re.sub(r"\s+(state|province|region|department|governorate|division)$", "", text)
    key = re.sub(r"[^0-9a-z]+", "", text)
    return key or None


def canonical_country_name(name: str) -> str | None:
    """The project's canonical English short name for a country name, alias or demonym."""
    from ..extract.geo import canonical_country  # local: the gazetteer loads lazily

    return canonical_country(name)


_VICTIM_KEYS = ("name", "type", "sex", "age", "population")
_HRDS_VICTIM_KEYS = (
    "victim_name",
    "victim_type",
    "victim_sex_type",
    "victim_age_group",
    "victim_population_type",
)


def _victims(items: Any, *, hrds: bool) -> tuple[GoldVictim, ...]:
    out = []
    for v in items or []:
        if not isinstance(v, dict):
            continue
        keys = _HRDS_VICTIM_KEYS if hrds else _VICTIM_KEYS
        types = v.get(keys[1]) or []
        if isinstance(types, str):
            types = [types]
        out.append(
            GoldVictim(
                name=text_or_none(v.get(keys[0])),
                type=frozenset(str(t).strip() for t in types if not empty(t)),
                sex=text_or_none(v.get(keys[2])),
                age=text_or_none(v.get(keys[3])),
                population=text_or_none(v.get(keys[4])),
            )
        )
    return tuple(out)


def _labels(values: Any) -> frozenset[str]:
    if isinstance(values, str):
        values = [values]
    return frozenset(str(v).strip() for v in values or [] if not empty(v))


def _in_window(victims: tuple[GoldVictim, ...], text: str | None) -> tuple[GoldVictim, ...]:
    """``victims`` with ``in_window`` set from the article text (as the paper: the name as
    annotated, case-sensitive, in the opening words)."""
    if text is None:
        return victims
    opening = " ".join(text.split()[:PAPER_WINDOW_WORDS])
    return tuple(replace(v, in_window=v.name in opening) if v.name else v for v in victims)


def from_hrdsattack_labels(
    ident: str, labels: dict[str, Any], text: str | None = None
) -> GoldRecord:
    """A gold record from a HRDsAttack ``merged_sample``; with the article ``text`` its
    named victims know whether the paper's scorer would see them."""
    return GoldRecord(
        id=ident,
        relevant=None,
        perpetrator_mention=norm_bool(labels.get("perpetrator_mention")),
        perpetrator_type=text_or_none(labels.get("perpetrator_type")),
        violation_types=_labels(labels.get("violation_types")),
        victims=_in_window(_victims(labels.get("victims"), hrds=True), text),
        country=text_or_none(labels.get("country")),
        region=text_or_none(labels.get("region")),
        city=text_or_none(labels.get("city")),
        year=norm_year(labels.get("year")),
        month=norm_month(labels.get("month")),
        day=norm_day(labels.get("date")),
    )


def from_prediction(record: dict[str, Any]) -> GoldRecord:
    """A record from a Prediction JSONL (or annotation JSONL) object."""
    conf = record.get("confidence") or {}
    return GoldRecord(
        id=str(record["id"]),
        relevant=norm_bool(record.get("relevant")),
        perpetrator_mention=norm_bool(record.get("perpetrator_mention")),
        perpetrator_type=text_or_none(record.get("perpetrator_type")),
        violation_types=_labels(record.get("violation_types")),
        victims=_victims(record.get("victims"), hrds=False),
        country=text_or_none(record.get("country")),
        region=text_or_none(record.get("region")),
        city=text_or_none(record.get("city")),
        year=norm_year(record.get("year")),
        month=norm_month(record.get("month")),
        day=norm_day(record.get("day")),
        confidence={k: float(p) for k, p in conf.items() if isinstance(p, int | float)}
        if isinstance(conf, dict)
        else {},
    )


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) of every non-blank line; E201 names the file and line of a
    line that is not a JSON object with an ``id``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("E201", f"cannot read file: {exc}", file=str(path)) from None
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                "E201",
                f"not valid JSON: {exc.msg}",
                file=str(path),
                line=n,
                hint="expected one JSON object per line (JSONL)",
            ) from None
        if not isinstance(obj, dict) or obj.get("id") in (None, ""):
            raise InputError(
                "E201",
                "each line must be a JSON object with an 'id'",
                file=str(path),
                line=n,
                field="id",
            )
        out.append((n, obj))
    return out


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records from a HRDsAttack JSON list or an annotation JSONL file (detected)."""
    from ..ingest.hrdsattack import read_hrdsattack

    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4096).lstrip()
    except OSError as exc:
        raise InputError("E201", f"cannot read file: {exc}", file=str(path)) from None
    if head.startswith(b"["):
        try:
            return [
                from_hrdsattack_labels(rec.article.id, rec.labels or {}, rec.article.text)
                for rec in read_hrdsattack(path)
            ]
        except RightsRadarError as exc:
            raise InputError(
                "E201",
                f"cannot read HRDsAttack gold: {exc.message}",
                file=str(path),
                line=exc.line,
                field=exc.field,
            ) from None
    records, seen = [], set()
    for n, obj in read_jsonl(path):
        rec = _checked(from_prediction, obj, path, n)
        if rec.id in seen:
            raise InputError("E201", f"duplicate id {rec.id!r}", file=str(path), line=n, field="id")
        seen.add(rec.id)
        records.append(rec)
    return records


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Prediction JSONL as ``{id: record}``; a repeated id is an error."""
    path = Path(path)
    out: dict[str, dict[str, Any]] = {}
    for n, obj in read_jsonl(path):
        ident = str(obj["id"])
        if ident in out:
            raise InputError("E201", f"duplicate id {ident!r}", file=str(path), line=n, field="id")
        _checked(from_prediction, obj, path, n)
        out[ident] = obj
    return out


def _checked(fn: Any, obj: dict[str, Any], path: Path, line: int) -> GoldRecord:
    try:
        return fn(obj)
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            "E201", f"record cannot be read: {exc}", file=str(path), line=line
        ) from None
