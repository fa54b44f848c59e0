"""The app in headless Chromium: sign in, review and correct an incident with the keyboard,
filter the map, open the public page, and never contact another host.

Runs the real app under uvicorn on a free local port over a synthetic, demo-like database
(made-up places, dates and names). Saves map.png and review-queue.png (see SCREENSHOTS).
Needs Chromium at /usr/bin/chromium (Debian package ``chromium``) and Playwright's Python
package; run with ``pytest -m browser``.
"""

from __future__ import annotations

import os
import random
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from rightsradar.settings import Settings
from rightsradar.store import Store, open_store, users
from rightsradar.store import models as m
from rightsradar.web.app import create_app

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The README's screenshots are refreshed with RIGHTSRADAR_SCREENSHOTS=docs/screenshots;
# otherwise they go to a temporary folder, so a test run leaves the tree clean.
SCREENSHOTS = Path(
    os.environ.get("RIGHTSRADAR_SCREENSHOTS") or tempfile.mkdtemp(prefix="rr-shots-")
)
PASSWORD = "correct horse battery"
# (country, region, city, lat, lon): made-up spread of places for the demo-like map.
PLACES = [
    ("Nigeria", "Lagos", "Lagos", 6.45, 3.39),
    ("Nigeria", "Kano", "Kano", 12.0, 8.52),
    ("Nigeria", "FCT", "Abuja", 9.07, 7.49),
    ("Colombia", "Antioquia", "Medellín", 6.24, -75.58),
    ("Colombia", "Cauca", "Popayán", 2.44, -76.61),
    ("Mexico", "Guerrero", "Chilpancingo", 17.55, -99.5),
    ("Philippines", "Metro Manila", "Manila", 14.6, 120.98),
    ("Kenya", "Nairobi", "Nairobi", -1.29, 36.82),
]
VIOLATIONS = [
    "killing",
    "torture",
    "arbitrary detention",
    "kidnapping",
    "other",
    "enforced disappearance",
]
GROUPS = ["journalist", "human rights defender", "trade unionist"]
FAKE_NAME = "Testa Browserova"


def build_demo_like(store: Store, n: int = 160, seed: int = 7) -> None:
    """Incidents over two years and eight places; the newest detected ones have an article
    with an extraction, evidence and varied confidence for the review queue."""
    rng = random.Random(seed)
    with store.session() as s:
        source = m.Source(name="Sample Daily")
        s.add(source)
        for i in range(n):
            country, region, city, lat, lon = rng.choice(PLACES)
            violations = sorted(set(rng.sample(VIOLATIONS, rng.choice((1, 1, 2)))))
            worst = next(
                v
                for v in (
                    "killing",
                    "torture",
                    "enforced disappearance",
                    "arbitrary detention",
                    "kidnapping",
                    "other",
                )
                if v in violations
            )
            group = rng.choice(GROUPS)
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
            status = "detected" if i < 12 else rng.choice(("corroborated", "verified"))
            inc = m.Incident(
                title=f"A {group} faces {worst} in {city}",
                status=status,
                violation_types=violations,
                most_serious=worst,
                victim_groups=[group],
                n_victims=1,
                country=country,
                region=region,
                city=city,
                latitude=lat + rng.uniform(-0.3, 0.3),
                longitude=lon + rng.uniform(-0.3, 0.3),
                event_date=day,
                date_precision="day",
                n_sources=1,
                perpetrator_type=rng.choice(("state actor", "other non-state actors")),
            )
            s.add(inc)
            if i >= 12:
                continue
            title = f"{group.capitalize()} attacked in {city}"
            text = (
                f"Witnesses said the {group} {FAKE_NAME} was seized by armed men in {city} "
                f"on {day:%d %B %Y}. Colleagues reported {worst} and asked the "
                f"authorities of {country} to investigate."
            )
            full = f"{title}\n\n{text}"
            article = m.Article(
                external_id=f"demo-{i}",
                source=source,
                title=title,
                text=text,
                content_hash=f"hash-{i}",
                published=datetime(2024, 6, 1),
                incident=inc,
                status="resolved",
            )
            s.add(article)
            ex = m.Extraction(
                article=article,
                model="demo.v1",
                relevant=True,
                violation_types=violations,
                country=country,
                region=region,
                city=city,
                latitude=inc.latitude,
                longitude=inc.longitude,
                year=day.year,
                month=day.month,
                day=day.day,
                perpetrator_type=inc.perpetrator_type,
                evidence={
                    "victims.0.name": [
                        full.index(FAKE_NAME),
                        full.index(FAKE_NAME) + len(FAKE_NAME),
                    ],
                    "city": [
                        full.index(f"in {city} on") + 3,
                        full.index(f"in {city} on") + 3 + len(city),
                    ],
                    "violation_types": [
                        full.index(f"reported {worst}") + 9,
                        full.index(f"reported {worst}") + 9 + len(worst),
                    ],
                },
                confidence={
                    "country": round(rng.uniform(0.5, 0.99), 2),
                    "city": round(rng.uniform(0.5, 0.99), 2),
                    f"violation_types.{worst}": round(rng.uniform(0.55, 0.99), 2),
                },
                victims=[m.VictimMention(name=FAKE_NAME, groups=[group], sex="woman")],
            )
            s.add(ex)
        users.create_user(s, "ana", PASSWORD, "analyst")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[dict]:
    import uvicorn

    root = tmp_path_factory.mktemp("browser")
    store = open_store(f"sqlite:///{root / 'demo.db'}", upgrade=True)
    build_demo_like(store)
    settings = Settings(data_dir=root / "var", environment="development", public_min_cell=5)
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, store), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "store": store, "settings": settings}
    srv.should_exit = True
    thread.join(timeout=10)
    store.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Visit:
    """A browser page that records every request host and every console error."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.hosts: set[str] = set()
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.hosts.add(urlsplit(r.url).netloc))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")

    def login(self) -> None:
        self.go("/login")
        self.page.fill("#username", "ana")
        self.page.fill("#password", PASSWORD)
        self.page.click("form.stacked button[type=submit]")
        self.page.wait_for_url("**/dashboard")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(server, browser) -> Iterator[Visit]:
    v = Visit(browser, server["url"])
    yield v
    v.close()


def _status(store: Store, incident_id: int) -> str:
    with store.session() as s:
        return s.get(m.Incident, incident_id).status


def test_browser_review_and_correct_an_incident_with_the_keyboard(visit, server):
    visit.login()
    visit.go("/review")
    page = visit.page
    first = int(page.url.rsplit("/", 1)[1])
    assert page.locator(".queue li").count() == 12
    assert page.locator("mark.ev-city").first.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-queue.png"))

    page.keyboard.press("e")  # open the correction form, focus its first field
    assert page.locator("#edit").get_attribute("open") is not None
    page.fill("#c-city", "Corrected City")
    page.click("#correct-form button[type=submit]")
    page.wait_for_url("**?saved=1")
    assert page.locator(".notice").inner_text().startswith("Correction saved")
    assert page.input_value("#c-city") == "Corrected City"

    # Corrected fields are certain now, so the incident went to the end of the queue.
    assert page.locator("#next-item").count() == 0
    assert page.locator(".queue li").last.get_attribute("class") == "current"
    page.keyboard.press("k")  # the previous in the queue, then back
    page.wait_for_url(lambda url: not url.endswith(f"/review/{first}?saved=1"))
    page.keyboard.press("j")
    page.wait_for_url(f"**/review/{first}")
    page.keyboard.press("a")  # accept: verified, and on to the next incident
    page.wait_for_url(lambda url: not url.endswith(f"/review/{first}"))
    assert _status(server["store"], first) == "verified"
    lines = (server["settings"].data_dir / "corrections.jsonl").read_text().splitlines()
    assert len(lines) == 1 and "Corrected City" in lines[0]
    assert page.locator(".queue li").count() == 11
    assert visit.errors == []


def test_browser_map_clusters_and_follows_the_filters(visit, server):
    visit.login()
    page = visit.page
    page.wait_for_selector("#map[data-ready=true]")
    with server["store"].session() as s:  # a correction elsewhere may have cleared a place
        located = len(
            list(s.scalars(select(m.Incident.id).where(m.Incident.latitude.is_not(None))))
        )
    assert page.inner_text("#map-count").startswith(f"{located} incidents")
    clusters = page.locator(".cluster")
    assert clusters.count() >= 1  # at low zoom nearby incidents share a marker
    total = sum(int(t) for t in clusters.all_inner_texts())
    singles = page.locator("path.leaflet-interactive").count()
    assert total + singles == located
    assert page.locator("#timeline svg rect").count() > 12
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("section[aria-labelledby=map-title]").screenshot(path=str(SCREENSHOTS / "map.png"))

    page.select_option("#f-country", "Nigeria")  # the region menu offers Nigeria's only
    regions = page.locator("#f-region option").all_inner_texts()
    assert regions == ["All", "FCT", "Kano", "Lagos"]
    page.select_option("#f-region", "Kano")
    assert page.locator("#f-city option").all_inner_texts() == ["All", "Kano"]
    page.select_option("#f-violation", "killing")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#map[data-ready=true]")
    with server["store"].session() as s:
        expected = [
            i
            for i in s.scalars(select(m.Incident).where(m.Incident.region == "Kano"))
            if "killing" in i.violation_types
        ]
    assert page.inner_text("#map-count").startswith(f"{len(expected)} incidents")
    label = page.locator("#timeline svg").get_attribute("aria-label")
    assert f": {len(expected)} in all" in label
    assert visit.errors == []


def test_browser_public_page_shows_figures_without_names(visit):
    visit.go("/")
    page = visit.page
    assert "Attacks on human rights defenders" in page.inner_text("h1")
    assert page.locator("svg.bars rect").count() >= 1
    html = page.content()
    assert FAKE_NAME not in html and "Lagos" not in html
    assert visit.errors == []


def test_browser_no_page_contacts_another_host(visit, server):
    """Every page an analyst opens loads everything from the app itself."""
    visit.go("/")
    visit.login()
    with server["store"].session() as s:
        some = s.scalars(select(m.Incident.id).order_by(m.Incident.id)).first()
    for path in (
        "/dashboard",
        "/dashboard?country=Colombia",
        "/review",
        f"/incidents/{some}",
        "/account/tokens",
        "/api/openapi.json",
        "/api/docs",
        "/logout",
        "/",
    ):
        visit.go(path)
        if path.startswith("/dashboard"):
            visit.page.wait_for_selector("#map[data-ready=true]")
    own = urlsplit(server["url"]).netloc
    assert visit.hosts == {own}, visit.hosts - {own}
    assert not [e for e in visit.errors if "Content Security Policy" in e], visit.errors
