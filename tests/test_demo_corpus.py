"""The demo corpus generator: determinism, size, coverage and consistency of its truth."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
import pytest

from rightsradar.demo.generator import generate
from rightsradar.demo.model import ACT_RANK
from rightsradar.domain import (
    PERPETRATOR_TYPES,
    SEVERITY_ORDER,
    VICTIM_GROUPS,
    Article,
    Extraction,
)

FILES = ("articles.jsonl", "gold.jsonl", "incidents.jsonl", "incidents_truth.jsonl",
         "persons.jsonl", "manifest.json")  # fmt: skip


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    out = tmp_path_factory.mktemp("demo")
    paths = generate(out)
    data = {name: _read(out / name) for name in FILES if name.endswith(".jsonl")}
    data["_dir"] = [{"path": str(out)}]
    data["_manifest"] = [json.loads(paths.manifest.read_text("utf-8"))]
    return data


def test_generator_same_seed_identical_files(corpus, tmp_path: Path) -> None:
    generate(tmp_path)
    first = Path(corpus["_dir"][0]["path"])
    for name in FILES:
        assert (first / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_generator_other_seed_differs(corpus, tmp_path: Path) -> None:
    generate(tmp_path, seed=8)
    first = Path(corpus["_dir"][0]["path"])
    assert (first / "articles.jsonl").read_bytes() != (tmp_path / "articles.jsonl").read_bytes()


def test_generator_counts(corpus) -> None:
    articles, gold, truth = (
        corpus["articles.jsonl"],
        corpus["gold.jsonl"],
        corpus["incidents_truth.jsonl"],
    )
    assert len(articles) >= 2000
    assert len(truth) >= 300
    assert len({t["country"] for t in truth}) >= 30
    assert len({a["published"][:7] for a in articles}) >= 12
    irrelevant = sum(not g["relevant"] for g in gold)
    assert irrelevant / len(gold) >= 0.5


def test_generator_language_shares(corpus) -> None:
    langs = Counter(a["language"] for a in corpus["articles.jsonl"])
    total = sum(langs.values())
    assert langs["en"] / total > 0.5
    assert 0.12 <= langs["es"] / total <= 0.25
    assert 0.08 <= langs["fr"] / total <= 0.16
    assert 0.04 <= langs["pt"] / total <= 0.12


def test_generator_outlets_syndication_and_followups(corpus) -> None:
    sources = defaultdict(set)
    by_id = {a["id"]: a for a in corpus["articles.jsonl"]}
    for row in corpus["incidents.jsonl"]:
        sources[row["incident_id"]].add(by_id[row["id"]]["source"])
    assert all(1 <= len(s) <= 6 for s in sources.values())
    assert Counter(len(s) for s in sources.values())[1] > 0
    manifest = corpus["_manifest"][0]
    assert manifest["counts"]["syndicated"] > 50
    assert manifest["counts"]["followups"] > 50


def test_generator_taxonomy_coverage(corpus) -> None:
    truth = corpus["incidents_truth.jsonl"]
    types = {t for i in truth for t in i["violation_types"]}
    assert set(SEVERITY_ORDER) <= types
    acts = {a for i in truth for a in i["acts"]}
    assert set(ACT_RANK) <= acts
    groups = {g for i in truth for v in i["victims"] for g in v["groups"]}
    assert set(VICTIM_GROUPS) - {"insufficient information"} <= groups
    perps = {i["perpetrator_type"] for i in truth}
    assert set(PERPETRATOR_TYPES) - {"regional orgs"} <= perps
    assert any(v["count"] > 2 for i in truth for v in i["victims"])


def test_generator_records_validate(corpus) -> None:
    for article in corpus["articles.jsonl"]:
        Article.model_validate(article)
    for line in corpus["gold.jsonl"]:
        Extraction.model_validate(line)
        if line["country"]:
            pycountry.countries.lookup(line["country"])


def test_generator_named_victims_in_text(corpus) -> None:
    by_id = {a["id"]: a for a in corpus["articles.jsonl"]}
    for line in corpus["gold.jsonl"]:
        text = by_id[line["id"]]["text"]
        for victim in line["victims"]:
            if victim["name"]:
                assert victim["name"] in text, (line["id"], victim["name"])


def test_generator_incident_ids_match_relevance(corpus) -> None:
    relevant = {g["id"] for g in corpus["gold.jsonl"] if g["relevant"]}
    assert {row["id"] for row in corpus["incidents.jsonl"]} == relevant
    truth_ids = {t["incident_id"] for t in corpus["incidents_truth.jsonl"]}
    assert {row["incident_id"] for row in corpus["incidents.jsonl"]} == truth_ids


def test_generator_persons_escalate(corpus) -> None:
    truth = {t["incident_id"]: t for t in corpus["incidents_truth.jsonl"]}
    repeat = [p for p in corpus["persons.jsonl"] if len(p["incident_ids"]) >= 3]
    assert len(repeat) >= 5
    escalating = 0
    for person in repeat:
        ranks = [max(ACT_RANK[a] for a in truth[i]["acts"]) for i in person["incident_ids"]]
        dates = [truth[i]["date"] for i in person["incident_ids"]]
        assert dates == sorted(dates)
        escalating += ranks[-1] > ranks[0]
    assert escalating >= 3


def test_gold_gives_an_event_date_only_where_the_article_states_one(corpus) -> None:
    """An annotator cannot date an attack the article does not date: every relevant
    article with a gold day names it (its date, its weekday, "yesterday"...), and every one
    with a gold month names the month or says "last week" / "last month", in its language."""
    import re
    from datetime import date

    from rightsradar.demo.generator import _packs

    packs = _packs()
    articles = {a["id"]: a for a in corpus["articles.jsonl"]}
    undated = []
    for g in corpus["gold.jsonl"]:
        if not g["relevant"] or g["month"] is None:
            continue
        a = articles[g["id"]]
        pk = packs[a["language"]]
        said = f"{a['title']}\n{a['text']}".lower()
        month = pk.months[g["month"] - 1]
        if g["day"] is not None:
            day = date(g["year"], g["month"], g["day"])
            words = [pk.weekdays[day.weekday()], pk.yesterday, pk.today.split("{")[0].strip(),
                     f"{g['day']} {month}", f"{month} {g['day']}",
                     f"{g['day']} de {month}"]  # fmt: skip
        else:
            words = [month, pk.last_week, pk.last_month, pk.earlier]
        if not any(re.search(rf"\b{re.escape(w.lower())}\b", said) for w in words if w):
            undated.append(g["id"])
    assert undated == []
