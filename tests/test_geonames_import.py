"""Importing GeoNames dump files into a copy of the real index, from small files written here."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from geostrike import geonames_import
from geostrike.exceptions import GazetteerError, GazetteerSourceError
from geostrike.gazetteer import Gazetteer
from geostrike.geonames_import import import_geonames, reapply_imports, rebuild_index, recorded_imports

pytestmark = pytest.mark.slow  # every test copies and opens the full gazetteer index

LYMAN = "gn:704204"  # in the built index (cities500); GeoNames admin-1 code UA.05 is ISO UA-14


def geoname(gid, name, alts, lat, lon, fclass, fcode, cc, admin1, population=0, asciiname=None) -> str:
    """One row of the GeoNames geoname table (19 tab-separated columns)."""
    return "\t".join([str(gid), name, asciiname or name, alts, str(lat), str(lon), fclass, fcode, cc, "",
                      admin1, "", "", "", str(population), "", "120", "Europe/Kyiv", "2024-03-01"])


def altname(aid, gid, lang, name, historic="", to="") -> str:
    """One row of alternateNamesV2 (10 tab-separated columns)."""
    return "\t".join([str(aid), str(gid), lang, name, "", "", "", historic, "", to])


def write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def index(tmp_path, gazetteer) -> Path:
    """A private copy of the real built index."""
    return Path(shutil.copy(gazetteer.path, tmp_path / "index.sqlite"))


@pytest.fixture()
def dumps(tmp_path) -> list[Path]:
    d = tmp_path / "geonames"
    d.mkdir()
    ua = write(d / "UA.txt", [
        geoname(99100001, "Testivka", "Testowka,Тестівка,TST", 48.5, 37.9, "P", "PPL", "UA", "05", 1234),
        geoname(99100002, "Testyanka", "", 48.6, 37.7, "H", "STM", "UA", "05"),
        geoname(99100003, "Zorivka Air Base", "", 48.7, 37.6, "S", "AIRB", "UA", "05"),
        geoname(704204, "Lyman", "Krasnyy Lyman,Lymanets Test", 48.98, 37.8, "P", "PPL", "UA", "05", 20500),
        geoname(709716, "Donetska Oblast", "Donechchyna", 48.0, 37.8, "A", "ADM1", "UA", "05"),
        geoname(99100005, "Testraion", "", 48.2, 37.5, "A", "ADM2", "UA", "05"),
        geoname(99100006, "Testroad", "", 48.2, 37.5, "R", "RD", "UA", "05"),
        geoname(99100007, "Testschool", "", 48.2, 37.5, "S", "SCH", "UA", "05"),
    ])
    zz_txt = write(tmp_path / "ZZ.txt", [
        geoname(99100010, "Mount Testberg", "Testberg", 10.5, -20.25, "T", "MT", "ZZ", "01", 0),
    ])
    zz = d / "ZZ.zip"
    with zipfile.ZipFile(zz, "w") as zf:
        zf.write(zz_txt, "ZZ.txt")
        zf.writestr("readme.txt", "GeoNames test extract\n")
    alternates = write(d / "alternateNamesV2.txt", [
        altname(1, 99100001, "de", "Testiwka"),
        altname(2, 99100001, "", "Oldtestburg", historic="1"),
        altname(3, 99100001, "link", "https://en.wikipedia.org/wiki/Testivka"),
        altname(4, 99100001, "uk", "Тестівка"),
        altname(5, 99100001, "iata", "TSV"),
        altname(6, 99100001, "en", "Testendburg", to="1990"),
        altname(7, 709716, "en", "Donbasland"),  # the ADM1's geonameid: an alias of adm1:UA-14
        altname(8, 99999999, "en", "Nowhereplace"),  # not in the index
    ])
    admin1 = write(d / "admin1CodesASCII.txt", [
        "UA.05\tDonetska Testregion\tDonetska Testregion\t709716",
        "ZZ.01\tZedland\tZedland\t99100099",
    ])
    admin2 = write(d / "admin2Codes.txt", ["UA.05.1234\tTestraion\tTestraion\t99100005"])
    return [ua, zz, alternates, admin1, admin2]


def snapshot(index: Path) -> tuple:
    con = sqlite3.connect(index)
    try:
        return (con.execute("SELECT count(*), total(population) FROM places").fetchone(),
                con.execute("SELECT count(*) FROM names").fetchone(),
                con.execute("SELECT key, value FROM meta ORDER BY key").fetchall(),
                con.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall())
    finally:
        con.close()


def names_of(index: Path, place_id: str) -> set[str]:
    con = sqlite3.connect(index)
    try:
        return {r[0] for r in con.execute("SELECT name FROM names WHERE place_id=?", (place_id,))}
    finally:
        con.close()


def only(gaz: Gazetteer, name: str, place_id: str):
    cands = [c for c in gaz.lookup(name) if c.entry.id == place_id]
    assert cands, f"{name!r} does not find {place_id}: {[c.entry.id for c in gaz.lookup(name)]}"
    return cands[0]


def test_import_adds_places_with_kind_admin1_and_population(index, dumps):
    lyman_names = names_of(index, LYMAN)
    summary = import_geonames(dumps, index)
    assert summary.places_added == 4  # village, river, air base, mountain
    assert summary.places_updated == 1  # Lyman, already in the built index
    assert summary.names_added > 0 and summary.seconds >= 0
    # Read in dependency order whatever the order given.
    assert [Path(f).name for f in summary.files] == [
        "admin1CodesASCII.txt", "UA.txt", "ZZ.zip", "alternateNamesV2.txt", "admin2Codes.txt"]

    gaz = Gazetteer(index)
    village = only(gaz, "Testivka", "gn:99100001").entry
    assert (village.kind, village.country, village.admin1, village.population, village.feature_code,
            village.precision) == ("city", "UA", "UA-14", 1234, "PPL", 1)
    assert (village.lat, village.lon) == (48.5, 37.9)
    assert only(gaz, "Testowka", "gn:99100001").name_type == "alt"  # Latin alternate of the geoname row
    assert only(gaz, "Testiwka", "gn:99100001")  # from alternateNamesV2
    assert "Testiwka" in names_of(index, "gn:99100001")
    river = only(gaz, "Testyanka", "gn:99100002").entry
    assert (river.kind, river.feature_code, river.precision) == ("water", "STM", 2)
    base = only(gaz, "Zorivka Air Base", "gn:99100003").entry
    assert (base.kind, base.feature_code, base.precision) == ("site", "AIRB", 1)
    assert only(gaz, "Zorivka", "gn:99100003").name_type == "stripped"
    mountain = only(gaz, "Testberg", "gn:99100010").entry  # from the zip
    assert (mountain.kind, mountain.country, mountain.admin1) == ("landform", "ZZ", None)

    # ADM1 names become aliases of the index's own region; nothing else of class A, R or unlisted S.
    for alias in ("Donechchyna", "Donbasland", "Donetska Testregion"):
        assert only(gaz, alias, "adm1:UA-14").entry.kind == "admin1"
    assert gaz.get("gn:709716") is None
    for skipped in ("Testraion", "Testroad", "Testschool", "Zedland", "Nowhereplace"):
        assert not [c for c in gaz.lookup(skipped, loose=False) if c.entry.id.startswith("gn:991")], skipped

    # A built place is updated and keeps its names and curated aliases.
    lyman = gaz.get(LYMAN)
    assert (lyman.population, lyman.admin1, lyman.kind) == (20500, "UA-14", "city")
    assert lyman_names <= names_of(index, LYMAN)
    assert only(gaz, "Lymanets Test", LYMAN)


def test_historic_link_and_code_names_are_skipped(index, dumps):
    import_geonames(dumps, index)
    gaz = Gazetteer(index)
    for name in ("Oldtestburg", "Testendburg", "TSV", "TST"):
        assert not [c for c in gaz.lookup(name) if c.entry.id == "gn:99100001"], name
    names = names_of(index, "gn:99100001")
    # Cyrillic names are kept, keyed as Cyrillic (Ukrainian and Russian lookups).
    assert "Тестівка" in names and [c.entry.id for c in gaz.lookup("Тестівка")] == ["gn:99100001"]
    assert not [n for n in names if "://" in n or "wikipedia" in n]
    assert {"Testivka", "Testowka", "Testiwka"} <= names


def test_reimport_is_idempotent(index, dumps):
    first = import_geonames(dumps, index)
    after_first = snapshot(index)
    second = import_geonames(dumps, index)
    assert second.places_added == 0
    assert second.places_updated == first.places_added + first.places_updated
    assert second.names_added == 0
    counts = snapshot(index)
    assert counts[:2] == after_first[:2]
    assert counts[3] == after_first[3]
    records = recorded_imports(index)
    assert sorted(Path(r["file"]).name for r in records) == sorted(p.name for p in dumps)
    ua = next(r for r in records if r["file"].endswith("UA.txt"))
    assert (ua["kind"], ua["rows"], ua["places_added"]) == ("geonames", 8, 0)


@pytest.mark.parametrize("zipped", [False, True])
def test_malformed_row_names_file_and_line_and_changes_nothing(index, tmp_path, zipped):
    good = geoname(99100020, "Goodrowvka", "", 48.1, 37.1, "P", "PPL", "UA", "05", 10)
    bad = "\t".join(geoname(99100021, "Badrowvka", "", 48.1, 37.1, "P", "PPL", "UA", "05").split("\t")[:18])
    path = write(tmp_path / "YY.txt", [good, "", bad])
    if zipped:
        with zipfile.ZipFile(tmp_path / "YY.zip", "w") as zf:
            zf.write(path, "YY.txt")
        path = tmp_path / "YY.zip"
    before = snapshot(index)
    where = r"YY\.zip \(YY\.txt\), line 3" if zipped else r"YY\.txt, line 3"
    with pytest.raises(GazetteerSourceError, match=where + ": expected 19 tab-separated columns.*found 18"):
        import_geonames([path], index)
    assert snapshot(index) == before
    assert Gazetteer(index).lookup("Goodrowvka") == []


def test_bad_values_and_unknown_files(index, tmp_path):
    bad_lat = write(tmp_path / "YY.txt", [geoname(99100030, "Latvka", "", 95.0, 37.1, "P", "PPL", "UA", "05")])
    with pytest.raises(GazetteerSourceError, match=r"YY\.txt, line 1: latitude 95.0 is out of range"):
        import_geonames([bad_lat], index)
    other = write(tmp_path / "notes.txt", ["just some text"])
    with pytest.raises(GazetteerSourceError, match="not a GeoNames file"):
        import_geonames([other], index)
    with pytest.raises(GazetteerError, match="no such file"):
        import_geonames([tmp_path / "allCountries.zip"], index)
    bad_admin = write(tmp_path / "admin1CodesASCII.txt", ["UA\tNo dot\tNo dot\t1"])
    with pytest.raises(GazetteerSourceError, match=r"admin1CodesASCII\.txt, line 1: expected 4"):
        import_geonames([bad_admin], index)


def test_rebuild_keeps_imports(index, dumps, gazetteer, monkeypatch):
    """rebuild_index reads the imported files from the old index and imports them again."""
    def fake_build(path, *, progress=True):  # the real build takes ~10 s: copy the built index
        shutil.copy(gazetteer.path, path)
        return path

    monkeypatch.setattr(geonames_import, "build_index", fake_build)
    import_geonames(dumps, index)
    rebuild_index(index)
    assert only(Gazetteer(index), "Testivka", "gn:99100001")
    assert len(recorded_imports(index)) == len(dumps)

    # A file that has gone is skipped with a warning; the rest is imported again.
    dumps[1].unlink()
    shutil.copy(gazetteer.path, index)
    summary = reapply_imports(index, [p for p in dumps])
    assert summary is not None and "ZZ.zip" not in " ".join(summary.files)
    assert only(Gazetteer(index), "Testivka", "gn:99100001")


def test_missing_index_is_built_first(tmp_path, dumps, gazetteer, monkeypatch):
    built = []

    def fake_build(path, *, progress=True):
        built.append(path)
        shutil.copy(gazetteer.path, path)
        return path

    monkeypatch.setattr(geonames_import, "build_index", fake_build)
    index = tmp_path / "new" / "index.sqlite"
    index.parent.mkdir()
    summary = import_geonames(dumps[:1], index)
    assert built == [index] and summary.places_added == 3
