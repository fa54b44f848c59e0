"""Articles in languages the extractor does not read are marked unread, not 'irrelevant'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsradar.analyze.summary import summary
from rightsradar.cli import get_app
from rightsradar.domain import Article
from rightsradar.extract.pipeline import RulePipeline, reading_language
from rightsradar.extract.service import extract_pending
from rightsradar.settings import Settings
from rightsradar.store import Store
from rightsradar.store import articles as article_repo
from rightsradar.store import extractions as extraction_repo
from rightsradar.store import models as m

# Attacks reported in languages the rules have no lexicons for.
UNREAD = {
    "it": (
        "Giornalista ucciso a colpi di pistola a Palermo",
        "Il giornalista Mario Rossi, 45 anni, è stato ucciso ieri sera a colpi di pistola "
        "davanti alla sua casa a Palermo. Rossi scriveva da anni sulla mafia locale e aveva "
        "ricevuto minacce di morte. La polizia ha arrestato due uomini.",
    ),
    "de": (
        "Menschenrechtsaktivistin in Istanbul festgenommen",
        "Die Menschenrechtsaktivistin Ayşe Demir wurde am Montag in Istanbul von der Polizei "
        "festgenommen. Sie hatte über Folter in Gefängnissen berichtet. Amnesty International "
        "fordert ihre sofortige Freilassung.",
    ),
    "tr": (
        "Gazeteci gözaltına alındı",
        "Gazeteci Mehmet Yılmaz dün sabah İstanbul'daki evinde polis tarafından gözaltına "
        "alındı. Yılmaz'ın avukatı, müvekkilinin terörle bağlantılı suçlamalarla karşı karşıya "
        "olduğunu söyledi.",
    ),
    "ru": (
        "В Москве задержан правозащитник",
        "Правозащитник Иван Петров был задержан полицией в понедельник в Москве. Его адвокат "
        "заявил, что Петрова избили в отделении полиции.",
    ),
}
# Attacks in the languages it reads, given without a language: they must still be read.
READ = {
    "en": ("Journalist shot dead", "Gunmen shot dead the journalist Tomas Verlan on Monday."),
    "es": (
        "Asesinan a un periodista",
        "Hombres armados asesinaron al periodista Tomás Verlán el lunes en Tumaco.",
    ),
    "fr": (
        "Un journaliste tué",
        "Des hommes armés ont tué le journaliste Tomas Verlan lundi devant son bureau.",
    ),
    "pt": (
        "Jornalista assassinado",
        "Homens armados mataram o jornalista Tomás Verlan na segunda-feira em Belém.",
    ),
}


def _article(key: str, title: str, text: str, language: str | None = None) -> Article:
    return Article(id=key, title=title, text=text, language=language)


@pytest.mark.parametrize("lang", sorted(UNREAD))
def test_attack_in_an_unread_language_is_marked_unread_not_irrelevant(lang: str) -> None:
    title, text = UNREAD[lang]
    ex = RulePipeline().predict_one(_article(lang, title, text))
    assert (ex.language, ex.language_read) == (lang, False)
    # Nothing read, so nothing claimed: no victims, no types, no place from one lexicon
    # applied to another language.
    assert not ex.relevant and ex.victims == [] and ex.violation_types == []
    assert ex.country is None and ex.confidence == {}


@pytest.mark.parametrize("lang", sorted(UNREAD))
def test_long_report_in_an_unread_language_is_marked_unread(lang: str) -> None:
    # 100 words and more: the function-word shortcut to a read language must not take it.
    title, text = UNREAD[lang]
    text = " ".join([text] * 6)
    assert len(text.split()) >= 100
    ex = RulePipeline().predict_one(_article(lang, title, text))
    assert (ex.language, ex.language_read) == (lang, False)


def test_given_language_not_read_is_checked_against_the_text() -> None:
    title, text = UNREAD["it"]
    ex = RulePipeline().predict_one(_article("x", title, text, language="it"))
    assert (ex.language, ex.language_read) == ("it", False)
    # A wrong label (or a wrong guess at ingest) does not stop an English report being read.
    title, text = READ["en"]
    ex = RulePipeline().predict_one(_article("x", title, text, language="it"))
    assert (ex.language, ex.language_read) == ("en", True) and ex.relevant


@pytest.mark.parametrize("lang", sorted(READ))
def test_attack_in_a_read_language_is_read(lang: str) -> None:
    title, text = READ[lang]
    ex = RulePipeline().predict_one(_article(lang, title, text))
    assert (ex.language, ex.language_read) == (lang, True)
    assert ex.relevant and "killing" in ex.violation_types


def test_short_english_headline_is_not_taken_for_another_language() -> None:
    # The language identifier gives this headline to Nigerian Pidgin (p = 0.96).
    headline = "Nigeria: #EndSARS Timeline - How Years of Unending Police Brutality Led to Protests"
    assert reading_language(_article("x", "", headline), headline) == "en"
    # A variety the rules of a read language read is read in that language.
    assert reading_language(_article("x", "", headline, language="pcm"), headline) == "en"


def test_cli_extract_warns_of_unread_articles_and_marks_them(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = [{"id": k, "title": t, "text": x} for k, (t, x) in {**READ, **UNREAD}.items()]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(get_app(), ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    preds = {p["id"]: p for p in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert {k for k, p in preds.items() if not p["language_read"]} == set(UNREAD)
    assert all(preds[k]["relevant"] for k in READ)
    said = " ".join(result.output.split())
    assert "not read 4 articles" in said and "(de 1, it 1, ru 1, tr 1)" in said


def test_store_keeps_unread_mark_and_counts_it(any_store: Store, settings: Settings) -> None:
    with any_store.session() as s:
        source = article_repo.get_or_create_source(s, "test")
        for key, (title, text) in {**READ, **UNREAD}.items():
            article_repo.add_article(s, _article(key, title, text), source=source)
    report = extract_pending(any_store, settings)
    assert (report.n_articles, report.n_unread, report.n_relevant) == (8, 4, 4)
    with any_store.session() as s:
        rows = {r.external_id: r for r in s.query(m.Article)}
        italian = extraction_repo.to_domain(rows["it"].extraction)
        assert (italian.language, italian.language_read) == ("it", False)
        english = extraction_repo.to_domain(rows["en"].extraction)
        assert (english.language, english.language_read) == ("en", True)
    counts = summary(any_store)["articles"]
    assert counts["not_read"] == {"de": 1, "it": 1, "ru": 1, "tr": 1}
