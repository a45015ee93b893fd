"""The review app for real: ``geostrike review`` on localhost, driven by Chromium through playwright.

The server is the command itself, started as a subprocess on a free port; the store is
made by ``geostrike run`` on real articles. The page's only other requests (map tiles)
are refused, so the tests use no network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from support.browser import launch_browser, open_map

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": "a1", "text": "Russian drones struck Kharkiv on June 3, 2024, injuring five people.", "published": "2024-06-04",
     "url": "https://example.org/a1", "title": "Kharkiv hit"},
    {"id": "a2", "text": "Russian missiles hit Odesa and the port of Izmail on June 5, 2024.", "published": "2024-06-05"},
    {"id": "a4", "text": "Ukrainian drones attacked a refinery in Tuapse on June 4, 2024.", "published": "2024-06-05"},
    {"id": "c1", "text": "Explosions were heard overnight, officials said drones attacked.", "published": "2024-06-05"},
]
LATER = [
    {"id": "a3", "text": "Kharkiv was hit by Russian drones overnight on June 3, 2024; the mayor said seven were injured.",
     "published": "2024-06-04"},
    {"id": "a5", "text": "Russian drones struck Sumy on June 7, 2024.", "published": "2024-06-08"},
]
HOSTILE = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 1\">"


def geostrike(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@contextmanager
def review_server(store: Path, *args: str) -> Iterator[str]:
    """``geostrike review --store STORE --port 0``; yields the URL it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "geostrike", "review", "--store", str(store), "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if "http://" not in line:
            proc.kill()
            raise AssertionError(f"geostrike review did not start: {line!r} {proc.stderr.read()}")  # type: ignore[union-attr]
        yield line.split()[2]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def in_own_thread(test: Any, *args: Any) -> None:
    """Run ``test(browser, *args)`` in a thread of its own, with its own Chromium.

    Playwright's sync API refuses a thread in which an asyncio loop runs, and an earlier
    test of the session can leave one running in the main thread (the map's browser tests
    followed by the notebook's kernel client do). Failures and skips come back as raised."""
    failure: list[BaseException] = []

    def body() -> None:
        try:
            with launch_browser() as browser:
                test(browser, *args)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            failure.append(exc)

    worker = threading.Thread(target=body, name="review-browser")
    worker.start()
    worker.join()
    if failure:
        raise failure[0]


@contextmanager
def open_review(browser, url: str, *, width: int = 1500, height: int = 900):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("console", lambda m: problems.append(f"console: {m.text}")
            if m.type == "error" and "ERR_INTERNET_DISCONNECTED" not in m.text and "Failed to load" not in m.text
            else None)

    def route(r):  # type: ignore[no-untyped-def]
        if r.request.url.startswith(url.split("?")[0].rstrip("/")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort("internetdisconnected")

    context.route("**/*", route)
    try:
        page.goto(url)
        page.wait_for_function("() => window.geostrikeReview && window.geostrikeReview.ready", timeout=15_000)
        yield page, problems
        assert all("tile.openstreetmap.org" in u for u in outside), outside
    finally:
        context.close()


def choose(page, place: str, search: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Search the list (for ``search``, default ``place``), click the row of the event at
    ``place`` and wait until its detail is shown; returns its id."""
    page.fill("#rv-q", search or place)
    row = page.locator(".rv-row").filter(has=page.locator("b", has_text=place)).first
    event_id = row.get_attribute("data-id")
    row.click()
    page.wait_for_function("(id) => document.querySelector('#rv-detail').dataset.id === id && "
                           "document.querySelector('#rv-summary')", arg=event_id)
    return event_id


def events(store: Path) -> dict[str, dict[str, Any]]:
    done = geostrike("events", "list", "--store", str(store), "--json")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    return {r["event_id"]: r for r in rows}


def test_review_loop_in_the_browser_and_decisions_across_reruns(tmp_path: Path) -> None:
    in_own_thread(_review_loop, tmp_path)


def _review_loop(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = write_jsonl(tmp_path / "news.jsonl", ARTICLES)
    out = tmp_path / "out"
    assert geostrike("run", str(src), "-o", str(out)).returncode == 0
    store = out / "geostrike.sqlite"
    ids = {r["place"]: r["event_id"] for r in events(store).values()}

    with review_server(store) as url, open_review(browser, url) as (page, problems):
        assert page.evaluate("window.geostrikeReview.shown().length") == len(ids)
        # Newest first.
        dates = page.evaluate("window.geostrikeReview.shown().map(e => e.d)")
        assert dates == sorted(dates, reverse=True)
        # Verify with the keyboard; the quote has its place marked.
        choose(page, "Kharkiv")
        assert page.inner_text("#rv-quotes mark") == "Kharkiv"
        assert page.get_attribute("#rv-sources a", "href") == "https://example.org/a1"
        page.locator("#rv-list").focus()
        page.keyboard.press("v")
        page.wait_for_function("() => window.geostrikeReview.decisions === 1")
        # Reject with a reason.
        choose(page, "Izmayil", "Izmail")
        page.fill("#rv-reason", "the port, not the town")
        page.click("#rv-reject")
        page.wait_for_function("() => window.geostrikeReview.decisions === 2")
        # Move by a gazetteer search with suggestions.
        choose(page, "Odesa")
        page.fill("#rv-move-q", "Shost")  # suggestions as the name is typed
        page.locator(".rv-place", has_text="Sumy").first.click()
        page.wait_for_function("() => document.querySelector('#rv-summary').textContent.includes('Shostka')")
        # Edit a count.
        choose(page, "Tuapse")
        page.fill("#rv-edit-killed", "3")
        page.click("#rv-edit-save")
        page.wait_for_function("() => document.querySelector('#rv-summary').textContent.includes('3 killed')")
        # Merge one event into another (two reports of one strike), then split them again.
        izmayil = choose(page, "Izmayil", "Izmail")
        page.click("#rv-merge-start")
        choose(page, "Shostka")
        page.click("#rv-merge-here")
        page.wait_for_selector("#rv-split")
        assert izmayil in page.inner_text("#rv-split")
        assert izmayil not in page.evaluate("window.geostrikeReview.shown().map(e => e.id)")
        page.click("#rv-split")
        page.wait_for_function("() => !document.querySelector('#rv-split')")
        # Promote the unlinked candidate.
        page.click("#rv-tab-candidates")
        page.wait_for_selector(".rv-cand[data-article=c1]")
        page.select_option(".rv-cand[data-article=c1] .rv-promote-type", "drone strike")
        page.fill(".rv-cand[data-article=c1] .rv-promote-attacker", "RU")
        page.fill("#rv-promote-c1-q", "Sumy")
        page.locator(".rv-cand[data-article=c1] .rv-place", has_text="Sumy Oblast").first.click()
        page.wait_for_function("() => document.querySelector('#rv-msg').textContent.startsWith('promoted c1')")
        page.click("#rv-tab-events")
        page.fill("#rv-q", "")
        page.wait_for_function("(n) => window.geostrikeReview.shown().length === n", arg=len(ids) + 1)
        statuses = page.evaluate("Object.fromEntries(window.geostrikeReview.shown().map(e => [e.id, e.s]))")
        assert statuses[ids["Kharkiv"]] == "verified" and statuses[ids["Izmayil"]] == "rejected"
        # The screenshot of the README: every event listed, a verified one open.
        choose(page, "Kharkiv", " ")
        png = tmp_path / "review.png"
        page.screenshot(path=str(png))
        assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20_000
        # GEOSTRIKE_SCREENSHOT_DIR=docs python -m pytest … renews the README's picture.
        if target := os.environ.get("GEOSTRIKE_SCREENSHOT_DIR"):
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, Path(target) / "review.png")
        assert problems == []

    decided = events(store)
    promoted = [r for r in decided.values() if r["sources"] == ["c1"]]
    assert len(promoted) == 1 and promoted[0]["status"] == "verified" and promoted[0]["attacker"] == "RU"

    # A re-run of the same and of new articles (one reports the verified strike) keeps every decision.
    write_jsonl(src, ARTICLES + LATER)
    done = geostrike("run", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    after = events(store)
    assert after[ids["Kharkiv"]]["status"] == "verified" and after[ids["Kharkiv"]]["new_sources"] == ["a3"]
    assert after[ids["Izmayil"]]["status"] == "rejected" and after[ids["Izmayil"]]["reason"] == "the port, not the town"
    assert after[ids["Izmayil"]]["merged"] == [] and after[ids["Odesa"]]["merged"] == []
    log = geostrike("events", "log", ids["Odesa"], "--store", str(store)).stdout
    assert " merge " in log and " split " in log
    assert after[ids["Odesa"]]["place"] == "Shostka" and after[ids["Tuapse"]]["killed"] == 3
    assert after[promoted[0]["event_id"]]["status"] == "verified"
    assert any(r["sources"] == ["a5"] and r["status"] == "unverified" for r in after.values())

    geo = {f["properties"]["event_id"]: f["properties"]
           for f in json.loads((out / "events.geojson").read_text())["features"]}
    assert ids["Izmayil"] not in geo and geo[ids["Odesa"]]["place"] == "Shostka"
    assert geo[ids["Kharkiv"]]["status"] == "verified" and geo[ids["Kharkiv"]]["reviewed_at"]
    assert geo[promoted[0]["event_id"]]["status"] == "verified"

    # The map draws verified and unverified events apart.
    with open_map(browser, out / "map.html") as m:
        shown = m.page.evaluate("geostrike.visible().map(i => [geostrike.props(i).event_id, geostrike.props(i).status,"
                                " geostrike.marker(i).options.className, geostrike.marker(i).options.color])")
        assert m.problems() == []
    by_id = {e: (s, cls, colour) for e, s, cls, colour in shown}
    assert ids["Izmayil"] not in by_id
    assert by_id[ids["Kharkiv"]][0] == "verified" and "gs-verified" in by_id[ids["Kharkiv"]][1]
    assert by_id[ids["Tuapse"]][0] == "unverified" and "gs-unverified" in by_id[ids["Tuapse"]][1]
    assert by_id[ids["Kharkiv"]][2] != by_id[ids["Tuapse"]][2]

    # The page after the re-run: the verified event is flagged as having a new source.
    with review_server(store) as url, open_review(browser, url) as (page, problems):
        choose(page, "Kharkiv")
        assert "new source since review: a3" in page.inner_text("#rv-detail")
        assert problems == []


def test_hostile_article_text_runs_no_script(tmp_path: Path) -> None:
    in_own_thread(_hostile_text, tmp_path)


def _hostile_text(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"id": "h1", "title": f"Title {HOSTILE}", "url": "javascript:window.__pwned=1",
         "text": f"Russian drones struck Kharkiv {HOSTILE} on June 3, 2024, injuring five people.",
         "published": "2024-06-04"},
        {"id": f"h2{HOSTILE}", "text": f"Explosions were heard overnight {HOSTILE}, officials said drones attacked.",
         "published": "2024-06-05", "url": "https://example.org/h2?<b>"},
    ]
    out = tmp_path / "out"
    done = geostrike("run", str(write_jsonl(tmp_path / "hostile.jsonl", rows)), "-o", str(out))
    assert done.returncode == 0, done.stderr
    with review_server(out / "geostrike.sqlite") as url, open_review(browser, url) as (page, problems):
        choose(page, "Kharkiv")
        page.hover("#rv-quotes blockquote")
        detail = page.inner_text("#rv-detail")
        assert "<script>window.__pwned = 1</script>" in detail  # shown as text
        page.click("#rv-tab-candidates")
        page.wait_for_selector(".rv-cand")
        assert "<img src=x onerror=" in page.inner_text("#rv-candidates")
        page.wait_for_timeout(300)  # let any injected image fail and fire its handler
        assert page.evaluate("window.__pwned") is None
        panes = ("#rv-side-bar", "#rv-detail", "#rv-candidates", "#rv-head")
        selector = ", ".join(f"{p} {tag}" for p in panes for tag in ("script", "img", "svg", "iframe")) + \
            ", a[href^='javascript']"
        injected = page.evaluate("(s) => document.querySelectorAll(s).length", selector)
        assert injected == 0
        csp = urllib.request.urlopen(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert problems == []


def _request(url: str, *, method: str = "GET", headers: dict[str, str] | None = None,
             body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any) -> None:  # type: ignore[override]
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=10) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def test_the_app_refuses_cross_site_and_unauthorised_requests(tmp_path: Path) -> None:
    from geostrike.store import EventStore

    store = tmp_path / "empty.sqlite"
    EventStore(store).close()
    with review_server(store) as url:
        base = url.rstrip("/")
        status, headers, page = _request(url)
        assert status == 200 and "script-src 'self'" in headers["content-security-policy"]
        csrf = json.loads(__import__("html").unescape(
            page.decode().split('name="geostrike-review" content="')[1].split('"')[0]))["csrf"]
        post = {"Content-Type": "application/json"}
        assert _request(f"{base}/api/events/x/verify", method="POST", headers=post, body=b"{}")[0] == 403
        assert _request(f"{base}/api/events/x/verify", method="POST", body=b"{}",
                        headers={**post, "X-CSRF-Token": csrf, "Origin": "https://evil.example"})[0] == 403
        status, _, body = _request(f"{base}/api/events/x/verify", method="POST", body=b"{}",
                                   headers={**post, "X-CSRF-Token": csrf})
        assert status == 404 and b"no event 'x'" in body  # the token passes; the id is unknown
        assert _request(f"{base}/api/events", headers={"Host": "evil.example"})[0] == 400  # DNS rebinding
        assert _request(f"{base}/api/events/x/verify", method="POST", body=b"[" * 70_000,
                        headers={**post, "X-CSRF-Token": csrf})[0] == 413

    exposed = geostrike("review", "--store", str(store), "--host", "0.0.0.0", "--port", "0")
    assert exposed.returncode == 2 and "--token" in exposed.stderr

    token = "a-long-enough-token-1234"
    with review_server(store, "--token", token) as url:
        assert url.endswith(f"?token={token}")
        base = url.split("?")[0].rstrip("/")
        assert _request(f"{base}/")[0] == 401
        assert _request(f"{base}/api/events")[0] == 401
        assert _request(f"{base}/?token=wrong-token-wrong-token")[0] == 401
        status, headers, _ = _request(url)
        assert status == 303
        cookie = headers["set-cookie"].split(";")[0]
        assert "httponly" in headers["set-cookie"].lower() and "samesite=strict" in headers["set-cookie"].lower()
        status, _, body = _request(f"{base}/api/events", headers={"Cookie": cookie})
        assert status == 200 and json.loads(body)["events"] == [] and json.loads(body)["candidates"] == 0
