"""Resolution in context, with the real gazetteer and model."""

from __future__ import annotations

from geostrike.gazetteer import haversine_km
from geostrike.models import Article
from geostrike.recognize import mentions


def resolved(gs, text: str) -> dict[str, object]:
    art = Article("t", text)
    return {p.mention.text: p for p in gs.resolver.resolve(art, mentions(gs.nlp(text), art))}


def test_region_words_pick_the_admin1_unit(gs):
    p = resolved(gs, "Drones struck the Belgorod region.")["Belgorod region"]
    assert p.entry.kind == "admin1" and p.entry.admin1 == "RU-BEL" and p.precision == 3


def test_bare_name_picks_the_city(gs):
    p = resolved(gs, "Missiles struck Belgorod.")["Belgorod"]
    assert p.entry.kind == "city" and p.precision == 1


def test_air_base_picks_the_airfield(gs):
    p = resolved(gs, "Drones hit the Kursk Vostochny air base.")["Kursk Vostochny air base"]
    assert p.entry.kind in {"site", "airfield"}
    assert haversine_km(p.lat, p.lon, 51.7506, 36.2956) < 5


def test_container_after_in_disambiguates(gs):
    # A village in Ukraine carries "Voronezh" as an alternate name; the container rule
    # keeps the Russian city, which holds the air base.
    p = resolved(gs, "Ukrainian drones struck the Borisoglebsk airbase in Voronezh, officials said.")["Voronezh"]
    assert p.entry.country == "RU" and p.entry.admin1 == "RU-VOR"


def test_town_region_pair(gs):
    p = resolved(gs, "Glide bombs hit Lyman, Donetsk Oblast, on Monday.")["Lyman"]
    assert p.entry.admin1 == "UA-14"


def test_country_context_prefers_the_local_namesake(gs):
    p = resolved(gs, "Ukrainian officials said Russian artillery shelled Lyman, a town east of Kharkiv.")["Lyman"]
    assert p.entry.country == "UA"


def test_every_resolution_keeps_id_kind_country_precision(gs):
    for p in resolved(gs, "Russian missiles hit Odesa and the Mykolaiv region.").values():
        assert p.entry.id and p.entry.kind and p.entry.country and p.precision in {1, 2, 3}
