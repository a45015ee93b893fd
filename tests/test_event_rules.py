"""The event stage's rules on the genres analysts read, in the project's own words.

Each test names the rule of :mod:`geostrike.rules` it exercises; the texts are written here
(captions, Telegram posts, official tallies, ACLED-style notes, wire copy and traps).
"""

from __future__ import annotations

from datetime import date

import pytest

from geostrike.rules import LINK_RULES, SKIP_RULES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result_of(gs):
    def run(text: str, published: str | None = "2024-06-10"):
        return gs.process_text(text, published=date.fromisoformat(published) if published else None)

    return run


def by_place(result) -> dict[str, object]:
    return {e.place.entry.name: e for e in result.events}


# -- captions and headings ---------------------------------------------------------------
def test_caption_heading_takes_the_strike_its_sentence_reports(result_of):
    ev = by_place(result_of("Avdiivka. Damage to a school after shelling."))
    (e,) = ev.values()
    assert e.place.entry.country == "UA" and e.place.entry.admin1 == "UA-14"
    assert e.link_rule == "heading" and 0 < e.confidence < 1
    assert e.event_type == "shelling" and e.attacker == "RU"


def test_heading_with_its_region_maps_the_town_not_the_region(result_of):
    ev = by_place(result_of("Orikhiv, Zaporizhzhia region. A shop destroyed in a reported strike."))
    assert list(ev) == ["Orikhiv"]


def test_heading_gives_way_to_the_place_the_body_names(result_of):
    ev = by_place(result_of("Sumy region. In Shostka, a drone hit a bus station. Two people were injured."))
    assert "Shostka" in ev and "Sumy Oblast" not in ev
    assert ev["Shostka"].injured == 2


def test_caption_figures_are_read_from_the_words(result_of):
    ev = by_place(result_of("Kherson. One person killed, 4 injured in shelling of a bus stop."))
    e = ev["Kherson"]
    assert (e.killed, e.injured) == (1, 4)


# -- the clause rule: headlines, nominal and passive phrasing -------------------------------
def test_aftermath_headline_maps_the_town_not_its_oblast(result_of):
    ev = by_place(result_of("Warehouse ablaze in Pavlohrad, Dnipropetrovsk Oblast, after the night's attack"))
    assert list(ev) == ["Pavlohrad"] and ev["Pavlohrad"].link_rule in {"clause", "parse"}


def test_list_of_regions_in_one_clause_each_get_an_event(result_of):
    ev = by_place(result_of("Hits were recorded in the Volyn, Rivne and Chernivtsi regions."))
    assert {"Volyn Oblast", "Rivne Oblast", "Chernivtsi Oblast"} <= set(ev)


def test_emoji_before_a_word_does_not_hide_the_cue(result_of):
    ev = by_place(result_of("⚡️Explosions in Zaporizhzhia, a fire at an industrial site"))
    assert len(ev) == 1 and next(iter(ev.values())).place.entry.admin1 == "UA-23"


def test_telegram_post_with_hashtag_and_figures(result_of):
    ev = by_place(result_of("🔴 #Kharkiv: strike on a residential block, 3 injured 🙏"))
    (e,) = ev.values()
    assert e.place.entry.admin1 == "UA-63" and e.injured == 3


@pytest.mark.parametrize("text", [
    "No Shaheds over Chernihiv tonight 🙏 Good night",
    "Sirens in Lviv, no explosions. Just an alert.",
    "Air raid alert in Poltava and four regions.",
])
def test_negated_cues_and_alerts_make_no_event(result_of, text):
    assert result_of(text).events == []


# -- resolution inside the theatre -----------------------------------------------------------
def test_an_ambiguous_town_in_a_war_report_is_the_one_in_the_theatre(result_of):
    (e,) = result_of("Russian glide bombs fell on Pokrovsk overnight.").events
    assert (e.place.entry.country, e.place.entry.admin1) == ("UA", "UA-14")


def test_a_launch_site_region_does_not_pull_the_target_across_the_border(result_of):
    ev = by_place(result_of("A Shahed launched from Bryansk region struck a substation in Shostka."))
    assert set(ev) == {"Shostka"} and ev["Shostka"].place.entry.country == "UA"


# -- several strikes in one paragraph -----------------------------------------------------------
def test_figures_stay_with_their_own_clause(result_of):
    ev = by_place(result_of("Russian shelling killed two people in Nikopol; in Marhanets, three were wounded."))
    assert (ev["Nikopol"].killed, ev["Nikopol"].injured) == (2, None)
    assert (ev["Marhanets"].killed, ev["Marhanets"].injured) == (None, 3)


def test_casualties_follow_the_place_of_their_clause(result_of):
    ev = by_place(result_of("A missile hit Dnipro, killing 4 people, and a drone struck Sumy, injuring 2."))
    assert (ev["Dnipro"].killed, ev["Dnipro"].injured) == (4, None)
    assert (ev["Sumy"].killed, ev["Sumy"].injured) == (None, 2)


def test_every_name_of_a_long_list_after_a_colon_is_struck(result_of):
    ev = by_place(result_of("Over the past day the enemy shelled 9 settlements of the Kherson region: Kherson, "
                            "Bilozerka, Darivka, Tiahynka, Kizomys, Beryslav and others."))
    # The region the post counts places of keeps its own event, beside the places in it.
    assert set(ev) == {"Kherson Oblast", "Kherson", "Bilozerka", "Darivka", "Tiahynka", "Kizomys", "Beryslav"}
    ev = by_place(result_of("The russians are hitting the district with heavy artillery and FPV drones: Nikopol, "
                            "Myrove, Pokrov and Marhanets communities."))
    assert {"Nikopol", "Myrove", "Pokrov", "Marhanets"} <= set(ev)
    assert {e.link_rule for n, e in ev.items() if n != "Nikopol"} == {"list"}
    assert ev["Myrove"].weapon == "artillery"


def test_villages_struck_at_the_head_of_a_sentence_are_places(result_of):
    ev = by_place(result_of("Kurylivka and Petropavlivka in the Kupiansk district were shelled with artillery, a shop "
                            "and 3 houses destroyed."))
    assert {"Kurylivka", "Petropavlivka"} <= set(ev)
    assert ev["Kurylivka"].place.entry.admin1 == "UA-63"


def test_a_region_whose_places_are_counted_is_an_event_beside_them(result_of):
    ev = by_place(result_of("Over the past day the Ukrainian armed forces attacked 11 settlements of the Belgorod "
                            "region.\nIn Shebekino a drone hit a car, the driver was wounded."))
    assert {"Belgorod Oblast", "Shebekino"} <= set(ev)
    assert ev["Shebekino"].injured == 1 and ev["Belgorod Oblast"].injured is None


# -- official tallies ------------------------------------------------------------------------------
TALLY = ("Overnight the enemy attacked with 48 Shahed-type drones and 5 Kh-101 cruise missiles launched from "
         "the Kursk region. Air defence destroyed 41 drones and 4 missiles over the Kyiv, Cherkasy and Poltava "
         "regions. Hits were recorded in Kremenchuk.")


def test_a_tally_keeps_its_totals_on_one_summary_event(result_of):
    r = result_of(TALLY)
    summaries = [e for e in r.events if e.role == "summary"]
    assert len(summaries) == 1
    s = summaries[0]
    assert (s.launched, s.intercepted) == (53, 45) and s.place.entry.kind == "country"
    assert s.event_type == "interception" and s.attacker == "RU"
    regions = {e.place.entry.name for e in r.events if e.role == "event"}
    assert {"Kyiv Oblast", "Cherkasy Oblast", "Poltava Oblast", "Kremenchuk"} <= regions
    assert "Kursk Oblast" not in regions
    for field in ("launched", "intercepted"):  # summed over events, never more than stated
        assert sum(getattr(e, field) or 0 for e in r.events) == getattr(s, field)


def test_downed_drones_over_several_regions_are_not_copied_to_each(result_of):
    r = result_of("Air defences destroyed 31 Ukrainian drones over the Kursk, Bryansk and Oryol regions, "
                  "the ministry said.")
    assert {e.place.entry.name for e in r.events} == {"Kursk Oblast", "Bryansk Oblast", "Oryol Oblast"}
    assert all(e.attacker == "UA" and e.event_type == "interception" and e.intercepted is None for e in r.events)


def test_per_region_figures_stay_with_their_region(result_of):
    ev = by_place(result_of("Air defences downed nine drones over the Rostov region and four over the "
                            "Belgorod region overnight."))
    assert ev["Rostov Oblast"].event_type == "interception" and ev["Belgorod Oblast"].attacker == "UA"


# -- ACLED-style notes -------------------------------------------------------------------------------
def test_acled_note_with_locator_and_stated_zero(result_of):
    ev = by_place(result_of("On 3 May 2024, Russian forces shelled Beryslav (Kherson). No casualties.", "2024-05-04"))
    e = ev["Beryslav"]
    assert e.date.iso() == "2024-05-03" and (e.killed, e.injured) == (0, 0) and e.event_type == "shelling"


def test_acled_note_one_person(result_of):
    ev = by_place(result_of("On 8 June 2024, Russian forces shelled Nikopol (Dnipropetrovsk); a man was killed."))
    assert ev["Nikopol"].killed == 1


# -- traps -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, not_a_target", [
    ("Ukrainian drones hit a fuel depot in Novoshakhtinsk, the General Staff said in Kyiv.", "Kyiv"),
    ("Russian-installed officials said seven people were killed in Nova Kakhovka and accused Kyiv of "
     "using HIMARS.", "Kyiv"),
    ("The Kerch bridge, first attacked in 2022, was reopened to lorries on Monday.", "Crimean Bridge"),
    ("A month after the strike on Uman, residents gathered in Kyiv to honour the dead.", "Uman"),
    ("Ukraine asked for more deliveries of artillery shells at a meeting in Ramstein.", "Ramstein"),
    ("HIMARS launchers are based far from the front, near Kryvyi Rih, a blogger claimed.", "Kryvyy Rih"),
    ("Russia has launched more than 8,000 Shaheds at Ukraine this year, the ministry in Kyiv said.", "Ukraine"),
    ("A memorial to the victims of the Kramatorsk station strike was unveiled on Sunday.", "Kramatorsk"),
    ("Talks in Istanbul on Black Sea shipping resumed months after the attacks on Odesa's port.", "Odesa"),
    ("Residents of Kharkiv have grown used to air raid sirens and the sound of explosions.", "Kharkiv"),
    ("Drone makers in Dnipro are ramping up production of long-range strike drones.", "Dnipro"),
    ("Schools in Sumy were damaged by a drone on Monday. It came days after a similar strike on Konotop "
     "killed four people.", "Konotop"),
    ("LONDON, May 2 — European ministers pledged more air defence, two days after a Russian missile hit a "
     "hospital in Kharkiv.", "Kharkiv"),
    ("ODESA, June 4 — Russian drones struck the port of Izmail overnight, the regional governor said.", "Odesa"),
    ("Shahed-type drones are launched from a site near Primorsko-Akhtarsk, in a still from defence ministry footage.",
     "Primorsko-Akhtarsk"),
    ("Moscow, Russia. Iskander-M launchers roll across Red Square during the Victory Day parade.", "Moscow"),
    ("Enemy drones attacked a bus near Rylsk, 1 person killed. All the wounded have been taken to the regional "
     "hospital in Kursk.", "Kursk"),
    ("⚡️ AIR RAID ALERT in the Odesa and Mykolaiv regions — threat of russian Kalibr launches from the Black Sea!\n"
     "⚡️ UPD: all clear. No launches recorded.", "Odesa Oblast"),
    ("Is Odesa's port still safe? Insurers weigh Black Sea risks after months of strikes", "Black Sea"),
    ("Nine days after two ballistic missiles killed 35 people in central Sumy, Russian guided bombs fell on "
     "Krasnopillia.", "Sumy"),
    ("Israeli warplanes struck Sanaa on Thursday. The raids answered a drone launched from Yemen that hit an "
     "apartment building in Ashkelon earlier in the week.", "Ashkelon"),
])
def test_traps_carry_no_event(result_of, text, not_a_target):
    assert not_a_target not in by_place(result_of(text))


def test_a_district_named_with_its_struck_city_is_the_citys_event(result_of):
    ev = by_place(result_of("On 15 February 2023, Ukrainian forces shelled the Kyivskyi district of Donetsk city and "
                            "the Chervonohvardiiskyi district of Makiivka."))
    assert set(ev) == {"Donetsk", "Makiyivka"}
    ev = by_place(result_of("Russian shelling of Kherson killed 2; in the Mykolaiv region, Ochakiv was hit by drones, "
                            "injuring 1."))
    assert set(ev) == {"Kherson", "Ochakiv"} and ev["Ochakiv"].injured == 1


def test_background_after_a_strike_keeps_the_strike_and_not_its_toll(result_of):
    ev = by_place(result_of("A drone hit a house in Sumy, days after the strike on Konotop."))
    assert set(ev) == {"Sumy"}
    ev = by_place(result_of("Schools in Sumy were damaged by a drone on Monday. It came days after a similar "
                            "strike on Konotop killed four people."))
    assert set(ev) == {"Sumy"} and ev["Sumy"].killed is None
    ev = by_place(result_of("KYIV, May 3 — Russian drones attacked the Ukrainian capital overnight."))
    assert set(ev) == {"Kyiv"}  # a dateline that is the only place stays the target


def test_the_accused_side_leaves_the_figures_to_the_strike_told_before(result_of):
    ev = by_place(result_of("Ukrainian rockets destroyed an ammunition depot in Nova Kakhovka. Russian-installed "
                            "officials said seven people were killed and accused Kyiv of using HIMARS."))
    assert set(ev) == {"Nova Kakhovka"} and ev["Nova Kakhovka"].killed == 7


# -- explanations and review -------------------------------------------------------------------------
def test_every_decision_names_a_rule_of_the_tables(result_of):
    r = result_of("A Shahed launched from Bryansk region struck a substation in Shostka, 30 km from Sumy.")
    rules = {(d.place_text, d.linked, d.rule) for d in r.decisions}
    assert ("Shostka", True, "parse") in rules or ("Shostka", True, "clause") in rules
    assert ("Bryansk region", False, "launch site") in rules
    assert ("Sumy", False, "distance reference") in rules
    for d in r.decisions:
        assert d.rule in (LINK_RULES if d.linked else SKIP_RULES)


def test_explain_lines_say_which_rule_linked_each_place(result_of):
    from geostrike.events import explain_lines

    r = result_of("Kherson. One person killed in shelling.")
    text = "\n".join(explain_lines(r.article.id, r.decisions, r.events))
    assert "[heading]" in text and "confidence" in text


def test_a_strike_report_without_an_event_is_listed_for_review(result_of):
    r = result_of("Drones launched from Kursk region were shot down, the governor says.")
    assert r.events == []
    rec = r.unlinked()
    assert rec is not None and rec["reason"] == "launch site" and rec["places"][0]["place_text"] == "Kursk region"
    assert result_of("The mayor opened a new park in Lviv.").unlinked() is None


def test_a_village_placed_at_its_hromada_seat_carries_its_uncertainty_to_the_outputs(tmp_path):
    from geostrike.pipeline import run

    src = tmp_path / "post.txt"
    src.write_text("Vertiivka, Kharkiv region. A house damaged by shelling.", encoding="utf-8")
    run([src], tmp_path / "out", progress=False)
    import json

    (f,) = json.loads((tmp_path / "out" / "events.geojson").read_text(encoding="utf-8"))["features"]
    p = f["properties"]
    assert p["place"] == "Vertiivka" and p["gazetteer_id"].startswith("ua:") and p["geo_precision"] == 2
    assert p["uncertainty_km"] > 0 and "hromada" in p["point_source"] and p["place_fuzzy"] is False


# -- headings and districts that the model or the gazetteer misread -----------------------
def test_a_misspelt_caption_heading_is_still_the_place(result_of):
    # No word of the war in the text: the heading of a strike report is enough for a near miss.
    ev = by_place(result_of("Zaporizhzia. Warehouse burned out after an explosion overnight."))
    assert [e.place.entry.admin1 for e in ev.values()] == ["UA-23"]
    assert next(iter(ev.values())).place.fuzzy


def test_a_direction_before_a_town_is_no_person(result_of):
    # The model calls "Central Kherson" a person.
    ev = by_place(result_of("Central Kherson. Shelling damaged a tram depot, two people wounded."))
    assert list(ev) == ["Kherson"] and ev["Kherson"].injured == 2


def test_a_city_district_named_like_a_far_place_stays_in_its_city(result_of):
    # "Kuibyshev" was Samara's name; here it is a district of Donetsk.
    ev = by_place(result_of("A school in the Kuibyshev district, Donetsk was damaged by shelling."))
    assert list(ev) == ["Donetsk"] and ev["Donetsk"].place.entry.country == "UA"


def test_the_city_after_a_town_locates_it(result_of):
    ev = by_place(result_of("Tram depot damaged in Russian-held Horlivka, Donetsk"))
    assert list(ev) == ["Horlivka"]


def test_held_blames_only_when_it_holds_someone_responsible(result_of):
    # The parser reads "held" as the sentence's verb and Horlivka as its object.
    assert list(by_place(result_of("Market stalls damaged by shelling in Russian held Horlivka, Donetsk"))) == ["Horlivka"]
    blamed = by_place(result_of("Moscow held Kyiv responsible for the strike on Belgorod."))
    assert list(blamed) == ["Belgorod"]


def test_a_factory_is_a_target_unless_the_sentence_speaks_of_making_things(result_of):
    hit = by_place(result_of("Downed missile fell on a brick factory in Zolochiv, Lviv Oblast"))
    assert list(hit) == ["Zolochiv"]
    assert list(by_place(result_of("Strike on an aircraft repair factory near Lviv airport")))
    made = by_place(result_of("Drones made at a factory in Yelabuga struck Kharkiv overnight."))
    assert "Yelabuga" not in made and "Kharkiv" in made


def test_a_named_loitering_munition_is_a_weapon_not_a_place(result_of):
    (e,) = result_of("A ZALA loitering munition struck a pickup truck in Kupiansk.").events
    assert e.place.entry.name in {"Kupiansk", "Kupyansk"} and e.weapon == "drone"
    assert e.weapon_system == "ZALA KUB"


def test_a_near_miss_outside_the_region_that_follows_it_is_no_reading(result_of):
    # "Zimovnik" is no misspelt Zimovniki of Rostov Oblast when the text says Kherson region.
    result = result_of("Zimovnik, Kherson region: shelling damaged a kindergarten.")
    assert all(p.entry.admin1 == "UA-65" for p in result.places)
    assert all(e.place.entry.admin1 == "UA-65" for e in result.events)


# -- weapons belong to their own clause ---------------------------------------------------
def test_a_weapon_of_another_clause_is_not_this_strikes(result_of):
    ev = by_place(result_of("Russian strikes overnight killed two people in Kharkiv and wounded five in "
                            "Zaporizhzhia, while a drone hit a warehouse in Odesa without casualties."))
    assert ev["Odesa"].weapon == "drone"
    assert ev["Kharkiv"].weapon is None and ev["Kharkiv"].event_type == "strike"


def test_rockets_fired_elsewhere_do_not_arm_the_air_strike(result_of):
    ev = by_place(result_of("Israeli strikes killed at least 9 people in Rafah and 4 in Deir al-Balah, "
                            "medics said, while rockets fired from Gaza set off sirens in Ashkelon."))
    assert ev and all(e.weapon != "artillery" for e in ev.values())


@pytest.mark.parametrize("text, etype, weapon", [
    ("Bilozerka. A school damaged by shellings.", "shelling", "artillery"),
    ("Toretsk, Donetsk region. Aerial bombardment reported in Toretsk; three people killed.", "air strike", "airstrike"),
    ("Basove, Kharkiv region. A library damaged in an artilery strike.", "shelling", "artillery"),
    ("Kyiv. A house damaged by the debris of a loitering munition.", "interception", "drone"),
    ("Russian forces destroyed a hangar holding Western-supplied drones at the airfield near Starokostiantyniv "
     "with Kinzhal missiles.", "missile strike", "missile"),
    ("Rally in Uzhhorod, soldiers reportedly throwing smoke bombs", "strike", None),
])
def test_how_incident_logs_name_the_weapon(result_of, text, etype, weapon):
    (e,) = result_of(text).events
    assert (e.event_type, e.weapon) == (etype, weapon)


def test_a_weapon_in_the_strikes_own_clause_still_counts(result_of):
    (e,) = result_of("Russian forces attacked Kharkiv with drones overnight, killing three.").events
    assert e.weapon == "drone"


@pytest.mark.parametrize("text, place", [
    ("Hola Prystan. Whole streets flooded up to the windows; residents wait on roofs.", "Hola Prystan"),
    ("Kherson. Rescuers carry an elderly woman out of a flooded house in the Korabel district.", "Kherson"),
])
def test_flood_harm_in_a_log_entry_is_an_event(result_of, text, place):
    assert place in {e.place.entry.name for e in result_of(text).events}


def test_a_flood_of_rain_is_no_harm_of_war(result_of):
    assert not result_of("Heavy rain flooded streets in Odesa on Tuesday and the trams stopped.").events


# -- who struck when the text names no side beside the strike ---------------------------
@pytest.mark.parametrize("text, side", [
    ("A drone launched from Yemen hit a hotel in Eilat early on Monday, officials said.", "YE"),
    ("Rockets fired from Lebanon struck a factory in Nahariya.", "LB"),
    ("Hezbollah said it fired a salvo of rockets at Safed.", "LB"),
    ("Yemen's Houthis fire a ballistic missile at Eilat; intercepted, the army says", "YE"),
    ("Gaza church strike: 12 killed, health officials say", "IL"),
    ("The AFU shelled Chaplynka again, two civilians were killed.", "UA"),
    ("Explosions in occupied Chaplynka overnight, locals report.", "UA"),
])
def test_the_side_comes_from_where_it_fired_from_what_it_says_and_who_holds_the_place(result_of, text, side):
    assert {e.attacker for e in result_of(text).events} == {side}


@pytest.mark.parametrize("text, side", [
    ("Artillery strikes on Russian positions near Vuhledar overnight.", "UA"),
    ("Shelling of Russian troops dug in near Robotyne, Zaporizhzhia region", "UA"),
    ("Video: a Russian BMP-2 destroyed by a drone near Kupiansk", "UA"),
    ("Footage shows Russian soldiers in Toretsk hit by an FPV drone.", "UA"),
    ("Mortars hit Ukrainian positions outside Horlivka, the DPR command said.", "RU"),
    ("Russian troops shelled a school in Kupiansk.", "RU"),
])
def test_a_side_named_as_the_target_is_not_the_one_that_struck(result_of, text, side):
    # Vuhledar, Robotyne, Kupiansk and Toretsk are Ukrainian-held: the place alone says RU.
    assert {e.attacker for e in result_of(text).events} == {side}


@pytest.mark.parametrize("text, side", [
    ("On 6 October 2024, rockets hit Metula in northern Israel. Property damage reported. The attack was claimed "
     "by Hezbollah.", "LB"),
    ("A building in Nahariya was damaged by shrapnel from an interceptor; two people were lightly injured. "
     "Hezbollah claimed the rocket fire.", "LB"),
])
def test_a_claim_of_the_attack_names_the_side_the_place_cannot(result_of, text, side):
    (e,) = result_of(text).events
    assert e.attacker == side


@pytest.mark.parametrize("text, place", [
    ("An apartment in the Nuseirat refugee camp was hit in an Israeli strike late on Friday.", "An Nuşayrāt"),
    # One Burshtyn in the gazetteer: the region of the sentence's other clause does not stand in for it.
    ("A substation was hit in the Ternopil region, and the thermal power plant in Burshtyn was damaged.", "Burshtyn"),
    # (The model calls the whole title a person; no person's name holds "Institute".)
    ("Shelled Kharkiv Cadet Corps Military Institute", "Kharkiv"),
])
def test_places_struck_as_reports_word_them(result_of, text, place):
    assert place in by_place(result_of(text))


def test_downings_of_an_attack_on_a_region_stay_the_regions(result_of):
    ev = by_place(result_of("Russian drones attacked the Kyiv region for four hours overnight; 14 were shot down, the "
                            "regional administration said. In Boryspil a warehouse burned after a drone hit."))
    assert (ev["Kyiv Oblast"].event_type, ev["Kyiv Oblast"].intercepted) == ("interception", 14)
    assert ev["Boryspil"].intercepted is None
    ev = by_place(result_of("The defence ministry said 12 drones were destroyed over the Tver region, and villages "
                            "around Toropets were evacuated as fires spread."))
    assert ev["Tver Oblast"].intercepted == 12 and "Toropets" not in ev


def test_weapons_on_show_and_a_holiday_make_no_event(result_of):
    assert not result_of("Kyiv, Khreshchatyk. Exhibition of destroyed russian tanks and APCs set up ahead of "
                         "Independence Day").events


def test_places_a_headline_opens_with_before_a_colon_are_its_places(result_of):
    ev = by_place(result_of("Nikolaev, Krasnoarmeysk: Russian MoD reports strikes on Ukrainian fuel depots"))
    assert {"Mykolayiv", "Pokrovsk"} <= set(ev)
    assert ev["Pokrovsk"].place.entry.admin1 == "UA-14"


def test_one_of_the_weapons_told_is_no_count_launched(result_of):
    ev = by_place(result_of("Air defence destroyed three cruise missiles over the Lviv region overnight. One missile hit "
                            "an energy facility in Stryi; there were no casualties."))
    assert ev["Lviv Oblast"].intercepted == 3
    assert ev["Stryi"].launched is None and (ev["Stryi"].killed, ev["Stryi"].injured) == (0, 0)
    (e,) = result_of("Two Kalibr cruise missiles hit port infrastructure in Odesa.").events
    assert e.launched == 2


def test_a_posts_lines_name_each_place_and_what_hit_it(result_of):
    ev = by_place(result_of("Ivan Fedorov 🔸\nOver the day the occupiers launched 412 strikes on 11 settlements of the "
                            "Zaporizhzhia region.\n\n• Kamianske and Stepnohirsk — artillery shelling\n• Mala Tokmachka, "
                            "Orikhiv — 6 KABs\n• Huliaipole — MLRS\n• Bilenke — FPV drones\n\n37 reports of damaged "
                            "homes. A 64-year-old man was wounded in Stepnohirsk."))
    assert {"Stepnohirsk", "Mala Tokmachka", "Orikhiv", "Hulyaypole", "Bilenke"} <= set(ev)
    assert (ev["Orikhiv"].event_type, ev["Hulyaypole"].event_type, ev["Bilenke"].event_type) == (
        "air strike", "shelling", "drone strike")
    assert ev["Bilenke"].injured is None  # (the man was wounded in Stepnohirsk)
    ev = by_place(result_of("🔴 Sumy region: 27 attacks over the day\n\n1️⃣ Znob-Novhorodske community — mortars\n"
                            "2️⃣ Richky — FPV drone attack on a car, a man (52) wounded"))
    assert ev["Richky"].injured == 1 and ev["Znob Novhorodske"].injured is None
    # A tally's line stays the tally's: a downing, not a hit.
    ev = by_place(result_of("Air Command East, night of 3 June:\n• Dnipropetrovsk region — 7 Shaheds destroyed\n"
                            "• Poltavshchyna — 4 Shaheds destroyed"))
    assert {e.event_type for e in ev.values()} == {"interception"}


def test_downings_and_their_debris_are_of_the_one_class_a_statement_names(result_of):
    ev = by_place(result_of("Air Command \"East\": overnight our air defence destroyed 8 attack UAVs over the "
                            "Dnipropetrovsk region. Debris fell on a private house in Pavlohrad; the owners were not "
                            "injured."))
    assert (ev["Pavlohrad"].event_type, ev["Pavlohrad"].weapon) == ("interception", "drone")
    ev = by_place(result_of("Overnight the enemy launched 112 attack UAVs and decoys. Air defence shot down 64. "
                            "Downings were recorded over the Kharkiv, Sumy and Poltava regions."))
    assert {e.weapon for n, e in ev.items() if n.endswith("Oblast")} == {"drone"}


def test_the_lines_of_a_list_after_a_colon_go_on(result_of):
    ev = by_place(result_of("Overnight the enemy launched 112 attack UAVs. Air defence shot down 64.\nHits were "
                            "recorded:\n— Chornomorsk, port infrastructure;\n— Pavlohrad, an industrial enterprise;"))
    assert {"Chornomors’k", "Pavlohrad"} <= set(ev)


def test_a_place_said_not_to_be_struck_and_a_district_of_the_city_named(result_of):
    ev = by_place(result_of("❗️ CORRECTION: this morning's explosions were in Bila Tserkva, not in Boryspil as we wrote "
                            "earlier. A drone hit a warehouse in Bila Tserkva, 1 person was injured."))
    assert set(ev) == {"Bila Tserkva"}
    ev = by_place(result_of("SUMY 🔴 Drone attack on the city! A series of explosions in the Kovpakivskyi district.\n"
                            "UPD: a hit on a residential building, 1 injured"))
    assert set(ev) == {"Sumy"} and ev["Sumy"].injured == 1


def test_a_village_the_model_joins_to_near_is_still_a_place(result_of):
    ev = by_place(result_of("Alexander Bogomaz ❗️\nYesterday the AFU shelled the Klimovo district with artillery.\n"
                            "Near Sevsk an FPV drone attacked a car, no one was hurt."))
    assert "Sevsk" in ev and (ev["Sevsk"].killed, ev["Sevsk"].injured) == (0, 0)


def test_a_figure_said_to_be_there_is_the_last_places(result_of):
    ev = by_place(result_of("In Orikhiv artillery destroyed a house, Huliaipole came under fire from multiple rocket "
                            "launchers, and Stepnohirsk was hit nine times; one person was killed there."))
    assert {"Orikhiv", "Hulyaypole", "Stepnohirsk"} <= set(ev)  # (Huliaipole: what came under fire)
    assert ev["Stepnohirsk"].killed == 1 and ev["Orikhiv"].killed is None
    ev = by_place(result_of("A Russian KAB struck Zolochiv, wounding three people. In Kharkiv a Shahed hit a warehouse, "
                            "and Kupiansk was shelled twice during the day; no casualties were reported there."))
    assert (ev["Kupyansk"].killed, ev["Kupyansk"].injured) == (0, 0)
    assert ev["Kharkiv"].killed is None and ev["Zolochiv"].killed is None


def test_shrapnel_from_an_interceptor_is_a_downing(result_of):
    (e,) = result_of("A building in Nahariya was damaged by shrapnel from an interceptor; two people were lightly "
                     "injured.").events
    assert e.event_type == "interception" and e.injured == 2


def test_another_strike_is_of_the_kind_told_before(result_of):
    ev = by_place(result_of("Russian missiles hit Kharkiv on Monday. Another strike damaged a school in Chuhuiv."))
    assert ev["Chuhuyiv"].weapon == "missile" and ev["Chuhuyiv"].event_type == "missile strike"


def test_the_side_struck_before_is_the_one_that_struck_back(result_of):
    ev = by_place(result_of("Israeli jets hit Rafah overnight, killing 9 people, while rockets fired towards Israel "
                            "were intercepted over Ashkelon."))
    assert (ev["Rafaḩ"].attacker, ev["Ashkelon"].attacker) == ("IL", "PS")
    ev = by_place(result_of("Israeli aircraft struck Rafah overnight, while Hamas' armed wing said it fired rockets "
                            "at Ashkelon."))
    assert ev["Ashkelon"].attacker == "PS"


def test_a_region_after_a_town_of_another_region_still_locates_it_but_a_tally_line_does_not(result_of):
    ev = by_place(result_of("Strikes hit positions near Vovchansk, Kharkiv Oblast, overnight."))
    assert set(ev) == {"Vovchansk"}
    ev = by_place(result_of("Shot down by region: Poltava region – 7, Kyiv region – 6, Sumy region – 3."))
    assert {"Poltava Oblast", "Kyiv Oblast", "Sumy Oblast"} <= set(ev)


def test_an_inferred_side_brings_no_weapon_of_its_own(result_of):
    (e,) = result_of("Gaza church strike: 12 killed, health officials say").events
    assert (e.event_type, e.weapon) == ("strike", None)


def test_a_system_a_site_keeps_neither_arms_nor_names_the_side(result_of):
    (e,) = result_of("High-precision weapons destroyed a warehouse of ammunition for HIMARS launchers near "
                     "Kramatorsk.").events
    assert (e.attacker, e.weapon, e.weapon_system) == ("RU", None, None)


# -- what the model's entities swallow -----------------------------------------------------
def test_two_towns_the_model_calls_one_organisation_are_two_targets(result_of):
    ev = by_place(result_of("A ballistic missile hit an enterprise in Dnipro, wounding 11, and drones damaged "
                            "apartment blocks in Kharkiv and Odesa."))
    assert {"Dnipro", "Kharkiv", "Odesa"} <= set(ev) and ev["Kharkiv"].weapon == "drone"
    ev = by_place(result_of("Russian forces hit three cities overnight: in Kherson shells struck a bus stop; in "
                            "Mykolaiv a Shahed set a grain warehouse on fire; and in Zaporizhzhia a missile damaged "
                            "a plant."))
    assert {"Kherson", "Mykolayiv", "Zaporizhzhya"} <= set(ev)


def test_a_village_listed_after_a_strike_verb_and_a_bomb_that_fell_on_one(result_of):
    ev = by_place(result_of("Mortar fire hit Esman and Shalyhyne; a KAB fell on Velyka Pysarivka."))
    assert set(ev) == {"Esman", "Shalyhyne", "Velyka Pysarivka"}
    assert ev["Velyka Pysarivka"].weapon == "glide bomb"
    # Beside another clause's strike the fall is the only word that reaches the village.
    ev = by_place(result_of("A KAB fell on the centre of Velyka Pysarivka, and a drone hit a car in Krasnopillia."))
    assert set(ev) == {"Velyka Pysarivka", "Krasnopillya"}


def test_a_toll_broken_down_after_a_colon_maps_each_place(result_of):
    ev = by_place(result_of("Israeli strikes killed 11 people across the Gaza Strip on Sunday, medics said: six in "
                            "a house in Khan Younis, three in Jabalia and two in Gaza City."))
    assert {e.link_rule for n, e in ev.items() if n != "Gaza Strip"} == {"breakdown"} and len(ev) == 3


def test_an_air_defence_system_is_no_village(result_of):
    ev = by_place(result_of("Six ATACMS missiles were fired at the airfield in Taganrog. All six were shot down by "
                            "Pantsir and S-400 systems."))
    assert set(ev) == {"Taganrog"}


# -- air-force statements: hits, downings and the tally ---------------------------------
def test_every_region_of_a_hit_list_is_hit_beside_a_later_clause(result_of):
    ev = by_place(result_of("Shot down: 70 drones. Hits were recorded in the Ivano-Frankivsk, Chernivtsi and Rivne "
                            "regions, and a substation was hit in Lutsk."))
    assert set(ev) == {"Ivano-Frankivsk Oblast", "Chernivtsi Oblast", "Rivne Oblast", "Lutsk"}
    ev = by_place(result_of("Hits were recorded in Odesa, Dnipro, the Poltava region and Sumy."))
    assert set(ev) == {"Odesa", "Dnipro", "Poltava Oblast", "Sumy"}  # a list, not "Dnipro, the Poltava region"


def test_there_were_hits_in_each_place_of_its_phrases(result_of):
    ev = by_place(result_of("There were hits in Bila Tserkva, Kyiv region, where two people were wounded, and in "
                            "Poltava, Sumy and Chernihiv."))
    assert set(ev) == {"Bila Tserkva", "Poltava", "Sumy", "Chernihiv"} and ev["Bila Tserkva"].injured == 2


def test_air_defence_working_in_regions_downs_drones_there(result_of):
    ev = by_place(result_of("Overnight the enemy attacked with 60 Shahed drones launched from Kursk. 48 were "
                            "neutralised. Air defence worked in the Kyiv, Zhytomyr and Cherkasy regions."))
    assert {n for n, e in ev.items() if e.event_type == "interception" and e.role != "summary"} == {
        "Kyiv Oblast", "Zhytomyr Oblast", "Cherkasy Oblast"}


def test_a_tally_naming_no_place_is_at_the_country_its_weapons_are_fired_at(result_of):
    for text in ("Overnight the enemy attacked with 40 drones; 31 were shot down.",
                 "Overnight the enemy attacked with 89 Shahed-type drones. Neutralised: 74."):
        (e,) = result_of(text).events
        assert (e.role, e.place.entry.name, e.attacker) == ("summary", "Ukraine", "RU")


def test_every_line_of_a_breakdown_keeps_its_figure_and_regions_hit_take_no_weapon(result_of):
    ev = by_place(result_of("Overnight the enemy attacked with 123 Shahed drones. As of 09:00, 71 were shot down, "
                            "by region:\nPoltava region – 16\nSumy region – 12\nKyiv region – 14\nKharkiv region – 9\n"
                            "The Poltava and Kyiv regions were affected by the attack."))
    assert ev["Sumy Oblast"].intercepted == 12 and ev["Kharkiv Oblast"].intercepted == 9
    assert (ev["Poltava Oblast"].event_type, ev["Poltava Oblast"].weapon) == ("strike", None)  # a hit, by what unsaid


def test_a_hit_in_a_statement_without_totals_takes_no_weapon_from_the_article(result_of):
    ev = by_place(result_of("On the night of 3 March the enemy used Shahed-type attack drones. As of 09:00 the "
                            "following were shot down: Odesa region – 14, Mykolaiv region – 5. Hits on port "
                            "infrastructure were recorded in Izmail."))
    assert ev["Izmayil"].weapon is None and ev["Odesa Oblast"].weapon == "drone"


def test_downings_broken_down_with_in_keep_each_regions_figure(result_of):
    ev = by_place(result_of("Overnight 67 Shahed-type UAVs were launched. Air defence shot down 58 of them: 21 in Kyiv "
                            "region, 13 in Zhytomyr region and 7 in Poltava region."))
    assert (ev["Ukraine"].launched, ev["Ukraine"].intercepted) == (67, 58)
    assert [ev[r].intercepted for r in ("Kyiv Oblast", "Zhytomyr Oblast", "Poltava Oblast")] == [21, 13, 7]


def test_the_capital_a_city_administration_speaks_of_is_its_city(result_of):
    (e,) = result_of("Kyiv City Military Administration: this morning the enemy attacked the capital with ballistic "
                     "missiles. Both missiles were destroyed by air defence on the approach to the city.").events
    assert (e.place.entry.admin1, e.link_rule, e.event_type) == ("UA-30", "capital", "interception")
    assert not result_of("Officials in the capital met to discuss the budget.").events


def test_the_targets_were_in_the_towns_listed(result_of):
    ev = by_place(result_of("Enemy aviation over the past day: 20 air strikes with 31 KABs. The targets were in the "
                            "Sumy region — Krasnopillia, Myropillia and Yunakivka."))
    assert {"Krasnopillya", "Myropillia", "Yunakivka"} <= set(ev)
    assert {e.weapon for e in ev.values()} == {"glide bomb"}
    # Beside a clause the parse links ("where Kostiantynivka was bombed"), "the targets" must
    # reach the towns itself.
    ev = by_place(result_of("Enemy aviation over the past day: 29 air strikes with 48 KABs. The targets were in the "
                            "Sumy region — Krasnopillia, Myropillia and Yunakivka — and in the Donetsk region, where "
                            "Kostiantynivka was bombed."))
    assert {"Krasnopillya", "Myropillia", "Yunakivka", "Kostyantynivka"} <= set(ev)


@pytest.mark.parametrize("text, not_a_target", [
    ("The Kh-59 missiles that struck Zaporizhzhia overnight were fired by Su-34 jets flying over occupied "
     "Berdiansk, the air force said.", "Berdyansk"),
    ("This morning the enemy fired Kalibr cruise missiles from a ship in the Black Sea. Two were shot down over "
     "Odesa.", "Black Sea"),
    ("Among the missiles were Kh-101 cruise missiles from Tu-95MS aircraft (launch area: Engels) and Iskander-M "
     "from the Kursk region. 30 were shot down.", "Engels"),
])
def test_where_an_aircraft_or_ship_fired_from_is_a_launch_area(result_of, text, not_a_target):
    assert not_a_target not in by_place(result_of(text))


def test_a_ship_struck_at_sea_is_a_target_but_bombers_over_a_sea_fire_from_it(result_of):
    assert "Black Sea" in by_place(result_of("Naval drones hit a Russian landing ship in the Black Sea."))
    assert "Black Sea" not in by_place(result_of("The enemy launched 35 missiles: 5 Kh-22 from Tu-22M3 long-range "
                                                 "bombers over the Black Sea. 21 were destroyed."))


def test_a_regional_commands_tally_has_no_national_summary(result_of):
    ev = result_of("Air Command \"South\": during the night, units of the command destroyed 11 Shahed drones over "
                   "the Odesa region and 4 more over the Mykolaiv region.").events
    assert {e.place.entry.name for e in ev} == {"Odesa Oblast", "Mykolaiv Oblast"}
    assert not any(e.role == "summary" for e in ev)


def test_an_air_defence_system_in_a_place_and_fighters_in_a_town_are_targets(result_of):
    assert "Crimea" in by_place(result_of("Ukrainian Neptune missiles strike Russian S-400 in Crimea"))
    assert "Kharkiv" in by_place(result_of("The ministry said missiles hit a base of foreign fighters in Kharkov."))


@pytest.mark.parametrize("text, not_a_target", [
    ("Intelligence warned that Russia is stockpiling Kh-101 missiles for a massive strike on energy facilities in "
     "western Ukraine, including Lviv, in the coming weeks.", "Lviv"),
    ("Medvedev threatened strikes on 'decision-making centres' in Kyiv after drones hit a depot in Bryansk.", "Kyiv"),
    ("The general vowed to strike Odesa's port again.", "Odesa"),
])
def test_a_strike_threatened_or_prepared_for_is_none(result_of, text, not_a_target):
    assert not_a_target not in by_place(result_of(text))


def test_a_sea_the_bombers_fired_over_is_a_launch_area(result_of):
    ev = by_place(result_of("Launched: 8 Kh-101 cruise missiles from Tu-95MS over the Caspian Sea and 2 Iskander-M "
                            "from the Kursk region. 7 were shot down."))
    assert set(ev) == {"Ukraine"}


def test_a_place_the_parse_loses_in_a_run_of_clauses_follows_its_strike_verb(result_of):
    ev = by_place(result_of("A Kinzhal missile hit the airfield near Myrhorod, an Iskander-M struck a warehouse on "
                            "the outskirts of Kropyvnytskyi and Shahed drones targeted an oil depot in Lutsk, "
                            "Ukrainian officials said."))
    assert {"Myrhorod", "Kropyvnytskyi", "Lutsk"} <= set(ev)
    assert ev["Kropyvnytskyi"].link_rule == "linear" and ev["Kropyvnytskyi"].weapon == "missile"


def test_a_big_city_is_not_its_village_namesake_in_the_region_of_the_other_places(gs):
    from geostrike.models import Article
    from geostrike.recognize import mentions
    text = "A missile hit Kropyvnytskyi and drones targeted an oil depot in Rivne."
    art = Article("t", text)
    places = {p.mention.text: p for p in gs.resolver.resolve(art, mentions(gs.nlp(text), art))}
    assert places["Rivne"].entry.admin1 == "UA-56"


def test_each_place_of_a_list_takes_the_weapon_of_its_own_stretch(result_of):
    ev = by_place(result_of("Russian attacks wounded eight civilians in the Donetsk region, the governor said: two in "
                            "Kramatorsk after a missile strike, three in Sloviansk from drones, two in Druzhkivka "
                            "from glide bombs and one in Myrnohrad from artillery fire."))
    assert [ev[p].weapon for p in ("Kramatorsk", "Slovyansk", "Druzhkivka", "Myrnohrad")] == [
        "missile", "drone", "glide bomb", "artillery"]


def test_a_weapon_of_a_clause_hung_on_a_later_place_is_that_places(result_of):
    ev = by_place(result_of("Overnight the Russians launched 11 missiles and 105 drones. Air defence destroyed 7 "
                            "missiles and 78 drones. Consequences were recorded in Kyiv, the Poltava region and Odesa, "
                            "where an Iskander-M hit a warehouse and two people were injured."))
    assert (ev["Kyiv"].weapon, ev["Poltava Oblast"].weapon, ev["Odesa"].weapon) == (None, None, "missile")
    ev = by_place(result_of("Kyiv, Lviv and Odesa were hit by missiles overnight."))
    assert {e.weapon for e in ev.values()} == {"missile"}


def test_bombs_are_glide_bombs_when_the_text_says_so(result_of):
    ev = by_place(result_of("Over the past day the occupiers carried out 30 air strikes on the Kharkiv region, "
                            "dropping 40 guided aerial bombs. Two of the bombs hit Kharkiv itself."))
    assert ev["Kharkiv"].weapon == "glide bomb"
    (e,) = result_of("Su-34 bombers hit a stronghold near Vovchansk with FAB-500 bombs with UMPK modules.").events
    assert e.weapon == "glide bomb"


def test_a_downing_line_after_a_hit_tells_what_was_shot_down_not_what_struck(result_of):
    (e,) = result_of("Overnight the enemy attacked with 210 drones and 9 cruise missiles. The main target was "
                     "Rivne. Shot down: 150 drones and all 9 Kh-101.").events
    assert (e.place.entry.name, e.weapon) == ("Rivne", None)


def test_a_next_sentence_naming_two_weapons_gives_the_first(result_of):
    (e,) = result_of("A fire broke out at an oil depot in Klintsy overnight. The governor said missiles and "
                     "drones were used.").events
    assert e.weapon == "missile"
    (e,) = result_of("Rescuers clear rubble in Odesa after a Russian missile and drone attack.").events
    assert e.weapon == "missile"


def test_an_aftermath_in_another_region_does_not_take_the_weapon_told_before(result_of):
    ev = by_place(result_of("A missile hit a school in Sumy, killing three; two people were wounded in Poltava."))
    assert ev["Sumy"].weapon == "missile" and ev["Poltava"].weapon is None
    ev = by_place(result_of("Artillery shelled the Kupiansk district 23 times overnight; a man was wounded in "
                            "Kivsharivka."))
    assert ev["Kivsharivka"].weapon == "artillery"  # a village of the district just shelled
    ev = by_place(result_of("Shelling wounded a woman in Antonivka. In Bilozerka, a house burned down."))
    assert ev["Bilozerka"].weapon is None  # a neighbour's shelling says nothing of what struck it


def test_a_joined_clause_with_its_own_subject_has_its_own_weapon(result_of):
    ev = by_place(result_of("Missiles hit a power plant in Dnipro, and a depot in the Kharkiv region was struck."))
    assert ev["Dnipro"].weapon == "missile" and ev["Kharkiv Oblast"].weapon is None
    ev = by_place(result_of("A drone hit a fuel depot in Klintsy, and another struck a warehouse in Novozybkov."))
    assert ev["Novozybkov"].weapon == "drone"  # "another" is one more drone


def test_a_system_named_for_another_place_does_not_arm_this_one(result_of):
    ev = by_place(result_of("Missiles struck Kyiv in the morning, killing four; in Lviv, strikes cut power to the "
                            "centre; and in Kharkiv Iskander missiles hit an apartment block."))
    assert ev["Kharkiv"].weapon_system == "Iskander" and ev["Lviv"].weapon is None
    ev = by_place(result_of("Over the past day the enemy dropped 40 KAB guided bombs. The heaviest attacks hit "
                            "Vovchansk and Kupiansk."))
    assert {e.weapon_system for e in ev.values()} == {"KAB/FAB glide bomb"}  # named before any place


def test_debris_of_another_part_of_the_sentence_is_not_this_strikes(result_of):
    ev = by_place(result_of("A drone killed one person in Odesa, and in the Poltava region debris damaged homes."))
    assert ev["Odesa"].event_type == "drone strike"
    assert ev["Poltava Oblast"].event_type == "interception"
    (e,) = result_of("In the Kyiv region, debris damaged three houses.").events
    assert e.event_type == "interception"


# -- air force statements written other ways ------------------------------------------------
def test_a_region_the_aircraft_fired_over_is_a_launch_area(result_of):
    ev = by_place(result_of("Overnight the enemy used 3 Kh-59 guided missiles from Su-34 aircraft over the "
                            "Belgorod region and 47 Shahed drones. Shot down: 2 Kh-59 and 38 drones over the "
                            "Kyiv and Zhytomyr regions, Ukraine's air force said."))
    assert "Belgorod Oblast" not in ev and "Kyiv Oblast" in ev
    assert (ev["Ukraine"].launched, ev["Ukraine"].intercepted) == (50, 40)


def test_struck_with_counts_what_was_launched(result_of):
    ev = by_place(result_of("On the morning of 8 July the aggressor struck with 13 missiles and 38 attack drones. "
                            "Our air defenders downed 9 missiles and 31 drones. A missile hit an enterprise in "
                            "Starokostiantyniv, Khmelnytskyi region."))
    assert (ev["Ukraine"].launched, ev["Ukraine"].intercepted) == (51, 40)
    assert ev["Ukraine"].role == "summary" and any(e.role == "event" for e in ev.values())


def test_a_small_town_in_the_area_of_a_strike_is_a_place(result_of):
    # The model calls the town a person here.
    (e,) = result_of("One missile struck an energy facility in the Burshtyn area.").events
    assert e.place.entry.name == "Burshtyn" and e.weapon == "missile"


def test_a_community_heading_is_its_seat_town(result_of):
    ev = by_place(result_of("Sumy region, overnight:\nKrasnopillia community: 3 shelling attacks, a house damaged."))
    assert [e.place.entry.admin1 for e in ev.values()] == ["UA-59"]


def test_a_town_spelt_another_way_is_the_town_whose_name_it_is(result_of):
    # GeoNames also lists "Slov'iansk" among Nikopol's names; the two towns are of one size.
    (e,) = result_of("Sloviansk 🔥 rocket strike on the centre, a hotel destroyed.").events
    assert e.place.entry.admin1 == "UA-14"


# -- weapons and types (session 6) -------------------------------------------------------
def test_an_occupied_town_is_no_ground_advance(result_of):
    ev = by_place(result_of("In occupied Melitopol, officials installed by Moscow said a drone strike injured four."))
    assert ev["Melitopol"].event_type == "drone strike"


def test_a_wound_clause_takes_its_own_weapon(result_of):
    ev = by_place(result_of("A guided bomb killed a man in Kostiantynivka, and Russian mortar fire wounded "
                            "two women in Siversk."))
    assert ev["Siversk"].event_type == "shelling" and ev["Siversk"].weapon == "artillery"
    assert ev["Kostyantynivka"].weapon == "glide bomb"


def test_debris_of_a_list_is_every_place_of_it(result_of):
    ev = by_place(result_of("Overnight 40 Shahed drones were launched; 35 were destroyed. Falling debris damaged "
                            "houses in the Kyiv, Zhytomyr and Vinnytsia regions."))
    assert {ev[n].event_type for n in ("Kyiv Oblast", "Zhytomyr Oblast", "Vinnytsia Oblast")} == {"interception"}


def test_the_blast_of_a_downed_missile_is_an_interception(result_of):
    (e,) = result_of("Windows were blown out in a dormitory in Poltava by the blast of a downed missile.").events
    assert e.event_type == "interception" and e.weapon == "missile"


def test_a_weapon_word_naming_a_site_is_not_the_weapon(result_of):
    (e,) = result_of("Russian forces struck a drone workshop in Kramatorsk with a ballistic missile, the "
                     "ministry said.").events
    assert e.weapon == "missile" and e.event_type == "missile strike"


def test_jets_make_an_air_strike(result_of):
    (e,) = result_of("Israeli jets struck the town of Bint Jbeil overnight, killing two.").events
    assert e.event_type == "air strike" and e.weapon == "airstrike"


def test_downings_of_a_list_of_weapons_take_the_first_named(result_of):
    ev = by_place(result_of("Overnight the enemy launched 2 Iskander-M missiles and 30 Shaheds. A missile and 22 "
                            "Shaheds were shot down over the Dnipropetrovsk and Poltava regions."))
    assert ev["Poltava Oblast"].event_type == "interception" and ev["Poltava Oblast"].weapon == "missile"


def test_a_hit_where_drones_were_also_downed_keeps_no_weapon_it_was_not_given(result_of):
    text = ("Overnight: 30 Shaheds and 4 missiles.\nDestroyed: 25 Shaheds, of which\n• Sumy region – 6\n"
            "• Poltava region – 4\nHits were recorded in the Sumy and Poltava regions.")
    ev = by_place(result_of(text))
    assert ev["Poltava Oblast"].event_type == "strike" and ev["Poltava Oblast"].weapon is None
    assert ev["Poltava Oblast"].intercepted == 4


def test_the_next_sentence_names_a_multiword_weapon(result_of):
    (e,) = result_of("Huliaipole, Zaporizhzhia Oblast. A shop in ruins. The aftermath of a glide bomb attack.").events
    assert e.weapon == "glide bomb" and e.event_type == "air strike"


def test_each_line_of_a_tally_breakdown_is_a_downing_over_its_region(result_of):
    text = ("Night of 3 June: 48 Shahed-type drones and 6 Kh-101 missiles.\nShot down: 44 drones and 5 missiles, "
            "of which\n• Odesa region – 12\n• Mykolaiv region – 9\n• the rest over other regions.")
    ev = by_place(result_of(text))
    assert ev["Odesa Oblast"].event_type == "interception" and ev["Odesa Oblast"].intercepted == 12
    assert ev["Mykolaiv Oblast"].intercepted == 9 and ev["Mykolaiv Oblast"].link_rule == "tally line"
    (summary,) = [e for e in ev.values() if e.role == "summary"]
    assert (summary.launched, summary.intercepted) == (54, 49)


def test_a_multiword_weapon_of_another_clause_does_not_arm_this_one(result_of):
    ev = by_place(result_of("Ukrainian forces shelled Makiivka on Monday, killing one civilian, while Russian guided "
                            "bombs struck Kostiantynivka and Druzhkivka, injuring seven."))
    assert ev["Makiyivka"].event_type == "shelling" and ev["Makiyivka"].weapon == "artillery"
    assert ev["Druzhkivka"].weapon == "glide bomb"


def test_one_person_after_an_active_verb(result_of):
    ev = by_place(result_of("In Kherson, Russian shelling killed a woman on her way to work; in Nikopol, a drone "
                            "hit a tractor, wounding the driver."))
    assert ev["Kherson"].killed == 1 and ev["Nikopol"].injured == 1


def test_weapons_all_shot_down_make_an_interception(result_of):
    (e,) = result_of("Overnight Russia launched 12 Shahed drones at the Sumy region. All of them were shot down.").events
    assert e.event_type == "interception" and (e.launched, e.intercepted) == (12, 12)


def test_explosions_then_debris_are_an_interception(result_of):
    (e,) = result_of("Mayor: explosions in Dnipro. Air defence is working. Stay in shelters!\n"
                     "Debris fell in a courtyard, no one was hurt.").events
    assert e.place.entry.name == "Dnipro" and e.event_type == "interception"


def test_a_post_line_that_shoots_down_is_an_interception(result_of):
    ev = by_place(result_of("Night in the region:\n🔸 Marhanets — artillery and kamikaze drones, 2 injured;\n"
                            "🔸 Pavlohrad — air defence shot down 4 Shaheds.\n— the governor"))
    assert ev["Pavlohrad"].event_type == "interception" and ev["Pavlohrad"].intercepted == 4


def test_a_big_city_of_the_theatre_beats_its_namesake_villages(result_of):
    events = result_of("Russian aviation and artillery struck an ammunition depot near Zaporizhzhia and a "
                       "command post near Kramatorsk overnight, the ministry said.").events
    (e,) = [e for e in events if e.place.mention.text == "Zaporizhzhia"]
    assert e.place.entry.population > 500_000 and e.place.entry.admin1 == "UA-23"


def test_a_clause_of_its_own_links_its_place_by_its_aftermath(result_of):
    ev = by_place(result_of("A Russian missile struck Kryvyi Rih, killing four, while drones hit the Odesa port "
                            "and two people were injured by falling debris in Kyiv."))
    assert ev["Kyiv"].event_type == "interception" and ev["Kyiv"].link_rule == "clause"


def test_a_place_that_came_under_fire_is_shelled(result_of):
    (e,) = result_of("Sloviansk came under fire again. Two civilians died, five more were taken to hospital.").events
    assert e.place.entry.admin1 == "UA-14" and e.event_type == "shelling" and e.killed == 2


def test_nobody_hurt_is_zero_casualties(result_of):
    (e,) = result_of("A drone attack on a fuel depot in the Bryansk region set off a fire; nobody was hurt, "
                     "the governor said.").events
    assert (e.killed, e.injured) == (0, 0)


def test_a_place_told_twice_takes_the_next_sentences_figures(result_of):
    (e,) = result_of("On 12 June 2024, Russian forces struck Kherson city (Kherson) with artillery. 2 civilians "
                     "were killed and 6 were injured.").events
    assert (e.killed, e.injured) == (2, 6)


def test_occupied_after_a_preposition_is_no_advance(result_of):
    events = result_of("An explosion rocked a military airfield near Saky in occupied Crimea on Tuesday.").events
    assert events and not [e for e in events if e.event_type == "ground advance"]


def test_long_ago_and_since_a_year_are_background(result_of):
    assert not result_of("A year ago, a Russian missile destroyed the Kramatorsk railway station; today "
                         "survivors gathered there to remember.").events
    assert not result_of("The Kerch bridge, attacked twice since 2022, was closed to traffic for several hours "
                         "on Saturday.").events


def test_what_a_relative_clause_says_things_have_done_is_no_strike(result_of):
    ev = by_place(result_of("The air base in Engels, home to the strategic bombers that have launched missiles at "
                            "Kyiv, was attacked by drones."))
    assert "Kyiv" not in ev and ev


def test_a_breakdown_of_the_dead_by_place(result_of):
    ev = by_place(result_of("Russian strikes killed three people in the Donetsk region on Monday: two in "
                            "Kostiantynivka and one in Toretsk, the governor said."))
    assert ev["Kostyantynivka"].killed == 2 and ev["Toretsk"].killed == 1


def test_its_driver_is_one_person(result_of):
    (e,) = result_of("A Russian drone hit a car in Bilopillia, injuring its driver.").events
    assert e.injured == 1


def test_the_aircraft_that_fire_missiles_are_not_the_weapon(result_of):
    (e,) = result_of("Russian bombers fired cruise missiles at Kyiv overnight; air defences downed most of them.").events
    assert e.weapon == "missile"


def test_one_weapon_downed_counts_one(result_of):
    (e,) = result_of("⚡️ Sevastopol: a drone was shot down over the harbour, it fell on a roof. Minor damage, "
                     "no casualties.").events
    assert e.event_type == "interception" and e.intercepted == 1 and (e.killed, e.injured) == (0, 0)


def test_a_bare_figure_shot_down_counts_the_weapons_before_it(result_of):
    (e,) = result_of("Odesa. Kalibr missiles from the Black Sea: 4 were shot down, fragments of one fell on a "
                     "beach. 2 killed, 9 injured.").events
    assert (e.intercepted, e.killed, e.injured) == (4, 2, 9)


def test_people_with_injuries_are_injured(result_of):
    (e,) = result_of("The AFU shelled Shebekino: two men have shrapnel injuries. Three houses damaged.").events
    assert e.injured == 2


def test_the_last_of_several_figures_over_regions(result_of):
    ev = by_place(result_of("Russian MoD: 60 Ukrainian UAVs destroyed over Russia overnight, including 30 over the "
                            "Kursk region, 12 over Bryansk and 9 over the Belgorod region."))
    assert ev["Belgorod Oblast"].intercepted == 9


def test_an_explosion_where_a_drone_was_downed_is_an_interception(result_of):
    (e,) = result_of("An explosion was heard in Lipetsk, and a drone was later reported downed over the city's "
                     "outskirts.").events
    assert e.event_type == "interception" and e.intercepted == 1


def test_a_street_named_after_a_town_is_no_place(result_of):
    (e,) = result_of("BELGOROD: a Ukrainian drone hit a car on Shchorsa street, the driver was injured — Gladkov").events
    assert e.place.entry.name == "Belgorod" and e.injured == 1


def test_double_exclamation_marks_come_off_the_name(result_of):
    (e,) = result_of("‼️Shahed hit a high-rise in KHARKIV‼️ 3 injured").events
    assert e.place.entry.name == "Kharkiv" and e.injured == 3


def test_an_attack_only_tried_is_an_interception(result_of):
    (e,) = result_of("The ministry said Ukrainian forces had tried to attack the Belgorod region with rockets and "
                     "that 12 rockets were shot down.").events
    assert e.event_type == "interception" and e.intercepted == 12
    (e,) = result_of("Russia's Defence Ministry said Ukraine had attacked the Crimean Bridge with two naval drones, "
                     "and that both were destroyed.").events
    assert e.event_type == "interception" and e.weapon == "drone"
    (e,) = result_of("The defence ministry said a drone attack on the Kremlin had been repelled, with two drones "
                     "disabled by electronic warfare.").events
    assert e.intercepted == 2


def test_a_wire_dateline_with_a_hyphen_is_no_target(result_of):
    (e,) = result_of("KYIV, March 7 (Reuters) - A Russian drone attack damaged energy infrastructure in the "
                     "southern Odesa region overnight, the regional governor said on Friday.").events
    assert e.place.entry.name == "Odesa Oblast"


def test_more_nouns_of_one_person(result_of):
    (e,) = result_of("A Russian strike on a hotel in Kramatorsk wounded a British journalist and killed his "
                     "security adviser.").events
    assert (e.killed, e.injured) == (1, 1)


def test_an_advance_needs_an_army_for_its_subject(result_of):
    (e,) = result_of("Explosions rock occupied Melitopol; partisans claim a hit on barracks").events
    assert e.event_type != "ground advance"
    (e,) = result_of("Ukrainian troops liberated the village of Staromaiorske, the general staff said.").events
    assert e.event_type == "ground advance"


def test_weapons_warded_off_or_on_their_way_strike_nothing(result_of):
    assert not result_of("Kyiv has asked its allies for more Patriot systems to protect cities such as Kharkiv "
                         "and Odesa from Russian missiles.").events
    assert not result_of("Drones heading for Kyiv were spotted over the Chernihiv region, the air force "
                         "warned.").events


def test_where_ministers_discussed_attacks_is_a_venue(result_of):
    assert not result_of("In Brussels, NATO ministers discussed the drone attacks on Ukrainian ports.").events


def test_an_emoji_before_a_heading_keeps_it_a_heading(result_of):
    (e,) = result_of("❗️Chernihiv. A missile hit the city centre near the theatre. 7 killed, 90 wounded. "
                     "— the mayor").events
    assert e.place.entry.name == "Chernihiv" and e.link_rule == "heading" and (e.killed, e.injured) == (7, 90)


def test_no_one_hurt_without_was_and_a_single_shell(result_of):
    (e,) = result_of("Kyiv, morning: debris of a downed Shahed damaged a kindergarten in the Obolonskyi district, "
                     "no one hurt.").events
    assert (e.killed, e.injured) == (0, 0)
    (e,) = result_of("Governor Gladkov: in Shebekino, a shell hit a private house, one woman wounded.").events
    assert e.event_type == "shelling" and e.injured == 1


# -- third round: tallies without nouns, launch lines, lists and traps ------------------------
def test_bare_downed_figures_make_the_summary(result_of):
    res = result_of("Overnight: 61 hostile attack drones. 52 shot down over the Poltava, Sumy and Kyiv regions, "
                    "9 lost locally.")
    (s,) = [e for e in res.events if e.role == "summary"]
    assert (s.launched, s.intercepted) == (61, 52)
    res = result_of("Russia sent 80 Shaheds overnight; air defence downed 70 over nine regions and 6 were lost "
                    "locally. A drone hit a warehouse in Bila Tserkva.")
    assert "Russia" not in by_place(res)  # the side that launched is no target
    (s,) = [e for e in res.events if e.role == "summary"]
    assert (s.launched, s.intercepted) == (80, 70)


def test_aircraft_over_a_region_is_where_missiles_came_from(result_of):
    ev = by_place(result_of("The enemy fired 40 missiles and 20 drones; 30 missiles and 18 drones were destroyed. "
                            "Launches: Kh-101 from Tu-95MS bombers over the Saratov region, Kinzhal from MiG-31K "
                            "over the Lipetsk region. Hits were recorded in the Rivne and Lviv regions."))
    assert "Saratov Oblast" not in ev and "Lipetsk Oblast" not in ev
    assert {"Rivne Oblast", "Lviv Oblast"} <= set(ev) and "Ukraine" in ev


def test_military_administration_prefix_is_the_source(result_of):
    ev = by_place(result_of("Kharkiv OVA: the occupiers dropped two KABs on the Zolochiv community. "
                            "Two houses burnt down. 1 injured."))
    assert "Kharkiv" not in ev and "Zolochiv" in ev and ev["Zolochiv"].injured == 1


def test_villages_named_apart_stay_apart_however_close(result_of):
    ev = by_place(result_of("On 4 March 2024, Russian forces shelled Stepnohirsk, Prymorske and Malokaterynivka "
                            "(Zaporizhzhia). No casualties were reported."))
    assert {"Stepnohirsk", "Prymorske", "Malokaterynivka"} <= set(ev)


def test_downings_over_a_region_beside_a_hit_on_its_capital(result_of):
    ev = by_place(result_of("Ukrainian drones hit a fuel depot in Bryansk overnight, the governor said, adding "
                            "that 9 drones had been downed over the Bryansk region."))
    assert ev["Bryansk"].event_type == "drone strike"
    assert ev["Bryansk Oblast"].event_type == "interception" and ev["Bryansk Oblast"].intercepted == 9


def test_a_district_named_after_a_city_only_locates_the_village(result_of):
    ev = by_place(result_of("Russian troops shelled the village of Kozacha Lopan in the Kharkiv district of "
                            "Kharkiv region on Sunday, wounding a man."))
    assert list(ev) == ["Kozacha Lopan"] and ev["Kozacha Lopan"].injured == 1


def test_alerts_denials_visits_and_history_carry_no_event(result_of):
    assert not result_of("Kursk: 'missile danger' regime cancelled, no damage reported").events
    assert not result_of("Overnight the city was quiet. Poltava was not targeted, the mayor said.").events
    assert not result_of("The drones that struck Engels last December were launched from the Sumy region, "
                         "officials said.").events
    assert not result_of("Prisoners were swapped at the border; most had been captured in Mariupol in 2022.",
                         published="2025-02-01").events
    assert not result_of("The defence ministry said its forces had repelled attacks near Chasiv Yar.").events
    ev = by_place(result_of("Zelensky in Berlin as Odesa counts damage from overnight missile strike"))
    assert list(ev) == ["Odesa"]


def test_aftermath_in_a_region_belongs_to_the_town_it_names(result_of):
    ev = by_place(result_of("Drones struck two Russian regions overnight: in the Kursk region debris wounded a man in "
                            "Lgov, and in the Belgorod region a drone hit a shop in Shebekino."))
    assert "Kursk Oblast" not in ev and "Shebekino" in ev
    (lgov,) = [e for e in ev.values() if e.place.entry.admin1 == "RU-KRS"]  # GeoNames spells it L'gov(skiy)
    assert lgov.place.entry.kind == "city" and lgov.injured == 1 and lgov.event_type == "interception"


def test_region_figures_after_dashes_and_colloquial_region_names(result_of):
    ev = by_place(result_of("Air defence results for 3 July: 27 Shaheds destroyed (Mykolaiv region – 11, "
                            "Kherson region – 16)."))
    assert (ev["Mykolaiv Oblast"].intercepted, ev["Kherson Oblast"].intercepted) == (11, 16)
    ev = by_place(result_of("The enemy launched 35 drones overnight. 28 were shot down: Sumy region - 15, "
                            "Chernihiv region - 13."))
    assert (ev["Sumy Oblast"].intercepted, ev["Chernihiv Oblast"].intercepted) == (15, 13)
    assert ev["Sumy Oblast"].weapon == "drone"
    ev = by_place(result_of("Overnight 30 Shaheds were shot down over Poltavshchyna, Sumshchyna and "
                            "Kharkivshchyna."))
    assert {"Poltava Oblast", "Sumy Oblast", "Kharkiv Oblast"} <= set(ev)


def test_a_post_that_tells_a_strike_makes_its_explosions_that_strike(result_of):
    (e,) = result_of("⚡️#Zaporizhzhia: explosions in the city!\nThe regional head reports a strike on an "
                     "industrial site, details later.").events
    assert e.event_type == "strike"
    (e,) = result_of("Explosions heard in occupied Melitopol overnight, residents say.").events
    assert e.event_type == "explosion"


def test_what_was_heading_for_a_place_is_what_hit_it(result_of):
    (e,) = result_of("Cruise missiles from the north towards Zhytomyr!\n05:40 — explosions in Zhytomyr, "
                     "a hit has been recorded.").events
    assert (e.place.entry.name, e.weapon, e.event_type) == ("Zhytomyr", "missile", "missile strike")


def test_interceptor_fragments_in_a_caption_tell_an_interception(result_of):
    (e,) = result_of("Ashkelon. Fragments of an interceptor in a schoolyard after a rocket barrage from Gaza.").events
    assert e.event_type == "interception"
    (e,) = result_of("Kherson. Fragments of a shell in a courtyard after the shelling of the city.").events
    assert e.event_type == "shelling"


def test_a_town_paired_with_its_region_is_not_replaced_by_the_sentence_region(result_of):
    ev = by_place(result_of("Moscow said air defences shot down three ATACMS over the Kursk region and that Kyiv "
                            "had also targeted a depot in Novoshakhtinsk, Rostov region."))
    assert "Novoshakhtinsk" in ev and ev["Kursk Oblast"].event_type == "interception"


def test_an_attempted_attack_that_was_thwarted_is_an_interception(result_of):
    ev = by_place(result_of("Moscow said an attempt by the Kyiv regime to carry out an attack with drones on the "
                            "Kaluga region had been thwarted."))
    assert ev["Kaluga Oblast"].event_type == "interception"


def test_the_peoples_republics_are_their_oblasts(result_of):
    (e,) = result_of("Ukrainian shelling of the Luhansk People's Republic killed three, the occupation "
                     "authorities said.").events
    assert e.place.entry.id == "adm1:UA-09" and e.killed == 3


def test_an_answered_strike_is_the_reason_not_a_new_target(result_of):
    ev = by_place(result_of("In response to the Kiev regime's drone attack on an oil depot in Bryansk on 2 May, Russian "
                            "forces today struck energy facilities in the Poltava and Kirovohrad regions with Kalibr "
                            "missiles.", published="2024-05-05"))
    assert "Bryansk" not in ev and "Kyiv" not in ev
    e = ev["Poltava Oblast"]
    assert e.weapon_system == "Kalibr" and e.date.iso() == "2024-05-05"


def test_mourning_a_dated_strike_a_conference_and_a_fire_group_waiting_are_no_strikes(result_of):
    assert not result_of("Sumy mourns victims of April missile strike", published="2024-06-01").events
    assert not result_of("A court in Odesa jailed a man who had spotted targets before the 2023 strikes on the port "
                         "of Izmail.", published="2025-01-10").events
    assert not result_of("A forum on shielding substations from drone strikes opened in Uzhhorod on Tuesday.").events
    assert not result_of("Kyiv. A mobile fire group with a machine gun on a roof, waiting for Shaheds.").events


def test_a_list_of_cities_and_a_region_keeps_each_city(result_of):
    ev = by_place(result_of("The enemy launched 50 drones and 5 missiles. Hits were recorded at 7 locations in Kyiv, "
                            "Odesa and the Sumy region."))
    assert ev["Kyiv"].place.entry.admin1 == "UA-30" and ev["Odesa"].place.entry.kind == "city"
    assert "Sumy Oblast" in ev


def test_a_downed_only_air_force_statement_has_its_summary_and_seas_carry_no_downing(result_of):
    res = result_of("As of 08:00, air defence shot down 22 Shahed-type UAVs: in the Odesa region – 12, in the "
                    "Mykolaiv region – 10.")
    (s,) = [e for e in res.events if e.role == "summary"]
    assert (s.launched, s.intercepted) == (None, 22)
    res = result_of("Air defence systems destroyed 11 Ukrainian UAVs overnight: 7 over the Kursk region and 4 over "
                    "the Sea of Azov.")
    assert {e.place.entry.name for e in res.events} == {"Kursk Oblast"}  # and no summary for a Russian claim


def test_a_colloquial_oblast_name_on_its_own_line_is_the_oblast(result_of):
    ev = by_place(result_of("The enemy launched 31 drones. Shot down by region:\n• Odeshchyna — 14\n"
                            "• Kharkivshchyna — 9"))
    assert ev["Kharkiv Oblast"].intercepted == 9 and ev["Odesa Oblast"].intercepted == 14


def test_a_region_whose_places_are_counted_keeps_its_toll(result_of):
    ev = by_place(result_of("Prokudin: in the past day the enemy shelled 31 settlements of the Kherson region, "
                            "including Beryslav. 1 person was killed and 6 injured.\nIn Beryslav a man was wounded "
                            "by a drone."))
    assert (ev["Kherson Oblast"].killed, ev["Kherson Oblast"].injured) == (1, 6)
    assert ev["Beryslav"].injured == 1 and ev["Beryslav"].killed is None


def test_residents_of_a_town_are_that_towns_toll(result_of):
    ev = by_place(result_of("Russian forces shelled two villages overnight: a shell killed three residents of "
                            "Bilopillia, and a drone wounded a man in Vorozhba."))
    assert (ev["Bilopillia"].killed, ev["Vorozhba"].injured) == (3, 1)


def test_a_background_clause_leaves_the_main_clause_its_strike(result_of):
    ev = by_place(result_of("As relatives gathered in Zaporizhzhia for the funeral of the victims, a new missile "
                            "attack hit Nikopol."))
    assert list(ev) == ["Nikopol"]
    assert not result_of("Donors in Paris pledged generators for Kherson, which has been shelled almost daily "
                         "since June.").events


def test_figures_of_tallies_and_posts_in_their_other_forms(result_of):
    ev = by_place(result_of("Air defence systems destroyed 90 Ukrainian drones overnight. They were downed over the "
                            "Kursk region (52), the Belgorod region (30) and the Tula region (8)."))
    assert [ev[k].intercepted for k in ("Kursk Oblast", "Belgorod Oblast", "Tula Oblast")] == [52, 30, 8]
    (e,) = result_of("Zaporizhzhia: missile strike on an industrial site, 2 killed, 30+ injured").events
    assert (e.killed, e.injured) == (2, 30)
    (e,) = result_of("🔴 Odesa: ballistics!\n04:10 — explosions in the city\n04:15 Kiper: debris of a downed "
                     "missile fell near the port.\nUPD 06:00: 2 injured").events
    assert (e.event_type, e.weapon, e.injured) == ("interception", "missile", 2)
    ev = by_place(result_of("Russian drones killed two people in Kherson and wounded three in Bilozerka, the governor "
                            "said."))
    assert (ev["Kherson"].killed, ev["Bilozerka"].killed, ev["Bilozerka"].injured) == (2, None, 3)


def test_hits_of_weapons_are_neither_launched_nor_downed():
    from geostrike.attributes import tally
    t = tally(["Overnight the enemy launched 120 drones and 6 missiles.", "100 drones and 2 missiles were shot "
               "down. Hits of 4 missiles and 12 drones were recorded at 9 locations."])
    assert (t.launched, t.intercepted) == (126, 102)


def test_a_named_system_tells_the_side_when_the_text_names_none(result_of):
    (e,) = result_of("A depot in Skadovsk was destroyed in a strike that the occupation administration blamed on "
                     "Storm Shadow missiles.").events
    assert e.attacker == "UA"


def test_each_region_takes_the_class_of_its_own_downed_figure(result_of):
    ev = by_place(result_of("The enemy launched 9 Kalibr missiles and 30 Shaheds. Air defence shot down 8 missiles "
                            "over the Lviv region and 25 drones over the Volyn region."))
    assert (ev["Lviv Oblast"].weapon, ev["Lviv Oblast"].intercepted) == ("missile", 8)
    assert (ev["Volyn Oblast"].weapon, ev["Volyn Oblast"].intercepted) == ("drone", 25)


def test_a_channel_name_before_a_colon_is_no_target(result_of):
    ev = by_place(result_of("Baza: Ukrainian drones attacked an oil depot in Tikhoretsk overnight."))
    assert "Baza" not in ev and "Tikhoretsk" in ev
    ev = by_place(result_of("Beirut: Israeli strike on the southern suburbs, a building collapsed."))
    assert "Beirut" in ev


def test_drones_destroyed_on_the_approaches_are_an_interception(result_of):
    (e,) = result_of("Loud bangs in Sevastopol, air defence is working.\nRazvozhayev: 4 UAVs destroyed on the "
                     "approaches to Sevastopol, no damage.").events
    assert (e.event_type, e.intercepted) == ("interception", 4)


def test_debris_that_damages_makes_the_place_an_interception(result_of):
    ev = by_place(result_of("Russian drones attacked Sumy overnight: in Sumy falling debris damaged a school, and in "
                            "Konotop a fire broke out."))
    assert (ev["Sumy"].event_type, ev["Sumy"].weapon) == ("interception", "drone")
    assert ev["Konotop"].event_type != "interception"


def test_an_attack_that_ended_in_downings_is_an_interception(result_of):
    # "attacked" says what was tried; the downings over the same town say how it ended.
    ev = by_place(result_of("Russian drones attacked Sumy overnight. Air defence shot down 11 drones over Sumy, "
                            "the city administration said."))
    assert (ev["Sumy"].event_type, ev["Sumy"].intercepted) == ("interception", 11)
    # A hit stays a hit.
    ev = by_place(result_of("Russian drones attacked Sumy overnight. Air defence shot down 11 drones over Sumy, "
                            "one drone hit a school in Sumy."))
    assert ev["Sumy"].event_type == "drone strike" and ev["Sumy"].intercepted == 11


def test_a_list_of_hits_keeps_every_town_and_region(result_of):
    ev = by_place(result_of("Hits were recorded in Kyiv, Kharkiv, the Odesa region, the city of Zhytomyr, Vinnytsia and "
                            "the Lviv region, where 6 people were killed."))
    assert set(ev) == {"Kyiv", "Kharkiv", "Odesa Oblast", "Zhytomyr", "Vinnytsya", "Lviv Oblast"}
    assert ev["Lviv Oblast"].killed == 6 and ev["Kyiv"].killed is None


def test_weapons_a_site_keeps_are_neither_downed_nor_the_weapon_used(result_of):
    ev = by_place(result_of("The ministry said a strike by Iskander missiles destroyed a warehouse of attack drones in "
                            "Zaporizhzhia and a depot of HIMARS rockets near Kramatorsk."))
    assert ev["Zaporizhzhya"].event_type == "missile strike" and ev["Zaporizhzhya"].weapon == "missile"
    assert all(e.event_type != "interception" for e in ev.values())


def test_a_claims_list_of_figures_over_regions_gives_each_region_its_figure(result_of):
    ev = by_place(result_of("During the night, air defence on duty intercepted and destroyed 88 Ukrainian unmanned "
                            "aerial vehicles of the aircraft type: 30 over the Kursk region, 21 over the Voronezh "
                            "region, 16 over the Belgorod region, 11 over the Bryansk region and 10 over the waters "
                            "of the Sea of Azov."))
    assert {k: (e.event_type, e.intercepted) for k, e in ev.items()} == {
        "Kursk Oblast": ("interception", 30), "Voronezh Oblast": ("interception", 21),
        "Belgorod Oblast": ("interception", 16), "Bryansk Oblast": ("interception", 11)}


def test_unmanned_aerial_vehicles_destroyed_over_a_sea_make_no_event(result_of):
    ev = by_place(result_of("Overnight, duty air defence systems intercepted and destroyed 96 Ukrainian unmanned aerial "
                            "vehicles of the aeroplane type: 31 over the Kursk region, 24 over the Voronezh region and "
                            "12 over the waters of the Black Sea."))
    assert set(ev) == {"Kursk Oblast", "Voronezh Oblast"}


def test_downings_recorded_over_regions_with_their_figures(result_of):
    ev = by_place(result_of("By region, downings were recorded over Sumy (7), Chernihiv (5) and Zhytomyr (4) "
                            "regions, the rest over the Kyiv region."))
    assert {k: (e.event_type, e.intercepted) for k, e in ev.items()} == {
        "Sumy Oblast": ("interception", 7), "Chernihiv Oblast": ("interception", 5),
        "Zhytomyr Oblast": ("interception", 4), "Kyiv Oblast": ("interception", None)}


def test_air_defence_working_over_regions_is_downings_there(result_of):
    ev = by_place(result_of("Air defence worked over the Odesa, Mykolaiv and Kherson regions overnight."))
    assert {k: e.event_type for k, e in ev.items()} == {
        "Odesa Oblast": "interception", "Mykolaiv Oblast": "interception", "Kherson Oblast": "interception"}


def test_a_launch_region_of_another_country_never_stands_in_for_the_target(result_of):
    (e,) = result_of("A Kh-59 missile fired from a Su-34 over the Kursk region struck an airfield near "
                     "Starokostiantyniv, the air force said.").events
    assert e.place.entry.country == "UA" and e.place.entry.admin1 == "UA-68"


@pytest.mark.parametrize("text", [
    "Two volunteers killed in last week's strike on Sumy were buried on Friday in Romny, their home town.",
    "A year on, Chernihiv remembers the missile strike on its drama theatre.",
    "Residents of Uman marked two years since the strike on their apartment block.",
    "On the anniversary of the strike on Vinnytsia, its residents laid flowers.",
])
def test_strikes_of_a_week_or_years_ago_are_background(result_of, text):
    assert result_of(text).events == []


def test_a_strike_that_is_only_supposed_is_no_event(result_of):
    assert result_of("Allies discussed long-range missiles that could reach Crimea from the Zaporizhzhia region.").events == []
    (e,) = result_of("Explosions could be heard in Poltava overnight.").events
    assert e.place.entry.name == "Poltava"


def test_a_clock_a_front_sector_or_a_weapon_named_after_a_place_is_no_target(result_of):
    ev = by_place(result_of("Four Ukrainian drones were destroyed over the Kursk region at 21:10 Moscow time."))
    assert set(ev) == {"Kursk Oblast"}
    ev = by_place(result_of("In the Kherson direction the enemy shelled Antonivka, wounding one man."))
    assert "Kherson" not in ev and len(ev) == 1
    ev = by_place(result_of("Ukrainian forces fired Vilkha rockets at Belgorod, the governor said."))
    assert set(ev) == {"Belgorod"}


def test_a_hit_recorded_after_a_tally_of_regions_makes_that_region_a_strike(result_of):
    ev = by_place(result_of("Overnight the adversary used 64 Shahed-type attack UAVs and imitator drones. As of 09:00, "
                            "47 have been shot down, by region:\nKyiv region – 12\nChernihiv region – 7\nSumy region – 10"
                            "\nPoltava region – 9\nCherkasy region – 5\nVinnytsia region – 4\n17 imitators were lost "
                            "locally with no consequences. A hit was recorded in the Poltava region."))
    assert (ev["Poltava Oblast"].event_type, ev["Poltava Oblast"].intercepted) == ("strike", 9)
    assert ev["Sumy Oblast"].event_type == "interception"


def test_a_missile_fragment_is_debris(result_of):
    ev = by_place(result_of("Two Kalibr cruise missiles were shot down over the Rivne region. A missile fragment fell "
                            "near Dubno, without casualties."))
    assert ev["Dubno"].event_type == "interception" and ev["Dubno"].killed == 0


def test_the_weapon_that_is_the_subject_of_the_hit_is_the_weapon(result_of):
    ev = by_place(result_of("A Russian missile hit the centre of Sumy, while in the Dnipropetrovsk region a drone hit "
                            "a farm near Synelnykove and artillery damaged homes in Nikopol."))
    assert ev["Synelnykove"].weapon == "drone"


def test_words_about_a_weapon_that_are_no_weapon_used(result_of):
    (e,) = result_of("A Russian Iskander-M strike destroyed a radar near Kramatorsk, the ministry said, publishing "
                     "drone footage.").events
    assert (e.event_type, e.weapon) == ("missile strike", "missile")
    (e,) = result_of("A glide-bomb attack on Kupiansk injured four people on Sunday.").events
    assert e.weapon == "glide bomb"


def test_a_drone_that_dropped_explosives_struck(result_of):
    ev = by_place(result_of("In Sudzha, in the Kursk region, a Ukrainian drone dropped explosives on a power line, while "
                            "in the Bryansk region the town of Sevsk came under artillery fire that wounded two "
                            "civilians."))
    assert (ev["Sudzha"].event_type, ev["Sudzha"].weapon) == ("drone strike", "drone")
    assert ev["Sevsk"].injured == 2 and "Bryansk Oblast" not in ev


def test_a_name_and_a_colon_inside_running_text_heads_its_sentence(result_of):
    ev = by_place(result_of("Strikes on Thursday, per local officials. Dobropillia: two missiles hit the town centre, "
                            "one person killed. Bilozerske: a glide bomb damaged a school. Siversk: Uragan rockets, "
                            "four wounded."))
    assert {"Dobropillia", "Bilozerske", "Siversk"} <= set(ev)
    assert ev["Siversk"].injured == 4 and ev["Bilozerske"].injured is None


def test_the_second_name_of_a_heading_is_recognised_and_is_the_target(result_of):
    (e,) = result_of("Kyiv, Borodyanka. Widespread damage to a residential area after shelling.").events
    assert e.place.entry.name == "Borodianka" and e.place.entry.admin1 == "UA-32"


def test_a_strike_by_several_arms_has_no_one_weapon(result_of):
    (e,) = result_of("Operational-tactical aviation, attack UAVs and missile troops delivered a group strike on "
                     "aircraft parking areas at the Kulbakino airfield.").events
    assert (e.event_type, e.weapon) == ("strike", None)
    (e,) = result_of("Missiles and drones hit Kyiv overnight.").events
    assert e.weapon == "missile"  # two classes: the first named


def test_two_tolls_before_one_town_are_both_its_own(result_of):
    (e,) = result_of("Ukrainian rocket fire killed a woman and wounded five in the border town of Valuyki, the "
                     "regional governor said.").events
    assert (e.place.entry.name, e.killed, e.injured) == ("Valuyki", 1, 5)
    (e,) = result_of("Twenty-three people were wounded in Sumy after a missile strike on Monday.").events
    assert e.injured == 23
