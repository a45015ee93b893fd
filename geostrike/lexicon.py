"""Word lists the recognition, resolution and event stages share.

Kept in one place so that reviewers can read and extend them; every list is matched
on lower-cased token text or spaCy lemmas.
"""

from __future__ import annotations

#: Nationality words and actor names → ISO 3166 alpha-2 of the side they stand for.
#: Capitals and seats of government count as their state when they act
#: ("Kyiv responded", "Moscow has vowed").
ACTORS: dict[str, str] = {
    "ukraine": "UA", "ukrainian": "UA", "ukrainians": "UA", "ukranian": "UA", "kyiv": "UA", "kiev": "UA", "zelensky": "UA",
    "zelenskyy": "UA", "russia": "RU", "russian": "RU", "russians": "RU", "moscow": "RU", "kremlin": "RU",
    "putin": "RU", "belarus": "BY", "belarusian": "BY", "minsk": "BY", "israel": "IL", "israeli": "IL",
    "idf": "IL", "iran": "IR", "iranian": "IR", "tehran": "IR", "hezbollah": "LB", "hamas": "PS",
    "houthi": "YE", "houthis": "YE", "syria": "SY", "syrian": "SY", "usa": "US", "american": "US",
    "pentagon": "US", "britain": "GB", "british": "GB", "turkey": "TR", "turkish": "TR",
    "north korea": "KP", "north korean": "KP", "afu": "UA", "zsu": "UA",
}

#: The sides of the conflicts geostrike follows. When a sentence does not say who
#: struck, a strike on one side's territory is attributed to the other side. Only
#: two-sided conflicts belong here.
DYADS: dict[str, str] = {"UA": "RU", "RU": "UA"}
#: Capitals that are admin-1 units of their own ("Kyiv City Military Administration"): a
#: strike on "the capital" in a text that names one is on that city.
CAPITAL_UNITS = frozenset({"UA-30", "RU-MOW"})
#: The country of an official tally that names neither a place nor a side nor a weapon
#: system ("the enemy attacked with 40 drones; 31 were shot down"): the air-force
#: statements such tallies come from are Ukraine's.
TALLY_COUNTRY = "UA"
#: Territories struck, in the news of these wars, by one side only: a strike on Gaza or
#: Lebanon that names no side is Israel's. (Not a dyad: Israel is struck from several.)
STRUCK_BY: dict[str, str] = {"PS": "IL", "LB": "IL"}
#: Where weapons are launched from → the side that launches them there ("a drone launched
#: from Yemen", "rocket fire from Lebanon", "rockets fired from the enclave").
LAUNCH_ORIGINS: dict[str, str] = {"yemen": "YE", "lebanon": "LB", "gaza": "PS", "enclave": "PS", "strip": "PS",
                                  "iran": "IR", "iraq": "IQ"}
#: Air-defence systems, whose names some villages share ("shot down by Pantsir and S-400
#: systems"): in a strike report such a word is the system, not the place.
AIR_DEFENCE_SYSTEMS = frozenset({"pantsir", "pantsir-s1", "s-400", "s-300", "s-500", "buk", "buk-m1", "buk-m2",
                                 "tor", "tor-m2", "patriot", "nasams", "iris-t", "gepard", "samp/t", "osa",
                                 "strela", "igla", "stinger", "avenger", "crotale"})
#: Words right before a place that say who holds it ("occupied Starobilsk"): Russia.
OCCUPIED_WORDS = frozenset({"occupied", "russian-occupied", "russian-held", "russia-occupied", "russia-held"})
#: Words that may stand between a preposition and the place it locates ("in temporarily
#: occupied Oleshky", "near liberated Izium", "in front-line Orikhiv").
HOLDER_WORDS = OCCUPIED_WORDS | {"temporarily", "liberated", "ukrainian-held", "ukraine-held", "front-line",
                                 "frontline", "besieged", "embattled", "devastated", "annexed"}

#: Admin-1 units held by one side of a dyad although ISO 3166 places them in the other's
#: country (occupied since 2014). A strike there, when the text does not say who struck,
#: is attributed to the side that does not hold it.
CONTROLLED_BY: dict[str, str] = {"UA-43": "RU", "UA-40": "RU"}

#: The theatre of war of each dyad: where an ambiguous name in a text that reports strikes
#: is read first ("glide bombs hit Pokrovsk" is Pokrovsk in Donetsk Oblast, not the town in
#: Yakutia nor Engels, once called Pokrovsk). Whole countries, and admin-1 units of the other
#: side that the war reaches most (Russia's border oblasts and Krasnodar Krai).
THEATRE_COUNTRIES: frozenset[str] = frozenset({"UA"})
THEATRE_ADMIN1: frozenset[str] = frozenset({"RU-BEL", "RU-BRY", "RU-KRS", "RU-VOR", "RU-ROS", "RU-KDA", "RU-ORL"})
#: The side that fires a named system (canonical names of geostrike.attributes.SYSTEM_TABLE),
#: for strikes whose text names no side: "a strike that the administration blamed on HIMARS
#: rockets" is Ukraine's even in a town the gazetteer does not know to be occupied. Systems
#: both sides fire (Grad, Uragan, Tochka-U, S-300 as air defence) are left out.
SYSTEM_SIDE: dict[str, str] = {
    "HIMARS": "UA", "ATACMS": "UA", "Storm Shadow/SCALP": "UA", "Neptune": "UA", "Lyutyi": "UA", "Bayraktar TB2": "UA",
    "Shahed/Geran": "RU", "Lancet": "RU", "ZALA KUB": "RU", "Orlan-10": "RU", "Kalibr": "RU", "Kh-101": "RU",
    "Kh-22": "RU", "Kh-59": "RU", "Kh-555": "RU", "Iskander": "RU", "Kinzhal": "RU", "Zircon": "RU", "Oniks": "RU",
    "Oreshnik": "RU", "KAB/FAB glide bomb": "RU",
}

#: Score bonus of a candidate inside the theatre, in a text that reports strikes.
THEATRE_BONUS = 2.0
#: The oblasts the front line has run through since 2022, and the Russian border oblasts
#: shelled across it: between namesake towns of the theatre in a war report, a small lead for
#: the one there ("Zolochiv" hit by an airstrike is the town in Kharkiv Oblast, not Lviv's).
FRONT_ADMIN1: frozenset[str] = frozenset({"UA-14", "UA-09", "UA-23", "UA-65", "UA-63", "RU-BEL", "RU-KRS", "RU-BRY"})
#: Its score bonus: a tie-breaker, below a region named in the text or an "X, Y" pair (at 1.5
#: it overrode them and cost 5 CIR items; at 0.75 it gains one Bellingcat item, loses none).
FRONT_BONUS = 0.75
#: Words of ground fighting ("ATGMs attack Ukrainian positions in Pisky", "a Russian convoy
#: destroyed near X"): a village that such a text names is far likelier one of the front
#: than a bigger namesake in the rear. Matched as whole words, case-folded.
GROUND_FIGHTING_WORDS: frozenset[str] = frozenset({
    "positions", "position", "trench", "trenches", "dugout", "dugouts", "atgm", "atgms", "bmp", "btr", "apc",
    "apcs", "ifv", "ifvs", "tank", "tanks", "convoy", "convoys", "infantry", "soldiers", "troops", "assault",
    "frontline", "front-line", "stronghold", "strongholds", "counteroffensive", "counter-offensive", "platoon",
    "battalion", "brigade", "howitzer", "howitzers", "mortar", "mortars", "lancet", "zala", "fpv",
})
#: A side's forces and kit as the target of a strike ("strikes on Russian positions",
#: "shelling of Russian troops", "a Russian BMP destroyed near X"): the other side struck.
#: Tank and armour models (T-72B3M, BMP-2, BTR-82A) count too (``events._MILITARY_MODEL``).
MILITARY_TARGET_NOUNS: frozenset[str] = frozenset({
    "position", "positions", "troops", "soldiers", "servicemen", "military", "convoy", "convoys", "column",
    "columns", "vehicle", "vehicles", "equipment", "tank", "tanks", "bmp", "btr", "apc", "apcs", "ifv", "ifvs",
    "armour", "armor", "trenches", "trench", "dugout", "dugouts", "garrison", "personnel", "manpower",
    "concentration", "concentrations", "howitzer", "howitzers", "artillery",
})
#: Its bonus for towns of the front regions (:data:`FRONT_ADMIN1`), over :data:`FRONT_BONUS`:
#: it lifts a front village without a population figure above a rear namesake of ~2,000.
GROUND_FIGHTING_BONUS = 1.0
#: Sides named after the region they hold ("DPR forces", "LNR militia"): a region of the text.
SIDE_REGIONS: dict[str, str] = {"dpr": "UA-14", "dnr": "UA-14", "lpr": "UA-09", "lnr": "UA-09"}

#: Towns of Ukraine held by Russia (gazetteer id → first day of Russian control, as widely
#: reported; 2014 for those held since then). A strike there on or after that day, when the
#: text does not say who struck, is attributed to Ukraine (the rule of CONTROLLED_BY, for
#: towns of oblasts only partly held). Only towns still held are listed: towns retaken
#: (Kherson, Izium, Kupiansk) changed hands twice and need no such exception today.
OCCUPIED_SINCE: dict[str, str] = {
    "gn:709717": "2014-04-07",  # Donetsk
    "gn:702320": "2014-04-07",  # Makiivka
    "gn:707753": "2014-04-14",  # Horlivka
    "gn:688148": "2014-04-07",  # Yenakiieve
    "gn:706466": "2014-04-07",  # Khartsyzk
    "gn:694382": "2014-04-07",  # Shakhtarsk
    "gn:693381": "2014-04-07",  # Snizhne
    "gn:709835": "2014-08-01",  # Dokuchaievsk
    "gn:710229": "2015-02-18",  # Debaltseve
    "gn:702658": "2014-04-27",  # Luhansk
    "gn:713716": "2014-04-27",  # Alchevsk
    "gn:692975": "2014-04-27",  # Kadiivka (Stakhanov)
    "gn:704202": "2014-04-27",  # Khrustalnyi (Krasnyi Luch)
    "gn:713259": "2014-04-27",  # Antratsyt
    "gn:695379": "2014-04-27",  # Rovenky
    "gn:695274": "2022-05-12",  # Rubizhne
    "gn:691999": "2022-06-25",  # Sievierodonetsk
    "gn:702972": "2022-07-03",  # Lysychansk
    "gn:701822": "2022-05-20",  # Mariupol
    "gn:689198": "2022-03-11",  # Volnovakha
    "gn:701404": "2022-02-26",  # Melitopol
    "gn:712451": "2022-02-27",  # Berdiansk
    "gn:709276": "2022-03-04",  # Enerhodar
    "gn:691469": "2022-03-07",  # Tokmak
    "gn:699839": "2022-02-24",  # Nova Kakhovka
    "gn:707244": "2022-02-24",  # Kakhovka
    "gn:691037": "2022-02-25",  # Oleshky
    "gn:693709": "2022-03-09",  # Skadovsk
    "gn:708878": "2022-02-24",  # Henichesk
}

#: Nationality adjectives (for resolution context) → country.
DEMONYMS: dict[str, str] = {
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "polish": "PL", "moldovan": "MD",
    "georgian": "GE", "israeli": "IL", "iranian": "IR", "syrian": "SY", "lebanese": "LB",
    "palestinian": "PS", "yemeni": "YE", "iraqi": "IQ", "american": "US", "british": "GB",
    "german": "DE", "french": "FR", "turkish": "TR", "romanian": "RO", "lithuanian": "LT",
    "latvian": "LV", "estonian": "EE", "finnish": "FI", "crimean": "UA",
}

#: Verb lemmas that report a strike on the place they govern.
STRIKE_VERBS = {
    "strike", "hit", "attack", "target", "shell", "bomb", "bombard", "pound", "raid", "blast",
    "fire", "launch", "ram", "struck", "storm", "destroy", "explode", "detonate",
}
#: Verb lemmas that report an interception (the object is a weapon).
INTERCEPT_VERBS = {"intercept", "down", "destroy", "repel", "neutralise", "neutralize", "repulse"}
#: Nouns that name a strike.
STRIKE_NOUNS = {
    "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "assault", "shelling",
    "bombardment", "bombing", "raid", "raids", "barrage", "explosion", "explosions", "blast",
    "onslaught", "hit", "hits", "firing", "salvo", "salvoes", "salvos", "volley", "shellings",
}
#: Verbs that report what a strike did; they count as strike words when their subject is a
#: strike noun or a weapon ("a drone attack damaged the refinery").
CONSEQUENCE_VERBS = {"damage", "destroy", "hit", "wreck", "ignite", "set", "injure", "wound", "kill", "cut"}
INTERCEPT_NOUNS = {"interception", "interceptions", "shootdown", "shootdowns", "downings"}
#: What a place "came under" when it was struck ("Huliaipole came under fire").
UNDER_WHAT = frozenset({"fire", "attack", "attacks", "shelling", "bombardment", "strike", "strikes"})
#: Verbs whose subject tells what happened where they put it ("downings were recorded over X").
RECORD_VERBS = {"record", "register", "report", "observe", "confirm"}
#: Strike words that tell of an attempt, not of its outcome: "drones attacked Tula: in Tula
#: falling debris damaged a house" is downings over Tula, not a drone hit. Verb forms only:
#: "the regions were affected by the attack" tells an outcome.
ATTEMPT_WORDS = {"attacked", "attacking", "targeted", "targeting", "launched", "fired"}

#: Weapon words → weapon class. Multi-word keys are matched on the sentence text.
WEAPONS: dict[str, str] = {
    "glide bomb": "glide bomb", "glide bombs": "glide bomb", "guided aerial bomb": "glide bomb",
    "glide-bomb": "glide bomb", "glide-bombs": "glide bomb",
    "guided aerial bombs": "glide bomb", "guided bomb": "glide bomb", "guided bombs": "glide bomb",
    "kab": "glide bomb", "kabs": "glide bomb",
    "unmanned aerial vehicle": "drone", "unmanned aerial vehicles": "drone", "unmanned aircraft": "drone",
    "unmanned surface vessel": "drone", "unmanned surface vessels": "drone", "unmanned boat": "drone",
    "unmanned boats": "drone", "naval drone": "drone", "naval drones": "drone", "sea drone": "drone",
    "sea drones": "drone",
    "drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "shahed": "drone",
    "shaheds": "drone", "geran": "drone", "lancet": "drone", "zala": "drone", "bayraktar": "drone", "kamikaze": "drone",
    "loitering munition": "drone", "loitering munitions": "drone",
    "missile": "missile", "missiles": "missile", "atacms": "missile", "kalibr": "missile",
    "iskander": "missile", "tochka": "missile", "tochka-u": "missile", "storm shadow": "missile",
    "scalp": "missile", "kinzhal": "missile", "oreshnik": "missile", "neptune": "missile",
    "kh-101": "missile", "s-300": "missile", "s300": "missile", "cruise": "missile", "ballistic": "missile", "ballistics": "missile",
    "airstrike": "airstrike", "airstrikes": "airstrike", "air strike": "airstrike",
    "air strikes": "airstrike", "warplane": "airstrike", "warplanes": "airstrike", "jet": "airstrike",
    "jets": "airstrike",
    "bomber": "airstrike", "bombers": "airstrike", "aerial bomb": "airstrike", "aerial bombs": "airstrike",
    "bomb": "airstrike", "bombs": "airstrike", "aviation": "airstrike",
    "aerial bombardment": "airstrike",
    "shelling": "artillery", "shellings": "artillery", "shelled": "artillery", "artillery": "artillery",
    "artilery": "artillery", "mortar": "artillery",  # ("artilery": as incident logs often spell it)
    "mortars": "artillery", "howitzer": "artillery", "rocket": "artillery", "rockets": "artillery",
    "mlrs": "artillery", "himars": "artillery", "grad": "artillery", "shells": "artillery", "shell": "artillery",
}

#: Words of falling debris: a place hurt by the debris of a downed drone or missile is
#: the site of an interception ("Shahed debris injures 2 in Chornomorsk").
DEBRIS_WORDS = {"debris", "wreckage", "fragments", "fragment"}
#: An air-defence missile: what it leaves on a place ("shrapnel from an interceptor") is
#: debris of a downing, not of a hit.
INTERCEPTOR_WORDS = frozenset({"interceptor", "interceptors"})
#: Modifiers of a weapon that was brought down ("the blast wave from a downed missile").
DOWNED_WORDS = {"downed", "intercepted", "shot-down"}
#: Nouns a weapon word modifies without naming the weapon used: where weapons are made,
#: kept or fired from, and who works them ("drone workshops", "HIMARS launchers").
WEAPON_SITE_NOUNS = {"workshop", "factory", "plant", "production", "depot", "warehouse", "storage", "launcher",
                     "operator", "crew", "unit", "manufacturer", "assembly", "maker", "base", "position", "team",
                     "pilot", "footage", "video", "exhibition", "show", "camera", "hangar"}
#: Words before "bomb" or "grenade" that make it no weapon of war ("police used smoke bombs").
NON_LETHAL_WORDS = frozenset({"smoke", "stun", "flash", "tear", "gas", "paint", "bath"})
#: Verbs of keeping: "a hangar holding Western-supplied drones" keeps them, it does not fire them.
KEEP_VERBS = frozenset({"hold", "house", "store", "keep", "contain", "stock"})
#: Strike lemmas that mean artillery when no weapon is named ("bombarded the town").
SHELLING_LEMMAS = {"shell", "bombard", "pound"}
#: The weapon a side's strikes use when the text names none: Israel's strikes on Gaza and
#: Lebanon are from the air (ACLED codes them as air or drone strikes).
DEFAULT_WEAPON: dict[str, str] = {"IL": "airstrike"}

#: Event types of ground activity, which are no strikes (their own map layer).
GROUND_TYPES = frozenset({"ground advance", "airport closure"})
#: Event type per weapon class; interceptions have their own type.
EVENT_TYPES: dict[str | None, str] = {
    "drone": "drone strike", "missile": "missile strike", "airstrike": "air strike",
    "glide bomb": "air strike", "artillery": "shelling", None: "strike",
}

#: Words that mark a sentence as history or fiction rather than news.
HISTORY_MARKERS = {"bc", "b.c.", "movie", "film", "novel", "battle of", "world war", "century", "ancient",
                   "medieval", "in 1941", "in 1942", "in 1943", "in 1944", "in 1945"}

#: What a drone or an aircraft "dropped" on a place when that is a strike.
DROPPED_MUNITIONS = {"explosive", "explosives", "bomb", "grenade", "munition", "device", "charge", "mine"}

#: Modal verbs that make a strike a supposition ("missiles that could reach Crimea").
HYPOTHETICAL_MODALS = {"could", "would", "might", "may", "can"}
#: Verbs whose object or aim is a strike not made: "threatened strikes on Kyiv", "vowed to hit".
THREAT_VERBS = frozenset({"threaten", "vow", "promise", "warn", "pledge", "demand", "urge", "call", "propose",
                          "plan", "prepare"})
#: Verbs of getting ready whose "for" phrase is a strike to come ("stockpiling missiles for a strike").
PREPARE_VERBS = frozenset({"stockpile", "accumulate", "amass", "gather", "mass", "save", "ready", "reserve"})

#: Nouns whose places are venues of talk, not targets ("a meeting in Brussels").
VENUE_NOUNS = {"meeting", "talks", "summit", "conference", "visit", "embassy", "ambassador", "ambassadors",
               "negotiations", "production", "co-production", "training", "delegation",
               "responsibility", "blame", "help", "conclusion", "support", "aid",
               "forum", "court", "trial", "tribunal", "hearing", "exhibition", "ceremony", "festival"}
#: Nouns that are venues only where the sentence speaks of making things ("the drones are
#: assembled at a factory in Yelabuga"); elsewhere they are targets ("a brick factory in X").
PRODUCTION_VENUES = {"factory"}
PRODUCTION_LEMMAS = {"produce", "production", "make", "manufacture", "assemble", "build", "co-production"}

#: Verbs that report; a place attached directly to them ("in Crimea, the governor
#: reported that …") is where the reported event happened.
REPORT_VERBS = {"report", "say", "claim", "announce", "confirm", "state", "post", "tell", "write", "add",
                "acknowledge", "accuse", "blame", "allege", "deny", "insist"}

DISTANCE_UNITS = {"mile", "miles", "km", "kilometres", "kilometers", "kilometre", "kilometer", "mi", "metres"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern",
              "western", "central", "north-eastern", "north-western", "south-eastern", "south-western"}

#: Prepositions that attach a target to a strike word ("strikes on", "shelling of",
#: "launched at"); places behind other prepositions ("to", "for", "with", "from") are not
#: targets of that word.
TARGET_PREPS = {"on", "in", "at", "against", "near", "over", "upon", "across", "inside", "into", "outside",
                "around", "toward", "towards", "throughout", "within", "along", "of", "like", "including",
                "above", "onto", "off", "beyond"}

#: Verbs of ground advance (a separate map layer, not strikes).
GROUND_VERBS = {"capture", "seize", "occupy", "liberate", "recapture", "overrun", "advance"}
#: Words of airport closures.
CLOSURE_WORDS = {"closure", "closures", "closed", "close", "suspension"}
#: Words of explosions and sabotage with no weapon named.
EXPLOSION_WORDS = {"explosion", "explosions", "blast", "blasts", "explode", "exploded", "detonate", "sabotage",
                   "detonation"}
