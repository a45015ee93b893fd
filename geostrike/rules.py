"""The event stage's rules as data: cue tables, linking rules, skip reasons and weights.

Each decision the event stage takes names one of the rules below, so that ``--explain``
can say *which* rule linked a place to a strike (or kept it out) and how much it weighs:

* :data:`CUES` — words that show a sentence reports a strike or its aftermath, by kind
  (a strike word, damage, fire, casualties, a weapon), each with a weight;
* :data:`LINK_RULES` — the ways a recognised place becomes the site of an event, each with
  the base confidence of an event it makes;
* :data:`SKIP_RULES` — why a recognised place in a strike-reporting text made no event;
* :data:`CONFIDENCE_FACTORS` — what lowers an event's confidence.

The word lists themselves (strike verbs, weapons, …) live in :mod:`geostrike.lexicon`;
this module only adds the cue words of aftermath reports and the weights.

Confidence
----------
An event's ``confidence`` (0–1) is the base weight of the rule that linked it, times the
factor of each doubt that applies (a region-level place, an ambiguous name that won
narrowly, an attacker that was inferred rather than read). It ranks events for review;
it is not a calibrated probability.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .lexicon import STRIKE_NOUNS, STRIKE_VERBS, WEAPONS


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: what it tests and what it weighs."""

    name: str
    test: str
    weight: float


CueKind = Literal["strike", "damage", "fire", "casualty", "weapon", "explosion", "flood"]

#: Words (lower-cased token text) that show a sentence reports a strike or what it did.
#: Strike verbs and nouns come from the lexicon; these are the aftermath words that
#: captions and incident logs use instead ("Damage to a school", "Oil depot on fire").
CUE_WORDS: dict[CueKind, frozenset[str]] = {
    "strike": frozenset(STRIKE_NOUNS | {
        "struck", "strikes", "striking", "hit", "hits", "hitting", "shelled", "shelling", "shellings", "shells",
        "bombed", "bombing", "bombs", "bombarded", "pounded", "targeted", "targeting", "attacked", "attacking",
        "attack", "attacks", "airstrike", "airstrikes", "impact", "impacts", "impacted", "arrival", "arrivals",
        "downing", "downed", "intercepted", "shot", "fired", "launched", "rammed", "raided", "detonated",
        "strike", "shelled", "double-tap", "tap",
    }),
    "damage": frozenset({
        "damage", "damaged", "damages", "damaging", "destroyed", "destroying", "destroys", "destruction",
        "destroy", "aftermath", "debris", "wreckage", "wreck", "rubble", "ruins", "ruined", "crater", "craters",
        "collapsed", "collapse", "hole", "holes", "shattered", "blown", "razed", "flattened", "remnants",
        "remains", "fragments", "shrapnel", "warhead", "munition", "munitions", "unexploded", "burnt",
        "burned", "burned-out", "gutted", "devastation", "devastated", "affected", "suffered",
    }),
    "fire": frozenset({"fire", "fires", "blaze", "burning", "flames", "smoke", "ablaze", "inferno"}),
    "casualty": frozenset({
        "killed", "kills", "killing", "dead", "died", "death", "deaths", "injured", "injuring", "wounded",
        "wounding", "casualty", "casualties", "victims", "victim", "bodies", "body", "hurt", "fatalities",
    }),
    "weapon": frozenset(k for k in WEAPONS if " " not in k) | frozenset({
        "rocket", "rockets", "munition", "shahed", "shaheds", "geran", "loitering", "mlrs", "kab", "kabs",
        "projectile", "projectiles", "grenade", "mine", "cluster",
    }),
    "explosion": frozenset({"explosion", "explosions", "blast", "blasts", "detonation", "detonations", "explosive",
                            "exploded", "explode", "bang", "booms", "boom"}),
    # The floods after a dam was blown up ("Oleshky. Houses flooded up to the roofs"): harm
    # that incident logs record like damage; weak enough to count only in a short text.
    "flood": frozenset({"flooded", "flooding", "floods", "flood", "floodwater", "floodwaters", "inundated",
                        "submerged", "underwater"}),
}

#: Weight of each cue kind: how strongly a sentence with only this cue reports a strike.
CUE_WEIGHTS: dict[CueKind, float] = {"strike": 1.0, "explosion": 0.9, "damage": 0.8, "casualty": 0.7,
                                     "fire": 0.6, "weapon": 0.6, "flood": 0.6}

#: The weakest cue strength that makes a sentence strike-reporting on its own, in a short
#: text (a headline, caption, post or log entry) and in a long article, where a sentence
#: also needs to have no strike word the parse could have linked.
MIN_CUE = 0.6
MIN_CUE_LONG = 0.8
#: Speakers whose tallies count one region's or one city's downings: their statements get
#: no national summary event ("Air Command \"South\": 11 Shaheds destroyed over the Odesa region").
NO_SUMMARY_SPEAKERS = re.compile(r"\bAir Command\b|\bCity Military Administration\b|\bRegional Military Administration\b")
#: How far back (tokens) the "linear" link rule looks from a place for its strike verb.
LINEAR_REACH = 8
#: At most this many sentences and characters make a text short.
SHORT_TEXT_SENTENCES = 8
SHORT_TEXT_CHARS = 700

#: Words that, just before a cue word, say nothing happened ("no explosions", "without
#: casualties"), and words of warnings that are no strikes ("air raid alert", "sirens").
NEGATIONS = frozenset({"no", "not", "without", "never", "zero", "nor"})
ALERT_WORDS = frozenset({"alert", "alerts", "siren", "sirens", "warning", "warnings", "threat", "threats", "alarm",
                         "danger"})  # "'rocket danger' regime lifted"

#: Words of weather that make a flood no harm of war ("heavy rain flooded streets in Odesa").
WEATHER_WORDS = frozenset({"rain", "rains", "rainfall", "downpour", "downpours", "storm", "storms", "snow",
                           "snowmelt", "thaw", "weather", "cyclone", "precipitation", "showers", "hail"})

#: Verbs whose object is the side blamed, not a target ("accused Kyiv of …").
ACCUSE_VERBS = frozenset({"accuse", "blame", "condemn", "urge", "thank", "warn", "ask", "call", "hold"})
#: "hold" blames only with one of these in its sentence ("held Kyiv responsible"), not in
#: "Russian-held Horlivka" read by the parser as a verb.
HOLD_BLAME_WORDS = frozenset({"responsible", "accountable", "liable"})
#: Lemmas before a weapon word that make it a delivery, not a strike ("the supply of shells").
SUPPLY_WORDS = frozenset({"supply", "deliver", "delivery", "production", "produce", "purchase", "buy", "shipment",
                          "package", "donate", "provide", "transfer", "manufacture", "order", "stockpile"})

#: Verbs that say where weapons are or go, not that they struck ("based near Dnipro").
BASING_VERBS = frozenset({"base", "station", "deploy", "locate", "store", "keep", "park", "hide", "carry", "collect",
                          "gather", "move", "transport", "leave", "build", "assemble", "train", "display", "show",
                          "test", "buy", "sell", "export", "import", "need", "request", "make", "produce", "ramp",
                          "develop", "design", "manufacture"})
#: Verbs of statements whose "in X" is where words were spoken ("a report presented in Geneva").
STATEMENT_VERBS = frozenset({"present", "publish", "release", "speak", "brief", "testify", "declare", "unveil",
                             "discuss", "debate", "meet", "negotiate", "host"})
#: Verbs whose "from …" or "against …" names what is warded off ("to protect cities from
#: missiles"): the weapons there struck nothing.
PROTECT_VERBS = frozenset({"protect", "defend", "shield", "guard", "save", "secure"})
#: Verbs of waiting for weapons ("a mobile fire group on a rooftop, waiting for Shaheds").
AWAIT_VERBS = frozenset({"wait", "await", "watch", "hunt", "listen"})
#: Words that tell weapons on their way, not arrived ("drones heading for Kyiv were spotted").
MOVEMENT_WORDS = frozenset({"heading", "headed", "moving", "flying", "approaching", "spotted", "towards", "toward",
                            "course"})
#: How near the city a text names a district of a city must lie to be that city's part
#: ("SUMY … explosions in the Kovpakivskyi district": Sumy's event).
CITY_DISTRICT_KM = 12.0
#: Verbs that carry the wounded or the evacuated to a place ("taken to the regional hospital
#: in Kursk", "evacuated to Dnipro"): where they went is no target.
TRANSPORT_VERBS = frozenset({"take", "bring", "evacuate", "transport", "rush", "airlift", "transfer", "deliver",
                             "send", "hospitalise", "hospitalize", "admit", "move"})
#: Where the wounded are taken ("to the regional hospital in Kursk").
CARE_NOUNS = frozenset({"hospital", "hospitals", "clinic", "clinics", "morgue", "burn", "centre", "center"})
#: Words of weapons on show, not fired ("Iskander-M launchers roll across Red Square during the
#: Victory Day parade").
DISPLAY_WORDS = frozenset({"parade", "parades", "rehearsal", "exhibition", "expo", "airshow", "showcase", "showcased"})

#: Nouns of offices a place names the holder of ("the Belgorod governor", "Kharkiv's mayor").
OFFICE_WORDS = frozenset({"governor", "mayor", "administration", "official", "officials", "police", "authority",
                          "authorities", "head", "ministry", "command", "council", "prosecutor", "spokesman",
                          "spokeswoman", "service", "services", "emergency", "operator", "utility", "company",
                          # Ukrainian military administrations: "Sumy OVA: …", "the Kharkiv MVA"
                          "ova", "oda", "mva", "rma", "headquarters",
                          "regime"})  # "the Kiev regime's strike": the side, not the city
#: Verbs whose subject is the place struck, even when it is a capital that could stand for a
#: government ("Kyiv counts damage from overnight strike", "Kharkiv mourns its dead").
AFTERMATH_SUBJECT_VERBS = frozenset({"count", "assess", "survey", "clear", "repair", "mourn", "tally", "recover",
                                     "reel"})
#: Verbs whose subject is a strike that failed ("an attack on Crimea was repelled").
FOILED_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "prevent", "stop", "intercept", "neutralise",
                          "neutralize"})

#: Lemma forms that count as cues too (so "damages", "shelling" and "hits" need no listing).
CUE_LEMMAS: dict[str, CueKind] = {
    **{v: "strike" for v in STRIKE_VERBS if v not in {"launch", "fire", "storm"}},
    "damage": "damage", "destroy": "damage", "collapse": "damage", "burn": "fire", "kill": "casualty",
    "suffer": "damage",
    "injure": "casualty", "wound": "casualty", "die": "casualty", "explode": "explosion", "detonate": "explosion",
}

# A word listed under several kinds counts as the strongest ("shelling" is a strike word
# before it is a weapon word).
_CUE_WORD: dict[str, CueKind] = {}
for _kind, _words in sorted(CUE_WORDS.items(), key=lambda kv: CUE_WEIGHTS[kv[0]]):
    _CUE_WORD.update(dict.fromkeys(_words, _kind))
# Tokens of a text (for the quick, parse-free test of whether a text reports strikes).
_TOKEN = re.compile(r"[A-Za-z][A-Za-z\-]*")


def cue_of(lower: str, lemma: str) -> CueKind | None:
    """The cue kind of a token, from its lower-cased text and its lemma, or None."""
    kind = _CUE_WORD.get(lower)
    if kind is None:
        kind = CUE_LEMMAS.get(lemma)
    return kind


#: Every word :func:`cue_of` gives a kind, as a lower-case form or a lemma: a token with
#: neither in this set has no cue kind.
CUE_FORMS = frozenset(_CUE_WORD) | frozenset(CUE_LEMMAS)


def reports_strikes(text: str) -> bool:
    """Whether a text (before parsing) names a strike, its aftermath or a weapon.

    Used by resolution for the theatre prior: in a text that reports strikes, an
    ambiguous name is read inside the theatre of war the text is about.
    """
    strong = _CUE_WORD
    return any(strong.get(w.lower()) in {"strike", "explosion", "damage", "weapon"} for w in _TOKEN.findall(text)) \
        or _UNDER_FIRE.search(text) is not None


# "Sloviansk came under fire again": fire that is shelling, not a blaze.
_UNDER_FIRE = re.compile(r"\b(?:under|came under|come under|comes under) (?:heavy |enemy |intense )?fire\b", re.I)


#: How a place becomes the site of an event; the weight is the event's base confidence.
LINK_RULES: dict[str, Rule] = {r.name: r for r in (
    Rule("parse", "the dependency parse puts the place in the reach of a strike word "
                  "(its object, a target preposition, the clause it governs)", 0.9),
    Rule("clause", "the sentence reports a strike or its aftermath (a cue word) and the place is "
                   "its most specific place that no trap rule excludes", 0.75),
    Rule("linear", "the parse misses the place, but it follows a strike verb and its object in the same "
                   "clause (\"struck a warehouse on the outskirts of X\"), within LINEAR_REACH tokens", 0.7),
    Rule("breakdown", "a toll broken down by place after a colon (\"…: six in Khan Younis, three in "
                      "Jabalia\"): each place of the breakdown is a site of the strike told before it", 0.75),
    Rule("list", "the places listed right after a colon that follows a strike word the parse linked to no "
                 "place (\"hitting the district with artillery: Nikopol, Myrove and Pokrov communities\")", 0.75),
    Rule("line", "a post's line that names places and, after a dash, what hit them (\"• Huliaipole — MLRS\", "
                 "\"Richky — FPV drone attack on a car\")", 0.75),
    Rule("capital", "a strike on \"the capital\" in a text that names one national capital (\"Kyiv City "
                    "Military Administration: the enemy attacked the capital\"): that city", 0.7),
    Rule("heading", "the text opens with a place heading (\"Kherson. …\", \"Izium (Kharkiv region). …\") "
                    "and a later sentence reports a strike or its aftermath without a place of its own", 0.75),
    Rule("tally", "an official tally names the region among those where weapons were downed or hit", 0.7),
    Rule("tally line", "a line of a tally's breakdown is a region and a figure (\"• Kyiv region – 7\"), "
                       "within TALLY_LINE_REACH sentences after a sentence of weapons downed", 0.7),
)}
#: How many sentences after a sentence of weapons downed its breakdown lines may come.
TALLY_LINE_REACH = 8
#: How many sentences after an event's own a sentence without a place may still tell of it
#: ("Explosions in Kyiv. Air defence is working. Stay in shelters! Debris fell …"); figures
#: carry over only two sentences.
FOLLOW_UP_REACH = 3

#: Why a recognised place in a strike-reporting sentence made no event.
SKIP_RULES: dict[str, Rule] = {r.name: r for r in (
    Rule("too wide", "a continent or a multi-country region has no point to map", 0.0),
    Rule("modifier", "the name is part of an organisation or an adjective (\"US-supplied\")", 0.0),
    Rule("distance reference", "\"30 km from X\", \"north of X\", \"next to X\": a reference point", 0.0),
    Rule("launch site", "\"launched from X\", \"from the direction of X\": where the weapons came from", 0.0),
    Rule("speaker", "\"Baza: two drones attacked …\": a channel or a speaker before a colon, outside the war's countries", 0.0),
    Rule("answered strike", "\"in response to the strike on X, …\": an earlier strike given as the reason", 0.0),
    Rule("locator", "a parenthesised or appositive locator of another place (\"Izium (Kharkiv region)\")", 0.0),
    Rule("not the place", "\"20:40 Moscow time\", \"in the Kherson direction\": a clock or a front sector named after a place", 0.0),
    Rule("not struck", "the text says the strike was not there (\"explosions were in Bila Tserkva, not in Boryspil\")", 0.0),
    Rule("city district", "a district named with its city (\"the Kyivskyi district of Donetsk\"): the city carries the event", 0.0),
    Rule("container", "the place contains another linked place of the text (\"Kursk in southern Russia\")", 0.0),
    Rule("actor", "the place stands for a government or side that acts or speaks (\"Kyiv said\")", 0.0),
    Rule("venue", "a venue of talks, a meeting, a funeral or an aid delivery", 0.0),
    Rule("history", "the sentence is about history or fiction", 0.0),
    Rule("background", "a background mention (\"used in strikes on Ukraine since 2022\")", 0.0),
    Rule("no cue", "the sentence reports no strike or aftermath", 0.0),
    Rule("not reached", "a strike word is in the sentence, but the parse links it to another place", 0.0),
    Rule("dateline", "the dateline names where the report was written, not what its sentence reports struck", 0.0),
    Rule("country level", "a country named in a sentence with a more precise place, or alone in a caption", 0.0),
)}

#: Doubts that lower an event's confidence (multiplied into the link rule's weight).
CONFIDENCE_FACTORS: dict[str, Rule] = {r.name: r for r in (
    Rule("region level", "the place is a region or a country (geo_precision 3)", 0.8),
    Rule("ambiguous name", "the name had several candidates and the winner led by little", 0.85),
    Rule("inferred attacker", "no side is named; it is inferred from whose territory was hit", 0.95),
    Rule("weak cue", "the only cue is a weapon, fire or casualty word, not a strike word", 0.85),
)}

#: Score lead under which a resolved name counts as ambiguous.
AMBIGUOUS_LEAD = 1.0

#: Towns at least this large, in different regions, written "A, B" are a list ("Kyiv,
#: Kharkiv, the Odesa region"), not a place and the namesake of its region ("Kyiv, Borodyanka").
LIST_TOWN_POPULATION = 50_000

#: Weapon classes a strike's means must name for it to have no one weapon ("aviation, attack
#: UAVs and missile troops delivered a group strike …").
COMBINED_MEANS = 3

#: A place's name before a weapon noun ("Vilkha rockets", "Neptune missiles") names the weapon
#: when the place is a town smaller than this.
WEAPON_NAMESAKE_POPULATION = 100_000

#: Words before a place that make it a reference point rather than a target.
REFERENCE_BEFORE: tuple[tuple[str, ...], ...] = (
    ("next", "to"), ("close", "to"), ("not", "far", "from"), ("far", "from"), ("direction", "of"),
    ("outskirts", "of", "the"), ("on", "the", "way", "to"), ("en", "route", "to"), ("towards",), ("toward",),
    ("heading", "for"), ("bound", "for"), ("approaching",), ("made", "in"), ("produced", "in"), ("built", "in"),
    ("supplied", "by"), ("manufactured", "in"), ("flying", "to"),
)
#: Openers that carry the previous sentence's strike word into a sentence that has none
#: ("… destroyed 105 drones. Of these, 19 were over the Moscow region").
CARRY_OPENERS = re.compile(r"^\W*(?:of (?:these|them)|among them|most of them|the rest|the others|another|"
                           r"\w+ (?:more|others)|including|in addition|also|of which)\b", re.I)
#: Words that make a place a launch site: the first token before the place (or before "the
#: X region") is one of these.
LAUNCH_BEFORE = frozenset({"from"})
#: Words of background mentions: a sentence with one of these tells history of the war,
#: not a new strike ("used in strikes on Ukraine since 2022").
BACKGROUND_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    r"\bused (?:extensively |widely |repeatedly )?(?:in|for) (?:its |their |the )?(?:attacks|strikes|assaults)\b",
    r"\b(?:last|previous) (?:year|month|summer|winter|spring|autumn)'s\b",
    r"\banniversary\b", r"\bcommemorat", r"\bmemorial service\b", r"\bfuneral\b",
    r"\b(?:has|have) been (?:attacked|hit|struck|targeted|shelled)\b[^.;]*\bsince\b",
    r"\b(?:attacked|hit|struck|targeted|shelled) (?:\w+ ){0,3}since (?:19|20)\d\d\b",
    r"^\W*(?:(?:a|one|two|three|several|some|\w+) (?:days?|weeks?|months?|years?) )?after the (?:\w+ )?"
    r"(?:strike|attack|shelling|bombing|explosion)s? (?:on|of|in)\b",
    r"\bfirst (?:attacked|hit|struck|targeted)\b", r"\b(?:honou?r|mourn|remember)(?:s|ed|ing)? (?:the )?(?:dead|victims)\b",
    r"\b(?:days|weeks|months|years|a (?:day|week|month|year)) after (?:the|a|an|two|three|four|five|\d+) "
    r"(?:[\w-]+ ){0,3}?(?:strikes?|attacks?|shelling|bombing|hit|struck|killed|missiles|drones)\b",
    r"\bafter (?:\w+ )?(?:months|weeks|years) of (?:strikes|attacks|shelling|bombing|bombardment)\b",
    r"\bmemorial\b", r"\bvictims of (?:the|last|a) \b", r"\b(?:grown|got|become|are|were) (?:used|accustomed) to\b",
    r"\b(?:so far )?this year\b", r"\bso far\b", r"\bto date\b",
    r"\bsince the (?:start|beginning) of the (?:year|war|full-scale invasion|invasion)\b",
))
#: Words one of which every match of BACKGROUND_PATTERNS contains (lower case): a sentence
#: with none of them is no background, without the patterns' slower search.
BACKGROUND_HINTS = ("used", "accustomed", "last", "previous", "anniversar", "commemorat", "memorial", "funeral",
                    "since", "after", "first", "honor", "honour", "mourn", "remember", "victims", "this year",
                    "so far", "to date")

#: A collection (one input file, folder or channel) is about the war when at least this share
#: of its strike-reporting texts name Ukraine, Russia, an oblast or a raion
#: (:func:`geostrike.ua_names.mentions_theatre`), among at least COLLECTION_MIN_TEXTS of
#: them; its other texts then need no such word either ("Tank destroyed near Rusaniv" in
#: a log of the war). Shares are counted over the texts read so far, in windows of
#: COLLECTION_WINDOW, so that the decision depends on the input alone, not on the workers.
COLLECTION_THEATRE_SHARE = 0.5
COLLECTION_MIN_TEXTS = 5
COLLECTION_WINDOW = 256
