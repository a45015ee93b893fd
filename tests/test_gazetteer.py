"""The gazetteer index, built from the real sources, and its lookups."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from geostrike.cli import cli
from geostrike.exceptions import GazetteerSourceError
from geostrike.gazetteer import Gazetteer
from geostrike.gazetteer_build import build_index
from geostrike.geo import haversine_km


def best(gaz: Gazetteer, name: str, kind: str):
    cands = [c.entry for c in gaz.lookup(name) if c.entry.kind == kind]
    assert cands, f"no {kind} candidate for {name!r}"
    return max(cands, key=lambda e: e.population)


@pytest.mark.slow
@pytest.mark.parametrize("variant,lat,lon", [
    ("Kiev", 50.45, 30.52), ("Kyiv", 50.45, 30.52), ("Kharkov", 49.98, 36.25), ("Kharkiv", 49.98, 36.25),
    ("Zaporozhye", 47.85, 35.12), ("Zaporizhia", 47.85, 35.12), ("Zaporizhzhia", 47.85, 35.12),
    ("Orel", 52.97, 36.08), ("Oryol", 52.97, 36.08), ("Orël", 52.97, 36.08),
    ("Odessa", 46.48, 30.73), ("Odesa", 46.48, 30.73),
])
def test_transliteration_variants_find_the_same_city(gazetteer, variant, lat, lon):
    e = best(gazetteer, variant, "city")
    assert haversine_km(e.lat, e.lon, lat, lon) < 15, e


@pytest.mark.slow
@pytest.mark.parametrize("alias,iso", [
    ("Belgorod region", "RU-BEL"), ("Belgorod Oblast", "RU-BEL"), ("Belgorodskaya", "RU-BEL"),
    ("Kursk region", "RU-KRS"), ("Sumy Oblast", "UA-59"), ("Zaporizhzhia Oblast", "UA-23"),
    ("Crimea", "UA-43"), ("Crimean Peninsula", "UA-43"),
])
def test_admin1_aliases(gazetteer, alias, iso):
    assert iso in {c.entry.admin1 for c in gazetteer.lookup(alias) if c.entry.kind == "admin1"}


@pytest.mark.slow
def test_crimea_and_sevastopol_follow_iso_3166(gazetteer):
    for iso in ("UA-43", "UA-40"):
        assert gazetteer.get(f"adm1:{iso}").country == "UA"
    assert best(gazetteer, "Sevastopol", "city").admin1 == "UA-40"


@pytest.mark.slow
@pytest.mark.parametrize("name,lat,lon,km", [
    ("Engels-2", 51.4667, 46.2, 5), ("Dyagilevo", 54.6447, 39.5704, 5), ("Kursk Vostochny", 51.7506, 36.2956, 5),
    ("Kursk-Khalino", 51.7506, 36.2956, 5), ("Sheremetyevo", 55.9726, 37.4146, 5), ("Pulkovo Airport", 59.8003, 30.2625, 5),
    ("Borisoglebsk air base", 51.3689, 42.098, 20),
])
def test_air_bases_and_airports(gazetteer, name, lat, lon, km):
    e = [c.entry for c in gazetteer.lookup(name) if c.entry.kind in {"airfield", "site"}][0]
    assert haversine_km(e.lat, e.lon, lat, lon) < km


@pytest.mark.slow
def test_airportsdata_military_bases_are_indexed(gazetteer):
    assert gazetteer.get("icao:XWSG").name == "Engels Airbase"
    assert gazetteer.get("icao:UUBD").country == "RU"


def test_every_site_names_its_source(repo):
    import csv

    with (repo / "gazetteer" / "sites.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 50
    assert all(r["source"].strip() for r in rows)


@pytest.mark.slow
def test_index_records_its_build(gazetteer):
    meta = gazetteer.meta()
    assert int(meta["places"]) > 200_000 and int(meta["names"]) > 500_000
    assert meta["fingerprint"]


@pytest.mark.slow
def test_bad_source_row_names_file_and_line(repo, tmp_path):
    src = tmp_path / "gazetteer"
    shutil.copytree(repo / "gazetteer", src)
    lines = (src / "sites.csv").read_text(encoding="utf-8").splitlines()
    fields = lines[3].split(",")
    lines[3] = ",".join(fields[:6] + ["north"] + fields[7:])  # lat is the 7th column
    (src / "sites.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import os

    os.environ["GEOSTRIKE_GAZETTEER_SOURCES"] = str(src)
    try:
        with pytest.raises(GazetteerSourceError, match=r"sites\.csv, line 4: lat 'north' is not a number"):
            build_index(tmp_path / "index.sqlite", progress=False)
    finally:
        del os.environ["GEOSTRIKE_GAZETTEER_SOURCES"]
    assert not (tmp_path / "index.sqlite").exists()


@pytest.mark.slow
def test_cli_lookup_prints_candidates():
    result = CliRunner().invoke(cli, ["gazetteer", "lookup", "Kharkov", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "Kharkiv" in result.output and "UA" in result.output


@pytest.mark.slow
def test_cli_lookup_unknown_name_exits_1():
    result = CliRunner().invoke(cli, ["gazetteer", "lookup", "Qwxzvbnt"])
    assert result.exit_code == 1
    assert "no candidates" in result.output


@pytest.mark.slow
def test_us_counties_are_indexed_with_short_forms(gazetteer):
    for name in ("Cuyahoga County", "Cuyahoga Co.", "Orleans Parish"):
        hits = [c.entry for c in gazetteer.lookup(name) if c.entry.kind == "admin2"]
        assert len(hits) == 1 and hits[0].country == "US", name
    cuyahoga = next(c.entry for c in gazetteer.lookup("Cuyahoga County") if c.entry.kind == "admin2")
    assert cuyahoga.admin1 == "US-OH" and haversine_km(cuyahoga.lat, cuyahoga.lon, 41.42, -81.67) < 30


def test_every_county_row_names_its_source(repo):
    import csv
    with open(repo / "gazetteer" / "us_counties.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 3000 and all(r["source"] and r["state"].startswith("US-") for r in rows)


@pytest.mark.slow
def test_a_new_default_index_removes_earlier_versions(tmp_path, monkeypatch):
    from geostrike.gazetteer import INDEX_ENV, default_index_path

    monkeypatch.delenv(INDEX_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "geostrike"
    folder.mkdir()
    (folder / "gazetteer-v1.sqlite").write_bytes(b"an index of an earlier version")
    (folder / "gazetteer-v1.sqlite.bak").write_bytes(b"not ours to delete")
    (folder / "notes.txt").write_text("kept")
    path = build_index(progress=False)
    assert path == default_index_path() and path.is_file()
    assert sorted(p.name for p in folder.iterdir()) == sorted([path.name, "gazetteer-v1.sqlite.bak", "notes.txt"])
