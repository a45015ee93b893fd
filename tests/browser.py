"""Helpers for the real-browser tests of geostrike's map (imported by tests, not collected).

``launch_browser()`` starts Debian's Chromium through playwright; ``open_map()`` opens a local
``map.html`` (file:// URL) in a fresh context whose network is cut off: Leaflet's JS and CSS
are served from ``node_modules/leaflet`` (npm), every other non-file request (bootstrap,
jquery, awesome-markers, fonts, map tiles) gets an empty 200 answer of the right type and is
recorded. Page errors, console errors and dialogs are collected on the returned ``MapPage``.

Missing prerequisites (Chromium, the playwright module, the npm assets) skip the tests, or
fail them when ``CI=true``, naming the install command.
"""

from __future__ import annotations

import base64
import importlib.util
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, Route

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
NPM_PACKAGES = ("leaflet@1.9.4",)  # installed at the repo root: npm install --no-save <these>
LEAFLET_DIST = REPO / "node_modules" / "leaflet" / "dist"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL = ("apt-get update && apt-get install -y chromium && pip install playwright && "
           f"(cd {REPO} && npm install --no-save {' '.join(NPM_PACKAGES)})")
# A 1x1 transparent PNG, for map tiles.
_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
_TYPES = {".js": "application/javascript", ".css": "text/css", ".png": "image/png"}


def _unavailable(what: str) -> NoReturn:
    message = f"browser tests need {what}; install with: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def require_prerequisites() -> None:
    """Skip (or fail on CI) unless Chromium, playwright and the npm assets are present."""
    if not CHROMIUM.is_file():
        _unavailable(f"Chromium at {CHROMIUM}")
    if importlib.util.find_spec("playwright") is None:
        _unavailable("the playwright Python module")
    for name in ("leaflet.js", "leaflet.css"):
        if not (LEAFLET_DIST / name).is_file():
            _unavailable(f"{LEAFLET_DIST / name} (npm packages: {', '.join(NPM_PACKAGES)})")


@contextmanager
def launch_browser() -> Iterator[Browser]:
    """Headless Chromium (Debian's build) driven by playwright."""
    require_prerequisites()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class MapPage:
    """An opened map and what happened while it ran."""

    page: Page
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    stubbed: list[str] = field(default_factory=list)  # non-file URLs answered with an empty body

    def problems(self) -> list[str]:
        return ([f"page error: {e}" for e in self.page_errors] + [f"console error: {e}" for e in self.console_errors]
                + [f"dialog: {d}" for d in self.dialogs])


def _route(map_page: MapPage, route: Route) -> None:
    url = route.request.url
    if url.startswith(("file:", "data:")):
        route.continue_()
        return
    path = url.split("?", 1)[0].split("#", 1)[0]
    for name in ("leaflet.js", "leaflet.css"):
        if path.endswith("/" + name):
            route.fulfill(status=200, path=str(LEAFLET_DIST / name))
            return
    map_page.stubbed.append(url)
    suffix = Path(path).suffix.lower()
    route.fulfill(status=200, content_type=_TYPES.get(suffix, "text/plain"), body=_PNG if suffix == ".png" else b"")


@contextmanager
def open_map(browser: Browser, html: Path, *, width: int = 1280, height: int = 800) -> Iterator[MapPage]:
    """Open ``html`` offline and wait until geostrike's layer exists (errors are collected)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    result = MapPage(page)

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            result.console_errors.append(msg.text)

    def on_dialog(dialog: Dialog) -> None:
        result.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("pageerror", lambda exc: result.page_errors.append(str(exc)))
    page.on("console", on_console)
    page.on("dialog", on_dialog)
    context.route("**/*", lambda route: _route(result, route))
    try:
        page.goto(html.resolve().as_uri(), wait_until="load")
        try:
            page.wait_for_function("() => window.geostrikeLayer !== undefined", timeout=10_000)
        except Exception as exc:  # the page errors say more than the timeout
            raise AssertionError(f"map did not start: {result.problems()}") from exc
        yield result
    finally:
        context.close()
