"""The ingest service: each format stored once, errors reported, interrupted runs resumed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rightsradar.ingest import service
from rightsradar.ingest.service import ingest
from rightsradar.settings import Settings
from rightsradar.store import Store, open_store
from rightsradar.store import models as m

DATA = Path(__file__).parent / "data" / "ingest"


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _rows(n: int, start: int = 0) -> list[dict]:
    return [
        {"id": f"r{i}", "text": f"Fictional report number {i} about a threatened organiser."}
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize(
    ("name", "new", "errors", "kind"),
    [
        ("articles.jsonl", 3, 0, "file"),
        ("malformed.jsonl", 2, 4, "file"),
        ("articles.csv", 3, 2, "file"),
        ("feed.rss", 2, 1, "feed"),
        ("feed.atom", 1, 0, "feed"),
        ("page.html", 1, 0, "page"),
        ("hrdsattack_sample.json", 2, 1, "hrdsattack"),
    ],
)
def test_service_each_format_is_stored(
    any_store: Store, settings: Settings, name: str, new: int, errors: int, kind: str
) -> None:
    report = ingest(any_store, settings, [str(DATA / name)])
    assert (report.new, report.duplicates, len(report.errors)) == (new, 0, errors)
    assert report.per_location[str(DATA / name)]["new"] == new
    assert _count(any_store, m.Article) == new
    with any_store.session() as s:
        assert {src.kind for src in s.scalars(select(m.Source))} == {kind}
        assert all(a.language for a in s.scalars(select(m.Article)))


def test_service_ingest_twice_stores_nothing_new(any_store: Store, settings: Settings) -> None:
    paths = [str(DATA / n) for n in ("articles.jsonl", "articles.csv", "feed.rss")]
    first = ingest(any_store, settings, paths)
    stored = _count(any_store, m.Article), _count(any_store, m.ArticleOutlet)
    second = ingest(any_store, settings, paths)
    assert first.new == 8 and second.new == 0
    assert sorted(second.skipped) == sorted(paths)
    assert (_count(any_store, m.Article), _count(any_store, m.ArticleOutlet)) == stored


def test_service_changed_file_is_reread_and_deduplicated(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", _rows(3))
    ingest(sqlite_store, settings, [str(path)])
    _write_jsonl(path, _rows(5))
    report = ingest(sqlite_store, settings, [str(path)])
    assert (report.new, report.duplicates, report.skipped) == (2, 3, [])


def test_service_copy_from_other_outlet_becomes_outlet_row(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    text = "A fictional editor was summoned by the prosecutor for the second time."
    path = _write_jsonl(
        tmp_path / "copies.jsonl",
        [
            {"id": "1", "text": text, "source": "Outlet A", "url": "https://a.example/1"},
            {
                "id": "2",
                "text": "  " + text.upper(),
                "source": "Outlet B",
                "url": "https://b.example/9",
            },
        ],
    )
    report = ingest(sqlite_store, settings, [str(path)])
    assert (report.new, report.duplicates) == (1, 1)
    assert _count(sqlite_store, m.ArticleOutlet) == 2


def test_service_source_name_precedence(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    path = _write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            {"id": "1", "text": "Fictional report one about a detained lawyer.", "source": "Own"},
            {"id": "2", "text": "Fictional report two about a threatened teacher."},
        ],
    )
    ingest(sqlite_store, settings, [str(path)], source="Given")
    ingest(sqlite_store, settings, [str(DATA / "feed.atom")])
    with sqlite_store.session() as s:
        names = set(s.scalars(select(m.Source.name)))
    assert names == {"Own", "Given", "Fictional Labour Watch"}


def test_service_language_detected_when_missing(sqlite_store: Store, settings: Settings) -> None:
    ingest(sqlite_store, settings, [str(DATA / "articles.jsonl")])
    with sqlite_store.session() as s:
        langs = dict(s.execute(select(m.Article.external_id, m.Article.language)).all())
    assert langs == {"a1": "en", "a2": "fr", "a3": "en"}


def test_service_unreadable_location_does_not_stop_the_others(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    missing = str(tmp_path / "missing.jsonl")
    report = ingest(sqlite_store, settings, [missing, str(DATA / "articles.jsonl")])
    assert report.failed == [missing] and report.errors[0].code == "E103"
    assert report.new == 3


def test_service_resume_after_interruption(
    sqlite_store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_jsonl(tmp_path / "big.jsonl", _rows(25))
    real_commit = service._commit
    calls = {"n": 0}

    def crash_after_first_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_commit(*args, **kwargs)

    monkeypatch.setattr(service, "_commit", crash_after_first_batch)
    with pytest.raises(KeyboardInterrupt):
        ingest(sqlite_store, settings, [str(path)], batch_size=10)
    assert _count(sqlite_store, m.Article) == 10
    monkeypatch.setattr(service, "_commit", real_commit)

    report = ingest(sqlite_store, settings, [str(path)], batch_size=10)
    assert (report.new, report.duplicates) == (15, 0)  # continued after line 10
    assert _count(sqlite_store, m.Article) == 25
    assert ingest(sqlite_store, settings, [str(path)]).skipped == [str(path)]


_article = st.fixed_dictionaries(
    {
        "id": st.text("abc123", min_size=1, max_size=6),
        "text": st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
        ).filter(lambda t: t.strip()),
    },
    optional={
        "url": st.sampled_from(
            [
                "https://x.example/1",
                "https://x.example/1?utm_source=a",
                "https://y.example/2/",
                "http://www.y.example/2",
            ]
        ),
        "source": st.sampled_from(["A", "B"]),
        "language": st.sampled_from(["en", "fr"]),
    },
)


@pytest.mark.slow  # two migrated databases per example
@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_article, max_size=12))
def test_service_ingest_twice_equals_once_property(
    tmp_path_factory: pytest.TempPathFactory, rows: list[dict]
) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    cfg = Settings(data_dir=tmp)
    once = open_store(f"sqlite:///{tmp / 'once.db'}", upgrade=True)
    twice = open_store(f"sqlite:///{tmp / 'twice.db'}", upgrade=True)
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    first = _write_jsonl(tmp / "a" / "x.jsonl", rows)
    # Same content and stem (so same default source name), another path: no checkpoint help.
    second = _write_jsonl(tmp / "b" / "x.jsonl", rows)
    try:
        ingest(once, cfg, [str(first)], batch_size=3)
        ingest(twice, cfg, [str(first)], batch_size=3)
        report = ingest(twice, cfg, [str(second)], batch_size=3)
        assert report.new == 0
        for model in (m.Article, m.Source, m.ArticleOutlet):
            assert _count(once, model) == _count(twice, model)
        with once.session() as s1, twice.session() as s2:
            q = select(m.Article.content_hash, m.Article.canonical_url).order_by(m.Article.id)
            assert s1.execute(q).all() == s2.execute(q).all()
    finally:
        once.dispose()
        twice.dispose()
