"""Helpers for the real-browser tests of geostrike's map (imported by tests, not collected).

``launch_browser()`` starts Debian's Chromium through playwright; ``open_map()`` opens a local
``map.html`` (file:// URL) in a fresh context whose network is cut off: the CDN scripts and
styles of the map (Leaflet, the heat plugin) are served from the installed Python packages
that :mod:`geostrike.assets` reads for the offline map; every other non-file request (map
tiles …) gets an empty 200 answer of the right type (or, with ``block_tiles``, fails) and is
recorded. Page errors, console errors and dialogs are collected on the returned ``MapPage``.

Missing prerequisites (Chromium, the playwright module) skip the tests, or fail them when
``CI=true``, naming the install command.
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

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL = "apt-get update && apt-get install -y chromium && pip install playwright"
TILE_HOSTS = ("tile.openstreetmap.org",)
# A 1x1 transparent PNG, for map tiles.
_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
_TYPES = {".js": "application/javascript", ".css": "text/css", ".png": "image/png"}


def _unavailable(what: str) -> NoReturn:
    message = f"browser tests need {what}; install with: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def require_prerequisites() -> None:
    """Skip (or fail on CI) unless Chromium and playwright are present."""
    if not CHROMIUM.is_file():
        _unavailable(f"Chromium at {CHROMIUM}")
    if importlib.util.find_spec("playwright") is None:
        _unavailable("the playwright Python module")


def cdn_files() -> dict[str, Path]:
    """The map's CDN URLs and the installed files that stand in for them."""
    from geostrike.assets import SCRIPTS, STYLES

    return {a.url(): a.path() for a in (*SCRIPTS, *STYLES)}


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
    requests: list[str] = field(default_factory=list)  # every non-file, non-data request

    def non_tile_requests(self) -> list[str]:
        return [u for u in self.requests if not any(f"{h}/" in u for h in TILE_HOSTS)]

    def problems(self) -> list[str]:
        return ([f"page error: {e}" for e in self.page_errors] + [f"console error: {e}" for e in self.console_errors]
                + [f"dialog: {d}" for d in self.dialogs])


def _route(map_page: MapPage, files: dict[str, Path], block_tiles: bool, route: Route) -> None:
    url = route.request.url
    if url.startswith(("file:", "data:", "blob:")):
        route.continue_()
        return
    map_page.requests.append(url)
    if url in files:
        route.fulfill(status=200, path=str(files[url]))
        return
    if block_tiles and any(f"{h}/" in url for h in TILE_HOSTS):
        route.abort("internetdisconnected")
        return
    path = url.split("?", 1)[0].split("#", 1)[0]
    map_page.stubbed.append(url)
    suffix = Path(path).suffix.lower()
    route.fulfill(status=200, content_type=_TYPES.get(suffix, "text/plain"), body=_PNG if suffix == ".png" else b"")


@contextmanager
def open_map(browser: Browser, html: Path, *, width: int = 1280, height: int = 800, timeout_ms: int = 10_000,
             fragment: str = "", block_tiles: bool = False, mobile: bool = False) -> Iterator[MapPage]:
    """Open ``html`` offline and wait until geostrike's map is drawn (errors are collected).

    ``fragment`` is appended to the URL (a permalink's ``#…``); ``block_tiles`` makes every
    tile request fail; ``mobile`` opens it as a touch phone would."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                  is_mobile=mobile, has_touch=mobile)
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
    files = cdn_files()
    context.route("**/*", lambda route: _route(result, files, block_tiles, route))
    try:
        page.goto(html.resolve().as_uri() + fragment, wait_until="load")
        try:
            page.wait_for_function("() => window.geostrike !== undefined", timeout=timeout_ms)
        except Exception as exc:  # the page errors say more than the timeout
            raise AssertionError(f"map did not start: {result.problems()}") from exc
        yield result
    finally:
        context.close()
