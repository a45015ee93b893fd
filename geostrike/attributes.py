"""Event attributes read from the sentences behind an event.

* ``weapon_system``: named systems from a lexicon (Shahed/Geran, Kalibr, Kh-101, Iskander,
  ATACMS, Storm Shadow, HIMARS, Tochka-U, Oreshnik, Bayraktar TB2, Lancet …), each with its
  weapon class;
* ``target_type``: what was hit (air base, airport, oil facility, energy, residential,
  military, bridge, port, rail, civilian), from the place itself or the words around it;
* counts: ``launched`` and ``intercepted`` weapons, ``killed`` and ``injured`` people,
  read from the dependency parse ("three of the five missiles … were shot down",
  "killing three soldiers and injuring another five"). Vague amounts become lower bounds
  and are flagged approximate: "more than two dozen" → 25, "dozens" → 24;
* ``claimant``: who reports the event ("Russia's Ministry of Defence said …",
  "according to Ukrainian authorities"), kept apart from the attacker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import LEMMA, LIKE_NUM, LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from .lexicon import ACTORS, REPORT_VERBS, STRIKE_NOUNS, UNDER_WHAT, WEAPONS
from .normalize import may_hold

#: Named weapon systems: (pattern, canonical name, weapon class, words one of which any match
#: contains, lower case: a cheap test that skips the patterns for most texts).
SYSTEM_TABLE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (r"\bshahed(?:-1[0-9]{2})?s?\b|\bgeran(?:-\d)?s?\b", "Shahed/Geran", "drone", ('shahed', 'geran')),
    (r"\blancets?\b", "Lancet", "drone", ('lancet',)),
    (r"\bzala\b(?:\s+k[uy]b(?:-bla|-uav)?)?|\bk[uy]b-(?:bla|uav)\b", "ZALA KUB", "drone", ('zala', 'kub-', 'kyb-')),
    (r"\bbayraktar(?:\s+tb2)?s?\b|\btb2s?\b", "Bayraktar TB2", "drone", ('bayraktar', 'tb2')),
    (r"\blyutyi\b", "Lyutyi", "drone", ('lyutyi',)),
    (r"\borlan-10\b", "Orlan-10", "drone", ('orlan-10',)),
    (r"\bkalibrs?\b", "Kalibr", "missile", ('kalibr',)),
    (r"\bkh-101s?\b", "Kh-101", "missile", ('kh-101',)),
    (r"\bkh-22s?\b", "Kh-22", "missile", ('kh-22',)),
    (r"\bkh-59s?\b", "Kh-59", "missile", ('kh-59',)),
    (r"\bkh-555s?\b", "Kh-555", "missile", ('kh-555',)),
    (r"\biskander(?:-[mk])?s?\b", "Iskander", "missile", ('iskander',)),
    (r"\bkinzhals?\b", "Kinzhal", "missile", ('kinzhal',)),
    (r"\bzircons?\b|\btsirkons?\b", "Zircon", "missile", ('zircon', 'tsirkon')),
    (r"\boniks?\b|\bonyx\b|\bp-800\b", "Oniks", "missile", ('onik', 'onyx', 'p-800')),
    (r"\bs-?300s?\b", "S-300", "missile", ('s-300', 's300')),
    (r"\boreshnik\b", "Oreshnik", "missile", ('oreshnik',)),
    (r"\batacms\b|army tactical missile systems?", "ATACMS", "missile", ('atacms', 'army tactical missile')),
    (r"\bstorm shadows?\b|\bscalp(?:-eg)?s?\b", "Storm Shadow/SCALP", "missile", ('storm shadow', 'scalp')),
    (r"\btochka(?:-u)?s?\b", "Tochka-U", "missile", ('tochka',)),
    (r"\bneptunes?\b", "Neptune", "missile", ('neptune',)),
    (r"\bhimars\b", "HIMARS", "artillery", ('himars',)),
    (r"\bgrads?\b(?= (?:rocket|multiple|mlrs|launcher|system))|\bbm-21\b", "Grad", "artillery", ('grad', 'bm-21')),
    (r"\buragans?\b", "Uragan", "artillery", ('uragan',)),
    (r"\bsmerch\b|\btornado-s\b", "Smerch/Tornado-S", "artillery", ('smerch', 'tornado-s')),
    (r"\bfab-\d{3,4}\b|\bkabs?\b|\bumpk\b", "KAB/FAB glide bomb", "glide bomb", ('fab-', 'kab', 'umpk')),
)
WEAPON_SYSTEMS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.I), name, cls) for p, name, cls, _ in SYSTEM_TABLE)
_SYSTEM_HINTS = tuple(h for *_, hints in SYSTEM_TABLE for h in hints)

#: Words around a target → target type.
TARGET_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), t) for p, t in [
    (r"\bair ?bases?\b|\bairfields?\b|\bair force base\b|\bmilitary airbases?\b", "air base"),
    (r"\bairports?\b", "airport"),
    (r"\b(?:oil )?refiner(?:y|ies)\b|\boil (?:depot|terminal|storage)s?\b|\bfuel depots?\b|\boil storage tank\b", "oil facility"),
    (r"\bpower (?:plant|station)s?\b|\bsubstations?\b|\benergy (?:infrastructure|facilit(?:y|ies)|supplies)\b|\bpower grid\b", "energy"),
    (r"\bresidential\b|\bapartment\b|\bblock of flats\b|\bhomes?\b|\bhouses?\b", "residential"),
    (r"\bbridges?\b", "bridge"),
    (r"\bports?\b|\bshipyards?\b|\bharbou?r\b|\bnaval base\b", "port"),
    (r"\brailway\b|\brail (?:links?|lines?|hub)\b|\btrain station\b", "rail"),
    (r"\bhospitals?\b|\bschools?\b|\bshopping (?:centre|center|mall)\b|\bstore\b|\bsupermarket\b|\bhypermarket\b|\bbus\b", "civilian"),
    (r"\bmilitary (?:installations?|facilit(?:y|ies)|targets?)\b|\bcommand (?:post|centre|center)s?\b|\bradar\b|\bair defen[cs]e batter(?:y|ies)\b|\bbarracks\b|\bammunition depot\b|\bweapons depot\b", "military"),
])
SITE_KIND_TARGETS = {"AIRBASE": "air base", "AIRPORT": "airport", "REFINERY": "oil facility",
                     "OIL_DEPOT": "oil facility", "BRIDGE": "bridge", "PORT": "port", "POWER_PLANT": "energy",
                     "NUCLEAR_PLANT": "energy", "MILITARY": "military"}

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                     "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12})
# "twenty-two people were wounded" (not "two")
NUMBER_WORDS.update({f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                     for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                     for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
PEOPLE = {"people", "person", "persons", "civilians", "civilian", "soldiers", "soldier", "servicemen",
          "serviceman", "residents", "children", "child", "troops", "others", "men", "women", "workers",
          "employees", "passengers", "individuals", "adults"}
KILL_WORDS = {"kill", "die", "dead", "death", "claim", "killed"}
INJURE_WORDS = {"injure", "wound", "hurt", "injured", "wounded"}
LAUNCH_VERBS = {"launch", "fire", "use", "send", "deploy", "shoot", "attack", "strike", "target", "hit"}
INTERCEPT_WORDS = {"intercept", "down", "destroy", "repel", "neutralise", "neutralize", "repulse", "jam", "suppress",
                   "eliminate", "disable"}
APPROX_BEFORE = {"about", "around", "approximately", "some", "nearly", "almost", "roughly", "estimated", "up"}
_WEAPON_NOUNS = {k for k, v in WEAPONS.items() if " " not in k and v != "artillery"} | {
    "shells", "rockets", "bombs", "projectiles", "munitions", "uavs"}


_TEXT_KEY = "geostrike_text"


def span_text(span: Span) -> str:
    """A span's text, sliced from its document's text, which is built once per document
    (``Span.text`` and ``Doc.text`` join the tokens again at every call, which made the
    event stage's cost grow with the square of an article's length)."""
    doc = span.doc
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text[span.start_char:span.end_char]


class TokenTable(NamedTuple):
    """Per-token strings of a document as plain lists, indexed by ``Token.i``."""

    lower: list[str]
    lemma: list[str]
    lemma_lower: list[str]  # ``lemma_.lower()``
    like_num: list[bool]


_TABLE_KEY = "geostrike_tokens"


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, built once and kept in ``doc.user_data``.

    The rules test words of every token of a sentence; ``doc[i]`` makes a new Token object
    and each of its string properties looks the string up again, so loops that only look
    for a few words test these lists first and make Tokens only for the words they find.
    """
    table = doc.user_data.get(_TABLE_KEY)
    if not isinstance(table, TokenTable) or len(table.lower) != len(doc):
        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, LEMMA, LIKE_NUM]).tolist() if len(doc) else []
        lemma = [strings[r[1]] for r in rows]
        table = doc.user_data[_TABLE_KEY] = TokenTable(
            [strings[r[0]] for r in rows], lemma, [x.lower() for x in lemma], [bool(r[2]) for r in rows])
    return table


def came_under(span: Span) -> Token | None:
    """The "fire" of "Huliaipole came under fire (from …)": what a place that is the subject
    of "come" (or joined to it) came under, else None. Used by recognition and the event stage."""
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ != "nsubj" or root.head.lemma_.lower() != "come":
        return None
    return next((g for c in root.head.children if c.lower_ == "under" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in UNDER_WHAT), None)


_SENT_KEY = "geostrike_sentence_starts"


def sentence_of(item: Token | Span) -> Span:
    """``item.sent``, from the document's sentence starts, found once per document.

    ``Token.sent`` and ``Span.sent`` scan the document's tokens for the sentence's edges and
    slice it again at every call; the rules ask for the sentence of the same tokens many
    times. Items that cross a sentence's end, and documents whose sentences come from
    hooks or are not set, get spaCy's own answer.
    """
    doc = item.doc
    if isinstance(item, Token):
        first, end = item.i, item.i + 1
    else:
        first, end = item.start, item.end
    starts = doc.user_data.get(_SENT_KEY)
    if not isinstance(starts, list) or not starts or starts[-1] != len(doc):
        if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks or not doc.has_annotation("SENT_START"):
            return item.sent
        flags = doc.to_array([SENT_START]).tolist()
        starts = doc.user_data[_SENT_KEY] = [0, *(i for i in range(1, len(flags)) if flags[i] == 1), len(doc)]
    k = bisect_right(starts, first) - 1
    if k >= len(starts) - 1 or end > starts[k + 1]:
        return item.sent
    return Span(doc, starts[k], starts[k + 1])


def remember_text(doc: Doc, text: str) -> None:
    """Tell :func:`span_text` the text ``doc`` was made from (spaCy keeps it exactly), so
    that it need not join the tokens again."""
    doc.user_data[_TEXT_KEY] = text


@dataclass
class Counts:
    """Counts found for one event; ``approximate`` names the fields that are lower bounds."""

    launched: int | None = None
    intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None
    approximate: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, object]:
        return {"launched": self.launched, "intercepted": self.intercepted, "killed": self.killed,
                "injured": self.injured, "counts_approximate": ",".join(sorted(self.approximate)) or None}


UNIT_NOUNS = {"km", "kilometres", "kilometers", "miles", "mile", "hours", "hour", "days", "day", "weeks",
              "months", "years", "percent", "metres", "meters", "tonnes", "tons", "km²", "sq", "square"}


def number_value(tok: Token) -> tuple[int, bool] | None:
    """The value a number token stands for, and whether it is approximate.

    "539" → 539; "five" → 5; "two dozen" → 24; "dozens" → 24 (a lower bound); "several
    dozen" → 36 (a lower bound); "more than 300" → 301; "at least 23" → 23 (approximate).
    """
    text = tok.lower_.replace(",", "")
    doc = tok.doc
    sent_start = sentence_of(tok).start
    prev = doc[tok.i - 1].lower_ if tok.i > sent_start else ""
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    approx = False
    if tok.ent_type_ in {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"}:
        return None
    if text.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        value = int(text)
        if 1900 <= value <= 2100:
            return None
    elif text in NUMBER_WORDS:
        value = NUMBER_WORDS[text]
    elif text == "dozens":
        value, approx = 24, True
    elif text == "hundreds":
        value, approx = 200, True
    elif text == "dozen" and prev in {"several", "a", "few"}:
        value, approx = {"several": (36, True), "a": (12, False), "few": (36, True)}[prev]
    else:
        return None
    if nxt in {"dozen", "hundred"} and text not in {"dozen", "hundred"}:
        value *= 12 if nxt == "dozen" else 100
    window = token_table(doc).lower[max(sent_start, tok.i - 3):tok.i]
    if ("than" in window and ("more" in window or "over" in window)) or (window and window[-1] == "over"):
        value, approx = value + 1, True
    elif "least" in window or (window and window[-1] in APPROX_BEFORE) or "up" in window:
        approx = True
    return value, approx


def _counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: "539 drones", "three of the five missiles", "killing five".

    For "seven of the eight" (the noun left out) the answer is the number "eight".
    """
    if tok.dep_ in {"nummod", "quantmod"}:
        head = tok.head
        # Climb over "18 of 20", "two dozen" and "a record 188 drones" to the noun.
        # Tokens are new objects on each access: compare positions, not identities.
        while (head.dep_ in {"nummod", "quantmod", "amod"} or head.lower_ in {"dozen", "hundred"}
               or head.pos_ in {"ADJ", "NUM"}) and head.head.i != head.i:
            head = head.head
        return head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _down_particle(verb: Token | None) -> bool:
    """"shot down", "brought down": the verb takes "down"."""
    return verb is not None and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)


def _downs(verb: Token | None, after_weapon: bool) -> bool:
    """Whether ``verb`` downs weapons: "shot down" always; "destroyed" only after a weapon word."""
    if verb is None:
        return False
    if _down_particle(verb):
        return True
    lemma = verb.lemma_.lower()
    return lemma in INTERCEPT_WORDS and (after_weapon or lemma != "destroy")


# What every match of _ONE_DOWNED holds (see may_hold).
_ONE_DOWNED_HOLDS = ("shot down", "downed", "intercepted", "destroyed", "suppressed")
_ONE_DOWNED = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:drone|uav|missile|shahed|rocket)\s+(?:was\s+)?(?:later\s+)?"
    r"(?:reported\s+)?(?:shot down|downed|intercepted|destroyed|suppressed)\b(?!\s+(?:a|an|the|two|three|\d+)\s)"
    r"|\b(?:shot down|downed|intercepted)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:drone|uav|missile|shahed|rocket)\b",
    re.I)


def _governor(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"} or anc.lemma_.lower() in KILL_WORDS | INJURE_WORDS:
            return anc
    return None


def _noun_class(noun: Token | None, last_weapon: bool) -> str | None:
    if noun is None:
        return None
    if noun.like_num:  # "seven of the eight": the noun was said before
        return "weapon" if last_weapon else "people"
    low = noun.lower_
    if low in _WEAPON_NOUNS or low in WEAPONS or any(c.lower_ in _WEAPON_NOUNS for c in noun.conjuncts):
        return "weapon"
    if low in PEOPLE or noun.ent_type_ == "NORP" or noun.lemma_.lower() in PEOPLE:
        return "people"
    if low in UNIT_NOUNS:
        return "unit"
    return "other"


def _breakdown(noun: Token) -> bool:
    """"12 missiles – six Tochka-U and six guided missiles": the parts repeat the total."""
    n = noun
    if n.dep_ == "conj":
        n = n.head
    return n.dep_ == "appos" and (n.head.lower_ in _WEAPON_NOUNS or n.head.lower_ in PEOPLE)


_AGGREGATE = re.compile(r"\bsince (?:the|last|early|late|mid|its|february|the start)\b|\bso far\b|\bto date\b"
                        r"|\bthis year\b|\bin total\b|\bsince the (?:war|invasion)\b", re.I)


def counts_in(sent: Span) -> Counts:
    """Counts stated in one sentence (see the module docstring).

    Weapon counts of a sentence that sums up a period ("more than 300 drones since the end
    of last year") are not counts of one strike and are left out.
    """
    out = Counts()
    aggregate: bool | None = None  # (searched for when a weapon figure needs it)
    done: set[int] = set()
    last_weapon = False
    doc = sent.doc
    table = token_table(doc)
    for i in range(sent.start, sent.end):
        low = table.lower[i]
        if low in _WEAPON_NOUNS:
            last_weapon = True
        if i in done or not (table.like_num[i] or low in {"dozens", "hundreds", "dozen"}):
            continue
        tok = doc[i]
        if tok.dep_ in {"quantmod", "compound"} and (tok.head.lower_ in {"dozen", "hundred"} or tok.head.like_num):
            continue  # "two dozen", "18 of 20": the head number reads the whole phrase
        got = number_value(tok)
        if got is None:
            continue
        value, approx = got
        noun = _counted_noun(tok)
        kind = _noun_class(noun, last_weapon)
        if kind is None and noun is None and tok.dep_ in {"nsubjpass", "nsubj"} and _downs(_governor(tok), last_weapon):
            kind = "weapon"  # "21 were shot down", "5 were destroyed" after the missiles they count
        if kind in {"unit", "other"} or (noun is not None and _breakdown(noun)):
            continue
        verb = _governor(tok)
        if noun is not None and (verb is None or verb.lemma_.lower() not in INTERCEPT_WORDS):
            # "Razvozhayev: 4 UAVs destroyed on the approaches …", parsed with the verb under the noun
            verb = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in INTERCEPT_WORDS), verb)
        vlemma = verb.lemma_.lower() if verb is not None else ""
        if verb is not None and any(t.dep_ == "relcl" and t.head.lower_ in STRIKE_NOUNS and t.head.lower_.endswith("s")
                                    for t in [verb, *verb.ancestors][:3]):
            continue  # "a series of attacks that have killed dozens": not this event
        shot_down = _down_particle(verb)
        part = [c for c in tok.children if c.dep_ == "quantmod" and c.like_num]
        if kind == "weapon" and aggregate is None:
            aggregate = _AGGREGATE.search(span_text(sent)) is not None
        if kind == "weapon" and (aggregate or vlemma in {"lose", "lost"}):
            continue  # "since the end of last year", "45 decoys lost locally"
        if kind == "weapon" and part and any(c.lower_ == "of" for c in tok.children):
            # "18 of 20 missiles" parsed with 20 as the head.
            if (pv := number_value(part[0])) is not None and (vlemma in INTERCEPT_WORDS or shot_down):
                done.add(part[0].i)
                _add(out, "intercepted", *pv)
                _add(out, "launched", value, approx)
                continue
        # "Two Russian missiles destroyed a warehouse": weapons that destroy something are a
        # strike's, not weapons destroyed.
        struck = (vlemma in INTERCEPT_WORDS and not shot_down and noun is not None and noun.dep_ == "nsubj"
                  and verb is not None and any(c.dep_ in {"dobj", "obj"} and not any(
                      t.lower_ in _WEAPON_NOUNS for t in c.subtree) for c in verb.children))
        if kind == "weapon":
            if (vlemma in INTERCEPT_WORDS or shot_down) and not struck:
                if any(c.lower_ == "all" for c in (noun.children if noun is not None else ())):
                    _add(out, "launched", value, approx)  # "all 39 drones": every one was downed
                # "three of the five missiles … were shot down": 3 intercepted, 5 launched.
                _add(out, "intercepted", value, approx)
                if noun is not None and noun.like_num:
                    total = [noun]
                else:
                    total = [n for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                             for p in prep.children for n in p.children if n.dep_ == "nummod"]
                for n in total:
                    if (tv := number_value(n)) is not None:
                        done.add(n.i)
                        _add(out, "launched", *tv)
                continue
            if tok.lower_ == "one" and noun is not None and noun.dep_ == "nsubj" and vlemma in {"hit", "strike"}:
                continue  # "One missile hit an energy facility in Stryi": one of those told, not a count launched
            if vlemma in LAUNCH_VERBS or (noun is not None and (noun.head.lower_ == "with" or noun.dep_ == "nsubj")):
                _add(out, "launched", value, approx)
            continue
        word = vlemma
        if word in KILL_WORDS or tok.head.lower_ in {"killed", "dead"}:
            _add(out, "killed", value, approx)
        elif word in INJURE_WORDS or tok.head.lower_ in {"injured", "wounded"}:
            _add(out, "injured", value, approx)
    if (out.intercepted is None and may_hold(text := span_text(sent), _ONE_DOWNED_HOLDS)
            and _ONE_DOWNED.search(text)):
        out.intercepted = 1  # "a drone was shot down over the fleet's headquarters"
    words = casualties(span_text(sent))
    for name in ("killed", "injured"):
        if getattr(words, name) is not None:
            # The words' reading wins: the parse adds up lists ("1 killed, 4 injured" → 5 killed).
            setattr(out, name, getattr(words, name))
            out.approximate.discard(name)
            out.approximate.update(words.approximate & {name})
    return out


# A figure, but not the first word of "two dozen" or "three hundred" (the parse reads those).
_NUM = (r"(?:\d{1,5}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
        + r")(?![\d,.]*\s+(?:dozen|hundred|thousand)\b)")
FIGURE = r"(?:\d{1,5}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + r")"
_APPROX = r"(?:(?:at least|more than|over|some|about|around|nearly|up to)\s+)?(?:another\s+)?"
_WHO = r"(?:(?:" + "|".join(sorted(PEOPLE | {"more", "other", "local", "young", "elderly", "teenagers", "teenager",
                                           "police", "officers", "firefighters", "rescuers", "medics", "volunteers",
                                           "boy", "girl", "boys", "girls", "woman", "man", "employee"},
                                          key=len, reverse=True)) + r")\s+){0,2}"
_BE = r"(?:(?:were|was|have been|has been|are|is|had been)\s+)?(?:(?:reportedly|reported|confirmed|reported as|"
_BE += r"later|also|seriously|critically|lightly|fatally|as)\s+){0,2}"
#: "1 person killed", "at least two people reported dead", "8 dead, 20 wounded".
_CASUALTY_AFTER = re.compile(rf"\b({_APPROX})({_NUM})\+?\s+{_WHO}{_BE}(killed|dead|died|injured|wounded|hurt)\b",
                             re.I)  # ("40+ injured": 40)
#: "killing three", "injuring another five", "killed at least 4 civilians".
_CASUALTY_BEFORE = re.compile(rf"\b(killing|injuring|wounding|killed|injured|wounded|kills|injures|wounds)\s+"
                              rf"({_APPROX})({_NUM})\b(?!\s*(?:km|%|per))",  # (headlines: "strike kills 9")
                              re.I)
_KILLED = {"killed", "dead", "died", "killing", "kills", "fatality", "fatalities", "deaths"}
#: "2 fatalities reported", "12 fatalities, including 5 children".
_FATALITIES = re.compile(rf"\b({_APPROX})({_NUM})\s+(fatalit(?:y|ies)|deaths?|martyrs?)\b", re.I)
#: "killing an elderly couple": two people.
_COUPLE = re.compile(r"\b(kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?couple\b"
                     r"|\bcouple\s+(?:was\s+|were\s+)?(killed|injured|wounded)\b", re.I)
#: "drone kills family of four", "killed a family of six", "a family of five was killed".
_FAMILY = re.compile(rf"\b(?:(kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing))\s+(?:a\s+|the\s+)?family\s+of\s+({_NUM})"
                     rf"|family\s+of\s+({_NUM})\s+(?:was\s+|were\s+|has been\s+)?(killed|injured|wounded|dead))\b", re.I)
#: "the death toll rose to 40", "Death toll from Dnipro strike rises to 40", "the toll from
#: Tuesday's strike on Poltava rose to 55", "the number of people injured … has risen to 19".
_DEATH_TOLL = re.compile(rf"\b(?:death toll|toll|number of (?:people |those )?(killed|dead|deaths|victims|injured|wounded|hurt))\b"
                         rf"[^.;]{{0,100}}?\b(?:rises|rose|climbs|climbed|reaches|reached|stands at|stood at|"
                         rf"is now|has risen to|risen to|grew to|grows to|jumps to|jumped to)\s+(?:to\s+)?({_APPROX})({_NUM})\b",
                         re.I)
#: A coded note's or a tally's fields: "Fatalities: 5", "Killed: 2, injured: 11".
_FIELD_FIGURE = re.compile(rf"\b(fatalities|deaths|dead|killed|injured|wounded)\s*[:\u2013\u2014-]\s*({_APPROX})({_NUM})\b", re.I)
#: "14 bodies have been recovered", "rescuers pulled out 9 bodies".
_BODIES = re.compile(rf"\b({_APPROX})({_NUM})\s+bodies\b", re.I)
#: "two men have shrapnel injuries", "three residents sustained wounds".
_HAVE_INJURIES = re.compile(rf"\b({_APPROX})({_NUM})\s+(?:people|persons|men|women|civilians|residents|children|"
                            r"soldiers|workers)\s+(?:have|has|had|with|sustained|suffered|received|got)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b", re.I)
# More nouns of one person, for both patterns below.
_MORE_PEOPLE = (r"journalist|reporter|photographer|cameraman|adviser|advisor|officer|employee|guard|firefighter|"
                r"paramedic|student|pupil|mother|father|son|daughter|wife|husband|grandmother|grandfather|baby|"
                r"infant|toddler|priest|security guard|shop assistant|cyclist|fisherman|engineer|owner|"
                r"passenger|occupant|tenant|neighbour|neighbor")
#: "a woman was killed", "a man was wounded": one person.
_ONE_PERSON = re.compile(r"\b(?:a|an|the|one|another|its|his|her)\s+(?:[\w-]+\s+)?(?:\d{1,3}-year-old|woman|man|child|girl|boy|person|civilian|resident|"
                         r"teenager|pensioner|driver|worker|soldier|serviceman|volunteer|policeman|rescuer|medic|"
                         rf"passer-by|{_MORE_PEOPLE})"
                         r"(?:\s+\(\d{1,3}\)|,\s*(?:aged\s+)?\d{1,3},)?\s+(?:was\s+|is\s+|has been\s+)?"
                         r"(?:reportedly\s+|also\s+|seriously\s+|fatally\s+|slightly\s+|later\s+)?(killed|injured|wounded|died|hurt)\b",
                         re.I)
#: "killing a teacher", "wounding an elderly woman", "shelling killed a woman", "wounding
#: the driver": one person, after the verb.
_ONE_PERSON_AFTER = re.compile(r"\b(killing|injuring|wounding|killed|injured|wounded)\s+(?:a|an|one|the|its|his|her)\s+(?:[\w-]+\s+)?(?:woman|man|child|girl|"
                               r"boy|person|civilian|resident|teenager|pensioner|driver|worker|soldier|serviceman|"
                               r"volunteer|policeman|rescuer|medic|passer-by|teacher|doctor|nurse|farmer|"
                               rf"{_MORE_PEOPLE})\b", re.I)
_PERSON = (r"(?:woman|man|child|girl|boy|person|civilian|resident|teenager|pensioner|driver|worker|soldier|"
           rf"\d{{1,3}}-year-old|{_MORE_PEOPLE})")
#: "a woman and a child were killed", "One woman and child reported as killed": two people.
_TWO_PEOPLE = re.compile(rf"\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?{_PERSON}\s+and\s+(?:a\s+|an\s+|one\s+|the\s+|her\s+|his\s+|their\s+)?"
                         rf"(?:[\w-]+\s+)?{_PERSON}\s+(?:were\s+|have been\s+)?(?:reportedly\s+|reported\s+(?:as\s+)?)?"
                         r"(killed|injured|wounded|dead|hurt)\b", re.I)
#: A bare noun of one person at the head of a clause, as headlines write it: "…, driver killed".
_ONE_PERSON_BARE = re.compile(rf"(?:^|[,;:—–]\s*)(?:{_PERSON})\s+(killed|injured|wounded|dead|hurt)\b", re.I)
#: Words that state that nobody was killed or hurt: (pattern, fields set to 0).
_NONE_HURT: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple((re.compile(p, re.I), f) for p, f in (
    (r"\bno (?:casualties|victims)\b|\bwithout (?:casualties|victims)\b|\bno (?:one|people|person|residents|"
     r"civilians) (?:was |were )?(?:hurt|harmed|affected)\b|\bno one was (?:killed or|hurt or) (?:injured|killed)\b"
     r"|\bnobody was (?:hurt|harmed)\b|\bnobody was (?:killed or|hurt or) (?:injured|killed)\b",
     ("killed", "injured")),
    (r"\bno (?:fatalities|deaths|dead)\b|\b(?:no (?:one|people|person)|nobody) (?:was|were) killed\b", ("killed",)),
    (r"\bno (?:injuries|injured|wounded)\b|\b(?:no (?:one|people|person)|nobody) (?:(?:was|were) )?(?:injured|wounded)\b",
     ("injured",)),
))


def casualty_figures(text: str) -> list[tuple[int, int, str, int, bool]]:
    """Every killed or injured figure the words of a sentence state, in order:
    ``(start, end, field, value, approximate)`` with character offsets into ``text``."""
    return list(_casualty_figures(text))


@lru_cache(maxsize=2048)
def _casualty_figures(text: str) -> tuple[tuple[int, int, str, int, bool], ...]:
    # Cached: an event sentence is read by counts_in and by the events' _local_casualties.
    found: list[tuple[int, int, str, int, bool]] = []
    if not (may_hold(text, _CASUALTY_HOLDS) and _ANY_CASUALTY.search(text)):
        return ()
    for m in _CASUALTY_AFTER.finditer(text):
        approx, num, word = m.group(1), m.group(2), m.group(3)
        if text[max(0, m.start() - 3):m.start()].lower() == "no ":
            continue  # "no one hurt" is nobody (see _NONE_HURT)
        found.append((m.start(), m.end(), "killed" if word.lower() in _KILLED else "injured", word_number(num),
                      _is_approx(approx)))
    for m in _CASUALTY_BEFORE.finditer(text):
        word, approx, num = m.group(1), m.group(2), m.group(3)
        following = text[m.end():m.end() + 12].lower()
        if any(w in following for w in ("drone", "missile", "rocket", "shell")):
            continue
        found.append((m.start(), m.end(), "killed" if word.lower() in _KILLED else "injured", word_number(num),
                      _is_approx(approx)))
    for m in _DEATH_TOLL.finditer(text):
        hurt = (m.group(1) or "").lower() in {"injured", "wounded", "hurt"}
        found.append((m.start(), m.end(), "injured" if hurt else "killed", word_number(m.group(3)), _is_approx(m.group(2))))
    for m in _FIELD_FIGURE.finditer(text):
        found.append((m.start(), m.end(), "killed" if m.group(1).lower() in _KILLED else "injured",
                      word_number(m.group(3)), _is_approx(m.group(2))))
    for m in _BODIES.finditer(text):
        found.append((m.start(), m.end(), "killed", word_number(m.group(2)), _is_approx(m.group(1))))
    for m in _HAVE_INJURIES.finditer(text):
        found.append((m.start(), m.end(), "injured", word_number(m.group(2)), _is_approx(m.group(1))))
    for m in _FATALITIES.finditer(text):
        found.append((m.start(), m.end(), "killed", word_number(m.group(2)), _is_approx(m.group(1))))
    for m in _FAMILY.finditer(text):
        verb = (m.group(1) or m.group(4)).lower()
        found.append((m.start(), m.end(), "killed" if verb.startswith(("kill", "dead")) else "injured",
                      word_number(m.group(2) or m.group(3)), False))
    for m in _COUPLE.finditer(text):
        verb = (m.group(1) or m.group(2)).lower()
        found.append((m.start(), m.end(), "killed" if verb.startswith("kill") else "injured", 2, False))
    for m in _TWO_PEOPLE.finditer(text):
        found.append((m.start(), m.end(), "killed" if m.group(1).lower() in _KILLED else "injured", 2, False))
    for m in (*_ONE_PERSON.finditer(text), *_ONE_PERSON_AFTER.finditer(text), *_ONE_PERSON_BARE.finditer(text)):
        found.append((m.start(), m.end(), "killed" if m.group(1).lower() in _KILLED else "injured", 1, False))
    for pattern, fields in _NONE_HURT:
        for m in pattern.finditer(text):
            found.extend((m.start(), m.end(), f, 0, False) for f in fields)
    return tuple(sorted(found))


def casualties(text: str) -> Counts:
    """Killed and injured figures read from the words of a sentence, where the parse of a
    list ("One person killed, 4 injured") or a caption's note ("[Graphic …] 2 dead") fails.
    The first figure stated for a field counts (a later one restates it).

    Examples
    --------
    >>> c = casualties("One person reported killed, 9 injured in shelling of market.")
    >>> (c.killed, c.injured)
    (1, 9)
    """
    out = Counts()
    for _, _, name, value, approx in casualty_figures(text):
        _add_once(out, name, value, approx)
    return out


def _is_approx(words: str) -> bool:
    """Whether the words before a figure make it a lower bound ("at least", not "another")."""
    return bool(re.sub(r"\banother\b", "", words, flags=re.I).strip())


def word_number(num: str) -> int:
    """The value of a figure as written (\"12\", \"twelve\")."""
    low = num.lower()
    return int(low) if low.isdecimal() else NUMBER_WORDS[low]


def _add_once(c: Counts, name: str, value: int, approx: bool) -> None:
    """Keep the first figure a sentence gives for a field: a later one restates it."""
    if getattr(c, name) is None:
        setattr(c, name, value)
        if approx:
            c.approximate.add(name)


def _add(c: Counts, name: str, value: int, approx: bool) -> None:
    setattr(c, name, (getattr(c, name) or 0) + value)
    if approx:
        c.approximate.add(name)


_CASUALTY_HOLDS = ("kill", "dead", "die", "injur", "wound", "hurt", "fatalit", "death", "casualt", "victim", "toll",
                   "bodies", "martyr")
_ANY_CASUALTY = re.compile("|".join(_CASUALTY_HOLDS), re.I)


def weapon_systems(text: str) -> list[tuple[str, str]]:
    """Named systems in ``text`` as (name, class), in order of first mention."""
    return list(_systems(text))


def first_system_at(text: str) -> int:
    """Offset in ``text`` of the first named weapon system, or -1."""
    found = _systems_at(text)
    return found[0][0] if found else -1


@lru_cache(maxsize=2048)
def _systems(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, c) for _, n, c in _systems_at(text))


@lru_cache(maxsize=2048)
def _systems_at(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset of the first mention, name, class) of each named system, in order of mention."""
    # Cached: an article's text and its event sentences are searched more than once.
    low = text.lower()
    if not any(h in low for h in _SYSTEM_HINTS):
        return ()
    found: list[tuple[int, str, str]] = []
    for pat, name, cls in WEAPON_SYSTEMS:
        m = pat.search(text)
        if m:
            found.append((m.start(), name, cls))
    return tuple(sorted(found))


@lru_cache(maxsize=2048)  # (each place an event sentence links asks again)
def target_type(text: str, feature_code: str, kind: str, place_name: str) -> str | None:
    """What was hit: from the gazetteer site or airfield, else the words of the sentence."""
    if kind == "site" and feature_code in SITE_KIND_TARGETS:
        return SITE_KIND_TARGETS[feature_code]
    if kind == "airfield":
        return "air base" if re.search(r"air ?base|air force|afb", place_name, re.I) else "airport"
    best: tuple[int, str] | None = None
    for pat, t in TARGET_WORDS:
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), t)
    return best[1] if best else None


def claimant_of(sent: Span, trig: Token) -> tuple[str | None, str | None]:
    """Who reports the event, and that source's side: ("Russia's Ministry of Defence", "RU")."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to":
            for c in sent.doc[tok.i + 1].children:
                if c.dep_ == "pobj":
                    return _np_text(c), _side(c.subtree)
    for anc in [trig, *trig.ancestors]:
        if anc.lemma_.lower() in REPORT_VERBS and anc.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "neg" or c.lower_ == "never" for c in anc.children):
                continue  # "Ukraine never claimed responsibility": not a claim
            for c in anc.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "he", "she", "they", "which", "who"}:
                    return _np_text(c), _side(c.subtree)
    return None, None


def _np_text(tok: Token) -> str:
    """The noun phrase of ``tok`` up to its first comma ("Yuriy Malashko", not the apposition)."""
    toks = list(tok.subtree)
    words: list[str] = []
    for t in toks:
        if t.text in {",", "(", "—", "–"} and words:
            break
        words.append(t.text_with_ws)
    return " ".join("".join(words[:12]).split())


def _side(tokens) -> str | None:  # type: ignore[no-untyped-def]
    for t in tokens:
        if t.lower_ in ACTORS and t.text[:1].isupper():
            return ACTORS[t.lower_]
    return None


# -- official tallies ------------------------------------------------------------------
# An air force's daily statement counts what was launched and what was downed, often in
# several sentences and with a breakdown by type ("204 means of air attack: 116 missiles …
# and 88 UAVs"). The parse of such lists is unreliable, so the totals are read from the
# words: each figure that counts weapons, classed by the verb of its clause.
_WEAPON_NOUN = (r"(?:missiles?|drones?|uavs?|shahed(?:-[\w/]+)|shaheds?|rockets?|decoys?|"
                r"means(?: of (?:air )?attack)?|air attack means|aerial weapons|weapons|targets|"
                r"kh-[\w/]+|kalibrs?|iskanders?(?:-[\w/]+)?|kinzhals?|oniks|s-300s?|s-400s?|zircons?|gerans?)")
_TOTAL_NOUN = re.compile(r"^(?:means|means of (?:air )?attack|air attack means|aerial weapons|weapons|targets)$", re.I)
# A figure is no part of a system's name ("Shahed-136", "Kh-101/Kh-555").
_WEAPON_GROUP = re.compile(rf"\b(all\s+|both\s+)?({_APPROX})(?<![-/:])({_NUM})\s+((?:[\w/\-]+\s+){{0,4}}?)"
                           rf"{_WEAPON_NOUN}\b", re.I)
_DOWN_VERBS = r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)"
# A figure without its noun: "5 were shot down", "34 shot down over …", "downed 61 over …".
# ("Shot down – 63", "neutralised: 406", "Neutralised 53: 31 shot down …".)
_BARE_GROUP = re.compile(rf"\b({_APPROX})(?<![-/:])({_NUM})\s+(?:of them\s+)?"
                         rf"(?=were\b|have been\b|had been\b|{_DOWN_VERBS}\b)"
                         rf"|\b{_DOWN_VERBS}(?:\s+|\s*[:\u2013\u2014-]\s*)({_APPROX})(?<![-/:])({_NUM})"
                         # ("shot down 58 of them: 21 in Kyiv region, …")
                         rf"(?:\s+of\s+(?:them|these))?(?=\s+(?:over|across|in|and)\b|\s*[,;.:(]|\s*$)",
                         re.I)
#: A figure a statement's field gives without a noun: "Total launched: 62 (…)", "means of air
#: attack: 452 (407 drones, 45 missiles)", "launched – 62".
_FIELD_LAUNCHED = re.compile(rf"\b(?:(?:total(?:ly)?\s+)?(?:launched|used|recorded)|means of (?:air )?attack|"
                             rf"air attack means)\s*[:\u2013\u2014-]\s*({_APPROX})({_NUM})\b(?!\s*[-/])", re.I)
#: "downed 35 of 53 missiles": 53 launched, 35 downed.
_OF_GROUP = re.compile(rf"\b({_APPROX})({_NUM})\s+(?:out\s+)?of\s+(?:the\s+)?({_NUM})\s+((?:[\w/\-]+\s+){{0,4}}?)"
                       rf"{_WEAPON_NOUN}\b", re.I)
#: What may stand between two figures of one list ("shot down five ATACMS and four Storm
#: Shadows"): after anything else the second figure's kind is read afresh.
_LIST_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_LIST_JOIN = re.compile(r"^\s*(?:,|and|,\s*and|as well as|plus|&)?\s*$", re.I)
_INTERCEPT_WORDS = re.compile(r"\b(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed|suppressed|"
                              r"brought down|repelled|eliminated)\b|\bdowned\b|^\s*downed\b", re.I)
_LAUNCH_WORDS = re.compile(r"\b(?:launched|attacked|used|using|fired|recorded|carried out|sent|deployed|employed|"
                           r"struck with|detected|tracked)\b", re.I)
_LOST_WORDS = re.compile(r"\blost\b|\blocally\b|\bdid not reach\b|\bfailed to reach\b", re.I)
_BREAKDOWN_BEFORE = re.compile(r"(?:including|of which|of them|among them|incl\.)\s*$|\(\s*$", re.I)


# Each figure of a tally has a digit, a number word or "both": a clause with none has none.
_MAY_COUNT = re.compile(r"\d|both|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)),
                        re.I)
_COUNT_WORDS = ("both", *NUMBER_WORDS)
_DIGIT = re.compile(r"\d")


def _may_count(clause: str) -> bool:
    """``_MAY_COUNT.search(clause)``, with substring tests first (see :func:`may_hold`)."""
    return _DIGIT.search(clause) is not None or (may_hold(clause, _COUNT_WORDS)
                                                 and _MAY_COUNT.search(clause) is not None)
_HITS_OF = re.compile(r"\b(?:hits?|impacts?|arrivals?) of\s*$", re.I)
_ALL_OF_CLASS = re.compile(r"\ball (?:of )?the (missiles|drones|uavs|shaheds|rockets)\b", re.I)
_DRONE_NOUN = re.compile(r"drone|uav|shahed|geran|decoy", re.I)
_MISSILE_NOUN = re.compile(r"missile|rocket|^kh-|kalibr|iskander|kinzhal|oniks|s-[34]00|zircon", re.I)


def _class_of(noun: str) -> str | None:
    """The weapon class a tally's noun counts ("Shaheds" -> drone), None for totals."""
    if _DRONE_NOUN.search(noun):
        return "drone"
    if _MISSILE_NOUN.search(noun):
        return "missile"
    return None


def has_downing(text: str) -> bool:
    """Whether a text tells of weapons downed (the quick test before :func:`tally`)."""
    return may_hold(text, _INTERCEPT_HOLDS) and _INTERCEPT_WORDS.search(text) is not None


# What every match of _INTERCEPT_WORDS holds (see may_hold).
_INTERCEPT_HOLDS = ("destroyed", "shot down", "downed", "intercepted", "neutrali", "suppressed", "brought down",
                    "repelled", "eliminated")


@dataclass
class Tally:
    """Totals an official statement gives: weapons launched and weapons downed."""

    launched: int | None = None
    intercepted: int | None = None
    approximate: set[str] = field(default_factory=set)


def tally(sentences: list[str]) -> Tally:
    """The launched and downed totals of an official statement (see the comment above).

    Per clause (split at ";"), a figure of "means of air attack" or "aerial weapons" is a
    total and the figures after it break it down; otherwise the weapon figures add up, except
    those after "including" or "of them" and inside brackets. A clause whose verb downs
    weapons gives downed figures, one that launches or records them gives launched ones, and
    weapons "lost locally" (jammed) are neither. "all of them" repeats the launched figure.

    Examples
    --------
    >>> t = tally(["Overnight the enemy launched 574 drones and 40 missiles.",
    ...            "Air defence shot down 541 drones and 32 missiles."])
    >>> (t.launched, t.intercepted)
    (614, 573)
    """
    out = Tally()
    launched_by: dict[str, int] = {}  # launched figures per weapon class, for "all the missiles"
    for n, sentence in enumerate(sentences):
        # (A statement's lines are clauses of their own: "— neutralised: 406".)
        for clause in re.split(r";|(?<=\.)\s|\n", sentence):
            if not clause.strip() or not _may_count(clause):
                continue
            groups: list[tuple[int, int, int, bool, bool]] = []  # start, end, value, approx, is_total
            classes: dict[int, str | None] = {}
            forced: dict[int, str] = {}  # the kind a group's own words give it
            added: dict[str, int] = {}
            pairs = [m for m in _OF_GROUP.finditer(clause)] if _INTERCEPT_WORDS.search(clause) else []
            for m in pairs:  # "downed 35 of 53 missiles"
                added["intercepted"] = added.get("intercepted", 0) + word_number(m.group(2))
                added["launched"] = added.get("launched", 0) + word_number(m.group(3))
                cls = _class_of(clause[m.end(4):m.end()])
                if cls:
                    launched_by[cls] = launched_by.get(cls, 0) + word_number(m.group(3))
            fields = {m.start(2): m for m in _FIELD_LAUNCHED.finditer(clause)}
            for m in _WEAPON_GROUP.finditer(clause):
                if any(p.start() <= m.start(3) < p.end() for p in pairs):
                    continue
                if fields.pop(m.start(3), None) is not None:
                    forced[m.start()] = "launched"  # "Launched: 50 Kh-101 cruise missiles, …"
                noun = clause[m.end(4):m.end()].strip()
                groups.append((m.start(), m.end(), word_number(m.group(3)), _is_approx(m.group(2)),
                               bool(_TOTAL_NOUN.match(noun))))
                classes[m.start()] = _class_of(noun)
            for m in fields.values():  # "Total launched: 62 (…)": a figure without its noun
                groups.append((m.start(1), m.end(), word_number(m.group(2)), _is_approx(m.group(1)), False))
                forced[m.start(1)] = "launched"
            for m in re.finditer(rf"\bboth\s+(?:[\w/\-]+\s+){{0,2}}?{_WEAPON_NOUN}\b", clause, re.I):
                groups.append((m.start(), m.end(), 2, False, False))  # "both drones were shot down"
            for m in _BARE_GROUP.finditer(clause):
                g = 1 if m.group(2) else 3
                if not any(a <= m.start(g) < b for a, b, *_ in groups) and not any(
                        p.start() <= m.start(g + 1) < p.end() for p in pairs):
                    groups.append((m.start(g), m.end(), word_number(m.group(g + 1)), _is_approx(m.group(g)), False))
            groups.sort()
            if not groups and not added:
                continue
            total_at = next((g for g in groups if g[4]), None)
            total_class: str | None = None
            colon = next((m.start() for m in _LIST_COLON.finditer(clause)), -1)  # (not "06:00")
            if total_at is None and colon > 0:
                before = [g for g in groups if g[1] <= colon]
                after = [g for g in groups if g[0] > colon]
                # (Of its own class: "81 missiles: 28 Kh-101, 20 Kalibr, …, plus 8 Shahed drones".)
                own = classes.get(before[-1][0]) if before else None
                parts = [g for g in after if own is None or classes.get(g[0]) in (own, None)]
                if before and parts and before[-1][2] >= sum(g[2] for g in parts):
                    total_at = before[-1]  # "31 missiles: 2 Kinzhal and 29 Kh-101"
                    total_class = own
            kind_default = ("intercepted" if _INTERCEPT_WORDS.search(clause)
                            else "launched" if _LAUNCH_WORDS.search(clause) else None)
            downed_here: set[str] = set()
            last_kind: str | None = None
            earlier = dict(launched_by)  # the launched figures of the clauses before, per class
            clause_launched: dict[str, int] = {}
            for k, (a, b, value, approx, is_total) in enumerate(groups):
                if total_at is not None and a > total_at[0] and (
                        total_class is None or classes.get(a) in (total_class, None)):
                    continue  # a breakdown of the total
                nxt = groups[k + 1][0] if k + 1 < len(groups) else len(clause)
                between = clause[groups[k - 1][1]:a] if k else ""
                if clause[:a].count("(") > clause[:a].count(")"):
                    continue
                if _BREAKDOWN_BEFORE.search(clause[:a]) or (last_kind == "part" and _LIST_JOIN.match(between)
                                                       and not re.match(r"\s*,\s*and\b", between)):
                    # "of which 10 Kinzhals" breaks the launched figure down (and so does the rest
                    # of its list, up to ", and"), but "of which 102 missiles and 99 drones were
                    # destroyed" tells the downed part.
                    rest = clause[b:]
                    down, launch = _INTERCEPT_WORDS.search(rest), _LAUNCH_WORDS.search(rest)
                    if not (down and (launch is None or down.start() < launch.start())
                            and not _BREAKDOWN_BEFORE.search(rest[:down.start()] + " ")):
                        last_kind = "part"
                        continue
                    if last_kind != "part" and not _BREAKDOWN_BEFORE.search(clause[:a]):
                        continue
                    last_kind = "intercepted"
                after = clause[b:nxt]
                lost = _LOST_WORDS.search(after)
                if lost and not _INTERCEPT_WORDS.search(after, 0, lost.start()):
                    continue  # "8 were lost locally", not "34 shot down over X, 8 lost locally"
                # The verb that comes first after the figure ("Five drones were also launched,
                # all of them shot down"), else one just before it ("destroyed 58 drones").
                first = min(((m.start(), k) for k, m in (("intercepted", _INTERCEPT_WORDS.search(after)),
                                                         ("launched", _LAUNCH_WORDS.search(after))) if m),
                            default=None)
                before = clause[:a][-25:]
                if a in forced:
                    kind = forced[a]
                elif _HITS_OF.search(before):
                    kind = "hit"  # "Hits of 8 missiles and 39 drones were recorded": neither launched nor downed
                elif last_kind not in (None, "part") and k and _LIST_JOIN.match(between):
                    kind = last_kind  # "shot down five ATACMS and four Storm Shadows"
                else:
                    kind = (first[1] if first else "intercepted" if _INTERCEPT_WORDS.search(before)
                            else "launched" if _LAUNCH_WORDS.search(before) else kind_default)
                if kind is None and (is_total or n == 0):
                    # "In total 63 means: 34 Shaheds, …"; a statement's opening line that
                    # only counts ("Overnight 8 May: 55 missiles and 21 Shaheds.").
                    kind = "launched"
                if kind is None:
                    continue
                last_kind = kind
                if kind == "hit":
                    continue
                added[kind] = added.get(kind, 0) + value
                if approx:
                    out.approximate.add(kind)
                cls = classes.get(a)
                if cls:
                    if kind == "launched":
                        launched_by[cls] = launched_by.get(cls, 0) + value
                        clause_launched[cls] = clause_launched.get(cls, 0) + value
                    else:
                        downed_here.add(cls)
            if _INTERCEPT_WORDS.search(clause):
                for m in _ALL_OF_CLASS.finditer(clause):
                    cls = _class_of(m.group(1))
                    if cls in launched_by and cls not in downed_here and (
                            "launched" not in added or _INTERCEPT_WORDS.search(clause, m.end())):
                        # "73 drones and 5 Kh-101 missiles … 60 drones and all the missiles were destroyed",
                        # "fired 99 missiles and 35 drones …, and 72 missiles and all the drones were destroyed"
                        added["intercepted"] = added.get("intercepted", 0) + launched_by[cls]
                        downed_here.add(cls)
            if "launched" in added and re.search(r"\ball of them\b|\bboth of them\b", clause, re.I) \
                    and _INTERCEPT_WORDS.search(clause):
                added["intercepted"] = added.get("intercepted", 0) + added["launched"]  # "…, all of them shot down"
            if clause_launched and all(earlier.get(c) == v for c, v in clause_launched.items()) \
                    and added.get("launched") == sum(clause_launched.values()):
                # "… struck with 78 missiles and 106 drones. Launched: 50 Kh-101 …, 7 Kh-59 …,
                # 19 Kalibr and 2 Kinzhal": a later list that adds up to a class's figure breaks it down.
                del added["launched"]
                for c, v in clause_launched.items():
                    launched_by[c] -= v
            for kind, value in added.items():
                setattr(out, kind, (getattr(out, kind) or 0) + value)
    return out
