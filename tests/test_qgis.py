"""The exports open in QGIS: valid EPSG:4326 layers with integer counts, and render with points.

QGIS's Python bindings (Debian ``python3-qgis``) live in the system interpreter
``/usr/bin/python3``, not in geostrike's, so ``tests/qgis_check.py`` runs there as a
subprocess. Skipped where QGIS is missing, except under ``CI=true``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geostrike.export import write_gpkg

QGIS_PYTHON = "/usr/bin/python3"
APT = "apt-get install -y python3-qgis qgis-providers"
COUNTS = ("killed", "launched", "geo_precision", "sources_count")
INTEGER = {"Integer", "Integer64", "int", "int8", "integer"}


def qgis_available() -> bool:
    try:
        return subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def qgis_report(tmp_path_factory, repo) -> tuple[dict, dict]:
    if not qgis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"QGIS is not importable by {QGIS_PYTHON}; install it with: {APT}")
        pytest.skip(f"QGIS is not importable by {QGIS_PYTHON} ({APT})")
    out = tmp_path_factory.mktemp("qgis")
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(repo / "examples"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    collection = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    write_gpkg(collection, out / "events.gpkg")
    proc = subprocess.run([QGIS_PYTHON, str(Path(__file__).with_name("qgis_check.py")), str(out / "events.geojson"),
                           str(out / "events.gpkg"), str(out / "map.png")], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1]), collection


@pytest.mark.parametrize("name", ["geojson", "gpkg_events"])
def test_event_layers_load_with_integer_counts(qgis_report, name):
    report, collection = qgis_report
    layer = report["layers"][name]
    assert layer["valid"] and layer["crs"] == "EPSG:4326"
    assert layer["featureCount"] == len(collection["features"])
    assert all(layer["fields"][c] in INTEGER for c in COUNTS), {c: layer["fields"][c] for c in COUNTS}
    assert layer["fields"]["event_id"] == "String"


def test_places_layer_loads(qgis_report):
    report, collection = qgis_report
    layer = report["layers"]["gpkg_places"]
    assert layer["valid"] and layer["crs"] == "EPSG:4326"
    assert layer["featureCount"] == len({f["properties"]["gazetteer_id"] for f in collection["features"]})
    assert layer["fields"]["events"] in INTEGER


def test_render_shows_the_points(qgis_report):
    report, _ = qgis_report
    r = report["render"]
    assert Path(r["png"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert r["empty_nonwhite"] == 0 < r["nonwhite"]
    assert r["red"] >= 20 * r["points"]  # a 4 mm circle is ~180 px at 96 dpi
    assert r["points_hit"] == r["points"]  # every event point has its red marker
