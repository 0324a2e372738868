"""The dashboard in a real headless Chromium (Debian `chromium`, driven by Playwright).

Skipped only when the browser or Playwright is not installed. The screenshot
goes to tests/output/dashboard.png.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
OUTPUT = Path(__file__).parent / "output"

if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
    pytest.skip("Debian chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[test])")
uvicorn = pytest.importorskip("uvicorn")

from test_api_fixtures import build_store  # noqa: E402

from tidings.serve import Settings, create_app  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("dash") / "dash.db")
    port = free_port()
    config = uvicorn.Config(create_app(Settings.from_env(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    # the dashboard must not reach past the server it came from
    pg.outside = []
    pg.on("request", lambda r: None if r.url.startswith(server) else pg.outside.append(r.url))
    pg.goto(server + "/")
    pg.wait_for_selector("#events tbody tr")
    pg.wait_for_function("document.querySelectorAll('#map circle.marker').length > 0")
    pg.wait_for_selector("#timeline rect.bar")
    yield pg
    context.close()


def markers(pg) -> list[dict]:
    return pg.eval_on_selector_all(
        "#map circle.marker",
        "els => els.map(e => ({id: e.dataset.id || null, count: Number(e.dataset.count || 1), r: Number(e.getAttribute('r'))}))")


def test_markers_timeline_and_table_are_drawn(page):
    drawn = markers(page)
    assert sum(m["count"] for m in drawn) == 7  # every event with a place, clusters included
    assert any(m["count"] > 1 for m in drawn)  # Almaty's three events share a cluster
    assert page.locator("#events tbody tr").count() == 7
    assert page.locator("#timeline rect.bar").count() == 6  # day x category pairs
    assert page.outside == []


def test_country_outlines_when_installed_graticule_always(page):
    from tidings.serve.settings import find_outlines

    assert page.locator("#map path.graticule").count() == 1
    if find_outlines() is not None:  # world-atlas installed: Natural Earth 110m has 177 countries
        page.wait_for_function("document.querySelectorAll('#map path.land').length > 150")
    else:
        assert page.locator("#map path.land").count() == 0


def test_marker_size_follows_deaths(page):
    page.fill("input[name=country]", "KZ")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 4")
    page.click("#zoom-out")
    # Astana (no deaths) stands alone; the Almaty cluster holds 24 reported dead
    by_size = sorted(markers(page), key=lambda m: m["r"])
    assert by_size[0]["id"] == "kz2-1" and by_size[-1]["count"] == 3


def test_a_filter_changes_table_and_map(page):
    before = markers(page)
    assert page.locator("select[name=event] option").count() == 4  # any + the three categories
    page.fill("input[name=country]", "NG")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1")
    page.wait_for_function("document.querySelectorAll('#map circle.marker').length === 1")
    assert page.locator("#events tbody tr").get_attribute("data-id") == "ng1-0"
    assert [m["id"] for m in markers(page)] == ["ng1-0"] and len(before) > 1
    assert "1 event" in page.inner_text("#count")
    page.wait_for_function("document.querySelectorAll('#timeline rect.bar').length === 1")  # the timeline follows


def test_opening_an_event_highlights_its_evidence(page):
    page.click("#events tbody tr[data-id='kz1-1']")
    page.wait_for_selector("#detail:not([hidden]) .mention mark.ev")
    first = page.locator(".mention[data-event='kz1-1']")
    marks = first.locator("mark.ev")
    found = {marks.nth(i).get_attribute("data-label"): marks.nth(i).inner_text() for i in range(marks.count())}
    assert found["who"] == "Security forces"
    assert found["what"] == "killed"
    assert found["where"] == "Almaty"
    assert found["how many"] == "12"
    assert found["when"] == "January 5"
    # the other outlet's report of the same shooting is shown too, with a link to its source
    assert page.locator(".mention").count() == 2
    link = page.locator(".mention[data-event='kz2-0'] a")
    assert link.get_attribute("href") == "https://news.example.org/kz2"
    OUTPUT.mkdir(exist_ok=True)
    # a folder-local ignore file that also ignores itself keeps test output out of git
    (OUTPUT / ".gitignore").write_text("*\n")
    page.screenshot(path=str(OUTPUT / "dashboard.png"), full_page=True)


def test_article_text_is_shown_as_text_never_run(page):
    page.click("#events tbody tr[data-id='cl2-0']")
    page.wait_for_selector("#detail:not([hidden]) .sentence")
    sentence = page.inner_text(".mention .sentence")
    assert "<script>alert('x')</script>" in sentence
    assert page.locator("#detail script").count() == 0
    assert "<b>over fees</b>" in page.inner_text("#detail")  # the title, literally
    assert page.locator("#detail b").count() == 0
    assert page.dialogs == []


def test_story_view_shows_its_timeline(page):
    page.click("#stories li:has-text('Kazakhstan')")
    page.wait_for_selector("#detail:not([hidden]) .story-timeline li")
    items = page.locator(".story-timeline li")
    assert items.count() == 3
    texts = [items.nth(i).inner_text() for i in range(3)]
    assert texts[0].startswith("2022-01-05") and texts[-1].startswith("2022-01-06")
    assert page.locator("#detail svg rect.bar").count() == 3
    items.nth(2).click()  # a timeline entry opens its event
    page.wait_for_selector(".mention mark.ev")


def test_clicking_a_cluster_zooms_in(page):
    cluster = page.locator("#map circle.cluster").first
    before = page.get_attribute("#map", "viewBox")
    cluster.click()
    after = page.get_attribute("#map", "viewBox")
    assert before != after
    assert float(after.split()[2]) < float(before.split()[2])
