"""The map's third-party JavaScript and CSS, read from installed packages.

No third-party code is copied into this repository. Leaflet comes from the PyPI package
``xstatic-leaflet``; the Leaflet.heat plugin is the file folium ships
(``folium/templates/leaflet_heat.min.js``). The clusters, the list and the timeline are
geostrike's own script (``geostrike/static/app.js``).
The default map loads the same versions from a CDN (:func:`cdn_urls`); the offline map
(:func:`inline_assets`) carries their text inside the HTML.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from .exceptions import OutputError


class AssetError(OutputError):
    """A map asset (Leaflet, a plugin) is not installed; the message names the package."""


@dataclass(frozen=True)
class Asset:
    """One file of an installed package, and where a CDN serves the same file."""

    package: str  # the pip package that ships it
    module: str  # the module whose folder holds it
    subdir: str  # folder inside that module's folder
    name: str
    cdn: str  # CDN URL; "{version}" is the installed package's version

    def path(self) -> Path:
        folder = _module_dir(self.module, self.package) / self.subdir
        path = folder / self.name
        if not path.is_file():
            raise AssetError(f"{path} is missing; reinstall it with: pip install --force-reinstall {self.package}")
        return path

    def url(self) -> str:
        return self.cdn.format(version=version(self.module, self.package))


LEAFLET = "xstatic.pkg.leaflet"
_JSDELIVR = "https://cdn.jsdelivr.net/npm"
SCRIPTS = (
    Asset("xstatic-leaflet", LEAFLET, "data", "leaflet.js", _JSDELIVR + "/leaflet@{version}/dist/leaflet.js"),
    # folium's own HeatMap plugin loads this file from the same URL.
    Asset("folium", "folium", "templates", "leaflet_heat.min.js",
          "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js"),
)
STYLES = (
    Asset("xstatic-leaflet", LEAFLET, "data", "leaflet.css", _JSDELIVR + "/leaflet@{version}/dist/leaflet.css"),
)


def _missing(package: str) -> AssetError:
    return AssetError(f"the map needs the Python package {package}; install it with: pip install {package}")


def _module(module: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise _missing(package) from None


def _module_dir(module: str, package: str) -> Path:
    # find_spec, not import: importing folium takes half a second.
    try:
        spec = importlib.util.find_spec(module)
    except ImportError:
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise _missing(package)
    return Path(next(iter(spec.submodule_search_locations)))


def version(module: str, package: str) -> str:
    """The upstream version a package ships (xstatic's ``VERSION``, else ``__version__``)."""
    mod = _module(module, package)
    return str(getattr(mod, "VERSION", None) or getattr(mod, "__version__", ""))


def cdn_urls() -> tuple[list[str], list[str]]:
    """Script and stylesheet URLs for the default (online) map."""
    return [a.url() for a in SCRIPTS], [a.url() for a in STYLES]


_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")


def _inline_css(asset: Asset) -> str:
    """The stylesheet with its ``url(images/…)`` replaced by data: URIs (no request)."""
    path = asset.path()

    def data_uri(m: re.Match[str]) -> str:
        image = path.parent / m.group(2)
        if not image.is_file():
            raise AssetError(f"{image} is missing; reinstall it with: pip install --force-reinstall {asset.package}")
        return f"url(data:image/png;base64,{base64.b64encode(image.read_bytes()).decode()})"

    return _URL.sub(data_uri, path.read_text(encoding="utf-8"))


def _inline_js(asset: Asset) -> str:
    text = asset.path().read_text(encoding="utf-8")
    # A source-map comment would point at a file that is not there; inline scripts must not close.
    text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.M)
    if "</script" in text.lower():
        raise AssetError(f"{asset.path()} cannot be inlined: it contains '</script'")
    return text


@lru_cache(maxsize=1)
def inline_assets() -> tuple[str, str]:
    """All scripts and all styles, as text to put inside ``<script>`` and ``<style>``."""
    return "\n;\n".join(_inline_js(a) for a in SCRIPTS), "\n".join(_inline_css(a) for a in STYLES)
