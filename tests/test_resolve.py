"""Resolution in context, with the real gazetteer and model."""

from __future__ import annotations

import pytest

from geostrike.geo import haversine_km
from geostrike.models import Article
from geostrike.recognize import mentions

pytestmark = pytest.mark.slow  # every test runs the real spaCy model and gazetteer


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


def test_a_name_repeated_is_no_evidence_for_itself(gs):
    # Gainesville, Florida is the largest namesake; said twice beside "Texas" the text
    # means the Texas one. Each mention's first answer must not vote for the other.
    p = resolved(gs, "Police in Gainesville said the suspect fled. Gainesville is a town in Texas near Lindsay.")
    assert p["Gainesville"].entry.admin1 == "US-TX"


def test_a_national_capital_named_alone_is_the_city(gs):
    p = resolved(gs, "Officials in Washington said talks would resume.")["Washington"]
    assert p.entry.kind == "city" and p.entry.admin1 == "US-DC"


def test_a_state_beside_its_cities_is_the_state(gs):
    p = resolved(gs, "Rain fell on Seattle, Spokane and Tacoma as Washington braced for floods.")["Washington"]
    assert p.entry.kind == "admin1" and p.entry.admin1 == "US-WA"


def test_an_abbreviation_is_not_a_namesake_village(gs):
    # "Us" is a village in France; "US" in capitals is the country, even in a French story.
    p = resolved(gs, "French officials in Paris said the US would send envoys to Lyon.")["US"]
    assert p.entry.kind == "country" and p.entry.country == "US"


def test_a_large_city_is_not_replaced_by_the_region_of_its_sentence(gs):
    # The region fallback is for small namesakes ("the village of X" in Sumy Oblast).
    p = resolved(gs, "Flights from the Sumy region and Amsterdam were cancelled.")["Amsterdam"]
    assert p.entry.kind == "city" and p.entry.country == "NL"


def test_country_point_is_the_documented_centre(gs):
    # The conterminous United States' centre near Lebanon, Kansas (gazetteer/countries.csv).
    p = resolved(gs, "Exports to the United States rose.")["United States"]
    assert haversine_km(p.lat, p.lon, 39.83, -98.58) < 5


def test_us_county_and_its_coherence(gs):
    # Counties come from gazetteer/us_counties.csv; one named in the text places its towns.
    p = resolved(gs, "Deputies in Laurel County arrested two men near London on Monday.")
    assert p["Laurel County"].entry.kind == "admin2" and p["Laurel County"].entry.admin1 == "US-KY"
    assert p["Laurel County"].precision == 2
    assert p["London"].entry.admin1 == "US-KY"


def test_namesake_counties_follow_the_state_named(gs):
    p = resolved(gs, "Madison County commissioners in Illinois approved the budget.")["Madison County"]
    assert p.entry.admin1 == "US-IL"


def test_macroregions_and_seas(gs):
    p = resolved(gs, "Tensions in the Middle East rose as tankers crossed the Black Sea and the Strait of Hormuz.")
    assert p["Middle East"].entry.kind == "macroregion" and p["Middle East"].precision == 3
    assert p["Black Sea"].entry.kind == "water" and p["Black Sea"].precision == 3
    assert p["Strait of Hormuz"].precision == 2
    assert haversine_km(p["Black Sea"].lat, p["Black Sea"].lon, 43.3, 34.0) < 1


def test_an_ocean_by_its_short_name(gs):
    p = resolved(gs, "A typhoon formed over the western Pacific on Monday.")["Pacific"]
    assert p.entry.kind == "water"


def test_ambiguous_names_settle_on_their_shared_region(gs):
    # Neither name alone says which state; Gainesville, GA lies in Hall County, GA.
    p = resolved(gs, "Flooding closed roads in Gainesville and across Hall County on Tuesday.")
    assert p["Gainesville"].entry.admin1 == "US-GA" and p["Hall County"].entry.admin1 == "US-GA"


def test_a_name_settled_late_places_the_others(gs):
    # "Georgia" is a country or a state; once the state is settled, Atlanta is in it,
    # though Texas is named too.
    text = ("ATLANTA - Georgia lawmakers met on Monday. Georgia and Texas lead in new jobs, "
            "and Atlanta added the most.")
    p = resolved(gs, text)
    assert p["Atlanta"].entry.admin1 == "US-GA"


def test_a_village_does_not_take_a_countrys_name_from_its_state(gs):
    # Houston and Texas in a story about trade with China say nothing for China, Texas
    # (pop. about 1,000); the pair "China, Texas" does.
    p = resolved(gs, "Exports from Houston to China fell, and farmers in Texas said China had cut its orders.")
    assert p["China"].entry.kind == "country"
    p = resolved(gs, "A barn burned in China, Texas, on Monday, the county said.")
    assert p["China"].entry.kind == "city" and p["China"].entry.admin1 == "US-TX"


def test_a_town_of_some_size_in_the_state_named_keeps_a_countrys_name(gs):
    p = resolved(gs, "The council in Palestine met on Monday; Anderson County and Texas officials attended.")
    assert p["Palestine"].entry.kind == "city" and p["Palestine"].entry.admin1 == "US-TX"


def test_the_eu_point_is_its_documented_centre(gs):
    # Gadheim, Bavaria: the EU's geographic centre since 2020 (gazetteer/regions.csv).
    p = resolved(gs, "Exports to the European Union rose.")["European Union"]
    assert haversine_km(p.lat, p.lon, 49.843, 9.902) < 5


def test_subnational_areas_of_several_units(gs):
    p = resolved(gs, "Fighting spread across Darfur, while Iran fired missiles at Iraqi Kurdistan.")
    assert p["Darfur"].entry.country == "SD" and p["Darfur"].precision == 3
    assert haversine_km(p["Darfur"].lat, p["Darfur"].lon, 13.5, 24.5) < 300
    assert p["Iraqi Kurdistan"].entry.id == "region:kurdistan-region" and p["Iraqi Kurdistan"].entry.country == "IQ"


def test_a_countrys_name_does_not_vote_for_its_namesake_town(gs):
    # Russia, Ohio exists; "Russia" in the text is the country and says nothing for
    # Louisville, Ohio over Louisville, Kentucky.
    p = resolved(gs, "Officials in Louisville said farm exports to Russia fell sharply this year.")
    assert p["Louisville"].entry.admin1 == "US-KY"


def test_regions_of_one_country_named_in_the_news(gs):
    p = resolved(gs, "Wildfires spread along the West Coast as California and Oregon issued warnings.")
    assert p["West Coast"].entry.id == "region:west-coast-us" and p["West Coast"].entry.country == "US"
    p = resolved(gs, "Shelling continued across the Donbas overnight.")["Donbas"]
    # Between the Donetsk and Luhansk oblasts, not at Donetsk Oblast's own point.
    assert p.entry.country == "UA" and p.precision == 3 and 37.5 < p.lon < 39.5


def test_one_place_per_name_once_the_text_pairs_it(gs):
    art = Article("t", "A gunman opened fire at a school in Parkland, Florida. Students in Parkland marched "
                       "to Washington, and Parkland parents met lawmakers in Washington state.")
    got = [p for p in gs.resolver.resolve(art, mentions(gs.nlp(art.text), art)) if p.mention.text == "Parkland"]
    assert len(got) == 3 and {p.entry.admin1 for p in got} == {"US-FL"}


def test_a_list_is_not_a_town_region_pair(gs):
    p = resolved(gs, "After stops in Washington, New York and Boston, the prince flew home.")["Washington"]
    assert p.entry.admin1 == "US-DC"
    p = resolved(gs, "Plant Architect Inc. of Toronto, Ontario, Canada won the bid.")["Toronto"]
    assert p.entry.admin1 == "CA-ON"


def test_a_parish_of_a_small_country_gives_way_to_the_big_city(gs):
    # "St. Louis" is also a district of the Seychelles and "Saint Paul" a parish of
    # Antigua: countries of under a million people (GeoNames countryInfo).
    p = resolved(gs, "Police in St. Louis said two men were arrested.")["St. Louis"]
    assert p.entry.kind == "city" and p.entry.admin1 == "US-MO"
    p = resolved(gs, "Snow closed schools in St. Paul on Monday.")["St. Paul"]
    assert p.entry.kind == "city" and p.entry.admin1 == "US-MN"
    # A state of a large country keeps its own name: "Victoria" in Australian news.
    p = resolved(gs, "Bushfires burned across Victoria, and Melbourne was shrouded in smoke.")["Victoria"]
    assert p.entry.kind == "admin1" and p.entry.admin1 == "AU-VIC"


def test_a_world_city_outweighs_a_small_namesake_in_the_papers_country(gs):
    # Toronto, Ohio has about 5,000 people; a US story naming Toronto means Ontario's.
    # The pair names the village.
    p = resolved(gs, "The Chicago firm opened an office in Toronto, and Boston investors approved.")["Toronto"]
    assert p.entry.country == "CA"
    p = resolved(gs, "Police in Toronto, Ohio, searched the river on Monday.")["Toronto"]
    assert p.entry.admin1 == "US-OH"


def test_the_region_after_a_comma_contains_the_place(gs):
    # Rego Park lies in New York City, but "Rego Park, New York" names the state.
    p = resolved(gs, "The airline, based in Rego Park, New York, will start service with a single 747.")
    assert p["New York"].entry.kind == "admin1" and p["New York"].entry.admin1 == "US-NY"


def test_a_front_line_namesake_leads_in_a_war_report_but_not_over_a_named_region(gs):
    assert resolved(gs, "An overnight airstrike destroyed a shop in Zolochiv.")["Zolochiv"].entry.admin1 == "UA-63"
    p = resolved(gs, "A drone hit a warehouse in Zolochiv, Lviv region.")["Zolochiv"]
    assert p.entry.admin1 == "UA-46"


def test_ground_fighting_puts_a_village_near_the_front_and_dpr_in_donetsk(gs):
    # A quiet text: the biggest Pisky (Poltava region) stands.
    assert resolved(gs, "Shelling damaged a house in Pisky.")["Pisky"].entry.admin1 == "UA-53"
    # Troops and their units: the DPR names Donetsk Oblast, and a rear Pisky is no reading.
    p = resolved(gs, "Separatist DPR units shelled the village of Pisky with mortars.")["Pisky"]
    assert p.entry.admin1 == "UA-14"
    p = resolved(gs, "Ukrainian tanks pushed into Pisky as the assault went on.")["Pisky"]
    assert p.entry.admin1 != "UA-53"  # three front namesakes: nothing tells them apart


def test_colloquial_oblast_names_in_a_list_are_the_oblasts(gs):
    got = resolved(gs, "Overnight drones were shot down over Poltavshchyna, Sumshchyna and Kharkivshchyna.")
    assert {got[k].entry.id for k in ("Poltavshchyna", "Sumshchyna", "Kharkivshchyna")} == {
        "adm1:UA-53", "adm1:UA-59", "adm1:UA-63"}
