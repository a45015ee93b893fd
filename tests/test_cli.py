"""The command line, run as a user runs it: real files, real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from geostrike.cli import cli

CONTRACT = {"event_id", "article_id", "event_type", "attacker", "place", "country", "geo_precision",
            "date", "date_precision", "weapon", "quote"}


def geostrike(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def examples_run(tmp_path_factory, repo):
    out = tmp_path_factory.mktemp("examples")
    proc = geostrike("-q", "run", str(repo / "examples"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.slow
def test_run_writes_geojson_and_map(examples_run):
    data = json.loads((examples_run / "events.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) >= 8
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        assert CONTRACT <= set(f["properties"])
        p = f["properties"]
        assert p["geo_precision"] in (1, 2, 3) and p["attacker"] in (None, "UA", "RU")
        assert p["quote"] and p["article_id"]
    import pyogrio

    layers = {name for name, _ in pyogrio.list_layers(examples_run / "events.gpkg")}
    assert layers == {"events", "places", "layer_styles"}  # layer_styles: the default QGIS style
    assert pyogrio.read_info(examples_run / "events.gpkg", layer="events")["features"] == len(data["features"])
    csv_rows = (examples_run / "events.csv").read_text(encoding="utf-8").strip().splitlines()
    assert len(csv_rows) == 1 + len(data["features"])
    html = (examples_run / "map.html").read_text(encoding="utf-8")
    assert "Attacker: UA" in html and "Weapon: drone" in html and "GeoNames (CC BY 4.0)" in html


@pytest.mark.slow
def test_examples_give_the_expected_events(examples_run):
    data = json.loads((examples_run / "events.geojson").read_text(encoding="utf-8"))
    got = {(f["properties"]["article_id"], f["properties"]["place"], f["properties"]["attacker"]) for f in data["features"]}
    for expected in [("crimean-bridge-2022-10-08", "Crimean Bridge", "UA"),
                     ("kharkiv-store-2024-05-25", "Kharkiv", "RU"),
                     ("ryazan-refinery-2024-03-13", "Kirishi", "UA"),
                     ("sevastopol-shipyard-2023-09-13", "Sevastopol", "UA"),
                     ("moscow-drones-2023-05-30", "Moscow", "UA")]:
        assert expected in got
    places = {p for _, p, _ in got}
    assert not {"Brussels", "Kherson", "Kerch"} & places  # a meeting, a distance reference, a strait
    dates = {f["properties"]["article_id"]: f["properties"]["date"] for f in data["features"]}
    assert dates["kharkiv-store-2024-05-25"] == "2024-05-25"  # "on Saturday", published on Sunday


@pytest.mark.slow
def test_run_is_deterministic(examples_run, tmp_path, repo):
    proc = geostrike("-q", "run", str(repo / "examples"), "-o", str(tmp_path))
    assert proc.returncode == 0
    assert (tmp_path / "events.geojson").read_bytes() == (examples_run / "events.geojson").read_bytes()


@pytest.mark.slow
def test_bad_input_is_reported_and_the_rest_processed(tmp_path, repo):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text("Russian missiles struck Odesa on Monday.", encoding="utf-8")
    (inp / "bad.jsonl").write_text('{"id": "x", "text": "ok"}\nnot json\n', encoding="utf-8")
    proc = geostrike("run", str(inp), "-o", str(tmp_path / "out"))
    assert proc.returncode == 3
    assert "bad.jsonl, line 2: invalid JSON" in proc.stderr
    data = json.loads((tmp_path / "out" / "events.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["place"] for f in data["features"]] == ["Odesa"]


def test_missing_input_exits_1_with_message(tmp_path):
    proc = geostrike("run", str(tmp_path / "nope"), "-o", str(tmp_path / "o"))
    assert proc.returncode == 1 and "no such file or folder" in proc.stderr


def test_bad_date_is_a_usage_error(tmp_path):
    proc = geostrike("run", "--date", "2024-13-01", str(tmp_path), "-o", str(tmp_path / "o"))
    assert proc.returncode == 2 and "is not a date" in proc.stderr


@pytest.mark.slow
def test_date_option_resolves_weekdays(tmp_path):
    (tmp_path / "a.txt").write_text("Russian drones struck Kharkiv on Friday.", encoding="utf-8")
    proc = geostrike("-q", "run", str(tmp_path / "a.txt"), "--date", "2024-06-02", "-o", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    (f,) = json.loads((tmp_path / "o" / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert f["properties"]["date"] == "2024-05-31"


@pytest.mark.slow
def test_map_regenerates_from_geojson(examples_run, tmp_path):
    proc = geostrike("map", str(examples_run / "events.geojson"), "-o", str(tmp_path / "m.html"), "--title", "Test <map>")
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Test &lt;map&gt;" in html and "Attacker: RU" in html


@pytest.mark.slow
def test_geoparse_writes_offsets_that_match_the_text(tmp_path):
    text = "Russian missiles hit Odesa and the Mykolaiv region; Kyiv was quiet."
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    proc = geostrike("-q", "geoparse", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr
    (line,) = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    names = {t["name"] for t in line["toponyms"]}
    assert {"Odesa", "Mykolaiv region", "Kyiv"} <= names
    assert all(text[t["start"]:t["end"]] == t["name"] for t in line["toponyms"])


@pytest.mark.slow
def test_geoparse_to_standard_output(tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": "Drones hit Odesa."}) + "\n", encoding="utf-8")
    proc = geostrike("-q", "geoparse", str(tmp_path / "in.jsonl"), "-o", "-", "--explain", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (line,) = [json.loads(x) for x in proc.stdout.splitlines()]  # only the JSON Lines on stdout
    assert [t["name"] for t in line["toponyms"]] == ["Odesa"]
    assert "candidate(s)" in proc.stderr and "wrote standard output" in proc.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ["run", "map", "geoparse", "gazetteer", "gazetteer build", "gazetteer lookup",
                                     "gazetteer geocode", "eval geoparse"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output or command == "gazetteer"


def test_python_m_and_version():
    proc = geostrike("--version")
    assert proc.returncode == 0 and "geostrike, version 0.1.0" in proc.stdout


@pytest.mark.slow
def test_geoparse_explain_shows_candidates_and_the_region_fallback(tmp_path):
    # Sumy Oblast has a Kostiantynivka among KATOTTG's villages; it has no Avdiivka.
    (tmp_path / "a.txt").write_text("Glide bombs hit Lyman, Donetsk Oblast. In Sumy Oblast the village of "
                                    "Avdiivka was seized.", encoding="utf-8")
    proc = geostrike("-q", "geoparse", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "--explain")
    assert proc.returncode == 0, proc.stderr
    assert "'X, Y' pair +4.00" in proc.stdout and "gn:704204" in proc.stdout
    assert "no candidate in Sumy Oblast named in the sentence: the region stands in" in proc.stdout
    (line,) = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    kost = [t for t in line["toponyms"] if t["name"] == "Avdiivka"][0]
    assert kost["gazetteer_id"] == "adm1:UA-59" and kost["precision"] == 3


@pytest.mark.slow
def test_gazetteer_import_geonames_cli(tmp_path, gazetteer):
    import shutil

    index = tmp_path / "index.sqlite"
    shutil.copy(gazetteer.path, index)
    row = ["99000001", "Zorianyi Khutir", "Zorianyi Khutir", "Zoryanyi Khutir", "50.91", "34.51", "P", "PPL",
           "UA", "", "21", "", "", "", "120", "", "150", "Europe/Kyiv", "2024-01-01"]
    (tmp_path / "UA.txt").write_text("\t".join(row) + "\n", encoding="utf-8")
    proc = geostrike("gazetteer", "import-geonames", str(tmp_path / "UA.txt"), "--gazetteer", str(index))
    assert proc.returncode == 0, proc.stderr
    assert "1 places added" in proc.stdout
    out = geostrike("gazetteer", "lookup", "Zoryanyi Khutir", "--gazetteer", str(index))
    assert "gn:99000001" in out.stdout and "UA-59" in out.stdout


@pytest.mark.slow
def test_gazetteer_geocode_forward_and_reverse():
    result = CliRunner().invoke(cli, ["gazetteer", "geocode", "Lyman, Donetsk Oblast", "--limit", "1"])
    assert result.exit_code == 0, result.output
    lat, lon, ident, *_ = result.output.split()
    assert ident == "gn:704204" and abs(float(lat) - 48.99) < 0.05 and abs(float(lon) - 37.81) < 0.05
    result = CliRunner().invoke(cli, ["gazetteer", "geocode", "51.47, 46.2", "--reverse"])
    assert result.exit_code == 0 and "Engels" in result.output
    assert CliRunner().invoke(cli, ["gazetteer", "geocode", "51.47", "--reverse"]).exit_code == 2
    swapped = CliRunner().invoke(cli, ["gazetteer", "geocode", "91, 10", "--reverse"])  # the geocoder's own check
    assert swapped.exit_code == 2 and "latitude 91.0 is out of range" in swapped.output
    assert CliRunner().invoke(cli, ["gazetteer", "geocode", "Qwxzq-nowhere"]).exit_code == 1


def test_gazetteer_geocode_online_says_what_to_do_without_a_network():
    # Nominatim is the real online service: without a network the command must say so
    # and point to the offline geocoder; with one, it answers like the local one.
    result = CliRunner().invoke(cli, ["gazetteer", "geocode", "Kyiv", "--geocoder", "nominatim", "--limit", "1"])
    if result.exit_code == 0:
        assert "Ky" in result.output
    else:
        assert result.exit_code == 1 and "--geocoder local" in result.output
