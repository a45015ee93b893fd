"""The exports open in QGIS: valid EPSG:4326 layers with integer counts and a Date, the
geostrike style applied, and render with points. ``events.vrt`` gives the GeoJSON its field
types where GDAL's GeoJSON reader (3.6 here) cannot be told them.

QGIS's Python bindings (Debian ``python3-qgis``) live in the system interpreter
``/usr/bin/python3``, not in geostrike's, so ``tests/support/qgis_check.py`` runs there as a
subprocess. Skipped where QGIS is missing, except under ``CI=true``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geostrike.export import (
    EVENT_COLUMNS,
    LIST_COLUMNS,
    STYLE_SIZE,
    STYLE_TYPES,
    geojson_text,
    write_gpkg,
    write_qml,
)

pytestmark = pytest.mark.slow  # runs geostrike and drives QGIS

QGIS_PYTHON = "/usr/bin/python3"
QGIS_CHECK = Path(__file__).resolve().parent / "support" / "qgis_check.py"  # run by QGIS_PYTHON
APT = "apt-get install -y python3-qgis qgis-providers"
COUNTS = ("killed", "launched", "geo_precision", "sources_count")
ALL_COUNTS = ("launched", "intercepted", "killed", "injured", "geo_precision", "place_start", "place_end",
              "quotes_count", "sources_count")
INTEGER = {"Integer", "Integer64", "int", "int8", "integer"}


def qgis_available() -> bool:
    try:
        return subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def require_qgis() -> None:
    if not qgis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"QGIS is not importable by {QGIS_PYTHON}; install it with: {APT}")
        pytest.skip(f"QGIS is not importable by {QGIS_PYTHON} ({APT})")


def run_check(*args: str) -> dict:
    proc = subprocess.run([QGIS_PYTHON, str(QGIS_CHECK), *args], capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report: dict = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def check(geojson: Path, gpkg: Path, png: Path, qml: Path | None = None) -> dict:
    return run_check(str(geojson), str(gpkg), str(png), *([str(qml)] if qml else []))


@pytest.fixture(scope="module")
def qgis_report(tmp_path_factory, repo) -> tuple[dict, dict]:
    require_qgis()
    out = tmp_path_factory.mktemp("qgis")
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(repo / "examples"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    collection = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    write_gpkg(collection, out / "events.gpkg")
    write_qml(out / "events.qml")
    return check(out / "events.geojson", out / "events.gpkg", out / "map.png", out / "events.qml"), collection


@pytest.fixture(scope="module")
def null_report(tmp_path_factory, repo) -> dict:
    """Events none of which has a count, a casualty or a date: the fields keep their types.
    The run's ``events.vrt`` and ``events.qml`` stay beside the rewritten GeoJSON."""
    require_qgis()
    out = tmp_path_factory.mktemp("qgis-null")
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(repo / "examples"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    collection = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    for f in collection["features"]:
        f["properties"].update({c: None for c in ("launched", "intercepted", "killed", "injured")},
                               date=None, date_precision="unknown")
    (out / "events.geojson").write_text(geojson_text(collection), encoding="utf-8")
    write_gpkg(collection, out / "events.gpkg")
    report = check(out / "events.geojson", out / "events.gpkg", out / "map.png", out / "events.qml")
    return {**report, "collection": collection}


@pytest.mark.parametrize("name", ["geojson", "gpkg_events", "vrt"])
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


def test_gpkg_date_is_a_date_with_its_precision_beside_it(qgis_report):
    report, collection = qgis_report
    fields = report["layers"]["gpkg_events"]["fields"]
    assert fields["date"] == "Date" and fields["date_precision"] == "String"
    assert all(fields[c] in INTEGER for c in ALL_COUNTS), {c: fields[c] for c in ALL_COUNTS}
    assert fields["confidence"] == "Real"


def test_counts_stay_integers_and_date_a_date_when_every_value_is_null(null_report):
    fields = null_report["layers"]["gpkg_events"]["fields"]
    assert fields["date"] == "Date"
    assert all(fields[c] in INTEGER for c in ALL_COUNTS), {c: fields[c] for c in ALL_COUNTS}
    # The GeoJSON opened through its VRT: every count an integer, as in the GeoPackage.
    vrt = null_report["layers"]["vrt"]["fields"]
    assert all(vrt[c] == "Integer64" for c in ALL_COUNTS), {c: vrt[c] for c in ALL_COUNTS}
    assert vrt["confidence"] == vrt["uncertainty_km"] == "Real" and vrt["place_fuzzy"] == "Boolean"
    # Opened directly, GDAL's GeoJSON reader types from the values (test_gdal_cannot_be_told_...).
    geojson = null_report["layers"]["geojson"]["fields"]
    assert set(ALL_COUNTS) <= set(geojson)  # every property on every feature
    assert all(geojson[c] in INTEGER for c in ("geo_precision", "place_start", "quotes_count", "sources_count"))


@pytest.mark.parametrize("which", ["qgis_report", "null_report"])
def test_the_vrt_reads_the_geojson_values_unchanged_and_opens_styled(which, request):
    report = request.getfixturevalue(which)
    report, collection = (report, report["collection"]) if which == "null_report" else report
    layer = report["layers"]["vrt"]
    assert layer["valid"] and layer["crs"] == "EPSG:4326" and layer["featureCount"] == len(collection["features"])
    assert sorted(layer["fields"]) == sorted(EVENT_COLUMNS)
    for i, feature in enumerate(collection["features"]):
        props = feature["properties"]
        for name in EVENT_COLUMNS:
            got, want = layer["values"][name][i], props[name]
            if name in LIST_COLUMNS:  # the list's JSON text
                got = json.loads(got)
            assert got == want, (feature["properties"]["event_id"], name, got, want)  # null stays null
    assert layer["renderer"]["type"] == "categorizedSymbol"  # events.qml beside it is its default style


def test_gdal_cannot_be_told_the_type_of_an_all_null_geojson_property(null_report, tmp_path):
    """The finding behind ``events.vrt``: GDAL's GeoJSON reader gives a property that is null
    on every feature the type String, and nothing in or beside the file changes that under
    GDAL < 3.11: no foreign member (a JSON Schema of the properties, OGR-style field
    definitions), no style file (a .qml sets no field type), no open option of the layer URI
    QGIS opens (``OGR_SCHEMA`` is GDAL 3.11's)."""
    collection = null_report["collection"]
    nulls = ("launched", "intercepted", "killed", "injured")
    assert all(f["properties"][c] is None for f in collection["features"] for c in nulls)
    schema = {"type": "object", "properties": {c: {"type": ["integer", "null"]} for c in nulls}}
    hinted = tmp_path / "hinted.geojson"
    hinted.write_text(geojson_text({**collection, "schema": schema,
                                    "fields": [{"name": c, "type": "Integer64"} for c in nulls]}), encoding="utf-8")
    plain = tmp_path / "events.geojson"
    plain.write_text(geojson_text(collection), encoding="utf-8")
    ogr_schema = json.dumps({"layers": [{"name": "events", "fields": [{"name": c, "type": "Integer64"}
                                                                      for c in nulls]}]})
    option = f"{plain}|option:OGR_SCHEMA={ogr_schema}"
    report = run_check("--layers", str(plain), str(hinted), option)
    gdal = tuple(int(p) for p in report["gdal"].split(".")[:2])
    types = {uri: {c: layer["fields"][c] for c in nulls} for uri, layer in report["layers"].items()}
    assert all(layer["valid"] for layer in report["layers"].values())
    assert types[str(plain)] == types[str(hinted)] == dict.fromkeys(nulls, "String")
    assert types[option] == dict.fromkeys(nulls, "Integer64" if gdal >= (3, 11) else "String")
    styled = null_report["styled"]
    assert styled["ok"] and {c: styled["fields"][c] for c in nulls} == dict.fromkeys(nulls, "String")


def test_the_style_applies(qgis_report):
    report, _ = qgis_report
    want = [*STYLE_TYPES, ""]
    # The GeoPackage carries it as the events layer's default style: QGIS applies it on adding the layer.
    for r in (report["layers"]["gpkg_events"]["renderer"], report["styled"]["renderer"]):
        assert r["type"] == "categorizedSymbol" and r["attr"] == "event_type"
        assert r["categories"] == want
        assert r["size"] == [STYLE_SIZE] * len(want)  # sized by casualties
        assert len(set(r["shapes"])) >= 6  # a shape per type, as on the map
    assert report["styled"]["ok"] and report["styled"]["nonwhite"] > 0
