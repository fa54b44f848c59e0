"""Reports in languages the extractor does not read: listed for reviewers with their text,
counted on the dashboard, and taken off the list once a person has read them (audited)."""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from rightsradar.domain import Article, Extraction
from rightsradar.store import articles, extractions
from rightsradar.store import models as m
from rightsradar.web.app import create_app
from test_web_api import add_user, csrf, login

# Synthetic reports; the Turkish one names a made-up victim that must never reach the log.
TR_NAME = "Ayşe Testkişi"
REPORTS = {
    "it": (
        "Giornalista minacciata a Palermo",
        "Una giornalista è stata minacciata di morte dopo un'inchiesta sulla mafia locale.",
        datetime(2024, 5, 1, 9),
    ),
    "tr": (
        "Gazeteci gözaltına alındı",
        f"Polis, gazeteci {TR_NAME} adlı kişiyi İstanbul'da sabah saatlerinde gözaltına aldı.",
        datetime(2024, 5, 3, 9),
    ),
    "en": (
        "Council approves new park",
        "The city council approved a new park by the river on Monday.",
        datetime(2024, 5, 4, 9),
    ),
}


def _store_report(store, language: str, *, read: bool, copy_of: int | None = None) -> int:
    title, text, published = REPORTS[language]
    key = f"{language}-copy" if copy_of else language
    with store.session() as s:
        outlet = f"Outlet {key}"
        src = articles.get_or_create_source(s, outlet)
        added = articles.add_article(
            s,
            Article(
                id=key,
                title=title,
                text=text + (" (agency copy)" if copy_of else ""),
                published=published,
                url=f"https://{key}.example/report",
                source=outlet,
            ),
            source=src,
        )
        row = s.get(m.Article, added.article_id)
        extractions.save(
            s,
            row,
            Extraction(id=key, model="test.v1", language=language, language_read=read),
        )
        row.duplicate_of_id = copy_of
        return row.id


@pytest.fixture
def world(any_store, settings):
    ids = {lang: _store_report(any_store, lang, read=lang == "en") for lang in REPORTS}
    # A syndicated copy of the Turkish report: the same text, read with its original.
    ids["tr-copy"] = _store_report(any_store, "tr", read=False, copy_of=ids["tr"])
    app = create_app(settings, any_store)
    return {"ids": ids, "store": any_store, "app": app}


def _client(world, role: str | None) -> TestClient:
    client = TestClient(world["app"])
    if role is not None:
        add_user(world["store"], f"u-{role}", role)
        assert login(client, f"u-{role}").status_code == 303
    client.headers["X-CSRF-Token"] = csrf(client, "/login")
    return client


@pytest.fixture
def reviewer(world):
    return _client(world, "reviewer")


def _text(page: str) -> str:
    """What a person reads on the page: tags dropped, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page))).strip()


def _listed(client) -> list[int]:
    return [i["id"] for i in client.get("/api/review/unread").json()["items"]]


def test_web_unread_api_lists_only_unread_originals_newest_first(world, reviewer):
    body = reviewer.get("/api/review/unread").json()
    ids = world["ids"]
    assert [i["id"] for i in body["items"]] == [ids["tr"], ids["it"]]
    assert body["total"] == 2 and body["by_language"] == {"it": 1, "tr": 1}
    tr = body["items"][0]
    assert tr["language"] == "tr" and tr["title"] == REPORTS["tr"][0]
    assert tr["source"] == "Outlet tr" and tr["url"] == "https://tr.example/report"
    assert tr["published"].startswith("2024-05-03") and tr["ingested_at"]
    assert "text" not in tr
    paged = reviewer.get("/api/review/unread", params={"limit": 1, "offset": 1}).json()
    assert [i["id"] for i in paged["items"]] == [ids["it"]] and paged["total"] == 2
    assert reviewer.get("/api/review/unread", params={"limit": 0}).status_code == 422


def test_web_unread_api_is_documented_in_openapi(world, reviewer):
    paths = reviewer.get("/api/openapi.json").json()["paths"]
    listing = paths["/api/review/unread"]["get"]
    assert listing["tags"] == ["review"] and {"401", "403"} <= set(listing["responses"])
    schema = listing["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("/UnreadList")
    dismiss = paths["/api/review/unread/{article_id}/dismiss"]["post"]
    assert {"401", "403", "404", "409"} <= set(dismiss["responses"])
    assert "/review/unread" not in paths  # the page, like every page, is not in the API
    reference = reviewer.get("/api/docs").text  # the offline API reference lists both
    assert "/api/review/unread" in reference
    assert "/api/review/unread/{article_id}/dismiss" in reference


def test_web_unread_page_shows_each_text_and_the_count_by_language(world, reviewer):
    page = reviewer.get("/review/unread")
    assert page.status_code == 200
    text = _text(page.text)
    assert "(2 waiting, newest first)" in text
    assert '<th scope="row">it</th><td class="num">1</td>' in page.text
    assert '<th scope="row">tr</th><td class="num">1</td>' in page.text
    for language in ("it", "tr"):
        title, body, _ = REPORTS[language]
        assert title in text and body in text
    assert REPORTS["en"][0] not in text and "agency copy" not in text
    assert text.index(REPORTS["tr"][0]) < text.index(REPORTS["it"][0])
    # The text is there to read, folded, in its own language, with the button beside it.
    tr = world["ids"]["tr"]
    assert f"<summary>Read the text of #{tr}</summary>" in page.text
    assert 'class="article-text" lang="tr" dir="auto"' in page.text
    assert f'action="/review/unread/{tr}/dismiss"' in page.text
    # Showing article text is a read of personal data: audited per article.
    with world["store"].session() as s:
        reads = s.scalars(select(m.AuditRecord).where(m.AuditRecord.action == "read")).all()
        assert {(r.object_type, r.object_id) for r in reads} == {
            ("article", str(world["ids"]["tr"])),
            ("article", str(world["ids"]["it"])),
        }


def test_web_unread_is_linked_from_the_nav_review_queue_and_dashboard(world, reviewer):
    review = reviewer.get("/review")
    assert review.status_code == 200
    assert '<a href="/review/unread">Unread reports</a>' in review.text
    assert "Not in this queue: 2 reports in languages the extractor does not read" in _text(
        review.text
    )
    dashboard = reviewer.get("/dashboard").text
    note = re.search(r'<p class="attention" id="unread-note">(.*?)</p>', dashboard, re.S)
    assert note is not None and 'href="/review/unread"' in note.group(1)
    assert "2 reports in languages the extractor does not read (it 1, tr 1)" in _text(note.group(1))


def test_web_unread_no_attack_is_audited_and_leaves_the_list_and_dashboard(world, reviewer):
    ids = world["ids"]
    done = reviewer.post(
        f"/review/unread/{ids['tr']}/dismiss",
        data={"csrf_token": reviewer.headers["X-CSRF-Token"]},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/review/unread?dismissed={ids['tr']}"
    page = reviewer.get(done.headers["location"]).text
    assert f"Report #{ids['tr']} taken off the list: no attack." in _text(page)
    assert REPORTS["tr"][1] not in _text(page)
    assert _listed(reviewer) == [ids["it"]]
    dashboard = _text(reviewer.get("/dashboard").text)
    assert "1 report in a language the extractor does not read (it 1)" in dashboard
    assert "tr 1" not in dashboard

    with world["store"].session() as s:
        [rec] = s.scalars(
            select(m.AuditRecord).where(m.AuditRecord.action == "article.read_no_attack")
        ).all()
        assert (rec.actor, rec.object_type, rec.object_id) == (
            "u-reviewer",
            "article",
            str(ids["tr"]),
        )
        assert rec.after["decision"] == "no attack" and rec.after["language"] == "tr"
        logged = f"{rec.before} {rec.after}"
        for secret in (TR_NAME, REPORTS["tr"][0], REPORTS["tr"][1], "Gazeteci"):
            assert secret not in logged

    # Taken off once: a second decision is refused, and the API takes off the last one.
    again = reviewer.post(f"/api/review/unread/{ids['tr']}/dismiss")
    assert again.status_code == 409 and "already" in again.json()["detail"]
    decided = reviewer.post(f"/api/review/unread/{ids['it']}/dismiss")
    assert decided.status_code == 200
    assert decided.json()["decision"] == "no attack" and decided.json()["language"] == "it"
    assert reviewer.get("/api/review/unread").json() == {
        "items": [],
        "total": 0,
        "by_language": {},
        "limit": 50,
        "offset": 0,
    }
    assert 'id="unread-note"' not in reviewer.get("/dashboard").text


@pytest.mark.parametrize(
    ("key", "status", "needle"),
    [
        ("en", 409, "the extractor read"),
        ("tr-copy", 409, "is a copy of article"),
        (None, 404, "does not exist"),
    ],
)
def test_web_unread_no_attack_refuses_what_is_not_waiting(world, reviewer, key, status, needle):
    article_id = world["ids"][key] if key else 999_999
    refused = reviewer.post(f"/api/review/unread/{article_id}/dismiss")
    assert refused.status_code == status and needle in refused.json()["detail"]
    assert _listed(reviewer) == [world["ids"]["tr"], world["ids"]["it"]]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/review/unread"),
        ("POST", "/api/review/unread/{tr}/dismiss"),
        ("GET", "/review/unread"),
        ("POST", "/review/unread/{tr}/dismiss"),
    ],
)
@pytest.mark.parametrize("role", [None, "viewer"])
def test_web_unread_routes_refuse_anonymous_and_viewers(world, method, path, role):
    client = _client(world, role)
    url = path.format(tr=world["ids"]["tr"])
    r = client.request(method, url, follow_redirects=False)
    if role is None and url.startswith("/api/"):
        assert r.status_code == 401
    elif role is None:
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    else:
        assert r.status_code == 403 and "this needs the reviewer role" in r.text
    assert REPORTS["tr"][0] not in r.text and TR_NAME not in r.text
    with world["store"].session() as s:
        assert s.get(m.Article, world["ids"]["tr"]).person_read_at is None


@pytest.mark.parametrize("role", [None, "viewer"])
def test_web_unread_public_page_shows_no_trace_of_them(world, role):
    page = _client(world, role).get("/").text
    assert "/review/unread" not in page and "does not read" not in page
    for title, body, _ in REPORTS.values():
        assert title not in page and body not in page
