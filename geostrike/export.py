"""Stage 6a: write events as an RFC 7946 GeoJSON FeatureCollection.

Points are ``[lon, lat]`` in WGS 84; features are ordered by article, then position in
the article, so that re-runs on the same input give the same bytes. The file is written
to a temporary name and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .exceptions import OutputError
from .models import StrikeEvent


def feature_collection(events: list[StrikeEvent]) -> dict[str, Any]:
    """The events as a GeoJSON FeatureCollection dict."""
    ordered = sorted(events, key=lambda e: (e.article_id, e.quote_start, e.place.mention.start))
    return {"type": "FeatureCollection", "features": [e.__geo_interface__ for e in ordered]}


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc


def write_geojson(events: list[StrikeEvent], path: Path, *, indent: int | None = 1) -> Path:
    """Write ``events`` to ``path`` as GeoJSON (sorted keys, stable order)."""
    write_atomic(path, json.dumps(feature_collection(events), ensure_ascii=False, sort_keys=True, indent=indent) + "\n")
    return path


def read_geojson(path: Path) -> dict[str, Any]:
    """Load a geostrike events GeoJSON file (for ``geostrike map``)."""
    from .exceptions import ArticleError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{path}: not a readable GeoJSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ArticleError(f"{path}: not a GeoJSON FeatureCollection")
    return data
