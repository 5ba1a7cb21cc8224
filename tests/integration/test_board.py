"""The story board in a real browser (Debian's chromium, headless) while articles stream in: live
updates in place, a story's page, search, the outlet filter, paging, and the page without
JavaScript."""

from __future__ import annotations

import json
import shutil
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from streams.broker import free_port
from tests.conftest import seed_path

from .conftest import Deployment, only_on

pytestmark = pytest.mark.integration
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WAIT_S = 180.0  # generous: the first story waits for the worker to start and load the embedding model


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium); .ci/run installs it")
    return path


def board_api(port: int, query: str = "") -> dict:  # type: ignore[type-arg]
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/board/api/stories/{query}", timeout=2) as response:
            return json.loads(response.read())  # type: ignore[no-any-return]
    except OSError:
        return {"stories": [], "total": 0, "held": 0, "outlets": []}


def board_stories(port: int) -> list[dict]:  # type: ignore[type-arg]
    return board_api(port)["stories"]  # type: ignore[no-any-return]


def wait_for(condition, what: str, timeout: float = WAIT_S) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.5)


SOURCE_URL = "https://news.example/2018/02/seed-004.html"


def record_with_url(seed: Path, url: str, folder: Path) -> Path:
    """The seed page as one JSON Lines record that carries its URL, as a feed would send it."""
    from streams.records import utc_now
    from streams.watch import items_from_path

    (raw,) = items_from_path(seed, 10**7, utc_now())
    path = folder / "feed.jsonl"
    path.write_text(json.dumps({"text": raw.text, "url": url}, ensure_ascii=False) + "\n", encoding="utf-8")  # type: ignore[union-attr]
    return path


def story_with_url(port: int, url: str) -> dict:  # type: ignore[type-arg]
    """The story (as on the API) whose member came from ``url``, waited for."""
    found: list[dict] = []  # type: ignore[type-arg]

    def look() -> bool:
        for story in board_api(port, "?per_page=200")["stories"]:
            if any(m.get("url") == url for m in story["members"]):
                found.append(story)
                return True
        return False

    wait_for(look, f"a story with a member from {url}")
    return found[0]


def main_title(seed: str) -> str:
    from agents.text.pages import articles_from_page
    from streams.records import utc_now
    from streams.watch import items_from_path

    (raw,) = items_from_path(seed_path(seed), 10**7, utc_now())
    return articles_from_page(raw)[0].title  # type: ignore[arg-type]


@only_on("embedded")
def test_story_board_shows_new_stories_live_in_arabic_right_to_left(deployment: Deployment) -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium()
    port = free_port()
    deployment.start_worker(web_port=port)
    deployment.storywire("watch", "--once", str(seed_path("001")))
    wait_for(lambda: len(board_stories(port)) >= 1, "the first story on the board API")
    new_title = main_title("002")  # seed 002 is a story of its own (tests/unit/test_stories.py)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = browser.new_page(locale="ar")
        page.goto(f"http://127.0.0.1:{port}/board/")
        page.wait_for_selector(".story")
        assert new_title not in page.inner_text("main")
        page.evaluate("window.__sameDocument = true")  # lost if the page reloads

        deployment.storywire("watch", "--once", str(seed_path("002")))
        headline = page.locator(".story a.headline", has_text=new_title).first
        headline.wait_for(timeout=WAIT_S * 1000)  # appears by itself: the page polls the JSON API
        assert page.evaluate("window.__sameDocument === true")

        story_id = headline.evaluate("a => a.closest('.story').dataset.storyId")
        headline.click()
        page.wait_for_selector(".member")
        assert page.locator("h2.headline").inner_text() == new_title
        assert any("\u0600" <= c <= "\u06ff" for c in new_title)  # Arabic text, rendered
        assert page.locator(".member .title", has_text=new_title).count() == 1
        assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
        assert page.locator("h2.headline").evaluate("h => getComputedStyle(h).direction") == "rtl"
        assert page.evaluate("location.hash") == f"#story={story_id}"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "story-board.png"), full_page=True)
        browser.close()
    assert (ARTIFACTS / "story-board.png").stat().st_size > 10_000


@only_on("embedded")
def test_story_board_search_filter_paging_and_without_javascript(deployment: Deployment, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium()
    port = free_port()
    deployment.start_worker(web_port=port)
    for seed in ("000", "001", "002", "003"):
        deployment.storywire("watch", "--once", str(seed_path(seed)))
    # Seed 004 as a feed record with its URL: its story's page links its member to the source.
    deployment.storywire("watch", "--once", str(record_with_url(seed_path("004"), SOURCE_URL, tmp_path)))
    wait_for(lambda: board_api(port)["held"] >= 3, "three stories on the board API")
    time.sleep(3)  # the last articles of the seeds settle
    api = board_api(port)
    held, first = api["held"], api["stories"][0]
    base = f"http://127.0.0.1:{port}"
    with urllib.request.urlopen(f"{base}/board", timeout=5) as response:  # no slash: redirected
        assert response.url == f"{base}/board/"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        ARTIFACTS.mkdir(exist_ok=True)

        # Without JavaScript: the server rendered the stories, the count, the form and the links.
        plain = browser.new_context(java_script_enabled=False, locale="ar").new_page()
        plain.goto(f"{base}/board/")
        shown = int(plain.locator("#count").inner_text().split()[0])  # "N قصة": every story held
        assert shown >= held and plain.locator(".story").count() == min(shown, 30)
        plain.screenshot(path=str(ARTIFACTS / "story-board-no-javascript.png"), full_page=True)
        plain.locator(".story a.headline").first.click()  # a real link: the story's own page
        plain.wait_for_selector(".member")
        assert plain.url.startswith(f"{base}/board/story/")
        assert plain.locator(".member .title").count() == plain.locator(".member").count() >= 1
        assert plain.locator(".member .meta .ltr").count() >= 1  # each member's time

        # A story's page without JavaScript: each member's lead, and the source link of the page
        # that came with a URL.
        linked = story_with_url(port, SOURCE_URL)
        plain.goto(f"{base}/board/story/{urllib.parse.quote(linked['story_id'], safe='')}/")
        member = plain.locator(".member", has=plain.locator(f'a.source[href="{SOURCE_URL}"]'))
        assert member.count() == 1
        lead = next(m["lead"] for m in linked["members"] if m["url"] == SOURCE_URL)
        assert lead and member.locator(".lead").inner_text() == lead
        assert member.locator("a.title").get_attribute("href") == SOURCE_URL
        assert plain.locator(".member .lead").count() == plain.locator(".member").count()
        plain.screenshot(path=str(ARTIFACTS / "story-board-story-page.png"), full_page=True)

        page = browser.new_page(locale="ar")
        page.goto(f"{base}/board/?per_page=2")
        page.evaluate("window.__sameDocument = true")
        assert page.locator(".story").count() == 2
        first_page = page.locator(".story").first.get_attribute("data-story-id")
        page.locator(".pager a[rel=next]").click()  # paging, in place
        page.wait_for_function(f"document.querySelector('.story').dataset.storyId !== {json.dumps(first_page)}")
        assert "page=2" in page.url and page.evaluate("window.__sameDocument === true")

        word = max(first["headline"].split(), key=len)  # search a word of the newest story's headline
        page.fill("#filters input[name=q]", word)
        page.press("#filters input[name=q]", "Enter")
        page.wait_for_function("document.querySelector('#count').textContent.includes('من')")
        found = page.locator(".story a.headline").all_inner_texts()
        assert first["headline"] in found and len(found) <= held
        assert page.evaluate("window.__sameDocument === true")

        page.goto(f"{base}/board/")
        outlet, count = api["outlets"][0]
        page.select_option("#filters select[name=outlet]", outlet)  # filters at once
        page.wait_for_function(f"document.querySelector('#count').textContent.startsWith({json.dumps(f'{count} من')})")
        for story in board_api(port, "?outlet=" + urllib.parse.quote(outlet))["stories"]:
            assert outlet in story["outlets"]
        assert page.locator(".story").count() == min(count, 30)
        page.screenshot(path=str(ARTIFACTS / "story-board-outlet-filter.png"), full_page=True)
        browser.close()
    assert (ARTIFACTS / "story-board-no-javascript.png").stat().st_size > 10_000
