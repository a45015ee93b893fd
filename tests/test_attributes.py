"""Counts, casualties, weapon systems, targets and claimants, on the project's own sentences."""

from __future__ import annotations

import pytest

from geostrike.attributes import counts_in, tally, target_type, weapon_systems


@pytest.fixture(scope="module")
def nlp(gs):
    return gs.nlp


def counts(nlp, text: str) -> dict[str, object]:
    return counts_in(nlp(text)[:]).as_dict()


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Russia fired 40 drones and 6 missiles at Odesa overnight.", {"launched": 46}),
    ("Air defences shot down 35 of the 40 drones.", {"intercepted": 35, "launched": 40}),
    ("Officials said two of the four missiles were intercepted, while five of the six drones were destroyed.",
     {"intercepted": 7, "launched": 10}),
    ("The strike killed four civilians and wounded 17 others.", {"killed": 4, "injured": 17}),
    ("A drone hit a fuel depot, killing two workers and injuring another three.", {"killed": 2, "injured": 3}),
    ("The army said it destroyed 9 drones – four Shaheds and five Lancets – over the city.", {"intercepted": 9}),
])
def test_exact_counts(nlp, text, expected):
    got = counts(nlp, text)
    for k, v in expected.items():
        assert got[k] == v, (k, got)
    assert got["counts_approximate"] is None


@pytest.mark.slow
@pytest.mark.parametrize("text,field,value", [
    ("Shelling killed more than two dozen people in the town.", "killed", 25),
    ("The barrage injured dozens of residents.", "injured", 24),
    ("At least 14 people were killed when missiles hit the station.", "killed", 14),
    ("Russia launched around 70 drones at Kharkiv.", "launched", 70),
])
def test_vague_amounts_are_flagged_lower_bounds(nlp, text, field, value):
    got = counts(nlp, text)
    assert got[field] == value and field in got["counts_approximate"]


@pytest.mark.slow
def test_totals_over_a_period_are_not_one_strike(nlp):
    assert counts(nlp, "Russia has launched more than 500 drones at Kyiv since the start of the month.")["launched"] is None


@pytest.mark.slow
def test_years_and_distances_are_not_counts(nlp):
    got = counts(nlp, "In 2023 the town, 30 km from the border, was struck by 3 missiles.")
    assert got["launched"] == 3 and got["killed"] is None


@pytest.mark.parametrize("text,system,cls", [
    ("Shahed-136 drones hit the port.", "Shahed/Geran", "drone"),
    ("Geran-2 drones hit the port.", "Shahed/Geran", "drone"),
    ("The Kh-101 cruise missiles were fired from bombers.", "Kh-101", "missile"),
    ("Storm Shadow missiles hit the headquarters.", "Storm Shadow/SCALP", "missile"),
    ("HIMARS rockets struck the depot.", "HIMARS", "artillery"),
    ("A Bayraktar TB2 struck the convoy.", "Bayraktar TB2", "drone"),
    ("KAB glide bombs hit the town.", "KAB/FAB glide bomb", "glide bomb"),
    ("The hotel was hit in a s300 strike.", "S-300", "missile"),
])
def test_weapon_systems(text, system, cls):
    assert weapon_systems(text)[0] == (system, cls)


@pytest.mark.parametrize("text,expected", [
    ("Drones hit an oil depot near the town.", "oil facility"),
    ("Missiles struck a substation, cutting power.", "energy"),
    ("A glide bomb hit an apartment block.", "residential"),
    ("The strike destroyed a radar and an air defence battery.", "military"),
])
def test_target_type_from_words(text, expected):
    assert target_type(text, "PPL", "city", "Town") == expected


def test_target_type_from_the_gazetteer_site():
    assert target_type("Drones attacked it.", "REFINERY", "site", "Ryazan oil refinery") == "oil facility"
    assert target_type("Drones attacked it.", "AIRF", "airfield", "Engels Airbase") == "air base"


@pytest.mark.slow
def test_claimant_is_kept_apart_from_attacker(events_of):
    ev = events_of("Russia's defence ministry said Ukrainian drones attacked the Belgorod region overnight.")
    e = ev["Belgorod Oblast"]
    assert e.attacker == "UA" and e.claimant_side == "RU" and "defence ministry" in e.claimant


@pytest.mark.slow
def test_according_to(events_of):
    e = events_of("Russian missiles struck Dnipro, according to Ukrainian officials.")["Dnipro"]
    assert e.attacker == "RU" and e.claimant == "Ukrainian officials" and e.claimant_side == "UA"


@pytest.mark.slow
def test_negated_claim_is_no_claim(events_of):
    e = events_of("Ukraine never claimed the drone strikes on the Engels air base.")
    assert all(ev.claimant is None for ev in e.values())


@pytest.mark.slow
def test_counts_from_the_following_sentence_of_the_same_paragraph(events_of):
    ev = events_of("Ukrainian drones attacked the Morozovsk air base overnight. "
                   "The defence ministry said 12 of the 15 drones were shot down and two soldiers were wounded.\n\n"
                   "Elsewhere, a separate attack killed 40 people, officials said.")
    e = next(iter(ev.values()))
    assert (e.launched, e.intercepted, e.injured, e.killed) == (15, 12, 2, None)


@pytest.mark.slow
def test_summary_reads_well(events_of):
    e = events_of("Russian Shahed drones struck an oil depot in Odesa, injuring three people.")["Odesa"]
    assert e.summary == "Russian drone strike (Shahed/Geran) at Odesa [oil facility]; 3 injured"


@pytest.mark.parametrize("text, killed, injured", [
    ("A woman, 62, was wounded.", None, 1),            # Telegram posts give the age after a comma
    ("A man, aged 45, was killed.", 1, None),
    ("A man (45) was injured.", None, 1),
    ("A 62-year-old woman was wounded.", None, 1),
])
def test_one_person_with_an_age(text, killed, injured):
    from geostrike.attributes import casualties

    c = casualties(text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Glide bombs hit the town, destroying a school and killing a teacher.", 1, None),
    ("The shell landed in a yard, wounding an elderly woman.", None, 1),
    ("The strike hit a checkpoint, killing a soldier and wounding two others.", 1, 2),
])
def test_one_person_after_the_verb(text, killed, injured):
    from geostrike.attributes import casualties

    c = casualties(text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("'Nothing left': drone kills family of four near the city", 4, None),
    ("An air strike on the house killed a family of six, medics said.", 6, None),
    ("Artillery shelling east of the town, 4 martyrs, including a child.", 4, None),
    ("Drone hits a car near the village, driver killed", 1, None),
    ("A hit on an energy object, no one injured.", None, 0),
    ("In the village an 18-year-old was wounded by an FPV drone.", None, 1),
    ("A woman and a child were killed in the strike.", 2, None),
    ("One woman and child reported as killed after the strike.", 2, None),
    ("Homes damaged after the strike causing 1 death and injuring 6 people.", 1, 6),
    ("Later another person died in the village.", 1, None),
    ("A Shahed hit a private house, the owner was wounded.", None, 1),
    ("A KAB hit a private house, killing an elderly couple.", 2, None),
    ("A drone struck a minibus; its driver later died in hospital.", 1, None),
])
def test_people_counted_as_reports_name_them(text, killed, injured):
    from geostrike.attributes import casualties

    c = casualties(text)
    assert (c.killed, c.injured) == (killed, injured)


# One spelling per alternative of every system pattern, in varied case: the cheap word test
# that skips the patterns must let each of them through.
_SPELLINGS = {
    "Shahed/Geran": ["SHAHEDS", "Shahed-131", "geran-2", "Gerans"], "Lancet": ["Lancets"],
    "ZALA KUB": ["Zala", "KUB-BLA", "kyb-uav"], "Bayraktar TB2": ["Bayraktars", "TB2s"], "Lyutyi": ["Lyutyi"],
    "Orlan-10": ["Orlan-10"], "Kalibr": ["Kalibrs"], "Kh-101": ["KH-101s"], "Kh-22": ["Kh-22"],
    "Kh-59": ["Kh-59s"], "Kh-555": ["Kh-555"], "Iskander": ["Iskander-M", "iskanders"], "Kinzhal": ["Kinzhals"],
    "Zircon": ["Zircons", "Tsirkon"], "Oniks": ["Oniks", "Onyx", "P-800"], "S-300": ["S-300s"],
    "Oreshnik": ["Oreshnik"], "ATACMS": ["ATACMS", "Army Tactical Missile Systems"],
    "Storm Shadow/SCALP": ["Storm Shadows", "SCALP-EG"], "Tochka-U": ["Tochka-U"], "Neptune": ["Neptunes"],
    "HIMARS": ["Himars"], "Grad": ["Grad rocket", "BM-21"], "Uragan": ["Uragans"],
    "Smerch/Tornado-S": ["Smerch", "Tornado-S"], "KAB/FAB glide bomb": ["FAB-500", "KABs", "UMPK"],
}


def test_every_system_spelling_passes_the_word_test():
    from geostrike.attributes import SYSTEM_TABLE

    assert set(_SPELLINGS) == {name for _, name, _, _ in SYSTEM_TABLE}
    for name, spellings in _SPELLINGS.items():
        for spelling in spellings:
            assert [n for n, _ in weapon_systems(f"Overnight {spelling} struck the area.")] == [name], spelling


# One sentence for each background pattern, written here.
_BACKGROUND_SENTENCES = [
    "Such drones have been used widely in attacks on the capital.",
    "Last summer's strike on the port is still under investigation.",
    "Residents marked the anniversary of the attack on the theatre.",
    "The town commemorated the dead of the bombing.",
    "A memorial service was held in the square.",
    "The funeral of the driver took place on Sunday.",
    "The bridge has been struck more than ten times since the spring.",
    "The dam, attacked twice since 2022, was closed on Sunday.",
    "Two weeks after the strike on the depot, the trains run again.",
    "The refinery was first targeted in March.",
    "Crowds mourned the victims in the central square.",
    "Months after the shelling, the school is still closed.",
    "The port reopened after months of strikes.",
    "A memorial now stands by the road.",
    "The victims of the missile attack were named.",
    "People have grown used to the sirens.",
    "This year the city has counted 40 strikes.",
    "So far the region has lost 12 substations.",
    "To date, 30 schools have been damaged.",
    "Since the start of the war the town has been shelled daily.",
]


def test_every_background_pattern_has_a_hint_word():
    from geostrike.rules import BACKGROUND_HINTS, BACKGROUND_PATTERNS

    matched = set()
    for sentence in _BACKGROUND_SENTENCES:
        hits = [i for i, p in enumerate(BACKGROUND_PATTERNS) if p.search(sentence)]
        assert hits, sentence
        matched.update(hits)
        assert any(h in sentence.lower() for h in BACKGROUND_HINTS), sentence
    assert matched == set(range(len(BACKGROUND_PATTERNS)))


def test_tally_counts_all_the_missiles_of_a_class():
    t = tally(["Overnight the enemy used 52 drones and 4 Kalibr missiles.", "44 drones and all the missiles were "
               "destroyed."])
    assert (t.launched, t.intercepted) == (56, 48)
    t = tally(["Overnight: 33 hostile drones. 29 shot down over the Odesa region, 3 lost locally."])
    assert (t.launched, t.intercepted) == (33, 29)


@pytest.mark.slow
def test_weapons_that_destroy_something_are_not_weapons_destroyed(nlp):
    c = counts_in(nlp("Two Russian missiles destroyed a warehouse in Lviv.")[:])
    assert (c.launched, c.intercepted) == (2, None)
    c = counts_in(nlp("A Russian Iskander-M missile destroyed a radar near Kramatorsk.")[:])
    assert c.intercepted is None
    assert counts_in(nlp("Air defence destroyed 12 drones over the Kyiv region.")[:]).intercepted == 12


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # tolls that rise, written without "death"
    ("The toll from Tuesday's missile strike on a hospital in Sloviansk rose to 12, officials said.", 12, None),
    ("The number of people injured in the glide-bomb attack on Kupiansk has risen to 23.", None, 23),
    ("The number of dead in the strike on Izium climbed to nine.", 9, None),
    # coded notes and tallies
    ("On 2 June 2024, Russian forces shelled Marhanets (Dnipropetrovsk). Fatalities: 2.", 2, None),
    ("Kherson region, last day. Killed: 1, injured: 7.", 1, 7),
    ("Fatalities: 0. Property destruction: a barn and two cars.", 0, None),
    # bodies recovered
    ("Rescuers have recovered 6 bodies from the rubble of the block in Dnipro.", 6, None),
])
def test_casualties_from_tolls_fields_and_bodies(text, killed, injured):
    from geostrike.attributes import casualties

    c = casualties(text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize(("lines", "launched", "intercepted"), [
    # the downed figure of each class out of the launched one
    (["The air force said it had shot down 20 of 31 missiles and 52 of 60 drones."], 91, 72),
    # a downed clause after the launch clause, with words between
    (["Russia fired 80 missiles and 40 drones overnight, officials said, and 61 missiles and 35 drones were downed."],
     120, 96),
    (["Russia fired 50 missiles and 20 drones at Ukraine, the air force said, and 41 missiles and all the drones "
      "were destroyed."], 70, 61),
    # "of which" + a downing verb is the downed part, without one a breakdown
    (["The enemy launched 90 missiles and 70 drones, of which 75 missiles and 66 drones were destroyed."], 160, 141),
    (["The enemy launched 18 missiles, of which 6 Kinzhals, and 40 Shaheds. 30 were shot down."], 58, 30),
    (["Overnight 64 Shahed-type drones launched from Kursk, of which 51 were shot down."], 64, 51),
    # a statement's fields
    (["Total launched: 75 (Shahed and decoys).", "Neutralised 60: 41 shot down, 19 suppressed by EW."], 75, 60),
    (["Night of 3 May:", "— means of air attack: 210 (190 drones, 20 missiles)", "— neutralised: 170",
      "— of them EW-suppressed: 80"], 210, 170),
    (["The enemy attacked with 95 attack drones. Shot down – 58; lost locally – 30."], 95, 58),
])
def test_tally_reads_the_forms_statements_take(lines, launched, intercepted):
    t = tally(lines)
    assert (t.launched, t.intercepted) == (launched, intercepted)


@pytest.mark.parametrize(("lines", "launched", "intercepted"), [
    # a clock's colon is no list's colon
    (["At about 05:30 the occupiers launched 58 missiles: 54 cruise missiles and 4 Kh-59 guided missiles.",
      "41 were destroyed."], 58, 41),
    # a class's breakdown after a colon, and another class after it
    (["The enemy struck with 40 missiles: 20 Kh-101, 12 Kalibr and 8 Iskander-M, plus 15 Shahed drones.",
      "Air defence destroyed 30 missiles and 12 drones."], 55, 42),
    # a later sentence that lists what an earlier one counted
    (["The occupiers struck with 30 missiles and 50 attack drones.",
      "Launched: 20 Kh-101 cruise missiles from Tu-95MS aircraft, 6 Kalibr and 4 Kinzhal.",
      "Air defence shot down 22 missiles and 41 drones."], 80, 63),
])
def test_tally_does_not_count_a_breakdown_twice(lines, launched, intercepted):
    t = tally(lines)
    assert (t.launched, t.intercepted) == (launched, intercepted)


def test_a_headline_verb_counts_its_casualties():
    from geostrike.attributes import casualty_figures
    assert [(f, v) for _, _, f, v, _ in casualty_figures("Kramatorsk: Iskander strike on pizzeria kills 9, rescuers say")] \
        == [("killed", 9)]
    assert [(f, v) for _, _, f, v, _ in casualty_figures("Drone attack injures 5 in Kharkiv")] == [("injured", 5)]
    assert casualty_figures("Frost kills crops in the south") == []
