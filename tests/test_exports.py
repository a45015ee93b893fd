"""GeoJSON, GeoPackage and CSV exports of the real pipeline's events on ``examples/``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import geopandas
import pandas as pd
import pyogrio
import pytest

from geostrike.export import (BOOL_COLUMNS, EVENT_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, LIST_COLUMNS, events_frame,
                              geojson_text, vrt_text, write_csv, write_gpkg)

COUNTS = ("launched", "intercepted", "killed", "injured", "geo_precision", "place_start", "place_end",
          "quotes_count", "sources_count")


def run_examples(repo: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(repo / "examples"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return json.loads((out / "events.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory, repo) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("exports")
    collection = run_examples(repo, out)
    write_gpkg(collection, out / "events.gpkg")
    write_csv(collection, out / "events.csv")
    return out, collection


@pytest.mark.slow
def test_geojson_is_stable_and_typed(exported, repo, tmp_path):
    out, collection = exported
    assert len(collection["features"]) >= 8
    run_examples(repo, tmp_path)
    assert (tmp_path / "events.geojson").read_bytes() == (out / "events.geojson").read_bytes()
    assert (out / "events.vrt").read_text(encoding="utf-8") == vrt_text(collection)  # written beside it
    for f in collection["features"]:
        p = f["properties"]
        for name in COUNTS:
            assert p[name] is None or type(p[name]) is int, (name, p[name])
        assert p["date"] is None or (isinstance(p["date"], str) and p["date"][:4].isdigit())
        assert isinstance(p["quotes"], list) and isinstance(p["sources"], list)


@pytest.mark.slow
def test_gpkg_layers_types_and_crs(exported):
    out, collection = exported
    gpkg = out / "events.gpkg"
    # layer_styles: the QGIS style (geostrike.export.qml_text), the events layer's default
    assert [tuple(row) for row in pyogrio.list_layers(gpkg)] == [("events", "Point"), ("places", "Point"),
                                                                ("layer_styles", None)]
    info = pyogrio.read_info(gpkg, layer="events")
    assert info["features"] == len(collection["features"])
    assert info["crs"] == "EPSG:4326"
    dtypes = dict(zip(info["fields"], info["dtypes"]))
    assert list(info["fields"]) == list(EVENT_COLUMNS)
    assert {dtypes[c] for c in COUNTS} <= {"int32", "int64"}
    assert dtypes["date"] == "datetime64[D]"  # an OGR Date, each at its first day; date_precision beside it
    assert {dtypes[c] for c in set(EVENT_COLUMNS) - INT_COLUMNS - FLOAT_COLUMNS - BOOL_COLUMNS - {"date"}} == {"object"}
    assert {dtypes[c] for c in FLOAT_COLUMNS} == {"float64"}
    assert {dtypes[c] for c in BOOL_COLUMNS} == {"bool"}
    places = pyogrio.read_info(gpkg, layer="places")
    assert places["crs"] == "EPSG:4326"
    assert places["features"] == len({f["properties"]["gazetteer_id"] for f in collection["features"]})
    assert dict(zip(places["fields"], places["dtypes"]))["events"] in ("int32", "int64")


@pytest.mark.slow
def test_gpkg_reads_back_the_same_events(exported):
    out, collection = exported
    back = geopandas.read_file(out / "events.gpkg", layer="events")
    features = collection["features"]
    assert list(back["event_id"]) == [f["properties"]["event_id"] for f in features]
    for (lon, lat), point in zip((f["geometry"]["coordinates"] for f in features), back.geometry):
        assert point.x == pytest.approx(lon, abs=1e-6) and point.y == pytest.approx(lat, abs=1e-6)
    killed = [f["properties"]["killed"] for f in features]
    assert [None if pd.isna(k) else int(k) for k in back["killed"]] == killed
    places = geopandas.read_file(out / "events.gpkg", layer="places")
    assert int(places["events"].sum()) == len(features)


@pytest.mark.slow
def test_csv_rows_and_integer_counts(exported):
    out, collection = exported
    with (out / "events.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(collection["features"])
    assert list(rows[0]) == [*EVENT_COLUMNS, "lon", "lat"]
    for row, f in zip(rows, collection["features"]):
        assert row["event_id"] == f["properties"]["event_id"]
        assert (int(row["killed"]) if row["killed"] else None) == f["properties"]["killed"]
        assert float(row["lon"]) == pytest.approx(f["geometry"]["coordinates"][0], abs=1e-6)
        assert row["sources"] == " | ".join(f["properties"]["sources"])


def feature(lon: float, lat: float, **props) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def test_nullable_integers_survive(tmp_path):
    collection = {"type": "FeatureCollection", "features": [
        feature(30.5, 50.4, event_id="a", gazetteer_id="gn:1", killed=None, quotes=["x", "y"], extra_b=1),
        feature(36.2, 50.0, event_id="b", gazetteer_id="gn:2", killed=3, sources=["s1"], extra_a="z"),
    ]}
    frame = events_frame(collection)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == [*EVENT_COLUMNS, "extra_a", "extra_b", "geometry"]
    assert str(frame["killed"].dtype) == "Int64" and frame["killed"].isna().tolist() == [True, False]
    assert frame.loc[1, "killed"] == 3 and frame.loc[0, "quotes"] == "x | y"
    gpkg = write_gpkg(collection, tmp_path / "two.gpkg")
    info = pyogrio.read_info(gpkg, layer="events")
    assert dict(zip(info["fields"], info["dtypes"]))["killed"] == "int64"
    back = pyogrio.read_dataframe(gpkg, layer="events")
    assert pd.isna(back.loc[0, "killed"]) and back.loc[1, "killed"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two.gpkg"]  # no temporary file left
    rows = list(csv.DictReader(write_csv(collection, tmp_path / "two.csv").open(encoding="utf-8")))
    assert [r["killed"] for r in rows] == ["", "3"] and rows[0]["lat"] == "50.4"


def test_vrt_types_the_geojson_fields_when_every_value_is_null(tmp_path):
    """GDAL (pyogrio's, as QGIS's) reads a GeoJSON property null on every feature as a
    String; read through ``events.vrt`` the same file has every count an Integer64, the
    values unchanged and null where unknown."""
    collection = {"type": "FeatureCollection", "features": [
        feature(30.5, 50.4, event_id="a", date="2024-06", quotes=["x, y", "z"], place_fuzzy=True, extra="e"),
        feature(36.2, 50.0, event_id="b", date="2024-06-30", sources=["s1"], confidence=0.5, geo_precision=1),
    ]}
    (tmp_path / "events.geojson").write_text(geojson_text(collection), encoding="utf-8")
    (tmp_path / "events.vrt").write_text(vrt_text(collection), encoding="utf-8")
    plain = pyogrio.read_info(tmp_path / "events.geojson")
    assert dict(zip(plain["fields"], plain["ogr_types"]))["killed"] == "OFTString"  # why the VRT exists
    info = pyogrio.read_info(tmp_path / "events.vrt")
    assert info["driver"] == "OGR_VRT" and info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point"
    assert list(info["fields"]) == [*EVENT_COLUMNS, "extra"]
    types = dict(zip(info["fields"], zip(info["ogr_types"], info["ogr_subtypes"])))
    assert {c: types[c][0] for c in INT_COLUMNS} == dict.fromkeys(INT_COLUMNS, "OFTInteger64")
    assert {c: types[c][0] for c in FLOAT_COLUMNS} == dict.fromkeys(FLOAT_COLUMNS, "OFTReal")
    assert {c: types[c] for c in BOOL_COLUMNS} == dict.fromkeys(BOOL_COLUMNS, ("OFTInteger", "OFSTBoolean"))
    assert types["date"][0] == types["quotes"][0] == types["extra"][0] == "OFTString"
    back = pyogrio.read_dataframe(tmp_path / "events.vrt")
    assert back["killed"].isna().all() and back["launched"].isna().all()  # null, never 0
    assert back["date"].tolist() == ["2024-06", "2024-06-30"]  # as written: a month stays a month
    assert json.loads(back.loc[0, "quotes"]) == ["x, y", "z"] and pd.isna(back.loc[1, "quotes"])
    assert back.loc[1, "geo_precision"] == 1 and back.loc[1, "confidence"] == 0.5 and bool(back.loc[0, "place_fuzzy"])
    assert back.loc[0, "extra"] == "e" and back.geometry[1].x == pytest.approx(36.2)
    assert LIST_COLUMNS <= set(back.columns)


def test_places_layer_from_resolved_places(tmp_path):
    collection = {"type": "FeatureCollection", "features": [feature(30.5, 50.4, event_id="a", killed=1)]}
    places = [{"gazetteer_id": "gn:703448", "name": "Kyiv", "feature": "city", "country": "UA", "admin1": "UA-30",
               "lat": 50.45, "lon": 30.52, "precision": 1, "mentions": 2}]
    gpkg = write_gpkg(collection, tmp_path / "p.gpkg", places=places)
    info = pyogrio.read_info(gpkg, layer="places")
    assert info["features"] == 1 and dict(zip(info["fields"], info["dtypes"]))["mentions"] == "int64"
    back = geopandas.read_file(gpkg, layer="places")
    assert back.loc[0, "name"] == "Kyiv" and back.geometry[0].x == pytest.approx(30.52)


def test_write_outputs_writes_the_kinds_named_together(tmp_path):
    """``geostrike map`` writes the map and its GeoJSON through the same function as ``run``."""
    from geostrike.export import OUTPUT_NAMES, read_geojson, write_outputs

    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.23, 49.99]},
         "properties": {"event_id": "e1", "place": "Kharkiv", "killed": 2.0}}]}
    paths = {"geojson": tmp_path / "a.geojson", "map": tmp_path / "a.html"}
    assert write_outputs(collection, paths, map_html="<html>map</html>") == list(paths.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.geojson", "a.html"]  # no temporary file left
    written = read_geojson(paths["geojson"])["features"][0]["properties"]
    assert written["killed"] == 2 and isinstance(written["killed"], int) and "weapon" in written
    assert paths["map"].read_text(encoding="utf-8") == "<html>map</html>"
    with pytest.raises(ValueError, match="unknown output kinds"):
        write_outputs(collection, {"pdf": tmp_path / "a.pdf"})
    with pytest.raises(ValueError, match="needs map_html"):
        write_outputs(collection, {"map": tmp_path / "b.html"})
    assert not (tmp_path / "b.html").exists() and set(OUTPUT_NAMES) == {"geojson", "gpkg", "csv", "map", "qml", "vrt"}
