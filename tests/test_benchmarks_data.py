"""The multilingual annotated sets are valid test data; the speed stream is a feed-like mix."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from rightsradar.domain import Article
from rightsradar.domain.taxonomy import (
    AGE_GROUPS,
    PERPETRATOR_TYPES,
    POPULATIONS,
    SEXES,
    VICTIM_GROUPS,
    VIOLATION_TYPES,
)
from rightsradar.evaluate.records import load_gold

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
DATA = BENCH / "data" / "multilingual"
WIRE = BENCH / "data" / "multilingual-wire"
LANGUAGES = ("es", "fr", "pt")
# Each annotated set and its least number of articles per language.
SETS = [(DATA, 40), (WIRE, 20)] + [
    (BENCH / "data" / f"multilingual-{name}", 20)
    for name in ("ngo", "local", "foreign", "long", "names")
]
CASES = [(d, n, lang) for d, n in SETS for lang in LANGUAGES]
CASES += [(BENCH / "data" / "multilingual-feed", 40, lang) for lang in LANGUAGES]
CASES.append((BENCH / "data" / "english-news", 60, "en"))
CASES.append((BENCH / "data" / "english-news-2", 60, "en"))
CASES.append((BENCH / "data" / "english-news-3", 60, "en"))
IDS = [f"{d.name}-{lang}" for d, _, lang in CASES]
LABELS = ("relevant", "perpetrator_mention", "perpetrator_type", "violation_types", "victims",
          "country", "region", "city", "year", "month", "day")  # fmt: skip


def _rows(lang: str, data: Path = DATA) -> list[dict]:
    with (data / f"{lang}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize(("data", "least", "lang"), CASES, ids=IDS)
def test_benchmarks_data_lines_are_articles_with_taxonomy_labels(
    data: Path, least: int, lang: str
) -> None:
    rows = _rows(lang, data)
    assert len(rows) >= least
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        article = Article(**r)
        assert article.language == lang and article.published is not None
        assert all(k in r for k in LABELS), r["id"]
        assert all(v in VIOLATION_TYPES for v in r["violation_types"]), r["id"]
        assert r["perpetrator_type"] in (None, *PERPETRATOR_TYPES), r["id"]
        assert r["perpetrator_mention"] == (r["perpetrator_type"] is not None), r["id"]
        for v in r["victims"]:
            assert v["type"] and all(t in VICTIM_GROUPS for t in v["type"]), r["id"]
            assert v["sex"] in SEXES and v["age"] in AGE_GROUPS, r["id"]
            assert v["population"] in POPULATIONS, r["id"]
            # A named victim is one person; an unnamed one may be too ("a driver", as
            # HRDsAttack has eight times in train).
            assert v["population"] == "individual" or not v["name"], r["id"]


@pytest.mark.parametrize(("data", "least", "lang"), CASES, ids=IDS)
def test_benchmarks_data_irrelevant_share_and_empty_labels(
    data: Path, least: int, lang: str
) -> None:
    rows = _rows(lang, data)
    irrelevant = [r for r in rows if not r["relevant"]]
    assert len(irrelevant) >= 0.25 * len(rows)
    for r in irrelevant:
        assert not r["violation_types"] and not r["victims"] and r["country"] is None
    for r in rows:
        if r["relevant"]:
            assert r["violation_types"] and r["victims"] and r["country"], r["id"]


@pytest.mark.parametrize(("data", "least", "lang"), CASES, ids=IDS)
def test_benchmarks_data_named_victims_appear_verbatim(data: Path, least: int, lang: str) -> None:
    # In the headline or the text: a victim may be named in full in the headline only.
    for r in _rows(lang, data):
        for v in r["victims"]:
            if v["name"]:
                assert v["name"] in f"{r['title']}\n{r['text']}", (r["id"], v["name"])


@pytest.mark.parametrize(("data", "least", "lang"), CASES, ids=IDS)
def test_benchmarks_data_load_gold_reads_every_line(data: Path, least: int, lang: str) -> None:
    gold = load_gold(data / f"{lang}.jsonl")
    rows = _rows(lang, data)
    assert [g.id for g in gold] == [r["id"] for r in rows]
    assert sum(g.relevant for g in gold) == sum(r["relevant"] for r in rows)


@pytest.fixture(scope="module")
def speed():
    spec = importlib.util.spec_from_file_location("extract_speed", BENCH / "extract_speed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_speed"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_benchmarks_speed_stream_is_deterministic_one_in_ten(speed, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    first = speed.build_stream(30, demo_dir=demo)
    second = speed.build_stream(30, demo_dir=demo)
    assert first == second
    assert [r["relevant"] for r in first] == [i % 10 == 0 for i in range(30)]
    for r in first:
        Article(**r)
        if not r["relevant"]:
            assert len(r["text"].split()) >= speed.TARGET_WORDS
