"""Stage 4: turn sentences that report strikes into events at their target places.

For each sentence the stage finds *triggers* (strike verbs such as "struck", "shelled",
"targeting"; strike nouns such as "attack", "airstrike"; interception verbs such as
"intercepted", "downed", "shot down") and links each resolved place to a trigger only
when the dependency parse puts the place in the trigger's reach:

* inside the trigger's subtree, or the subtree of the verb that governs a strike noun
  ("resumed drone strikes …, resulting in closures at Sheremetyevo");
* not in the subject of that verb: "Moscow has vowed to retaliate", "Kyiv responded …,
  shelling Belgorod" name actors, not targets;
* not a distance reference ("150 miles from Moscow"), a launch site ("from X"), a venue
  of talks ("a meeting … in Brussels"), or a parenthesised locator ("Sheremetyevo (Moscow)");
* not in a sentence about history or fiction ("the battle of Thermopylae (480 BC)").

A place that contains another linked place of the same sentence ("Kursk in southern
Russia") only locates it. Within one article, events at the same place, by the same side,
on the same date are merged, and a country- or region-level event is folded into a more
precise event inside it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from .attributes import (FIGURE, came_under, NUMBER_WORDS, Counts, Tally, casualty_figures, claimant_of, counts_in, first_system_at, has_downing, number_value,
                         sentence_of, span_text, tally, target_type, token_table, weapon_systems,
                         word_number)
from .dates import MONTH_YEAR as PAST_MONTH_YEAR
from .dates import YEAR_ONLY as PAST_YEAR
from .dates import MONTH_STEMS, Anchor, event_date
from .geo import contains, haversine_km
from .lexicon import (ACTORS, CAPITAL_UNITS, PREPARE_VERBS, THREAT_VERBS, TALLY_COUNTRY, LAUNCH_ORIGINS, OCCUPIED_WORDS, STRUCK_BY, DROPPED_MUNITIONS, HYPOTHETICAL_MODALS, RECORD_VERBS, SYSTEM_SIDE, CLOSURE_WORDS, CONSEQUENCE_VERBS, CONTROLLED_BY, DEBRIS_WORDS, INTERCEPTOR_WORDS, DEFAULT_WEAPON,
                      ATTEMPT_WORDS, DIRECTIONS, DISTANCE_UNITS, DYADS, KEEP_VERBS, MILITARY_TARGET_NOUNS, NON_LETHAL_WORDS, EVENT_TYPES, EXPLOSION_WORDS, GROUND_TYPES, GROUND_VERBS, HISTORY_MARKERS,
                      DOWNED_WORDS, INTERCEPT_NOUNS, INTERCEPT_VERBS, OCCUPIED_SINCE, PRODUCTION_LEMMAS, PRODUCTION_VENUES,
                      REPORT_VERBS, SHELLING_LEMMAS, STRIKE_NOUNS, STRIKE_VERBS, TARGET_PREPS, THEATRE_COUNTRIES,
                      VENUE_NOUNS, WEAPON_SITE_NOUNS, WEAPONS)
from .merge import SAME_PLACE_KM, merge_article_events, same_place
from .models import (COUNT_FIELDS, UNKNOWN_DATE, Article, Decision, EventDate, GazetteerEntry, PlaceMention,
                     ResolvedPlace, Source, StrikeEvent, larger_counts)
from .normalize import may_hold
from .rules import (NO_SUMMARY_SPEAKERS, LINEAR_REACH, WEATHER_WORDS, COMBINED_MEANS, CITY_DISTRICT_KM, DISPLAY_WORDS, TRANSPORT_VERBS, CARE_NOUNS, LIST_TOWN_POPULATION, WEAPON_NAMESAKE_POPULATION, ACCUSE_VERBS, AFTERMATH_SUBJECT_VERBS, ALERT_WORDS, AWAIT_VERBS, AMBIGUOUS_LEAD, BACKGROUND_HINTS, BACKGROUND_PATTERNS, BASING_VERBS,
                    CARRY_OPENERS, CONFIDENCE_FACTORS, CUE_FORMS, CUE_WEIGHTS, FOILED_VERBS, FOLLOW_UP_REACH, HOLD_BLAME_WORDS,
                    LAUNCH_BEFORE, LINK_RULES, MIN_CUE, MIN_CUE_LONG, MOVEMENT_WORDS, NEGATIONS, OFFICE_WORDS,
                    PROTECT_VERBS, REFERENCE_BEFORE, SHORT_TEXT_CHARS, SHORT_TEXT_SENTENCES, STATEMENT_VERBS,
                    SUPPLY_WORDS, TALLY_LINE_REACH, cue_of)

# Areas wider than a country: a strike "across the Middle East" or "on Europe" has no point.
# Sub-national areas of gazetteer/regions.csv ("Darfur") carry their country and are
# targets like a region.
_TOO_WIDE = frozenset({"continent", "macroregion"})


def _too_wide(entry: GazetteerEntry) -> bool:
    return entry.kind in _TOO_WIDE and not (entry.kind == "macroregion" and entry.country)
_SUBJECT_DEPS = {"nsubj", "csubj", "agent", "expl"}
#: Subjects that stand for a noun told before ("and another struck a plant").
_ELLIPTIC_SUBJECTS = frozenset({"another", "one", "other", "others", "second", "third", "rest"})
_ACTOR_MODIFIERS = {"compound", "poss", "amod", "nmod"}
_WEAPON_WORDS = {k for k in WEAPONS if " " not in k}
_MULTI_WEAPONS = sorted((k for k in WEAPONS if " " in k or "-" in k), key=len, reverse=True)
_WS = re.compile(r"\s+")
_BACK_REFERENCE = re.compile(r"\b(previous|preceding)\s+day\b|\bday\s+before\b|\byesterday\b", re.I)


def _is_intercept(tok: Token) -> bool:
    if tok.lower_ in {"shot", "brought"} and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "down":
        return True  # "— air defence shot down 3 Shaheds", however the line was parsed
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        if tok.lemma_ in {"shoot", "bring", "take"} and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            return True
        if tok.lower_ == "destroyed" and _counted_weapon_before(tok):
            return True  # "27 Shaheds destroyed (Mykolaiv region – 11, …)": a tally's line
        if tok.lemma_ == "destroy" or tok.lower_ == "destroyed":
            # "destroyed 58 drones", "57 of them were destroyed over the Kyiv region",
            # "were destroyed by air defence": what air defence does, not a strike.
            return _object_is_weapon(tok) or any(
                (c.dep_ == "prep" and c.lower_ == "over")
                or (c.dep_ in {"agent", "nsubj"} and any(t.lower_ in {"defence", "defense", "defences", "defenses"}
                                                          for t in c.subtree))
                for c in tok.children)
        if tok.lemma_ in {"work", "operate"}:
            # "Air defence worked over the Kyiv, Poltava and Sumy regions" (or "in the … regions"):
            # downings there ("air defence is working in Kyiv" is only heard).
            return any(c.dep_ == "prep" and (c.lower_ == "over" or (c.lower_ in {"in", "across"} and any(
                t.lower_ in {"region", "regions", "oblast", "oblasts"} for t in c.subtree))) for c in tok.children) and any(
                c.dep_ == "nsubj" and any(t.lower_ in {"defence", "defense", "defences", "defenses"} for t in c.subtree)
                for c in tok.children)
        return tok.lemma_ in INTERCEPT_VERBS or tok.lower_ in {"downed", "intercepted"}
    return tok.lower_ in INTERCEPT_NOUNS


def _classes_in(tokens: Iterable[Token]) -> set[str]:
    """The weapon classes the weapon words of ``tokens`` name."""
    return {WEAPONS[t.lower_] for t in tokens if t.lower_ in _WEAPON_WORDS}


def _counted_weapon_before(tok: Token) -> bool:
    """A counted weapon right before the word and nothing it acted on after it: "33 Shaheds
    destroyed (…)", "12 drones destroyed over …", but not "two drones destroyed a house"."""
    doc = tok.doc
    if tok.i == 0:
        return False
    noun = doc[tok.i - 1]
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else "."
    return (_weapon_word(noun) and any(c.dep_ == "nummod" or c.like_num for c in noun.children)
            and after in {"(", ":", "over", "in", "on", "near", "above", ",", ".", ";", "-", "–", "—", "\n"})


def _object_is_weapon(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass", "obj"}:
            if c.lemma_.lower() in WEAPON_SITE_NOUNS:
                continue  # "destroyed a warehouse of naval drones", "a HIMARS launcher": a target
            if any(_weapon_word(t) for t in c.subtree):
                return True
            phrase = " ".join(t.lower_ for t in c.subtree)
            if any(k in phrase for k in _MULTI_WEAPONS):
                return True  # "destroyed 96 unmanned aerial vehicles"
    return False


# Every word :func:`_is_trigger` or :func:`_is_other_trigger` can accept, by its lower case
# form or its lemma: most tokens are none of them, and this one test rules them out.
_TRIGGER_FORMS = frozenset(
    {*INTERCEPT_VERBS, *INTERCEPT_NOUNS, *STRIKE_VERBS, *STRIKE_NOUNS, *CONSEQUENCE_VERBS, *GROUND_VERBS,
     *CLOSURE_WORDS, "shoot", "bring", "take", "destroyed", "downed", "intercepted", "launch", "fire", "struck",
     "work", "operate", "drop", "fall", "fell", "affect", "affected", "targets", "target",
     "shelled", "targeted", "targeting", "barrage"})


# Every word (lower-case form or lemma) :func:`_is_intercept` can accept.
_INTERCEPT_FORMS = frozenset({*INTERCEPT_VERBS, *INTERCEPT_NOUNS, "shot", "brought", "shoot", "bring", "take",
                              "destroy", "destroyed", "downed", "intercepted"})


def _tokens_with(sent: Span, forms: frozenset[str]) -> Iterator[Token]:
    """The tokens of ``sent`` whose lower-case form, lemma or lower-case lemma is in
    ``forms``, found in the document's :func:`~geostrike.attributes.token_table`."""
    doc = sent.doc
    table = token_table(doc)
    lower, lemma, lemma_lower = table.lower, table.lemma, table.lemma_lower
    for i in range(sent.start, sent.end):
        if lower[i] in forms or lemma[i] in forms or lemma_lower[i] in forms:
            yield doc[i]


def _mentions_debris(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in DEBRIS_WORDS)


def _habitual(tok: Token) -> bool:
    """"Engels, home to the bombers that have launched missiles at Kyiv": a relative clause in
    the perfect about a plural noun tells what its things do, not a strike."""
    return (tok.dep_ == "relcl" and tok.head.tag_ in {"NNS", "NNPS"}
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children))


def _may_trigger(tok: Token) -> bool:
    return tok.lower_ in _TRIGGER_FORMS or tok.lemma_ in _TRIGGER_FORMS or tok.lemma_.lower() in _TRIGGER_FORMS


def _is_trigger(tok: Token) -> bool:
    if not _may_trigger(tok):
        return False
    if _is_intercept(tok):
        return True
    if tok.pos_ in {"VERB"} or tok.tag_.startswith("VB"):
        lemma = tok.lemma_.lower()
        if lemma == "drop":
            # "a Ukrainian drone dropped explosives on a power line in Rylsk"
            return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DROPPED_MUNITIONS for c in tok.children)
        if lemma == "fall" and any(c.dep_ == "prep" and c.lower_ in {"on", "onto", "upon"} for c in tok.children):
            # "a KAB fell on Velyka Pysarivka", "shells fell on the centre of Nikopol"
            return any(c.dep_ == "nsubj" and any(t.lower_ in _WEAPON_WORDS for t in c.subtree) for c in tok.children)
        if lemma in {"launch", "fire"}:
            # "launched missiles at X", "fired on X": needs a weapon or an at/against/on target.
            return _object_is_weapon(tok) or any(c.dep_ == "prep" and c.lower_ in {"at", "against", "on"} for c in tok.children)
        if lemma in CONSEQUENCE_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} and any(
                    t.lower_ in STRIKE_NOUNS or t.lower_ in _WEAPON_WORDS or t.lower_ in DEBRIS_WORDS for t in c.subtree)
                for c in tok.children):
            return True  # "an explosion damaged the Crimean Bridge", "in Tula falling debris damaged a house"
        if (lemma in CONSEQUENCE_VERBS or lemma == "affect") and any(
                c.dep_ == "agent" and any(t.lower_ in STRIKE_NOUNS or t.lower_ in _WEAPON_WORDS for t in c.subtree)
                for c in tok.children):
            return True  # "the Poltava and Kyiv regions were affected by the attack"
        return lemma in STRIKE_VERBS or tok.lower_ in {"struck", "shelled", "targeted", "targeting"}
    if tok.pos_ in {"NOUN", "PROPN"}:
        if tok.lower_ in {"targets", "target"}:
            # "The targets were in the Sumy region — Krasnopillia, Myropillia …"
            return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in tok.head.children)
        if tok.lower_ == "barrage":
            return any(t.lower_ in _WEAPON_WORDS for t in tok.subtree)
        return tok.lower_ in STRIKE_NOUNS
    return False


def _segment_weapon(doc: Doc, sent: Span, span: Span, linked: list[tuple[ResolvedPlace, Span, Token, str]],
                    trig: Token) -> str | None:
    """The one weapon class named in the place's own stretch of a list, between the commas
    around it and the places beside it ("two in Sloviansk from drones, three in Druzhkivka from
    glide bombs"), when the strike word lies outside that stretch."""
    starts = sorted({x[1].start for x in linked} | {x[1].end for x in linked})
    left = max([e for e in starts if e <= span.start and e != span.start] + [sent.start])
    right = min([b for b in starts if b >= span.end and b != span.end] + [sent.end])
    a = max([t.i + 1 for t in doc[left:span.start] if t.text in {",", ";", ":"} or t.lower_ == "and"] + [left])
    b = min([t.i for t in doc[span.end:right] if t.text in {",", ";"} or t.lower_ == "and"] + [right])
    if a <= trig.i < b:
        return None
    named = _classes_named(doc[a:b], span_text(doc[a:b])) if b > a else []
    return named[0] if len(named) == 1 else None


def _later_clause_weapon(doc: Doc, span: Span, linked: list[tuple[ResolvedPlace, Span, Token, str]],
                         trig: Token) -> bool:
    """Whether the strike word is that of a clause hung on a later place of the list ("hits in
    Kyiv, the Poltava region and Odesa, where an Iskander-M hit a warehouse"): its weapon is
    that place's, not this one's."""
    if trig.i < span.end:
        return False
    later = [x[1] for x in linked if span.end <= x[1].start < trig.i]
    return any(any(t.text == "," or t.lower_ in {"where", "which"} for t in doc[s.end:trig.i]) for s in later)


def _figure_before(doc: Doc, span: Span, floor: int) -> bool:
    """"six in a house in Khan Younis", "two in Gaza City": a figure, then at most four words
    and "in"/"at" right before the place, after token ``floor``."""
    if span.start < 2 or doc[span.start - 1].lower_ not in {"in", "at"}:
        return False
    for k in range(span.start - 2, max(floor, span.start - 7), -1):
        if doc[k].text in {",", ";"} or doc[k].ent_type_ in {"GPE", "LOC", "FAC"}:
            return False
        if doc[k].like_num or doc[k].lower_ in NUMBER_WORDS:
            return True
    return False


def _linear_trigger(doc: Doc, sent: Span, span: Span, place_starts: set[int]) -> Token | None:
    """The strike verb that ``span`` follows in its clause ("struck a warehouse on the outskirts
    of Kropyvnytskyi"): at most :data:`LINEAR_REACH` tokens back, after a target preposition,
    with no other place, clause break or downing between."""
    k = span.start - 1
    while k > sent.start and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in TARGET_PREPS:
        return None
    for j in range(k - 1, max(sent.start, span.start - LINEAR_REACH) - 1, -1):
        t = doc[j]
        if t.text in {";", ":", "—", "–"} or j in place_starts:
            return None
        if (t.pos_ == "VERB" and _is_trigger(t) and not _is_intercept(t) and not _denied(t)
                and t.lemma_.lower() not in {"launch", "fire"}):
            return t
    return None


def _repelled_on_ground(tok: Token) -> bool:
    """"its troops had repelled attacks near Siversk": ground fighting, not a strike foiled."""
    if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "obj"}:
        verb, attack = tok.head, tok
    elif tok.pos_ == "VERB":
        verb, attack = tok, next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
    else:
        return False
    return (attack is not None and verb.lemma_.lower() in FOILED_VERBS
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMY_WORDS for c in verb.children)
            and not any(t.lower_ in _WEAPON_WORDS for t in attack.subtree))


def _denied(tok: Token) -> bool:
    """"Lutsk was not targeted", "the drones never reached Kyiv": a verb the text negates."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in tok.children)


def _governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def _path_to(tok: Token, top: Token) -> list[Token] | None:
    """Tokens from ``tok`` up to (not including) ``top``, or None when ``top`` is no ancestor."""
    path = [tok]
    for anc in tok.ancestors:
        if anc == top:
            return path
        path.append(anc)
    return None


def _reaches(place: Token, trig: Token, actor_like: bool = True) -> int | None:
    """How closely ``place`` is governed by ``trig`` (smaller is closer), or None."""
    tops = [(trig, 0)]
    if trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ in {"dobj", "obj"} and (verb := _governing_verb(trig)) is not None:
        # "Ukraine resumed drone strikes …, resulting in closures at Sheremetyevo"
        tops.append((verb, 1))
    elif (trig.dep_ in {"nsubjpass", "nsubj"} and trig.head.lemma_.lower() in RECORD_VERBS
          and (trig.lower_ in INTERCEPT_NOUNS or trig.lower_ in STRIKE_NOUNS or trig.lower_ == "hits")):
        # "downings were recorded over Poltava (11), …", "A hit was recorded in the Kharkiv
        # region" (however the tagger reads "hit").
        tops.append((trig.head, 1))
    elif trig.lower_ in {"targets", "target"} and trig.dep_ == "nsubj" and trig.head.lemma_ == "be":
        tops.append((trig.head, 1))  # "the targets were in the Sumy region"
    for top, extra in tops:
        if place == top:
            return 0
        path = _path_to(place, top)
        if path is None:
            continue
        if any(t.dep_ in _SUBJECT_DEPS for t in path):
            continue  # the place is (in) the subject of the trigger or of a clause below it: an actor
        if sum(t.pos_ in {"VERB", "AUX"} for t in path) >= 2:
            continue  # two clauses down ("facilities believed to be used … against Ukraine")
        preps = [t for t in path if t.dep_ == "prep"]
        if preps and preps[-1].lower_ not in TARGET_PREPS:
            continue  # "responsibility for these attacks to the United States"
        if actor_like and top.pos_ in {"NOUN", "PROPN"} and all(t.dep_ in _ACTOR_MODIFIERS for t in path):
            continue  # "Ukraine drone strikes", "Russia's attacks": the modifier is the actor
            # (but "the Dyagilevo attack" is an attack on Dyagilevo)
        if any(t.lower_ == "from" for t in path):
            continue  # launched from X, condemnation from across X
        if any(_answer_word(t) for t in path):
            continue  # "In response to the strike on Taganrog, … delivered a massive strike on …"
        if any(_venue_word(t) for t in path[1:]):
            continue
        return len(path) + extra
    # "In occupied Crimea, the governor reported that a missile had been downed"
    for anc in trig.ancestors:
        if anc.lemma_.lower() in REPORT_VERBS:
            path = _path_to(place, anc)
            if (path and len(path) >= 2 and path[-1].dep_ == "prep" and path[-1].lower_ in {"in", "over", "near"}
                    and place.i < anc.i):
                # "In occupied Crimea, the governor reported …", but not "…, the General Staff said in Kyiv".
                return len(path) + 2
            break
    return None


def _distance_reference(doc: Doc, span: Span) -> bool:
    """"150 miles from Moscow", "60 km north of Kharkiv", "the city of Kharkiv" after a distance."""
    sent_start = sentence_of(span).start
    lower = token_table(doc).lower
    saw_unit = False
    for word in lower[max(sent_start, span.start - 9):span.start]:
        if word in DISTANCE_UNITS:
            saw_unit = True
        elif saw_unit and (word in {"from", "of"} or word in DIRECTIONS):
            return True
    # "to the north of Belgorod": a reference point, not the target.
    k = span.start - 1
    while k > sent_start and (lower[k] in {"the", "city", "town", "major", "capital", "regional"}
                              or doc[k].ent_type_ == "NORP"):
        k -= 1
    if k - 1 >= sent_start and lower[k] == "of" and lower[k - 1] in DIRECTIONS:
        return True
    # "villages around Toropets were evacuated": the places around it, not the town (but
    # "strikes on villages around Bint Jbeil" are near it).
    if k - 1 >= sent_start and lower[k] in {"around", "surrounding"} and lower[k - 1] in _AROUND_WHAT:
        return doc[k - 1].head.lemma_.lower() in TRANSPORT_VERBS
    return False


# What lies "around" a town that a text tells of instead of the town.
_AROUND_WHAT = frozenset({"villages", "settlements", "areas", "communities", "towns", "fields", "forests"})


def _parenthesised_locator(doc: Doc, span: Span, others: Iterable[Span]) -> bool:
    if span.start == 0 or doc[span.start - 1].text != "(":
        return False
    return any(o.end == span.start - 1 for o in others)


def _locates(doc: Doc, inner: Span, outer: Span) -> bool:
    """True for the B of "A in B" / "A, B" / "A near B" right after a linked place A, but not
    for the members of a list ("over Kyiv, Zhytomyr, Odesa and Mykolaiv oblasts")."""
    gap = doc[inner.end:outer.start]
    words = [t.lower_ for t in gap]
    if words[-1:] == ["the"]:
        if words[:-1] != ["in"]:
            return False  # (not "within Russia, specifically in the Belgorod region")
        words = words[:-1]  # "the village of Kozacha Lopan in the Kharkiv district"
    if not (0 < len(words) <= 3 and words[-1] in {"in", "near", "outside", ","} and not {"and", "or"} & set(words)):
        return False
    if any(t.ent_type_ or t.pos_ == "PROPN" or t.like_num for t in gap):
        return False  # another name or a figure between them: "Kyiv, Zhytomyr, Odesa", "Poltava region – 7, Kyiv region – 6"
    if words == [","]:
        # A comma joins a list when another name follows the outer one after a comma, "and"
        # or "or" ("Kyiv, Zhytomyr and Odesa"), or when the list words a plural type word.
        nxt = [t.lower_ for t in doc[outer.end:min(len(doc), outer.end + 2)]]
        if nxt[:1] in (["and"], ["or"]) or nxt == [",", "and"] or nxt == [",", "or"]:
            return False
        if outer[-1].lower_ in {"regions", "oblasts", "provinces"}:
            return False
        after = outer.end + 1
        while after < len(doc) and doc[after].lower_ in {"the", "a"}:
            after += 1  # "Kyiv, Kharkiv, the Odesa region": still a list
        if nxt[:1] == [","] and after < len(doc) and doc[after].ent_type_ in {"GPE", "FAC", "LOC"}:
            return False
    return True


# A history marker as a word or phrase of its own: " m ", " m,", "(m" or "m)" in the
# sentence's lower-case text padded with spaces; one search instead of four per marker.
_HISTORY = re.compile("|".join(re.escape(form) for m in sorted(HISTORY_MARKERS)
                               for form in (f" {m} ", f" {m},", f"({m}", f"{m})")))


def _history(sent: Span) -> bool:
    low = _text(sent).lower()
    # (Each form holds its marker: without one, no search is needed.)
    return any(m in low for m in HISTORY_MARKERS) and _HISTORY.search(" " + low + " ") is not None


def _actor_in(tokens: Iterable[Token], exclude: set[int] = frozenset()) -> str | None:  # type: ignore[assignment]
    toks = [t for t in tokens if t.i not in exclude]
    for a, b in zip(toks, toks[1:]):
        two = f"{a.lower_} {b.lower_}"
        if two in ACTORS:
            return ACTORS[two]
    for t in toks:
        if t.lower_ in ACTORS and (t.text[:1].isupper() or t.lower_ == "idf"):
            return ACTORS[t.lower_]
    return None


def _in_subject(tok: Token) -> bool:
    """True when ``tok`` belongs to the subject noun phrase of a verb that is not a verb of
    reporting: "Ukraine" in "Ukraine drone strikes …", but not "Russian" in "strikes into
    Russian territory", nor "Russian" in "Russian investigators said" (a claimant)."""
    for t in [tok, *tok.ancestors][:6]:
        if t.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            return t.head.lemma_.lower() not in REPORT_VERBS
        if t.dep_ in {"prep", "pobj", "relcl", "acl"}:
            return False
    return False


# "Moscow, 30 May 2023 — ", and with an agency and a hyphen "KYIV, March 7 (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][^\n,—–]{1,40}(?:,[^\n—–]{1,40})?\s*[—–]\s"
                       r"|^[A-Z][^\n,—–(]{1,40},[^\n—–(]{1,40}\([A-Z][\w .]{1,20}\)\s*-\s")


def _dateline_end(sent: Span) -> int:
    """Character offset where a dateline ("Moscow, 30 May 2023 — ") ends, else the sentence start."""
    m = _DATELINE.match(_text(sent))
    return sent.start_char + m.end() if m else sent.start_char


def _other_side(country: str | None, admin1: str | None, place_id: str | None = None,
                when: date | None = None, occupied: bool = False) -> str | None:
    holder = CONTROLLED_BY.get(admin1 or "", country)
    since = OCCUPIED_SINCE.get(place_id or "")
    if (since is not None and (when is None or when.isoformat() >= since)) or (occupied and country == "UA"):
        holder = "RU"  # "Heavy explosions in Luhansk", "explosions in occupied Starobilsk": a town Russia holds
    return DYADS.get(holder or "") or STRUCK_BY.get(holder or "")


def _launch_origin(sent: Span) -> str | None:
    """The side a sentence says the weapons came from: "a drone launched from Yemen",
    "rocket fire from Lebanon", "rockets fired from the enclave" (:data:`LAUNCH_ORIGINS`)."""
    sides = set()
    for t in sent:
        if t.lower_ in LAUNCH_ORIGINS and t.head.lower_ == "from":
            via = t.head.head
            if via.lemma_.lower() in {"launch", "fire", "come", "send"} or via.lower_ in _WEAPON_WORDS \
                    or _cue_kind(via) in {"strike", "weapon"}:
                sides.add(LAUNCH_ORIGINS[t.lower_])
    return sides.pop() if len(sides) == 1 else None


def _subject_actors(sent: Span, trig: Token, target_tokens: set[int], after: int = 0) -> Iterator[str]:
    """The sides named in subjects left of the trigger, nearest first ("Kyiv responded …,
    shelling Belgorod"), outside the target's own words and before character ``after``."""
    for tok in reversed(sent[: trig.i - sent.start]):
        if tok.i in target_tokens or tok.idx < after or not _in_subject(tok):
            continue
        if (a := _actor_in([tok])):
            yield a


# Armour and tank models named as targets ("Destroyed Russian T-72B3M", "a BMP-2").
_MILITARY_MODEL = re.compile(r"(?:t-(?:62|64|72|80|90)|bmp-\d|btr-\d{2}|mt-lb)[\w-]*$", re.I)
_TARGET_PREPS = frozenset({"on", "against", "at", "to", "of", "into"})
_DESTROY_LEMMAS = frozenset({"destroy", "damage", "hit", "burn", "strike", "shell", "eliminate", "knock"})


_T = TypeVar("_T")


def _per_sentence(sent: Span, key: str, compute: Callable[[Span], _T]) -> _T:
    """``compute(sent)``, kept in the document under ``key`` so that each sentence is worked
    out once however many of its places ask."""
    seen = sent.doc.user_data.setdefault(key, {})
    if sent.start not in seen:
        seen[sent.start] = compute(sent)
    return seen[sent.start]


def _target_side(sent: Span) -> tuple[str | None, set[int]]:
    """:func:`_target_of`, asked once per sentence (each place linked in it asks)."""
    return _per_sentence(sent, "geostrike_target_side", _target_of)


def _target_of(sent: Span) -> tuple[str | None, set[int]]:
    """A side named as the target, not the striker, and the words that name it.

    "Artillery strikes on Russian positions in X", "shelling of Russian troops", "Destroyed
    Russian T-72B3M in Mariupol", "a Russian convoy destroyed near X": the side word
    modifies a force or a vehicle (:data:`MILITARY_TARGET_NOUNS`) that is the object of a
    strike, of a preposition of aim, or what was destroyed. Returns the side when the
    sentence names one such side only, with the token indices of its words.
    """
    sides, toks = set(), set()
    for n in sent:
        if not (n.lower_ in MILITARY_TARGET_NOUNS or _MILITARY_MODEL.match(n.lower_)):
            continue
        mods = [m for m in n.children if m.dep_ in {"amod", "compound", "poss", "nmod"} and m.i < n.i]
        mods += [g for m in mods for g in m.children if g.dep_ in {"amod", "compound"}]
        named = [(m, a) for m in mods if (a := _actor_in([m]))]
        if not named:
            continue
        head = n.head
        aimed = (n.dep_ == "pobj" and head.lower_ in _TARGET_PREPS) or n.dep_ in {"dobj", "obj", "nsubjpass"}
        phrase = [n, head] if n.dep_ == "compound" else [n]  # "Destroyed Russian military vehicle Pytomnyk"
        destroyed = any(c.lemma_.lower() in _DESTROY_LEMMAS and c.dep_ in {"amod", "acl"}
                        for w in phrase for c in w.children) or (
            n.dep_ == "nsubj" and head.tag_ == "VBN" and head.lemma_.lower() in _DESTROY_LEMMAS)
        if aimed or destroyed:
            for m, a in named:
                sides.add(a)
                toks.add(m.i)
    return (sides.pop(), toks) if len(sides) == 1 else (None, toks)


_CLAIMED_DEEDS = frozenset({"responsibility", "attack", "attacks", "strike", "strikes", "fire", "launch", "launches",
                            "shelling", "bombing", "raid"})


def _claimed_side(doc: Doc) -> str | None:
    """The one side a text says claimed the attack ("The attack was claimed by Hezbollah",
    "Hezbollah claimed the rocket fire", "the SBU claimed responsibility")."""
    sides = set()
    for i, lemma in enumerate(token_table(doc).lemma_lower):
        if lemma != "claim" or (t := doc[i]).pos_ not in {"VERB", "AUX"}:
            continue
        deed = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass", "obj"} and c.lower_ in _CLAIMED_DEEDS]
        who = [c for c in t.children if c.dep_ in {"nsubj", "agent"}]
        if deed and who and (side := _actor_in(who[0].subtree)):
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None


# Subjects that stand for one of the weapons just told ("The third hit port infrastructure").
_ONE_OF_THEM = frozenset({"another", "third", "second", "fourth", "fifth", "last", "rest", "remaining", "others"})
_ONE_OF_THEM_OPENS = re.compile(r"\W*(?:the\s+)?(?:third|second|fourth|fifth|last|remaining|rest)\b", re.I)
# A figure's sentence that points back at the place just named ("one person was killed there").
_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|have|has)\b)", re.I)


_DASHES = frozenset({"—", "–", "-"})
_BULLETS = frozenset({"—", "–", "-", "•", "▪", "▫", "◾", "*"})
# Words that may stand between the names of a line and its dash ("Znob-Novhorodske community —").
_LINE_NAME_WORDS = frozenset({",", "and", "&", "community", "communities", "hromada", "district", "village",
                              "villages", "town", "city", "settlement", "the", "of"})


def _dash_line(doc: Doc, sent: Span, in_sent: list[tuple[ResolvedPlace, Span]], skipped: dict[int, str]
               ) -> list[tuple[ResolvedPlace, Span, Token, str]]:
    """The places of a line "place(s) — what hit them", each linked to the first weapon or
    strike word after the dash; empty when the line is not of that shape."""
    toks = [t for t in sent if any(ch.isalnum() for ch in t.text) or t.text in _DASHES or t.text == ","]
    while toks and toks[0].like_num and toks[0].i + 1 < sent.end and not doc[toks[0].i + 1].is_alpha:
        toks = toks[1:]  # "1️⃣ Znob-Novhorodske …", "2) Richky …"
    mine = sorted((x for x in in_sent if x[1].start >= sent.start and x[1].start not in skipped), key=lambda x: x[1].start)
    if not toks or not mine or toks[0].i != mine[0][1].start:
        return []
    names, k = [], 0
    while k < len(toks) and toks[k].text not in _DASHES:
        t = toks[k]
        at = next((x for x in mine if x[1].start <= t.i < x[1].end), None)
        if at is not None:
            if at not in names:
                names.append(at)
        elif t.lower_ not in _LINE_NAME_WORDS:
            return []
        k += 1
    if k >= len(toks) or not names or any(x[0].entry.kind == "country" for x in names):
        return []
    if any(_is_intercept(t) for t in toks[k + 1:]):
        return []  # "• Poltavshchyna — 4 Shaheds destroyed": a tally's line, the tally rules' own
    cue = next((t for t in toks[k + 1:] if _weapon_word(t) or _cue_kind(t) in {"strike", "weapon"} or _is_trigger(t)), None)
    if cue is None or _negated(cue):
        return []
    return [(rp, s, cue, "line") for rp, s in names]


def _said_not(doc: Doc, span: Span) -> bool:
    """"…, not in Boryspil as we wrote earlier", "instead of Odesa": a place the text says it was not."""
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in {"in", "at", "over", "on"}:
        k -= 1
    return k >= 0 and (doc[k].lower_ == "not" or (doc[k].lower_ == "of" and k > 0 and doc[k - 1].lower_ == "instead"))


_DISTRICT_AFTER = re.compile(r"\s+(?:city\s+)?(?:district|raion)\b", re.I)


def _districts_into_cities(raw: list[StrikeEvent], text: str) -> list[StrikeEvent]:
    """A city district named as such ("explosions in the Kovpakivskyi district") in a text that
    also names the city it lies in (the "SUMY" of the post's heading) is that city's event: the
    event moves to the city's place and merges with it."""
    cities = [e for e in raw if e.place.entry.kind == "city" and not _DISTRICT_AFTER.match(text, e.place.mention.end)]
    out = []
    for e in raw:
        if e.place.entry.kind == "city" and _DISTRICT_AFTER.match(text, e.place.mention.end):
            near = [c for c in cities if c.place.entry.id != e.place.entry.id and haversine_km(
                c.place.lat, c.place.lon, e.place.lat, e.place.lon) <= CITY_DISTRICT_KM]
            if near:
                e = replace(e, place=near[0].place)
        out.append(e)
    return out


def _district_city(doc: Doc, span: Span) -> int | None:
    """Where the city starts that a district is named with ("the Kyivskyi district of Donetsk
    city", "Kuibyshevsky district, Donetsk"), else None: when that city is struck too, it
    carries the event (the gazetteer's namesake district may be another city's)."""
    k = span.end
    if k >= len(doc) or doc[k].lower_ not in {"district", "raion"}:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in {"of", ","}:
        k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return k


def _pronoun_claim(trig: Token) -> str | None:
    """"Hezbollah said it fired rockets at Kiryat Shmona": the speaker owns the deed its
    pronoun subject did."""
    verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig)
    if verb is None or not any(c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in REPORT_VERBS | {"claim"}:
        for c in head.children:
            if c.dep_ == "nsubj" and (a := _actor_in(c.subtree)):
                return a
    return None


def attacker_of(trig: Token, target_country: str | None, target_tokens: set[int],
                target_admin1: str | None = None, target_id: str | None = None,
                when: date | None = None, occupied: bool = False) -> tuple[str | None, str]:
    """The side that struck, and how it was found (``"text"`` or ``"inferred"``).

    In order: what was intercepted ("120 Ukrainian drones"); the modifiers of a strike
    noun ("Russian strikes", "Ukraine's ATACMS strikes"); the agent of a passive verb
    ("hit by 134 Russian strikes"); the nearest actor word left of the trigger that sits in
    a subject ("Kyiv responded …, shelling Belgorod"); else the other side of the dyad
    whose territory was struck.
    """
    sent = sentence_of(trig)
    target_side, target_words = _target_side(sent)
    target_tokens = target_tokens | target_words
    if _is_intercept(trig):
        for c in trig.children:
            if c.dep_ in {"dobj", "nsubjpass", "obj", "pobj"}:
                if (a := _actor_in(c.subtree, target_tokens)):
                    return a, "text"
        side = _other_side(target_country, target_admin1, target_id, when, occupied)
        if side is None:
            # Israel is struck from several sides: "Yemen's Houthis fire a missile at Tel Aviv;
            # intercepted", "rocket fire from Lebanon … 3 intercepted".
            side = _launch_origin(sent) or next(
                (a for a in _subject_actors(sent, trig, target_tokens) if a != target_country), None)
            return side, "text" if side else "inferred"
        return side, "inferred"
    if trig.pos_ in {"NOUN", "PROPN"}:
        for m in trig.children:
            if m.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"} and (a := _actor_in(m.subtree, target_tokens)):
                return a, "text"
    for c in trig.children:
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")) and (a := _actor_in(c.subtree, target_tokens)):
            return a, "text"
    if (a := _pronoun_claim(trig)):
        return a, "text"
    if (a := next(_subject_actors(sent, trig, target_tokens, _dateline_end(sent)), None)):
        return a, "text"
    if (a := _launch_origin(sent)):
        return a, "text"
    sides = {SYSTEM_SIDE[name] for name, _ in _fired_systems(span_text(sent)) if name in SYSTEM_SIDE}
    if len(sides) == 1 and not (side := sides.pop()) == target_country == "RU":
        return side, "text"  # "blamed on HIMARS rockets": the side that fires it (occupied towns are UA by ISO)
    if target_side in DYADS:
        return DYADS[target_side], "text"  # "strikes on Russian positions in Novozlatopil"
    return _other_side(target_country, target_admin1, target_id, when, occupied), "inferred"


def _fired_systems(text: str) -> list[tuple[str, str]]:
    """The named systems of ``text`` (:func:`weapon_systems`) that are fired, not kept at a site."""
    low = text.lower()
    return [x for x in weapon_systems(text) if not _kept_system(low, x[0])]


def _kept_system(low: str, name: str) -> bool:
    """Whether every mention of the system ``name`` in the lower-cased sentence is what a
    site keeps ("a warehouse of ammunition for US-made HIMARS"), not a weapon fired."""
    at = [m.start() for m in re.finditer(re.escape(name.split("/")[0].lower()), low)]
    return bool(at) and all(_KEPT_AT.search(low[:i]) for i in at)


# Words right before a weapon's name that make it what a site keeps ("a warehouse of naval drones").
_KEPT_AT = re.compile(r"\b(?:" + "|".join(sorted(WEAPON_SITE_NOUNS)) + r"|ammunition)s?\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}$")


def _combined_means(sent: Span, trig: Token) -> bool:
    """A strike by several arms at once ("operational-tactical aviation, attack UAVs, missile
    troops and artillery hit …", "a group strike by aviation, drones and missiles"): its means
    name :data:`COMBINED_MEANS` weapon classes or more, and no one of them is the weapon."""
    verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig) or trig
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
    words = [t for c in subjects for t in c.subtree if _weapon_word(t)]
    if trig.pos_ in {"NOUN", "PROPN"}:
        words += [t for t in trig.subtree if _weapon_word(t) and t.i != trig.i]
    return len({WEAPONS[t.lower_] for t in words}) >= COMBINED_MEANS


def weapon_of(sent: Span, trig: Token, elsewhere: Iterable[Span] = ()) -> str | None:
    """The weapon class of the trigger's own phrase ("launched 188 drones at …"), else the one
    named closest to the trigger in the sentence, but not one of a clause that tells another
    strike on one of the places ``elsewhere`` ("…, while a drone hit a warehouse in Odesa")."""
    if (trig.dep_ == "conj" and trig.pos_ in {"NOUN", "PROPN"} and trig.head.i < trig.i
            and _weapon_word(trig.head) and _cue_kind(trig) == "strike"):
        return WEAPONS[trig.head.lower_]  # "after a Russian missile and drone attack": the first named
    if trig.dep_ == "acl" and trig.head.lower_ in _WEAPON_WORDS:
        # "539 drones and 11 missiles targeting Kyiv": the first of the weapons listed.
        head = trig.head
        while head.dep_ == "conj" and head.head.lower_ in _WEAPON_WORDS:
            head = head.head
        return WEAPONS[head.lower_]
    scope = trig.head if trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ in {"dobj", "pobj"} else trig
    def rank(t: Token) -> tuple[int, int]:
        # Objects and "with" phrases name the weapon used; the subject names who fired it;
        # anything else ("in response to the use of missiles") comes last.
        chain = [t, *t.ancestors]
        deps = {a.dep_ for a in chain[: chain.index(scope)] if scope in chain} if scope in chain else set()
        with_phrase = any(a.lower_ == "with" for a in chain[: chain.index(scope)]) if scope in chain else False
        if deps & {"dobj", "obj", "nsubjpass"} or with_phrase or (t.head.i == trig.i and t.dep_ not in _SUBJECT_DEPS):
            tier = 0
        elif t.head.i == trig.i and t.dep_ == "nsubj" and trig.lemma_.lower() not in {"launch", "fire", "use", "send"}:
            # The weapon that hit: "a drone hit a farm near Pavlohrad and artillery-damaged
            # homes" (but "bombers fired cruise missiles at Kyiv": the subject fired them).
            tier = 0
        elif deps & {"nsubj", "compound", "amod"}:
            tier = 1
        else:
            tier = 2
        return tier, abs(t.i - trig.i)

    others = _other_strike_clauses(sent, trig, elsewhere)
    if _combined_means(sent, trig):
        return None
    own = [t for t in scope.subtree if _weapon_word(t) and _clause_of(t) not in others]
    if own:
        nearest = min(own, key=rank)
        listed = {t.i for t in own}
        while nearest.dep_ == "conj" and nearest.head.i in listed:
            nearest = nearest.head  # "the missile and 24 Shaheds were shot down": the first named
        classes = {WEAPONS[t.lower_] for t in own}
        if WEAPONS[nearest.lower_] == "airstrike" and "drone" in classes:
            return "drone"
        phrase = " ".join(t.lower_ for t in scope.subtree if not others or _clause_of(t) not in others)
        phrase = phrase.replace(" - ", "-")  # "glide - bomb" as the tokens have it
        multi = [WEAPONS[k] for k in _MULTI_WEAPONS
                 if (at := phrase.find(k)) >= 0 and not _KEPT_AT.search(phrase[:at])]
        return multi[0] if multi else WEAPONS[nearest.lower_]
    text = _text(sent).lower()
    best: tuple[int, str] | None = None
    trig_pos = trig.idx - sent.start_char
    for key in _MULTI_WEAPONS:
        for m in re.finditer(rf"\b{re.escape(key)}\b", text) if key in text else ():  # (a match holds the key)
            d = abs(m.start() - trig_pos)
            if (best is None or d < best[0]) and not _in_clauses(sent, m.start(), others) \
                    and not _KEPT_AT.search(text[:m.start()]):
                best = (d, WEAPONS[key])
    weapon_tokens = {t.i: t for t in sent if _weapon_word(t) and _clause_of(t) not in others}
    nearest_tok = None
    for t in weapon_tokens.values():
        d = abs(t.idx - trig.idx)
        if best is None or d < best[0] - 1:
            best, nearest_tok = (d, WEAPONS[t.lower_]), t
    if nearest_tok is not None:
        while nearest_tok.dep_ == "conj" and nearest_tok.head.i in weapon_tokens:
            nearest_tok = nearest_tok.head  # "kamikaze drones and artillery, 1 injured": the first named
        best = (best[0], WEAPONS[nearest_tok.lower_])
    if best is None:
        return None
    classes = {WEAPONS[t.lower_] for t in sent if t.lower_ in _WEAPON_WORDS}
    if best[1] == "airstrike" and "drone" in classes:
        return "drone"  # "an airstrike carried out using drones"
    return best[1]


_CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "parataxis"}



def _weapon_word(tok: Token) -> bool:
    """A word naming a weapon used, not one naming what makes, keeps or fires weapons
    ("drone workshops", "a missile depot", "HIMARS launchers", "drone operators")."""
    if tok.lower_ not in _WEAPON_WORDS:
        return False
    if tok.dep_ in {"compound", "amod"} and tok.head.lemma_.lower() in WEAPON_SITE_NOUNS:
        return False
    if tok.i > 0 and tok.nbor(-1).lower_ in NON_LETHAL_WORDS:
        return False  # "smoke bombs"
    # "a warehouse of naval drones", "ammunition for HIMARS", "a hangar holding drones": what the site keeps.
    head = tok.head if tok.dep_ in {"compound", "amod"} else tok
    if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() in KEEP_VERBS:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in {"of", "for"}:
        owner = head.head.head
        return not (owner.lemma_.lower() in WEAPON_SITE_NOUNS or owner.lemma_.lower() in {"ammunition", "munition"})
    return True


def _classes_named(sent: Span, sent_text: str) -> list[str]:
    """The weapon classes a sentence names, first named first: multi-word names ("glide
    bomb", "Kh-101") and single weapon words outside them ("88 Shahed-type UAVs")."""
    low = sent_text.lower()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for k in _MULTI_WEAPONS:
        if k in low:
            for m in re.finditer(rf"\b{re.escape(k)}\b", low):
                found.append((m.start(), WEAPONS[k]))
                taken.append((m.start(), m.end()))
    for t in sent:
        at = t.idx - sent.start_char
        if _weapon_word(t) and not _negated(t) and not any(a <= at < b for a, b in taken):
            found.append((at, WEAPONS[t.lower_]))
    out: list[str] = []
    for _, c in sorted(found):
        if c not in out:
            out.append(c)
    return out


def _clause_of(tok: Token) -> Token:
    """The verb that heads the clause ``tok`` is in (the sentence's root at most)."""
    t = tok
    while not (t.pos_ in {"VERB", "AUX"} and t.dep_ in _CLAUSE_DEPS) and t.head.i != t.i:
        t = t.head
    return t


def _other_strike_clauses(sent: Span, trig: Token, elsewhere: Iterable[Span]) -> set[Token]:
    """Heads of the sentence's clauses, other than the trigger's own and those above it, that
    tell a strike of their own (not a downing: the weapons downed are the attack's) on one of
    the places ``elsewhere``."""
    mine = _clause_of(trig)
    above = {mine, *mine.ancestors, *trig.ancestors}
    if mine.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}
                                   and c.lower_ not in _ELLIPTIC_SUBJECTS for c in mine.children):
        # "Missiles hit Kharkiv, and an energy site in the Kyiv region was struck": a clause
        # with a subject of its own stands beside the one it is joined to, not under it
        # (but "…, and another struck a plant in Volgograd" is one more of the same).
        above -= {mine.head, *mine.head.ancestors} - {*_clause_of(mine.head).ancestors}
    theirs = {_clause_of(s.root) for s in elsewhere} - above
    if not theirs:
        return set()
    return {c for t in sent if t.i != trig.i and (_fired_weapon(t) or (_is_trigger(t) and not _is_intercept(t)))
            and (c := _clause_of(t)) in theirs}


def _fired_weapon(tok: Token) -> bool:
    """"rockets fired from Gaza", "drones launched at Kyiv": a weapon and its launch."""
    if tok.lemma_.lower() not in {"fire", "launch"}:
        return False
    return (tok.dep_ == "acl" and tok.head.lower_ in _WEAPON_WORDS) or any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ in _WEAPON_WORDS for c in tok.children)


def _in_clauses(sent: Span, offset: int, clauses: set[Token]) -> bool:
    """Whether the character ``offset`` of the sentence's text lies in one of ``clauses``."""
    if not clauses:
        return False
    at = sent.start_char + offset
    tok = next((t for t in sent if t.idx <= at < t.idx + len(t.text) + 1), None)
    return tok is not None and _clause_of(tok) in clauses


def system_for(systems: list[tuple[str, str]], weapon: str | None) -> str | None:
    """The first named system of the event's weapon class (a Shahed named beside a missile
    strike is no system of it); with no weapon class, the first system named."""
    if weapon is None:
        return systems[0][0] if systems else None
    return next((name for name, cls in systems if cls == weapon), None)


def _event_id(*parts: object) -> str:
    return "ev-" + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


_SEGMENT_BREAKS = {",", ";", ":", "—", "–"}
_NOT_STRIKES = {"interception", *GROUND_TYPES}
# Cue kinds that tell what a strike left behind.
AFTERMATH_CUES = {"casualty", "damage", "fire"}
_LIST_WORDS = {",", "and", "or", "the", "of", "regions", "oblasts", "region"}


def _segment(span: Span) -> Span:
    """The part of the span's sentence between the punctuation around it; a part without a
    verb ("In the Kyiv region, debris fell on …") runs on to the next."""
    sent, doc = sentence_of(span), span.doc
    start = span.start
    while start > sent.start and doc[start - 1].text not in _SEGMENT_BREAKS:
        start -= 1
    end = span.end
    while True:
        while end < sent.end and doc[end].text not in _SEGMENT_BREAKS:
            end += 1
        if end >= sent.end or any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
            return doc[start:end]
        end += 1


_TELLS_DOWNING_FORMS = _INTERCEPT_FORMS | {"downed", "destroyed", "intercepted", "neutralised", "neutralized", "shooting"}


def _tells_downing(sent: Span) -> bool:
    """Whether a sentence tells of weapons downed ("shot down" and "brought down" are
    :func:`_is_intercept`'s)."""
    return _sentence_flag(sent, "geostrike_downing", _TELLS_DOWNING_FORMS, lambda t: (
        _is_intercept(t) or t.lower_ in {"downed", "destroyed", "intercepted", "neutralised", "neutralized"}
        or (t.lower_ == "shooting" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "down")))


def _downed_over(span: Span, trig: Token | None = None) -> bool:
    """"52 of them over the Kyiv region", "debris of a downed drone fell in X": a place in a
    sentence that tells of weapons downed, named after "over", or hurt by falling debris."""
    sent = sentence_of(span)
    trig_sent = sentence_of(trig) if trig is not None else None
    # (The strike word may come from the sentence before: "64 were destroyed; the others over X".)
    downed = _tells_downing(sent) or (trig_sent is not None and trig_sent.start != sent.start
                                      and _tells_downing(trig_sent))
    # Debris of another part of the sentence is that part's ("A drone killed one in Odesa,
    # and in the Poltava region debris damaged homes").
    # ("the blast wave from a downed missile": a downed weapon is debris too; a list's
    # places share the part of the sentence its first one is in.)
    doc = span.doc
    first = span.start
    while first > sent.start and (doc[first - 1].lower_ in _LIST_WORDS or doc[first - 1].pos_ == "PROPN"):
        first -= 1
    segment = _segment(doc[first:span.end] if first < span.start else span)
    own_clause = _clause_of(span.root).i
    debris = any(t.lower_ in DEBRIS_WORDS or t.lower_ in INTERCEPTOR_WORDS or (t.lower_ in DOWNED_WORDS and t.dep_ == "amod"
                                             and t.head.lower_ in _WEAPON_WORDS) for t in segment) and not any(
        t.lemma_.lower() in {"hit", "strike", "struck"} and t.i < span.start and _clause_of(t).i == own_clause
        for t in segment)
    # The preposition of the place, or of the list it ends ("over the Mykolaiv, Odesa and
    # Kherson regions").
    if not debris and trig_sent is not None and trig_sent.start != sent.start and sent.end - sent.start <= 4:
        # A caption's heading ("Haifa. Fragments of an interceptor on a street after …"):
        # the debris its sentence shows lie in the heading's place.
        # (Not the fragments of a shell, which was fired, not downed.)
        debris = any(t.lower_ in DEBRIS_WORDS for t in trig_sent) and (
            any(t.lower_ in INTERCEPTOR_WORDS for t in trig_sent)
            or not any(WEAPONS.get(t.lower_) == "artillery" for t in trig_sent))
    k = max(first - 1, sent.start)
    return (downed and k >= 0 and doc[k].lower_ == "over") or debris


def _attempted(trig: Token) -> bool:
    """A strike that was only tried: "an attempt to strike X was foiled", "an attempt to carry out an
    attack on X was thwarted", "tried to attack X
    with rockets, and 12 were shot down" (the attempt and a downing or a foiling verb)."""
    if trig.lemma_.lower() in {"storm", "assault"}:
        return False  # "tried to storm Vovchansk but were repelled": a ground assault
    head = trig
    for _ in range(3):
        if head.dep_ not in {"xcomp", "acl", "prep", "pobj", "advcl", "dobj"} or head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in {"try", "attempt", "seek"}:
            sent = sentence_of(trig)
            return head.head.lemma_.lower() in FOILED_VERBS or any(
                _is_intercept(t) or t.lemma_.lower() in FOILED_VERBS for t in sent if t.i != trig.i)
    return False


def _event_type(trig: Token, weapon: str | None, span: Span | None = None) -> str:
    if _is_intercept(trig) or (span is not None and _downed_over(span, trig)):
        return "interception"
    if trig.pos_ in {"NOUN", "PROPN"} and trig.head.lemma_.lower() in FOILED_VERBS:
        return "interception"  # "a Ukrainian attack on Crimea was repelled"
    if _attempted(trig):
        return "interception"  # "an attempt to strike the plant was foiled", "tried to attack … 12 were shot down"
    lemma = trig.lemma_.lower()
    if lemma in GROUND_VERBS or trig.lower_ in GROUND_VERBS:
        return "ground advance"
    if lemma in CLOSURE_WORDS or trig.lower_ in CLOSURE_WORDS:
        return "airport closure"
    if weapon is None and (lemma in EXPLOSION_WORDS or trig.lower_ in EXPLOSION_WORDS):
        # Explosions during an air raid ("Explosions in Kyiv. Stay in shelters!") or beside a
        # word of a hit are a strike; alone ("a fire at a depot after explosions") they stay
        # an explosion.
        other_cue = any(t.i != trig.i and cue_of(t.lower_, t.lemma_.lower()) == "strike" and not _negated(t)
                        for t in sentence_of(trig))
        if other_cue or _air_raid(trig.doc) or _post_tells_hit(trig.doc):
            return "strike"
        return "explosion"
    if weapon is None and (lemma in SHELLING_LEMMAS or (lemma == "fire" and any(
            c.lower_ == "on" for c in trig.children)) or (trig.lower_ == "fire" and trig.i > 0
                                                           and trig.doc[trig.i - 1].lower_ == "under")):
        return "shelling"  # "bombarded the town", "fired on the city", "under fire"
    return EVENT_TYPES.get(weapon, "strike")


def _is_other_trigger(tok: Token) -> bool:
    """Non-strike happenings analysts still map: ground advances and airport closures."""
    if not _may_trigger(tok):
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB"} and lemma in GROUND_VERBS:
        # "in occupied Donetsk", "the liberated village" tell no advance (the parse may make
        # "occupied" after "in" a verb with the place as its object).
        doc = tok.doc
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        adjective = (tok.tag_ == "VBN" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
                     and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children))
        # An advance has an army for its subject, if any ("Explosions rock occupied Melitopol"
        # parsed with "rock" as the subject of "occupied" tells none).
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and not (subject.lemma_.lower() in _ARMY_WORDS or subject.lower_ in ACTORS
                                        or subject.ent_type_ in {"NORP", "ORG", "GPE"} or subject.pos_ == "PRON"):
            return False
        return tok.dep_ != "amod" and not (adjective or tok.dep_ == "pcomp" or before in {"in", "of", "the", "from", "into"})
    return tok.pos_ in {"NOUN"} and (tok.lower_ in CLOSURE_WORDS or lemma in CLOSURE_WORDS)


_ARMY_WORDS = {"force", "troop", "army", "unit", "soldier", "military", "brigade", "battalion", "regiment", "division",
               "marine", "paratrooper", "fighter", "militant", "group", "defender", "occupier", "invader", "enemy"}


def _sentence_flag(sent: Span, key: str, forms: frozenset[str], test: Callable[[Token], bool]) -> bool:
    """Whether any token of ``sent`` passes ``test``, kept in the document under ``key`` so
    that each sentence is asked once. Only tokens with a form in ``forms`` (see
    :func:`_tokens_with`) are tested: ``test`` must fail for the others."""
    return _per_sentence(sent, key, lambda s: any(test(t) for t in _tokens_with(s, forms)))


_IDLE_FORMS = frozenset(BASING_VERBS) | frozenset(MOVEMENT_WORDS) | DISPLAY_WORDS


def _weapons_idle(sent: Span) -> bool:
    """Whether the sentence keeps, moves or shows weapons (a basing verb, a word of movement
    or of display)."""
    return _sentence_flag(sent, "geostrike_idle_weapons", _IDLE_FORMS, lambda x: (
        x.lemma_.lower() in BASING_VERBS and x.pos_ in {"VERB", "AUX"}) or x.lower_ in MOVEMENT_WORDS
        or x.lower_ in DISPLAY_WORDS)


def _warded_off(t: Token) -> bool:
    """"to protect cities from Russian missiles": the weapon is what is warded off."""
    for a in list(t.ancestors)[:4]:
        if a.lower_ in {"from", "against"} and a.head.lemma_.lower() in PROTECT_VERBS:
            return True
        if a.lower_ == "for" and a.head.lemma_.lower() in AWAIT_VERBS:
            return True  # "waiting for Shaheds at dusk"
    return False


def _cue_kind(t: Token) -> str | None:
    """The cue kind of a token (:func:`geostrike.rules.cue_of`); "strike drones" and "attack
    UAVs" name weapons, so their "strike" is a weapon cue."""
    kind = cue_of(t.lower_, t.lemma_.lower())
    if kind == "strike" and t.dep_ in {"compound", "amod"} and t.head.lower_ in _WEAPON_WORDS:
        return "weapon"
    return kind


def _negated(t: Token) -> bool:
    """"No Shaheds over Odesa", "no explosions", "without casualties", "air raid alert",
    "the supply of artillery shells": the cue word says that nothing happened, that
    something might, or names weapons that were only delivered."""
    doc = t.doc
    sent = sentence_of(t)
    before = [doc[k].lower_ for k in range(max(sent.start, t.i - 3), t.i)]
    if _cue_kind(t) == "weapon" and (
            any(doc[k].lemma_.lower() in SUPPLY_WORDS for k in range(max(sent.start, t.i - 6), t.i))
            or _weapons_idle(sent) or _warded_off(t)):
        return True  # "HIMARS launchers are based near Dnipro", "volunteers collect drones",
        # "to protect Kharkiv from missiles", "drones heading for Kyiv were spotted"
    if any(w in NEGATIONS for w in before[-2:]) or (before[-3:-2] == ["no"] and before[-1:] != [","]):
        return True
    if _cue_kind(t) == "flood" and any(x.lower_ in WEATHER_WORDS for x in doc):
        return True  # "heavy rain flooded streets": weather, not a blown dam
    if t.dep_ in {"dobj", "obj"} and _repelled_on_ground(t):
        return True  # "troops repelled attacks near Siversk"
    if any(a.lower_ == "of" and (a.head.lemma_.lower() in {"threat", "danger", "risk"} or a.head.lower_ in DISPLAY_WORDS)
           for a in list(t.ancestors)[:3]):
        return True  # "AIR RAID ALERT in the Odesa region — threat of Kalibr launches", "Exhibition of destroyed tanks"
    after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    if t.lower_ == "fire" and after in {"group", "groups", "brigade", "brigades", "department", "station"}:
        return True  # "mobile fire groups" are air defence, "the fire department" rescuers
    return after in ALERT_WORDS or t.lower_ in ALERT_WORDS


_text = span_text


def _cue(sent: Span, skip: set[int] = frozenset()) -> tuple[float, Token | None]:  # type: ignore[assignment]
    """The strongest strike or aftermath cue of a sentence (outside the tokens ``skip``): its
    weight and its token."""
    best: tuple[float, Token | None] = (0.0, None)
    for t in _tokens_with(sent, CUE_FORMS):  # (the others have no cue kind)
        if t.i in skip:
            continue
        kind = _cue_kind(t)
        if kind is not None and CUE_WEIGHTS[kind] > best[0] and not _negated(t):
            best = (CUE_WEIGHTS[kind], t)
    return best


#: The platforms weapons are launched from, an aircraft or ship "over"/"in" a place: "from Su-34
#: aircraft over the Belgorod region", "from Tu-95MS bombers over the Caspian", "from ships in the
#: Black Sea" (not "fighters", who may be foreign fighters in a town).
_PLATFORMS = frozenset({"aircraft", "bombers", "bomber", "jets", "planes", "ships", "ship", "warships",
                        "vessels", "submarines", "submarine", "carriers", "carrier", "helicopter", "helicopters"})
_LAUNCH_SKIP = _PLATFORMS | {"the", "occupied", "temporarily", "city", "town", "village", "region", "regions", "of", "annexed",
                "russian", "russia's", "area", "areas", "direction", "directions", "district", "oblast", "(", ")",
                ",", "and", "or", "airfield", "air", "base", "territory", "near", "north", "south", "east", "west", "in",
                "across", "over", "bank", "-", "airspace", "waters", "side", "coast", "fighters", "strategic",
                "tactical", "a", "an", "flying", "operating", "circling", "patrolling", "positioned", "long-range",
                "long", "range", "heavy", "site", "sites", "launch", "field"}
#: An aircraft's type ("Tu-95MS", "Su-34", "MiG-31K"), not an air-defence system ("S-400 in Crimea").
_AIRCRAFT_NAME = re.compile(r"(?:Tu|Su|MiG|Il|Ka|Mi|An|Yak|Be)-\d+[A-Za-z\d]*", re.I)


#: An aircraft's or ship's type, which the tagger may call a noun: "MiG-31", "K", "Tu-22M3".
_PLATFORM_NAME = re.compile(r"[A-Za-z]+-?\d+[A-Za-z\d]*|[A-Z]{1,3}")


def _launch_site(doc: Doc, span: Span) -> bool:
    """"launched from Kursk region", "drones from the Black Sea", "from the directions of Kursk,
    Oryol and Bryansk", "from the Volgodonsk area (Rostov region)": where weapons came from.

    Looks back over type words, other names and list commas (never over a verb) for "from"."""
    k = span.start - 1
    sent_start = sentence_of(span).start
    if k > sent_start and doc[k].text == "(":
        # "1 Iskander-M ballistic missile (Kursk region)": where the weapon was launched from
        head = doc[k - 1]
        if head.lower_ in _WEAPON_WORDS or head.head.lower_ in _WEAPON_WORDS:
            return True
    lower = token_table(doc).lower
    if k - 2 >= sent_start and lower[k] == ":" and lower[k - 1] in {"area", "areas", "site", "sites"} \
            and lower[k - 2] == "launch":
        return True  # "Kh-101 from Tu-95MS aircraft (launch area: Engels)"
    platform = False  # passed an aircraft or ship the weapons were fired from
    over = False
    while k >= sent_start and k >= span.start - 12 and (
            lower[k] in _LAUNCH_SKIP or lower[k] in DIRECTIONS
            or (doc[k].pos_ == "PROPN" and lower[k] not in LAUNCH_BEFORE)
            or _PLATFORM_NAME.fullmatch(doc[k].text)):
        over = over or lower[k] in {"over", "above", "in"}
        platform = platform or (over and (lower[k] in _PLATFORMS or bool(_AIRCRAFT_NAME.fullmatch(doc[k].text))))
        k -= 1
    # "from Tu-95MS over the Caspian Sea", "fired by Su-34 jets flying over occupied Berdiansk",
    # "Kalibr from a ship in the Black Sea": where the platform was, not a target.
    return k >= sent_start and (lower[k] in LAUNCH_BEFORE or (platform and lower[k] == "by"))


def _reference_before(doc: Doc, span: Span, spans: Iterable[Span] = ()) -> bool:
    """"next to Mariupol", "on the outskirts of the", "towards Kyiv", and the names listed
    after such a reference ("flying towards Bila Tserkva and Fastiv"): reference points."""
    start = span.start
    ends = {s.end: s for s in spans}
    lower = token_table(doc).lower
    sent_start = sentence_of(span).start
    # Back over the names of a list ("A, B and C") to the words before its first name.
    while True:
        gap_start = start
        while gap_start > sent_start and lower[gap_start - 1] in {",", "and", "or"}:
            gap_start -= 1
        if gap_start == start or gap_start not in ends:
            break
        start = ends[gap_start].start
    words = lower[max(sent_start, start - 4):start]
    return any(tuple(words[-n:]) in phrases for n, phrases in _REFERENCE_BY_LENGTH if len(words) >= n)


# REFERENCE_BEFORE by the number of words: (n, the phrases of n words).
_REFERENCE_BY_LENGTH = tuple((n, frozenset(p for p in REFERENCE_BEFORE if len(p) == n))
                             for n in sorted({len(p) for p in REFERENCE_BEFORE}))


_ACTOR_VERBS = {"deny", "vow", "warn", "respond", "condemn", "threaten", "promise", "refuse", "accuse", "blame",
                "appear", "seem", "insist", "demand", "plan", "want", "hope", "agree", "decide"}


_DOWNING_LEMMAS = INTERCEPT_VERBS | {"shoot"}


def _speaker(span: Span, actor_like: bool) -> bool:
    """The place stands for who acts or speaks: "Kyiv said", "Moscow denied", "Washington's
    refusal", "the Belgorod governor", "Kharkiv's mayor"."""
    root = span.root
    if root.dep_ in {"compound", "poss", "amod", "nmod"} and root.head.lemma_.lower() in OFFICE_WORDS:
        return True
    if _colon_heading(span):
        return False  # "Nikolaev, Krasnoarmeysk: Russian MoD reports strikes on …": a headline's places
    for t in [span.root, *span.root.ancestors][:3]:
        if t.dep_ in {"nsubj", "csubj", "nsubjpass"}:
            lemma = t.head.lemma_.lower()
            if t.dep_ == "nsubj" and lemma in AFTERMATH_SUBJECT_VERBS:
                return False  # "Kyiv counts damage from overnight strike"
            cue = cue_of(t.head.lower_, lemma)
            # "Russia launched 96 drones", "Israel struck Lebanon": who strikes (not who shoots down).
            attacks = (t.dep_ == "nsubj" and cue == "strike" and t.head.pos_ == "VERB"
                       and lemma not in _DOWNING_LEMMAS)
            return lemma in REPORT_VERBS or lemma in _ACTOR_VERBS or (actor_like and (cue is None or attacks))
        if t.dep_ == "poss" and actor_like:
            return cue_of(t.head.lower_, t.head.lemma_.lower()) is None
        if t.dep_ in {"prep", "pobj", "dobj"}:
            return False
    return False


def _colon_heading(span: Span) -> bool:
    """Whether the place is one of the names a sentence opens with before a colon ("Nikolaev,
    Krasnoarmeysk: …"), nothing but names and commas."""
    sent = sentence_of(span)
    colon = _per_sentence(sent, "geostrike_first_colon", lambda s: next((t.i for t in s if t.text == ":"), None))
    return colon is not None and span.end <= colon and colon - sent.start <= 8 and all(
        t.pos_ == "PROPN" or t.is_punct or t.lower_ in {"and", "region", "oblast"} for t in sent.doc[sent.start:colon])


def _accused(span: Span) -> bool:
    """"accused Kyiv of using HIMARS", "blamed Moscow for the attack": the side blamed."""
    root = span.root
    if root.dep_ not in {"dobj", "obj", "pobj"}:
        return False
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    lemma = verb.lemma_.lower()
    if lemma == "hold":
        return any(t.lower_ in HOLD_BLAME_WORDS for t in sentence_of(span))
    return lemma in ACCUSE_VERBS


def _said_in(span: Span) -> bool:
    """"the ministry said in Kyiv", "a report presented in Geneva": where words were spoken."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at"}:
        return False
    verb = root.head.head
    lemma = verb.lemma_.lower()
    # ("In Brussels, NATO ministers discussed the drone attacks": a statement's place may come first.)
    if not ((verb.i < root.i and lemma in REPORT_VERBS) or lemma in STATEMENT_VERBS):
        return False
    # Someone spoke there ("the General Staff said in Kyiv"), not "explosions reported in
    # Sevastopol", where what is reported happened in the place.
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children)
            and any(cue_of(c.lower_, c.lemma_.lower()) is None for c in subjects))


def _hypothetical(tok: Token) -> bool:
    """A strike word in a clause that only supposes one: "long-range missiles that could reach
    Crimea", "Ukraine would strike airfields in Russia" (not "could have killed", and not
    "explosions could be heard in Kyiv", which reports what was heard)."""
    def supposed(verb: Token) -> bool:
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        return (any(a in HYPOTHETICAL_MODALS for a in auxes) and "have" not in auxes
                and verb.lemma_.lower() not in {"hear", "see", "feel"})

    # (A weapon noun takes the clause that describes it: "missiles that could reach …".)
    if supposed(_clause_of(tok)) or (tok.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "relcl" and supposed(c) for c in tok.children)):
        return True
    # A strike threatened, planned or prepared for: "Medvedev threatened strikes on Kyiv",
    # "Russia is stockpiling missiles for a massive strike on Lviv", "plans to strike …".
    if tok.pos_ in {"NOUN", "PROPN"}:
        head = tok.head
        if tok.dep_ in {"dobj", "obj"} and head.lemma_.lower() in THREAT_VERBS:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in THREAT_VERBS | PREPARE_VERBS:
            return True
    elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in THREAT_VERBS | {"plan", "intend", "aim"}:
        return True  # "threatened to strike Kyiv", "plans to hit the bridge"
    return False


def _past_reference(sent: Span, cue: Token | None, anchor: Anchor) -> bool:
    """The cue's clause dates what it tells well before the article ("Odesa's opera house,
    damaged in 2023, reopened …", "the Kerch bridge, first attacked in October 2022, …")."""
    if cue is None or anchor.value is None:
        return False
    text = _text(sent)
    if not _PAST_HINT.search(text):
        return False  # (no figure, "ago" or "last": nothing below can match)
    at = cue.idx - sent.start_char
    left = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    right = min((i for i in (text.find(",", at), text.find(";", at)) if i >= 0), default=len(text))
    clause = text[left + 1:right]
    first_comma = text.find(",")
    opening = text[:first_comma] if 0 <= first_comma == left else ""  # "A year ago, a missile destroyed …"
    if _LONG_AGO.search(clause) or _LONG_AGO.search(opening):
        return True
    for m in PAST_MONTH_YEAR.finditer(clause) if may_hold(clause, MONTH_STEMS) else ():
        if m.group(0).lower().startswith("since"):
            continue  # "the heaviest attack since October 2022" tells of a new strike
        when = event_date(m.group(0), anchor, None)
        if when and when.value and (anchor.value - when.value).days > 45:
            return True
    for m in PAST_YEAR.finditer(clause):
        if int(m.group("year")) < anchor.value.year:
            return True
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > sent.start else None
    if before is not None and _YEAR.fullmatch(before.text) and int(before.text) < anchor.value.year:
        return True  # "before the 2022 strikes on Izium"
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")
_PAST_HINT = re.compile(r"\d|\bago\b|\blast\b|\byears?\b|\banniversary\b", re.I)
_RESPONSE_WORDS = {"response", "retaliation", "revenge", "reply"}


def _without_answered(sent: Span) -> str:
    """The sentence's text without an answered strike ("In response to the strike with ATACMS
    on an airfield in Taganrog, …"): its weapons and targets are not the new strike's."""
    text = _text(sent)
    if not any(w in text.lower() for w in _RESPONSE_WORDS):
        return text
    for t in sent:
        if _answer_word(t):
            sub = list(t.subtree)
            a, b = sub[0].idx - sent.start_char, sub[-1].idx + len(sub[-1].text) - sent.start_char
            return text[:a] + " " * (b - a) + text[b:]
    return text


def _answer_word(tok: Token) -> bool:
    """The head of "in response to …", "in retaliation for …", or what a strike "answered"
    or "avenged" ("The raids answered a drone launched from Yemen that hit … Ashkelon")."""
    return (tok.lemma_.lower() in _RESPONSE_WORDS and tok.dep_ in {"pobj", "npadvmod"}) or (
        tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in {"answer", "avenge"})


def _in_response(tok: Token, depth: int = 4) -> bool:
    """"In response to the Kiev regime's strike … on Taganrog, …": the strike answered, told as
    the reason for a new one, is an earlier one (a word within ``depth`` heads of it)."""
    return any(_answer_word(a) for a in list(tok.ancestors)[:depth])


def _venue(span: Span) -> bool:
    """"a meeting … in Brussels", "responsibility for these attacks to the United States",
    "Zelensky in Washington as …" (a person's visit)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in VENUE_NOUNS for c in root.head.head.children):
        return True  # "talks were held in Istanbul"
    if sentence_of(span).root.lemma_.lower() in VENUE_NOUNS and sentence_of(span).root.pos_ == "NOUN":
        return True  # "A conference on protecting … from drone strikes opened in Kamianets-Podilskyi" (misparsed)
    if (root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} and root.head.head.ent_type_ == "PERSON"
            and root.head.head.dep_ in {"ROOT", "nsubj"} and root.head.head.i + 1 == root.head.i):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"to", "in"}:
        # "All the wounded have been taken to the regional hospital in Kursk", "evacuated to Dnipro".
        goal = root.head.head
        if goal.lemma_.lower() in CARE_NOUNS and goal.dep_ == "pobj" and goal.head.lower_ == "to":
            goal = goal.head.head
        if root.head.lower_ == "to" or goal is not root.head.head:
            if goal.lemma_.lower() in TRANSPORT_VERBS:
                return True
    return any(_venue_word(t) for t in list(root.ancestors)[:4])


def _venue_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in VENUE_NOUNS or tok.lower_ in VENUE_NOUNS:
        return True
    return lemma in PRODUCTION_VENUES and any(t.lemma_.lower() in PRODUCTION_LEMMAS for t in sentence_of(tok))


def _short(doc: Doc, n_sents: int) -> bool:
    """A headline, caption, post or log entry rather than an article: the clause rule may
    take a place even beside a strike word the parse did not link to it."""
    return n_sents <= SHORT_TEXT_SENTENCES and len(span_text(doc[:])) <= SHORT_TEXT_CHARS


_BACKGROUND = re.compile("|".join(f"(?:{p.pattern})" for p in BACKGROUND_PATTERNS), re.I)


def _background_aside(sent: Span) -> set[int]:
    """The tokens of the subordinate clause a background phrase is in, when the sentence's main
    clause lies outside it ("As mourners gathered in Dnipro for the funeral of …, a new drone
    attack hit Pavlohrad"); empty when the phrase is in the main clause."""
    m = _BACKGROUND.search(_text(sent))
    if m is None:
        return set()
    at = sent.start_char + m.start()
    tok = next((t for t in sent if t.idx <= at < t.idx + len(t.text) + 1), None)
    if tok is None:
        return set()
    head = _clause_of(tok)
    if head.dep_ not in {"advcl", "relcl", "acl"} or head.i == sent.root.i:
        # "A drone hit a house in Sumy, days after the strike on Konotop": a phrase of the
        # main clause, headed by "after", is background on its own.
        end = sent.start_char + m.end()
        after = next((t for t in sent if at <= t.idx < end and t.lower_ == "after" and t.dep_ == "prep"), None)
        if after is None:
            return set()
        inside = {t.i for t in after.subtree} | {t.i for t in sent if at <= t.idx < after.idx}
        starts = {t.idx for t in sent if t.i in inside}
        if sent.root.i in inside or any(sent.start_char + o.start() not in starts for o in _BACKGROUND.finditer(_text(sent))):
            return set()  # ("…, hundreds gathered in Kyiv to honour the dead": all of it is background)
        return inside
    inside = {t.i for t in head.subtree}
    if head.dep_ == "relcl":
        inside.add(head.head.i)  # "Kharkiv, which has been shelled almost daily since May": Kharkiv too
    return inside if sent.root.i not in inside else set()


def _background(sent: Span) -> bool:
    text = _text(sent)
    low = text.lower()
    return any(h in low for h in BACKGROUND_HINTS) and _BACKGROUND.search(text) is not None


_FILLER = {"district", "region", "oblast", "city", "town", "village", "raion", "area", "of", "the", "near",
           "outskirts", "centre", "center", "central", "province", "community", "settlement", "hromada",
           "municipality", "krai", "republic", "ukraine", "russia", "and", "or", "north", "south", "east", "west",
           "northern", "southern", "eastern", "western", "downtown", "suburb", "suburbs", "reportedly", "de", "in"}


def _heading(sent: Span, spans: list[tuple[ResolvedPlace, Span]]) -> list[tuple[ResolvedPlace, Span]]:
    """The places of a sentence that is nothing but a place heading ("Kharkiv (Saltivka district).",
    "Derhachi, Kharkiv.", "Izyum house of culture."), else an empty list."""
    mine = [(rp, s) for rp, s in spans if s.start >= sent.start and s.end <= sent.end]
    if not mine:
        return []
    covered = {t for _, s in mine for t in range(s.start, s.end)}
    rest = [t for t in sent if t.i not in covered and not t.is_punct and not t.is_space and t.text.strip()]
    # A heading may add what the place is ("Izyum house of culture"): at most three
    # words that are no verbs; a sentence with a verb tells something.
    if any(t.pos_ in {"VERB", "AUX"} and t.lower_ not in _FILLER for t in rest):
        return []
    unknown = [t for t in rest if t.lower_ not in _FILLER and not t.like_num]
    # A bracketed note may come first ("[Graphic: …] Chasiv Yar, Donetsk Oblast."), and
    # emoji ("❗️Chernihiv. A missile hit …").
    first = sent.start
    while first < sent.end - 1 and not any(ch.isalnum() for ch in sent.doc[first].text) and sent.doc[first].text != "[":
        first += 1
    if sent.doc[first].text == "[":
        close = next((t.i for t in sent if t.text == "]"), None)
        if close is not None:
            first = close + 1
            unknown = [t for t in unknown if t.i > close]
    return mine if len(unknown) <= 3 and mine[0][1].start - first <= 1 else []


# Prepositions that put a further place of a clause among its targets.
PLACE_PREPS = {"in", "over", "on", "at"}
# Which kinds of place a caption or a clause means first when it names several.
_TARGET_RANK = {"site": 0, "airfield": 0, "city": 0, "admin2": 1, "landform": 1, "admin1": 2, "water": 3,
                "macroregion": 3, "country": 4}


def _locators(doc: Doc, cands: list[tuple[ResolvedPlace, Span]]) -> set[int]:
    """The ``id`` of each candidate that only locates its neighbour: of "Horlivka, Donetsk"
    or "Kyiv (Borodyanka)", the coarser or larger of the two."""
    def coarser(a: ResolvedPlace, b: ResolvedPlace) -> bool:
        ra, rb = _TARGET_RANK.get(a.entry.kind, 2), _TARGET_RANK.get(b.entry.kind, 2)
        return ra > rb or (ra == rb and a.entry.population > b.entry.population)

    def two_cities(a: ResolvedPlace, b: ResolvedPlace) -> bool:
        # "Kyiv, Kharkiv": two large towns of different regions name two places; "Kyiv,
        # Borodyanka" is a village located by its region's namesake.
        ea, eb = a.entry, b.entry
        return (ea.kind == eb.kind == "city" and ea.admin1 != eb.admin1
                and min(ea.population, eb.population) >= LIST_TOWN_POPULATION)

    def no_seat(a: ResolvedPlace, b: ResolvedPlace) -> bool:
        # Two towns neither of which is a regional or national seat ("Huliaipole, Prymorske"):
        # a list; a seat may stand for its region ("Horlivka, Donetsk", "Kyiv, Borodyanka").
        return (a.entry.kind == b.entry.kind == "city"
                and not {a.entry.feature_code, b.entry.feature_code} & {"PPLA", "PPLC"}
                and max(a.entry.population, b.entry.population) < 100_000)

    drop: set[int] = set()
    for a, b in zip(cands, cands[1:]):
        if two_cities(a[0], b[0]) or no_seat(a[0], b[0]):
            continue
        if _locates(doc, a[1], b[1]) or doc[a[1].end:b[1].start].text.strip() == "(":
            drop.add(id(b) if coarser(b[0], a[0]) else id(a))
    return drop


def _most_specific(doc: Doc, cands: list[tuple[ResolvedPlace, Span]]) -> list[tuple[ResolvedPlace, Span]]:
    """The places a clause or heading is about, first first: without those that contain or
    locate another candidate ("Horokhovatka, Kharkiv", "Kyiv, Borodyanka" reads as
    Borodyanka in Kyiv region), and of the finest kind named."""
    drop = _locators(doc, cands)
    keep = [x for x in cands if id(x) not in drop and not any(contains(x[0].entry, y[0].entry)
                                                               for y in cands if y is not x)]
    keep = keep or cands[-1:]
    # Towns, sites and districts are all targets; a region, a sea or a country only when
    # the clause names nothing finer.
    best = min((_TARGET_RANK.get(x[0].entry.kind, 2) for x in keep), default=0)
    return [x for x in keep if _TARGET_RANK.get(x[0].entry.kind, 2) <= max(best, 1)]


_LIST_GAP_WORDS = {",", "and", "or", "as", "well", "the", "city", "town", "village", "of"}


def _list_of(doc: Doc, first: tuple[ResolvedPlace, Span], cands: list[tuple[ResolvedPlace, Span]],
             prepositions: bool = True) -> list[tuple[ResolvedPlace, Span]]:
    """``first`` and the candidates listed with it ("hits in the Volyn, Rivne and Lviv regions",
    "Port infrastructure in Odesa and Chornomorsk"): names joined by commas and "and"."""
    ordered = sorted(cands, key=lambda x: x[1].start)
    i = next(k for k, x in enumerate(ordered) if x[1].start == first[1].start)
    out = [ordered[i]]
    for x in ordered[i + 1:]:
        gap = [t.lower_ for t in doc[out[-1][1].end:x[1].start]]
        if "(" in gap and ")" in gap:  # "Sumy (2 locations), Chernihiv region (1)"
            gap = gap[:gap.index("(")] + gap[gap.index(")") + 1:]
        if not gap or not set(gap) <= _LIST_GAP_WORDS or len(gap) > 4 - ("of" not in gap):
            break  # (", the city of Zhytomyr" continues the list)
        if x[0].entry.kind == "country":
            break
        out.append(x)
    # Each further place the clause puts after a preposition of place is a target too
    # ("Hits in Kryvyi Rih, where a woman was killed, and in Kropyvnytskyi").
    for x in ordered[i + 1:] if prepositions else ():
        if x not in out and x[0].entry.kind != "country" and x[1].start > 0 \
                and doc[x[1].start - 1 - (doc[x[1].start - 1].lower_ == "the")].lower_ in PLACE_PREPS:
            out.append(x)
    return out


def _confidence(rule: str, rp: ResolvedPlace, how: str, cue_weight: float) -> float:
    value = LINK_RULES[rule].weight
    if rp.precision >= 3:
        value *= CONFIDENCE_FACTORS["region level"].weight
    if rp.candidates > 1 and rp.score < AMBIGUOUS_LEAD * 4:
        value *= CONFIDENCE_FACTORS["ambiguous name"].weight
    if how == "inferred":
        value *= CONFIDENCE_FACTORS["inferred attacker"].weight
    if cue_weight < 0.9 and rule != "parse":
        value *= CONFIDENCE_FACTORS["weak cue"].weight
    return round(value, 3)


def _speaker_prefix(doc: Doc, rp: ResolvedPlace, span: Span) -> bool:
    """"Baza: two Ukrainian drones attacked …": a name before a colon at the start of a line is
    who speaks (a channel, an official) when it resolves to a town outside the countries of the
    war the text tells."""
    if span.end >= len(doc) or doc[span.end].text != ":" or rp.entry.country is None:
        return False
    if span.start > 0 and "\n" not in doc[span.start - 1].text + doc[span.start - 1].whitespace_ \
            and any(ch.isalnum() for ch in doc[span.start - 1].text):
        return False  # not at the start of its line
    who = _actor_in(t for t in doc)
    if who not in DYADS:
        return False  # (only a war whose two sides are known: "Beirut: Israeli strike …" is Beirut)
    sides = {who, DYADS[who]}
    return rp.entry.country not in sides


#: Words after a place's name that make the phrase no place: a clock, a front's sector.
_NOT_PLACE_AFTER = {"time", "direction", "axis", "sector"}


_WEAPONS_AFTER = {"rockets", "missiles", "drones", "launchers", "mlrs"}


def _not_the_place(doc: Doc, span: Span, rp: ResolvedPlace) -> bool:
    """"at 20:40 Moscow time", "in the Kherson direction the enemy shelled Bilozerka", and a
    weapon named like a village ("fired Vilkha rockets at Belgorod")."""
    if span.end >= len(doc) or span[-1].pos_ != "PROPN":
        return False
    after = doc[span.end].lower_
    return after in _NOT_PLACE_AFTER or (after in _WEAPONS_AFTER and rp.entry.kind == "city"
                                         and rp.entry.population < WEAPON_NAMESAKE_POPULATION)


def _skip_reason(doc: Doc, rp: ResolvedPlace, span: Span, all_spans: list[Span]) -> str | None:
    """The trap rule (:data:`geostrike.rules.SKIP_RULES`) that keeps this place from being a target."""
    if rp.mention.source == "adj":
        return "modifier"
    if _too_wide(rp.entry):
        return "too wide"
    if _distance_reference(doc, span) or _reference_before(doc, span, all_spans):
        return "distance reference"
    if _parenthesised_locator(doc, span, all_spans):
        return "locator"
    if _not_the_place(doc, span, rp):
        return "not the place"
    if _launch_site(doc, span):
        return "launch site"
    if _speaker_prefix(doc, rp, span):
        return "speaker"
    if _in_response(span.root, depth=6):
        return "answered strike"
    return None


def _local_casualties(sent: Span, linked: list[tuple[ResolvedPlace, Span, Token, str]],
                      in_sent: list[tuple[ResolvedPlace, Span]],
                      downed_class: dict[str, str] | None = None) -> dict[str, Counts]:
    """Killed and injured figures of a sentence that names several struck places, each given
    to the place its clause names: the place right after the figure ("killed in Nikopol"),
    else the nearest one before it with no clause break between ("hit Dnipro, killing 4").
    Figures no clause ties to one place are given to none."""
    base = sent.start_char
    text = _text(sent)
    ids = {x[0].entry.id for x in linked}
    marks = sorted((s.start_char - base, s.end_char - base, rp.entry.id) for rp, s in in_sent if rp.entry.id in ids)
    out: dict[str, Counts] = {}
    if downed_class is None:
        downed_class = {}  # the weapon class of each place's own downed figure, when it names one
    for m in _DOWNED_OVER.finditer(text):
        # "eight drones over the Rostov region and three over the Krasnodar region",
        # "39 were destroyed, 27 of them over the Kyiv region"
        if _FIGURE_BEFORE.search(text[:m.start()]):
            continue  # "3 missiles and 27 drones were destroyed over …": a figure of a sum
        for k, (start, end, eid) in enumerate(marks):
            if start == m.end():
                if k + 1 < len(marks) and _LIST_GAP.fullmatch(text[end:marks[k + 1][0]]):
                    break  # "41 drones and 4 missiles over the Kyiv, Cherkasy and Poltava regions": all of them
                if re.search(r"(?:regions|oblasts|provinces)\s*$", text[start:end], re.I):
                    break
                c = out.setdefault(eid, Counts())
                if c.intercepted is None:
                    c.intercepted = word_number(m.group(1))
                    classes = {WEAPONS[w] for w in m.group(0).lower().split() if w in _WEAPON_WORDS}
                    if len(classes) == 1:
                        downed_class[eid] = classes.pop()  # "… and 18 drones over the Vinnytsia region"
                break
    downed_at = {x[0].entry.id for x in linked if _is_intercept(x[2])}
    for m in _DOWNED_IN.finditer(text):
        # "shot down 58 of them: 21 in Kyiv region, 13 in Zhytomyr region" (a place downed at only)
        eid = next((e for start, _, e in marks if start == m.end()), None)
        if eid in downed_at and out.setdefault(eid, Counts()).intercepted is None:
            out[eid].intercepted = word_number(m.group(1))
    for start, end, eid in marks:
        # "33 Shaheds destroyed (Odesa region – 14, Mykolaiv region – 9)": each region's own figure.
        m = _DASH_FIGURE.match(text, end)
        if m and eid in downed_at:
            # ("… downed over the Bryansk region (67), the Kursk region (43)")
            c = out.setdefault(eid, Counts())
            if c.intercepted is None:
                c.intercepted = word_number(m.group(1) or m.group(2))
    figures = casualty_figures(text)

    def after(b: int) -> str | None:
        return next((eid for start, _, eid in marks if start >= b and _AFTER_FIGURE.fullmatch(text[b:start])), None)

    for k, (a, b, name, value, approx) in enumerate(figures):
        pick = after(b)
        if pick is None and k + 1 < len(figures) and figures[k + 1][2] != name \
                and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[b:figures[k + 1][0]]):
            pick = after(figures[k + 1][1])  # "killed a man and wounded four in the border town of Shebekino"
        if pick is None:
            before = [m for m in marks if m[1] <= a and not _CLAUSE_BREAK.search(text[m[1]:a])]
            pick = before[-1][2] if before else None
        if pick is not None:
            c = out.setdefault(pick, Counts())
            if getattr(c, name) is None:
                setattr(c, name, value)
                if approx:
                    c.approximate.add(name)
    # "killed three people in the Donetsk region: two in Kostiantynivka and one in Toretsk":
    # a bare figure before a place counts what the figure before it counted.
    for start, _, eid in marks:
        m = _BARE_LOCAL.search(text[:start])
        if m and any(f[0] <= m.start() < f[1] for f in figures):
            continue  # "wounded four in Borova": the figure is a casualty figure of its own
        field = m and next((f[2] for f in reversed(figures) if f[1] <= m.start()), None)
        if field:
            c = out.setdefault(eid, Counts())
            if getattr(c, field) is None:
                setattr(c, field, word_number(m.group(1)))
    return out


_UPDATE_LINE = re.compile(r"^\W*(?:upd(?:ate[ds]?)?|updated)\b", re.I)
_DASH_FIGURE = re.compile(rf"\s*[–—-]\s*({FIGURE})\b(?!\s*(?:km|kilomet|%|people|civilians|persons|killed|injured|"
                          rf"dead|wounded|hits?|impacts?|strikes?))|\s*\(\s*({FIGURE})\s*\)", re.I)
_BARE_LOCAL = re.compile(rf"\b({FIGURE})\s+(?:(?:people|civilians|others|more|residents)\s+)?(?:in|at)\s+"
                         r"(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$", re.I)
_DOWNED_OVER = re.compile(rf"\b({FIGURE})\s+(?:[\w\-]+\s+){{0,3}}?(?:of them\s+)?(?:were\s+)?(?:(?:shot down|destroyed|"
                          r"downed|intercepted)\s+)?over\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?", re.I)
_AREA_AFTER = re.compile(r"\s+(?:district|raion|community|hromada)\b", re.I)  # "the Kupiansk district"
_GLIDE_BOMBS = re.compile(r"\b(?:glide|gliding|guided)[- ](?:aerial\s+)?bombs?\b|\bgliding\s+modules?\b|\bUMPK\b|"
                          r"\bKABs?\b")
_DOWNED_IN = re.compile(rf"(?<![\w.])({FIGURE})\s+in\s+(?:the\s+)?", re.I)
# (Not a figure of its own place: "16 over Bryansk and 16 over the Belgorod region".)
_FIGURE_BEFORE = re.compile(rf"\b{FIGURE}\s+(?:(?!over\b)[\w\-/]+\s+){{0,3}}(?:and|plus|,)\s*$", re.I)
_AIR_RAID = re.compile(r"\bshelters?\b|\bsirens?\b|\bair[- ]raid\b|\bair defen[cs]es? (?:is |are |was |were )?"
                       r"(?:working|active|in action|operating|engaged)\b|\balert\b", re.I)
_ALL_DOWNED = re.compile(r"\b(?:all|both) (?:of them |of the \w+ |the \w+ |[\w-]+ )?(?:were|was|have been|had been) "
                         r"(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b", re.I)
# "a year ago", "two months ago", "18 months ago": well before the article.
_LONG_AGO = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|many|some|\d+)\s+(?:years?|months?)\s+ago\b"
                       r"|\blast (?:year|winter|spring|summer|autumn|fall|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december)\b(?!'s)"
                       # "last week's strike on Kharkiv", "a year on", "two years since the strike", anniversaries
                       r"|\blast (?:week|month|year)(?:'s|’s)|\b(?:a|one|two|three|four|five|\d+) years? (?:on|since|after)\b"
                       r"|\banniversary\b", re.I)
_UNDER_FIRE = re.compile(r"\b(?:under|came under) (?:heavy |artillery |mortar |enemy )?fire\b", re.I)
_JOINER = r"\s*(?:,|,?\s*and|,?\s*or)\s*"
_LIST_GAP = re.compile(_JOINER + r"(?:the\b\s*)?", re.I)
#: Between the names of a tally's list, with their figures: "37 over the Kursk region, 28 over the
#: Voronezh region".
_FIGURE_LIST_GAP = re.compile(_JOINER + r"(?:\d{1,4}\s+(?:over|in)\s+)?(?:the\b\s*)?", re.I)
# ("… and wounded four in the border town of Shebekino": a word may qualify the town.)
_AFTER_FIGURE = re.compile(r"\s*(?:(?:\w+\s+){0,2}?(?:in|at|near|outside)|(?:\w+\s+)?(?:residents|inhabitants|people|"
                           r"civilians|villagers)\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|"
                           r"settlement|region|district)\s+(?:of\s+)?)?", re.I)
_CLAUSE_BREAK = re.compile(r";|\band\b|\bwhile\b|\bwhereas\b|\bas well as\b|—", re.I)


_LINE_FILLER = {"region", "oblast", "regions", "oblasts", "the", "over", "in", "–", "—", "-", ":", "•", "·", "*"}


def _tally_line(sent: Span, in_sent: list[tuple[ResolvedPlace, Span]]) -> list[tuple[ResolvedPlace, Span, int]]:
    """The places and figures of a line that is nothing but regions and numbers ("• Kyiv
    region – 7", "Sumy oblast: 12", "Kyiv region - 20, Zhytomyr region - 11"), else ``[]``."""
    if not in_sent or any(rp.entry.kind not in {"admin1", "admin2", "city"} for rp, _ in in_sent):
        return []
    starts = {s.start: (rp, s) for rp, s in in_sent}
    pairs: list[list] = []
    i = sent.start
    while i < sent.end:
        if i in starts:
            rp, span = starts[i]
            pairs.append([rp, span, []])
            i = span.end
            continue
        t = sent.doc[i]
        i += 1
        if t.is_space or t.lower_ in _LINE_FILLER or t.is_punct:
            continue
        if t.like_num and (value := number_value(t)) is not None and pairs:
            pairs[-1][2].append(value[0])
        elif t.lower_ == "and" and pairs:
            continue
        else:
            return []  # a word (or a figure before any place): the line says more than figures
    if not pairs or any(len(figures) != 1 for _, _, figures in pairs):
        return []
    return [(rp, span, figures[0]) for rp, span, figures in pairs]


_POST_HIT_KEY = "geostrike_post_hit"
_DOWNING_FORMS = frozenset({"downing", "downed", "intercepted", "shot", *INTERCEPT_NOUNS})


def _post_tells_hit(doc: Doc) -> bool:
    """A short post that tells of a strike or a hit anywhere ("#Kharkiv: explosions in the
    city!\nTerekhov: a strike on the Kyivskyi district"): its explosions are that strike."""
    found = doc.user_data.get(_POST_HIT_KEY)
    if found is None:
        found = len(span_text(doc[:])) <= SHORT_TEXT_CHARS and any(
            t.lower_ not in EXPLOSION_WORDS and t.lower_ not in _DOWNING_FORMS and _cue_kind(t) == "strike"
            and not _is_intercept(t) and not _negated(t) for t in doc)
        doc.user_data[_POST_HIT_KEY] = found
    return found


_AIR_RAID_KEY = "geostrike_air_raid"


def _air_raid(doc: Doc) -> bool:
    """Whether the text speaks of an air raid (asked once per text)."""
    found = doc.user_data.get(_AIR_RAID_KEY)
    if found is None:
        found = doc.user_data[_AIR_RAID_KEY] = _AIR_RAID.search(span_text(doc[:])) is not None
    return found


_PLACES_COUNTED = re.compile(r"\b(?:\d+|several|dozens of|many|\w+ty(?:-\w+)?|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve)\s+(?:settlements|communities|villages|towns|localities|"
                            r"hromadas|districts)\s+(?:of|in|across)\s+(?:the\s+)?$", re.I)


def _aggregate_region(doc: Doc, span: Span) -> bool:
    """"23 settlements of the Kherson region": the text counts places of the region, which
    is an event of its own (with the toll of them all) beside the places it names."""
    k = span.start - 1
    if k < 0 or token_table(doc).lower[k] not in {"the", "of", "in", "across"}:
        return False  # (the words right before a counted region's name)
    sent_start = sentence_of(span).start
    if k < sent_start:
        return False
    start = max(sent_start, span.start - 6)
    return _PLACES_COUNTED.search(span_text(doc[start:span.start]) + " ") is not None


def _downed_only_statement(raw: list[StrikeEvent]) -> bool:
    """An air force's statement that gives only the downed total ("As of 09:00, 46 UAVs have
    been shot down over the Kharkiv, Poltava … regions"): downings over several regions of the
    theatre's own country. (A Russian claim of the same form has no summary: its regions are
    the tally.)"""
    downed = {e.place.entry.id for e in raw if e.event_type == "interception" and e.role == "event"
              and e.place.entry.kind == "admin1"}
    return len(downed) >= 2 and all(e.place.entry.country in THEATRE_COUNTRIES for e in raw)


def _with_tally(raw: list[StrikeEvent], totals: Tally, article: Article, sents: list[Span], anchor: Anchor,
                narrative: EventDate | None,
                country_of: "Callable[[str], GazetteerEntry | None] | None") -> list[StrikeEvent]:
    """The events of an official tally with its totals on one summary event at the country
    struck (the country of its events, else the side its attacker fights); the totals
    replace what a summary sentence alone gave."""
    summaries = [i for i, e in enumerate(raw) if e.role == "summary"]
    places = {e.place.entry.id for e in raw if e.role != "summary"}
    if not summaries and len(places) == 1 and any(e.launched for e in raw if e.role != "summary"):
        # One target ("ten cruise missiles at the Sevastopol shipyard; seven were shot
        # down"): the totals are that strike's own.
        return [replace(e, launched=totals.launched, intercepted=totals.intercepted,
                        counts_approximate=frozenset(totals.approximate)) for e in raw]
    if summaries:
        i = summaries[0]
        raw[i] = replace(raw[i], launched=totals.launched, intercepted=totals.intercepted,
                         event_type="interception", counts_approximate=frozenset(totals.approximate))
        return raw
    if country_of is None or NO_SUMMARY_SPEAKERS.search(article.text):
        return raw  # a regional command's or a city's own tally has no national summary
    countries = {e.place.entry.country for e in raw if e.place.entry.country}
    sides = [e.attacker for e in raw if e.attacker]
    if not countries:
        who = _actor_in(t for s in sents for t in s)
        sides = [who] if who else []
        countries = {DYADS[who]} if who in DYADS else set()
    if not countries:
        # An air force's statement names "the enemy" and no place: the country its weapons
        # are fired at ("89 Shahed-type drones" are Russia's, so at Ukraine).
        fired_by = {SYSTEM_SIDE[n] for n, _ in weapon_systems(article.text) if n in SYSTEM_SIDE}
        side = fired_by.pop() if len(fired_by) == 1 else None
        countries = {DYADS[side]} if side in DYADS else {TALLY_COUNTRY}
        sides = sides or ([side] if side else [])
    if len(countries) != 1:
        return raw
    entry = country_of(countries.pop())
    if entry is None:
        return raw
    first = sents[0]
    quote = _WS.sub(" ", first.text).strip()
    mention = PlaceMention(article.id, "", entry.name, first.start_char, first.start_char, "region", quote,
                           first.start_char, "tally")
    systems = weapon_systems(article.text)
    # The class of the weapon the statement names first ("127 missiles … and 40 Shaheds").
    named = [(t.idx, WEAPONS[t.lower_]) for s in sents for t in s if t.lower_ in _WEAPON_WORDS]
    firsts = sorted(named[:1] + [(article.text.lower().find(n.split("/")[0].lower()), c) for n, c in systems[:1]])
    weapon = next((c for pos, c in firsts if pos >= 0), None)
    date = event_date(first.text, anchor, None) or narrative or (
        EventDate(anchor.value, "week", None) if anchor.value else UNKNOWN_DATE)
    inside = Counter(e.attacker for e in raw if e.attacker and e.place.entry.country == entry.country)
    attacker = inside.most_common(1)[0][0] if inside else sides[0] if sides else DYADS.get(entry.country or "")
    ev = StrikeEvent(
        event_id=_event_id(article.id, entry.id, date.iso(), attacker, "interception", "summary"),
        article_id=article.id, event_type="interception", place=ResolvedPlace(mention, entry, 3, 0.0, 1),
        attacker=attacker, weapon=weapon, date=date, quote=quote, trigger="", quote_start=first.start_char,
        title=article.title, url=article.url, weapon_system=system_for(systems, weapon),
        sources=(Source(article.id, article.title, article.url),), launched=totals.launched,
        intercepted=totals.intercepted, counts_approximate=frozenset(totals.approximate),
        confidence=LINK_RULES["tally"].weight, link_rule="tally", role="summary")
    return [*raw, ev]


def _mark_summaries(raw: list[StrikeEvent]) -> None:
    """A country-level event that counts weapons beside precise events in that country is the
    text's summary ("the enemy attacked Ukraine with 64 drones"): it keeps its totals and
    does not fold into the precise events, which would copy them."""
    for i, ev in enumerate(raw):
        if (ev.role == "event" and ev.place.entry.kind == "country" and (ev.launched or ev.intercepted)
                and any(o.place.entry.country == ev.place.entry.country and o.place.entry.kind != "country"
                        for o in raw)):
            # A summary is the tally of what was launched and downed: its type is always
            # "interception", as for the tally's own summary (_with_tally).
            raw[i] = replace(ev, role="summary", link_rule=ev.link_rule or "tally", event_type="interception")


def advance_story(sentence: str, anchor: Anchor, narrative: EventDate | None
                  ) -> tuple[EventDate | None, EventDate | None]:
    """The date a sentence gives, and the date the story has reached after it.

    The story moves on with every sentence dated to the day, except one that looks back
    ("the previous day", "yesterday").
    """
    found = event_date(sentence, anchor, narrative)
    if found and found.value and found.precision == "day" and not _BACK_REFERENCE.search(sentence):
        narrative = found
    return found, narrative


def story_date_after(doc: Doc, anchor: Anchor, narrative: EventDate | None = None) -> EventDate | None:
    """The date the story of ``doc`` has reached at its end (for the next piece of a long article)."""
    for sent in doc.sents:
        _, narrative = advance_story(span_text(sent), anchor, narrative)
    return narrative


def extract_events(doc: Doc, article: Article, places: list[ResolvedPlace], anchor: Anchor,
                   decisions: list[Decision] | None = None,
                   country_of: "Callable[[str], GazetteerEntry | None] | None" = None,
                   narrative: EventDate | None = None) -> list[StrikeEvent]:
    """Events of one processed article.

    Three rules of :data:`geostrike.rules.LINK_RULES` link places to strikes, in order:
    ``parse`` (the dependency parse puts the place in a strike word's reach), ``clause``
    (a sentence that reports a strike or its aftermath, with no parse link, takes its most
    specific place that no trap excludes) and ``heading`` (a caption's opening place,
    "Kherson. 1 person killed …", takes the strike its later sentences report).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article text after :func:`geostrike.recognize.load_pipeline`.
    article : Article
        The article (for ids and metadata).
    places : list of ResolvedPlace
        Its resolved place mentions.
    anchor : geostrike.dates.Anchor
        The article's date.
    decisions : list of Decision, optional
        When given, receives one :class:`~geostrike.models.Decision` per place of every
        strike-reporting sentence: the rule that linked it, or why it was left out.
    country_of : callable, optional
        The gazetteer entry of a country code; where given, a tally's totals go to one
        summary event at the country (``role`` "summary") instead of being dropped.
    narrative : EventDate, optional
        The date the story had reached before ``doc`` (a long article's earlier pieces,
        see :func:`story_date_after`).

    Returns
    -------
    list of StrikeEvent
        Merged events, in order of first mention.
    """
    spans: list[tuple[ResolvedPlace, Span]] = []
    for rp in places:
        span = doc.char_span(rp.mention.start, rp.mention.end, alignment_mode="expand")
        if span is not None:
            spans.append((rp, span))
    all_spans = [s for _, s in spans]
    skip_reasons: dict[tuple[int, int, int], str | None] = {}

    def skip_reason(rp: ResolvedPlace, span: Span) -> str | None:
        """:func:`_skip_reason`, worked out once per place (several rules ask)."""
        key = (id(rp), span.start, span.end)
        if key not in skip_reasons:
            skip_reasons[key] = _skip_reason(doc, rp, span, all_spans)
        return skip_reasons[key]

    article_systems = _fired_systems(article.text)
    raw: list[StrikeEvent] = []
    told_in: dict[int, set[str]] = {}  # per event sentence, the places of its events
    # The one national capital the text names, for "the capital" (:data:`LINK_RULES` "capital").
    capitals = {rp.entry.id: rp for rp in places if rp.entry.feature_code == "PPLC"
                or (rp.entry.kind == "admin1" and rp.entry.admin1 in CAPITAL_UNITS)}
    capital = next(iter(capitals.values())) if len(capitals) == 1 else None
    last: list[int] = []  # indices in ``raw`` of the events of the latest event sentence
    aggregates: set[int] = set()  # indices of regions the text counts places of
    since_last = 99
    last_end = 0
    source = Source(article.id, article.title, article.url)
    sents = list(doc.sents)
    short = _short(doc, len(sents))
    heading = _heading(sents[0], spans) if sents else []
    heading_target = _most_specific(doc, [x for x in heading if skip_reason(*x) is None])
    heading_used = False
    prev_cue: tuple[float, Token | None] | None = None
    next_span = 0
    spans.sort(key=lambda x: x[1].start)
    text = span_text(doc[:])
    downing_text = has_downing(text)
    last_downing: tuple[Token, int] | None = None  # the latest downing word, and its sentence

    def note(rp: ResolvedPlace, sent: Span, linked: bool, rule: str, trig: Token | None = None, detail: str = "") -> None:
        if decisions is not None:
            decisions.append(Decision(article.id, rp.entry.name, rp.mention.text, rp.mention.start, rp.mention.end,
                                      rp.entry.id, _WS.sub(" ", _text(sent)).strip(), linked, rule,
                                      trig.text if trig is not None else "", detail))

    list_bullet: tuple[str, Token] | None = None  # the bullet of a list's lines, and the strike word they follow
    for n_sent, sent in enumerate(sents):
        if list_bullet is not None and _text(sent).strip() and not _text(sent).lstrip().startswith(list_bullet[0]):
            list_bullet = None
        sent_text = _text(sent)
        if not any(ch.isalnum() for ch in sent_text):
            continue  # an emoji or a rule between lines ("🚀") is no sentence of the story
        since_last += 1
        told = _without_answered(sent)  # (an answered strike's date is not this one's)
        sent_date, narrative = advance_story(told, anchor, narrative)
        # The places of this sentence: spans are in text order, so one sweep finds them all.
        while next_span < len(spans) and spans[next_span][1].start < sent.start:
            next_span += 1
        k = next_span
        while k < len(spans) and spans[k][1].start < sent.end:
            k += 1
        in_sent = [(rp, s) for rp, s in spans[next_span:k] if s.end <= sent.end]
        if downing_text and has_downing(sent_text):
            downer = next((t for t in _tokens_with(sent, _INTERCEPT_FORMS) if _is_intercept(t)), None)
            if downer is not None:
                last_downing = (downer, n_sent)
        # (Beyond two sentences only debris still tells of the event just told.)
        follow = FOLLOW_UP_REACH if since_last > 2 and _mentions_debris(sent_text) else 2
        update = _UPDATE_LINE.match(sent_text) is not None  # "UPD 04:40: 1 injured"
        if update and short:
            follow = len(sents)  # a post's "UPD: 1 injured" line, however far down
        idle = not in_sent and not (last and since_last <= follow)
        if idle and not heading_target and not (n_sent + 1 < len(sents)
                                                and CARRY_OPENERS.match(_text(sents[n_sent + 1]))):
            prev_cue = None  # (its cue is needed by nothing: no place, no event, no "Of these" next)
            continue
        cue_weight, cue_tok = _cue(sent)
        if cue_tok is None and prev_cue is not None and CARRY_OPENERS.match(sent_text):
            cue_weight, cue_tok = prev_cue  # "Of these, 19 were over the Moscow region"
        prev_cue = (cue_weight, cue_tok) if cue_tok is not None else None
        if idle and not (heading_target and cue_weight >= MIN_CUE):
            continue  # no place, and no event just told that this sentence could add to
        background = _background(sent)
        aside: set[int] = set()  # tokens of a subordinate clause that alone is background
        history = _history(sent)
        if background and not history:
            aside = _background_aside(sent)
            background = not aside  # "As mourners gathered in Dnipro for the funeral …, a drone hit Pavlohrad"
            if cue_tok is not None and cue_tok.i in aside:
                cue_weight, cue_tok = _cue(sent, skip=aside)
        if history or background or _past_reference(sent, cue_tok, anchor) or (
                cue_tok is not None and _hypothetical(cue_tok) and not any(
                    _is_trigger(t) and not _hypothetical(t) for t in _tokens_with(sent, _TRIGGER_FORMS))):
            for rp, _ in in_sent:
                if cue_tok is not None:
                    note(rp, sent, False, "history" if history else "background", cue_tok)
            continue
        triggers = [t for t in _tokens_with(sent, _TRIGGER_FORMS) if t.i not in aside and (_is_trigger(t) or _is_other_trigger(t))
                    and not _habitual(t) and not _denied(t) and not _repelled_on_ground(t)
                    and not _in_response(t) and not _hypothetical(t)] if in_sent else []
        past: set[int] = set()  # strike words of the sentence that tell history
        if triggers and anchor.value is not None:
            # "many had been captured in Mariupol in 2022": that word's own clause is history.
            past = {t.i for t in triggers if not (cue_tok is not None and t.i == cue_tok.i)
                    and _past_reference(sent, t, anchor)}
            triggers = [t for t in triggers if t.i not in past]
        # (place, span, trigger token, rule)
        linked: list[tuple[ResolvedPlace, Span, Token, str]] = []
        skipped: dict[int, str] = {}
        for rp, s in in_sent:
            if s.root.i in aside:
                skipped[s.start] = "background"
        if past:
            # Nor may another cue of the sentence take a place that strike word governs ("a man
            # who had spotted targets before the 2023 strikes on the port of Izmail").
            for rp, s in in_sent:
                if any(a.i in past for a in list(s.root.ancestors)[:6]):
                    skipped[s.start] = "history"
        # A dateline names where the report was written ("MOSCOW, Sept 1 — Drones struck the
        # refinery in Yaroslavl"), unless it is the only place its sentence gives.
        dateline = _dateline_end(sent) if n_sent == 0 else sent.start_char
        if not any(s.start_char >= dateline for _, s in in_sent):
            dateline = sent.start_char
        for rp, span in in_sent:
            if span.start in skipped:
                continue  # background or history the sentence's other words told
            if span.start_char < dateline:
                skipped[span.start] = "dateline"
                continue
            if rp.mention.source in {"org", "adj"}:
                skipped[span.start] = "modifier"  # "the Kyiv Independent", "US-supplied missiles"
                continue
            if _too_wide(rp.entry):
                skipped[span.start] = "too wide"  # "targets across the Middle East" places no strike
                continue
            if _not_the_place(doc, span, rp):
                skipped[span.start] = "not the place"
                continue
            if _said_not(doc, span):
                skipped[span.start] = "not struck"  # "explosions were in Bila Tserkva, not in Boryspil"
                continue
            if _distance_reference(doc, span) or _parenthesised_locator(doc, span, all_spans):
                skipped[span.start] = "distance reference" if _distance_reference(doc, span) else "locator"
                continue
            if _accused(span):
                skipped[span.start] = "actor"
                continue
            if _speaker_prefix(doc, rp, span):
                skipped[span.start] = "speaker"
                continue
            if _said_in(span) or _venue(span):
                skipped[span.start] = "venue"  # "…, the General Staff said in Kyiv", "a conference … in X"
                continue
            if _launch_site(doc, span):
                # (However the parse hangs "from Tu-95MS over the Caspian Sea" on the launch.)
                skipped[span.start] = "launch site"
                continue
            actor_like = rp.entry.kind == "country" or span.text.lower() in ACTORS
            reach = [(d, t) for t in triggers if (d := _reaches(span.root, t, actor_like)) is not None]
            if reach:
                linked.append((rp, span, min(reach, key=lambda x: (x[0], abs(x[1].i - span.start)))[1], "parse"))
            elif (under := came_under(span)) is not None:
                linked.append((rp, span, under, "parse"))  # "Huliaipole came under fire from MLRS"
        # A place containing another linked place only locates it ("Kursk in southern Russia"),
        # and so does the B of "A in B" ("the refinery in Ryazan", "the airbase in Voronezh").
        # (Not drones downed over a region beside a strike on a town in it: "drones targeted a
        # depot in Bryansk …, air defences downed 12 drones over the Bryansk region".)
        # (Nor a region the sentence counts places of: "shelled 23 settlements of the Kherson
        # region, including Kherson" tells of the region as well as of Kherson.)
        kept = [x for x in linked
                if _aggregate_region(doc, x[1]) or not any(
                    (contains(x[0].entry, y[0].entry)
                     # ("A, B" locates A only where B is A's region or country: "Kyiv, Kharkiv,
                     # the Odesa region" is a list.)
                     or (_locates(doc, y[1], x[1]) and (x[0].entry.kind in {"country", "admin1"}
                                                        or (x[0].entry.admin1 == y[0].entry.admin1
                                                            # (a town locates no region: "in the
                                                            # Mykolaiv region, Ochakiv was hit")
                                                            and y[0].entry.kind not in {"country", "admin1"}))))
                    and _is_other_trigger(x[2]) == _is_other_trigger(y[2])
                    and not (_is_intercept(x[2]) and not _is_intercept(y[2]) and y[2].i != x[2].i)
                    for y in linked)]
        for x in linked:
            if x not in kept:
                skipped[x[1].start] = "container"
        cities = {x[1].start for x in kept if x[0].entry.kind == "city"}
        for x in list(kept):
            if _district_city(doc, x[1]) in cities:
                kept.remove(x)  # "the Kyivskyi district of Donetsk city": Donetsk's event
                skipped[x[1].start] = "city district"
        linked = kept
        if linked:
            # The parse may attach only one name of a list ("firing 312 shells at Kherson,
            # Bilozerka, Stanislav and Beryslav"): the others are targets of the same word.
            free = [(rp, s) for rp, s in in_sent if s.start not in skipped and rp.entry.kind != "country"
                    and skip_reason(rp, s) is None
                    and not _speaker(s, s.text.lower() in ACTORS) and s.root.dep_ not in _SUBJECT_DEPS]
            have = {x[1].start for x in linked}
            for rp, span, trig, rule in list(linked):
                if (rp, span) in free:
                    for x in _list_of(doc, (rp, span), free, prepositions=False):
                        if x[1].start not in have:
                            linked.append((x[0], x[1], trig, rule))
                            have.add(x[1].start)
                    ordered = sorted(free, key=lambda x: x[1].start)
                    for x in reversed([x for x in ordered if x[1].start < span.start]):
                        if x[1].start in have or not _FIGURE_LIST_GAP.fullmatch(span_text(doc[x[1].end:span.start])):
                            break
                        linked.append((x[0], x[1], trig, rule))  # a name before the one the parse took
                        have.add(x[1].start)
                        span = x[1]
            # A place in a clause of its own that tells an aftermath ("…, while drones hit the
            # port and two people were injured by falling debris in Kyiv"): that clause's cue.
            taken = {_clause_of(x[1].root).i for x in linked}
            for rp, span in free:
                head = _clause_of(span.root)
                if span.start in have or head.i in taken:
                    continue
                if any(contains(rp.entry, o.entry) and _clause_of(s.root).i == head.i for o, s in free):
                    continue  # "in the Voronezh region debris injured two people in Liski": Liski
                cue = next((t for t in sent if _cue_kind(t) in AFTERMATH_CUES and _clause_of(t).i == head.i
                            and not _negated(t)), None)
                if cue is not None:
                    linked.append((rp, span, cue, "clause"))
                    have.add(span.start)
            # A toll broken down after a colon ("killed 11 people across the Gaza Strip: six in
            # a house in Khan Younis, three in Jabalia and two in Gaza City"): each place its part.
            colon = next((t.i for t in sent if t.text == ":"), None)
            if colon is not None and linked:
                for rp, span in free:
                    if span.start not in have and span.start > colon and _figure_before(doc, span, colon):
                        linked.append((rp, span, linked[0][2], "breakdown"))
                        have.add(span.start)
            # A run of clauses the parse garbles ("…, an Iskander-M struck a warehouse on the
            # outskirts of Kropyvnytskyi and Shahed drones targeted …"): a place right after a
            # strike verb and its object, with no other place between, is that verb's target.
            starts = {s.start for _, s in in_sent}
            for rp, span in free:
                if span.start not in have and (trig := _linear_trigger(doc, sent, span, starts)) is not None:
                    linked.append((rp, span, trig, "linear"))
                    have.add(span.start)
        if not linked and in_sent and (line := _dash_line(doc, sent, in_sent, skipped)):
            # A post's line "place — what hit it": "• Huliaipole — MLRS", "2️⃣ Richky — FPV drone
            # attack on a car, a man (52) wounded", "Mala Tokmachka, Orikhiv — 6 KABs".
            linked = line
        if not linked and in_sent:
            # "The russians are hitting the district with heavy artillery and FPV drones: Nikopol,
            # Myrove, Pokrov and Marhanets communities": the list after the colon was hit.
            colon = next((t.i for t in sent if t.text == ":"), None)
            trig = next((t for t in triggers if colon is not None and t.i < colon), None)
            if colon is None and n_sent and _text(sents[n_sent - 1]).rstrip().endswith(":"):
                # (The parser may end the sentence at the colon: the list is a sentence of its own.)
                colon = sent.start - 1
                trig = next((t for t in sents[n_sent - 1] if _is_trigger(t) and not _negated(t)), None)
            elif colon is None and list_bullet is not None and _text(sent).lstrip().startswith(list_bullet[0]):
                # "Hits were recorded:\n— Chornomorsk, …;\n— Pavlohrad, …": the list's next line.
                colon, trig = sent.start, list_bullet[1]
            after = [(rp, s) for rp, s in in_sent if colon is not None and s.start > colon and s.start not in skipped
                     and rp.entry.kind != "country" and skip_reason(rp, s) is None]
            if (trig is not None and after and not _is_intercept(trig)
                    and not any(t.like_num for t in doc[colon + 1:sent.end])  # (a tally's lines: figures)
                    and all(t.lower_ == "the" or not t.is_alpha for t in doc[colon + 1:after[0][1].start])):
                linked = [(rp, s, trig, "list") for rp, s in _list_of(doc, after[0], after, prepositions=False)]
                opening = _text(sent).lstrip()[:1]
                list_bullet = (opening, trig) if opening in _BULLETS else None
        if not linked and triggers and capital is not None:
            # "Kyiv City Military Administration: the enemy attacked the capital with ballistic
            # missiles": the capital the text names.
            word = next((t for t in sent if t.lower_ == "capital" and t.i > 0 and doc[t.i - 1].lower_ == "the"
                         and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")), None)
            trig = None if word is None else next((t for t in triggers if _reaches(word, t) is not None), None)
            if trig is not None:
                linked = [(capital, doc[word.i:word.i + 1], trig, "capital")]
        line_count = None
        line_counts: dict[str, int] = {}
        if not linked and last_downing is not None and n_sent - last_downing[1] <= TALLY_LINE_REACH:
            line = _tally_line(sent, in_sent)
            if len(line) == 1:
                # "Destroyed: 39 missiles and 20 Shaheds, of which\n• Vinnytsia region – 9": each
                # line of the breakdown is a downing over its region.
                rp, s, line_count = line[0]
                linked = [(rp, s, last_downing[0], "tally line")]
            elif line:
                # "… were shot down: Kyiv region – 20, Zhytomyr region – 11": each region its figure.
                linked = [(rp, s, last_downing[0], "tally line") for rp, s, _ in line]
                line_counts = {rp.entry.id: figure for rp, s, figure in line}
        if (not linked and in_sent and cue_tok is not None and not background
                and (cue_weight >= MIN_CUE if short else cue_weight >= MIN_CUE_LONG and not triggers)):
            # No parse link, but the sentence reports a strike or its aftermath ("Damage to a
            # school in Merefa", "Oil depot on fire in Okhtyrka, Sumy Oblast"): its most
            # specific place that no trap rule excludes.
            # A town inside a facility's name locates the facility ("The Kharkiv Municipal
            # Gallery damaged by strike"); the speaker rule below keeps out "the Kyiv Independent reported".
            free = [(rp, s) for rp, s in in_sent if s.start not in skipped
                    or (skipped[s.start] == "modifier" and rp.mention.source == "org")]
            free = [(rp, s) for rp, s in free if (why := skip_reason(rp, s)) is None
                    or skipped.setdefault(s.start, why) is None]
            free = [(rp, s) for rp, s in free
                    if not (_speaker(s, rp.entry.kind == "country" or s.text.lower() in ACTORS)
                            and skipped.setdefault(s.start, "actor"))]
            free = [(rp, s) for rp, s in free if not (_venue(s) and skipped.setdefault(s.start, "venue"))]
            dateline = _dateline_end(sent)
            # (A short text's dateline may be its only place: "KYIV, UKRAINE - JULY 8: Rescuers …".)
            if not short or any(s.start_char >= dateline for _, s in free):
                free = [(rp, s) for rp, s in free if not (dateline > s.start_char
                                                          and skipped.setdefault(s.start, "dateline"))]
            best = _most_specific(doc, free)
            for rp, s in free:
                if (rp, s) not in best:
                    skipped.setdefault(s.start, "container" if rp.entry.kind != "country" else "country level")
            if best and not (heading_target and n_sent > 0 and all(
                    contains(rp.entry, h.entry) or rp.entry.id == h.entry.id for rp, _ in best for h, _ in heading_target)):
                rp, s = best[0]
                if rp.entry.kind != "country" or len(in_sent) == 1 and n_sent == 0:
                    located = _locators(doc, free)  # "Horlivka, Donetsk" is no list of two
                    linked = [(x[0], x[1], cue_tok, "clause")
                              for x in _list_of(doc, (rp, s), [x for x in free if id(x) not in located])]
        if not linked and heading_target and n_sent > 0 and cue_weight >= MIN_CUE and cue_tok is not None \
                and not heading_used and not raw and not background:
            # (Only while the body has named no struck place of its own: "Belgorod district. In the
            # village of Stroitel a drone …" is about Stroitel.)
            # "Kherson. 1 person killed and 2 injured in shelling of a taxi.": the caption's place.
            rp, s = heading_target[0]
            linked = [(rp, s, cue_tok, "heading")]
            heading_used = True
        for rp, span in in_sent:
            if decisions is not None and (triggers or cue_tok is not None):
                mine = [x for x in linked if x[1].start == span.start]
                if mine:
                    note(rp, sent, True, mine[0][3], mine[0][2])
                else:
                    why = (skipped.get(span.start) or skip_reason(rp, span)
                           or ("actor" if _speaker(span, rp.entry.kind == "country" or span.text.lower() in ACTORS)
                               else "not reached" if triggers else "no cue"))
                    note(rp, sent, False, why, triggers[0] if triggers else cue_tok)
        if not linked and not (last and since_last <= follow):
            continue  # nothing to link and no event just told that this sentence adds to
        if not linked and aside:
            continue  # "It came days after a similar strike on Kryvyi Rih killed five people": its figures too
        systems = _fired_systems(told)
        if not linked:
            # (The sentence's counts are read only where a rule below may use them.)
            counts: Counts | None = None
            # "Three of the five missiles … were shot down": a sentence without a place of its
            # own that follows an event sentence tells more about that event.
            # Not to several places at once: a figure after "over Kharkiv, Sumy and Kyiv
            # regions" is a total of them all ("45 drones lost locally"), no one place's.
            # ("Kherson city (Kherson)" is one place told twice.)
            one_place = len(last) == 1 or all(same_place(raw[last[0]], raw[i]) for i in last)
            if any(rp_.entry.kind == "city" and s_.start not in skipped and skip_reason(rp_, s_) is None
                   and not _speaker(s_, s_.text.lower() in ACTORS) and not any(
                       raw[i].place.entry.id == rp_.entry.id or contains(raw[i].place.entry, rp_.entry)
                       or haversine_km(raw[i].place.lat, raw[i].place.lon, rp_.lat, rp_.lon) <= SAME_PLACE_KM for i in last)
                   for rp_, s_ in in_sent):
                # "… Bilenke — FPV drones. A man was wounded in Stepnohirsk.": that town's figure.
                one_place = False
            told_of = last
            agg = [i for i in last if i in aggregates]
            if not one_place and len(agg) == 1 and all(
                    i == agg[0] or contains(raw[agg[0]].place.entry, raw[i].place.entry) for i in last):
                # "… shelled 23 settlements of the Kherson region, including Kherson. 2 people were
                # killed and 11 injured.": the region's toll, not the town's.
                one_place, told_of = True, agg
            there = _THERE.search(sent_text) is not None
            if not one_place and there:
                # "… and Stepnohirsk was hit nine times; one person was killed there.": the last place.
                one_place, told_of = True, last[-1:]
            # (An update line tells more of the post's event, however far down.)
            if (one_place and (since_last <= 2 or update)
                    and (update or "\n" not in text[last_end:sent.start_char])
                    and (sent_date is None or sent_date.value == raw[told_of[0]].date.value)
                    and _has_counts(counts := counts_in(sent))):
                for i in told_of:
                    raw[i] = _with_counts(raw[i], counts, systems)
            if short and not in_sent and len(last) > 1 and not there:
                counts = counts if counts is not None else counts_in(sent)
                if 0 in (counts.killed, counts.injured) and not any(
                        (counts.killed, counts.injured, counts.launched, counts.intercepted)):
                    # A post's closing "No people were hurt" is said of each place it lists.
                    for i in range(len(raw)):
                        if raw[i].role != "summary":
                            raw[i] = replace(raw[i], **{f: 0 for f in ("killed", "injured")
                                                       if getattr(counts, f) == 0 and getattr(raw[i], f) is None})
            # ("Russian drones attacked the Kyiv region for four hours overnight; 14 were shot down":
            # an attack told by its downings.)
            tried = (len(last) == 1 and raw[last[0]].trigger.lower() in ATTEMPT_WORDS and raw[last[0]].weapon
                     and raw[last[0]].place.entry.kind == "admin1"  # (a site attacked is struck: its hit is told)
                     and raw[last[0]].intercepted is not None and raw[last[0]].killed is None
                     and raw[last[0]].injured is None and _tells_downing(sent))
            if len(last) == 1 and since_last <= 1 and not in_sent and (_ALL_DOWNED.search(sent_text) or tried) \
                    and raw[last[0]].event_type not in GROUND_TYPES:
                ev = raw[last[0]]  # "… launched 12 drones at Sumy. All of them were shot down."
                raw[last[0]] = replace(ev, event_type="interception",
                                       intercepted=ev.intercepted if ev.intercepted is not None else ev.launched)
            if (len(last) == 1 and since_last <= FOLLOW_UP_REACH
                    and (raw[last[0]].event_type in {"strike", "explosion"} or raw[last[0]].trigger.lower() in _WEAPON_WORDS)
                    and any(t.lower_ in DEBRIS_WORDS for t in sent)
                    and all(contains(raw[last[0]].place.entry, rp_.entry) for rp_, _ in in_sent)):
                # "Explosions in Kyiv. Air defence is working. Debris fell in the Solomianskyi
                # district": what exploded was shot down.
                raw[last[0]] = replace(raw[last[0]], event_type="interception")
            if len(last) == 1 and since_last <= 1 and not in_sent and raw[last[0]].weapon is None \
                    and not has_downing(sent_text):
                # "Fire at the oil depot in Bryansk after the night attack. The governor
                # confirms drone strikes.": the next sentence names what struck (but
                # "Downed: 280 drones and all 8 Kh-101" names what was shot down).
                named = _classes_named(sent, sent_text)
                if named:
                    # (Several: the first named, as for a place that several weapons hit.)
                    ev = raw[last[0]]
                    weapon = named[0]
                    etype = ev.event_type if ev.event_type in _NOT_STRIKES \
                        else EVENT_TYPES.get(weapon, ev.event_type)
                    raw[last[0]] = replace(ev, weapon=weapon, event_type=etype,
                                           weapon_system=ev.weapon_system or system_for(systems, weapon))
            continue
        counts = counts_in(sent) if line_count is None else Counts(intercepted=line_count)
        if linked[0][3] == "heading" and decisions is not None:
            note(linked[0][0], sent, True, "heading", linked[0][2])
        since_prev_event = since_last
        last = []
        since_last = 0
        last_end = sent.end_char
        quote, quote_start = _WS.sub(" ", sent_text).strip(), sent.start_char
        if linked[0][3] == "heading":
            quote, quote_start = _WS.sub(" ", text[sents[0].start_char:sent.end_char]).strip(), sents[0].start_char
        claimant, claimant_side = claimant_of(sent, linked[0][2])
        downed_class: dict[str, str] = {}
        local = _local_casualties(sent, linked, in_sent, downed_class)
        # Places in a locative phrase ("over Kyiv, Zhytomyr and Odesa") are where, not who.
        located = {t for rp_, s in in_sent if s.root.dep_ in {"pobj", "conj", "appos", "compound"}
                   or rp_.mention.hint == "region" for t in range(s.start, s.end)}
        for rp, span, trig, rule in linked:
            when = (sent_date or narrative or EventDate(anchor.value, "week", None)).value
            attacker, how = attacker_of(trig, rp.entry.country, set(range(span.start, span.end)) | located,
                                        rp.entry.admin1, rp.entry.id, when,
                                        occupied=span.start > 0 and doc[span.start - 1].lower_ in OCCUPIED_WORDS)
            weapon = weapon_of(sent if sentence_of(trig).start == sent.start else sentence_of(trig), trig,
                               [s for rp2, s in in_sent if s.start != span.start  # places apart from this one
                                and rp2.entry.kind != "country" and s.root.dep_ not in _SUBJECT_DEPS
                                and not contains(rp2.entry, rp.entry) and not contains(rp.entry, rp2.entry)])
            others_weapon = False  # the sentence's weapon belongs to another place's clause
            if len({x[1].start for x in linked}) > 1:
                if (own := _segment_weapon(doc, sent, span, linked, trig)):
                    weapon = own  # "…: three in Kramatorsk after a missile strike, two in Sloviansk from drones"
                elif _later_clause_weapon(doc, span, linked, trig):
                    weapon, others_weapon = None, True
            if weapon is None and systems and not others_weapon:
                weapon = systems[0][1]
            if weapon is None and _UNDER_FIRE.search(sent_text):
                weapon = "artillery"  # "Kherson under fire: 3 wounded"
            if weapon is None and raw and raw[-1].weapon and raw[-1].attacker == attacker:
                # "Israeli air strikes hit Khan Younis. Another strike … in Jabalia": the same kind.
                # ("2 were shot down. The third hit port infrastructure in Odesa": one of those weapons.)
                noun = trig if trig.pos_ == "NOUN" else next(
                    (c for c in trig.children if c.dep_ in _SUBJECT_DEPS and (c.lower_ in STRIKE_NOUNS or c.lower_ in _ONE_OF_THEM)),
                    None)
                if (noun is not None and (noun.lower_ in _ONE_OF_THEM or any(c.lower_ == "another" for c in noun.children))
                        or _ONE_OF_THEM_OPENS.match(sent_text)):
                    weapon = raw[-1].weapon
            if weapon is None and n_sent > 0 and (sentence_of(trig).start != sent.start or _is_intercept(trig)):
                # "… attacked with 24 Shahed drones. 21 were shot down, 18 of them over the
                # Kyiv region": the downing is of the weapons just told.
                # (Back over the lines of a breakdown to two sentences before the downing's own.)
                at = next((k for k in range(n_sent, -1, -1) if sents[k].start <= trig.i), n_sent)
                for k in range(n_sent - 1, max(at - 3, -1), -1):
                    before = _classes_in(sents[k])
                    if before:
                        if len(before) == 1:
                            weapon = before.pop()
                        break
            if attacker is None and raw:
                prev = raw[-1]
                if prev.attacker and prev.attacker == rp.entry.country:
                    # Not the side whose land this is: "Israeli strikes hit Rafah …, while rockets
                    # … were intercepted over Sderot" — the side struck before struck back.
                    if prev.place.entry.country in STRUCK_BY:
                        attacker, how = prev.place.entry.country, "inferred"
                else:
                    attacker, how = prev.attacker, "inferred"  # "… and 4 over the Sea of Azov": the side just named
            if weapon is None and attacker in DEFAULT_WEAPON and how == "text":
                weapon = DEFAULT_WEAPON[attacker]
            if (weapon is None and rule != "parse" and raw and since_prev_event <= 1
                    and cue_of(trig.lower_, trig.lemma_.lower()) in {"casualty", "damage", "fire"}
                    and raw[-1].event_type != "interception"
                    and (rp.entry.id == raw[-1].place.entry.id or contains(raw[-1].place.entry, rp.entry)
                         or (_AREA_AFTER.match(text, raw[-1].place.mention.end) is not None
                             and rp.entry.raion is not None and rp.entry.raion == raw[-1].place.entry.raion))):
                # "Kupiansk district was shelled 23 times; a man was injured in Kivsharivka":
                # the aftermath clause tells of the strike just told (not of weapons downed)
                # at that place or inside it ("a missile hit Uman, killing 17; two died in
                # Dnipro", "shelling wounded a woman in Antonivka, and in Bilozerka a house
                # burned" do not say what struck Dnipro or Bilozerka).
                weapon = raw[-1].weapon
            if weapon is None and n_sent > 0 and not raw and rp.mention.text:
                # "Ballistic missiles from the Bryansk region towards Chernihiv!\n06:12 — explosions
                # in Chernihiv": what was heading for the place is what hit it.
                prev = sents[n_sent - 1]
                if rp.mention.text.lower() in _text(prev).lower():
                    classes = _classes_in(prev)
                    if len(classes) == 1 and any(t.lemma_.lower() in MOVEMENT_WORDS or t.lower_ in MOVEMENT_WORDS
                                                 for t in prev):
                        weapon = classes.pop()
            etype = _event_type(trig, weapon, span)
            if etype not in GROUND_TYPES and _ALL_DOWNED.search(sent_text):
                etype = "interception"  # "fired six rockets at Belgorod; all were shot down"
            if etype == "shelling" and weapon is None:
                weapon = "artillery"  # "bombarded the town", "under fire"
            system = system_for(systems, weapon)
            date = sent_date or narrative or (EventDate(anchor.value, "week", None) if anchor.value else UNKNOWN_DATE)
            ev = StrikeEvent(
                event_id=_event_id(article.id, rp.entry.id, date.iso(), attacker, etype),
                article_id=article.id, event_type=etype, place=rp, attacker=attacker, weapon=weapon,
                date=date, quote=quote, trigger=trig.text, quote_start=quote_start,
                title=article.title, url=article.url, weapon_system=system,
                target_type=target_type(told, rp.entry.feature_code, rp.entry.kind, rp.entry.name),
                claimant=claimant, claimant_side=claimant_side, sources=(source,),
                confidence=_confidence(rule, rp, how, cue_weight), link_rule=rule,
            )
            if len({x[0].entry.id for x in linked}) > 1:
                # Several places in one sentence: each keeps only the casualties its own clause
                # states ("two killed in Nikopol and three wounded in Marhanets"); the weapons
                # counted go to one summary event below, never to each place.
                ev = _with_counts(ev, Counts(intercepted=line_counts[rp.entry.id]) if rp.entry.id in line_counts
                                  else local.get(rp.entry.id, Counts()), [])
                if ev.event_type == "interception" and downed_class.get(rp.entry.id, ev.weapon) != ev.weapon:
                    ev = replace(ev, weapon=downed_class[rp.entry.id], weapon_system=None)
            else:
                own = local.get(rp.entry.id)
                if own is not None and own.intercepted is not None:
                    # "39 were destroyed, 27 of them over the Kyiv region": the region's own figure.
                    counts = Counts(counts.launched if counts.launched != counts.intercepted else None,
                                    own.intercepted, counts.killed, counts.injured, set(counts.approximate))
                ev = _with_counts(ev, counts, [])
            raw.append(ev)
            last.append(len(raw) - 1)
            if _aggregate_region(doc, span):
                aggregates.add(len(raw) - 1)
        if linked:
            told_in[n_sent] = {raw[i].place.entry.id for i in last}
    _mark_summaries(raw)
    for i, ev in enumerate(raw):
        if ev.intercepted and ev.trigger.lower() in EXPLOSION_WORDS and ev.event_type not in _NOT_STRIKES:
            # "An explosion was heard in Kursk, and a drone was later reported downed over the
            # city": the explosion was the downing.
            raw[i] = replace(ev, event_type="interception")
    # Weapons downed over a sea have no point on land to map ("6 over the north-western part of
    # the Black Sea"); a ship struck at sea keeps its event.
    raw = [e for e in raw if not (e.event_type == "interception" and e.place.entry.kind == "water")]
    totals = tally([_text(s) for s in sents]) if downing_text else None
    if totals is not None and totals.intercepted is not None and (
            totals.launched is not None or _downed_only_statement(raw)):
        raw = _with_tally(raw, totals, article, sents, anchor, narrative, country_of)
    aggregate_ids = frozenset(raw[i].place.entry.id for i in aggregates)
    raw = _districts_into_cities(raw, text)  # (after the tally: a district is a place of its own there)
    events = merge_article_events(raw, aggregate_ids)
    if any(e.attacker is None and e.event_type not in GROUND_TYPES for e in events) and (claimed := _claimed_side(doc)):
        # "The attack was claimed by Hezbollah", "Hezbollah claimed the rocket fire": the side
        # of strikes the text could not attribute (Israel is struck from several sides).
        events = [replace(e, attacker=claimed) if e.attacker is None and e.event_type not in GROUND_TYPES else e
                  for e in events]
    if any(e.weapon == "airstrike" for e in events) and _GLIDE_BOMBS.search(article.text):
        # "37 air strikes …, dropping 58 guided aerial bombs. … two of the bombs hit Kharkiv",
        # "aviation struck … with FAB-500 bombs with gliding modules": the bombs are glide bombs.
        events = [replace(e, weapon="glide bomb", weapon_system=e.weapon_system or system_for(article_systems, "glide bomb"))
                  if e.weapon == "airstrike" else e for e in events]
    if len({e.attacker for e in events if e.event_type not in GROUND_TYPES}) > 1:
        return events  # a named system could belong to either side
    lower = token_table(doc).lower  # (test the word first: most tokens name no weapon)
    named = {WEAPONS[w] for i, w in enumerate(lower)
             if w in _WEAPON_WORDS and _weapon_word(doc[i]) and not _negated(doc[i])}
    if downing_text and len(named) == 1:
        # A statement of downings that names one class of weapon ("destroyed 8 attack UAVs …
        # Debris fell on a private house in Novomoskovsk"): the downings and their debris are of it.
        events = [_downed_of(e, next(iter(named))) for e in events]
    if any(e.role == "summary" for e in events) or (downing_text and any(
            e.event_type == "interception" for e in events)):
        # In a tally the weapons named are what was launched and downed: the downings take
        # them, the places hit say what hit them, or nothing.
        return [_fill_from_article(e, article_systems, named) if e.event_type == "interception" else e
                for e in events]
    # Places of the sentence that first names the system ("…; in Zaporizhzhia S-300 missiles
    # hit a block" is Zaporizhzhia's, not Lviv's): none when a sentence without a place names it.
    owners = None
    if article_systems:
        at = first_system_at(article.text)
        owners = next((told_in.get(k) for k, s in enumerate(sents) if s.start_char <= at < s.end_char), None)
    return [_fill_from_article(e, article_systems, named, owners) for e in events]


def _has_counts(c: Counts) -> bool:
    return any(getattr(c, f) is not None for f in COUNT_FIELDS)


def _with_counts(ev: StrikeEvent, counts: Counts, systems: list[tuple[str, str]]) -> StrikeEvent:
    """``ev`` with the counts of a sentence added (keeping the larger figure per field).

    Only a sentence's own place gets its figures; a sentence that names several places gives
    each only what its clause states (:func:`_local_casualties`).
    """
    values, approx = larger_counts(ev, counts, set(counts.approximate))
    system = ev.weapon_system or (systems[0][0] if systems else None)
    return replace(ev, counts_approximate=approx, weapon_system=system, **values)


def _downed_of(ev: StrikeEvent, cls: str) -> StrikeEvent:
    """An event of a downing statement that names only weapons of class ``cls``: a downing
    without a weapon is of that class, and so is the debris a sentence tells of."""
    if ev.weapon is not None or ev.role == "summary":
        return ev
    if ev.event_type == "interception":
        return replace(ev, weapon=cls)
    if ev.event_type in {"strike", "explosion"} and _DEBRIS_IN.search(ev.quote):
        return replace(ev, weapon=cls, event_type="interception")
    return ev


_DEBRIS_IN = re.compile(r"\b(?:" + "|".join(sorted(DEBRIS_WORDS)) + r")\b", re.I)


def _fill_from_article(ev: StrikeEvent, systems: list[tuple[str, str]], classes: set[str],
                       owners: set[str] | None = None) -> StrikeEvent:
    """An event without a weapon takes the one weapon system the article names, if only one
    and the article's weapon words (``classes``) name no other class: in "55 missiles of
    various types and 21 Shahed-136/131", the Shahed tells nothing of a place's downings."""

    names = {n for n, _ in systems}
    if len(names) != 1 or ev.event_type in GROUND_TYPES:
        return ev
    name, cls = systems[0]
    if ev.weapon not in (None, cls, "airstrike") or (ev.weapon != cls and classes - {cls, "airstrike"}):
        return ev
    if ev.weapon is None and owners and ev.place.entry.id not in owners:
        return ev
    weapon = cls
    etype = ev.event_type if ev.event_type == "interception" else EVENT_TYPES.get(weapon, ev.event_type)
    return replace(ev, weapon=weapon, weapon_system=ev.weapon_system or name, event_type=etype)


def explain_lines(article_id: str, decisions: Iterable[Decision], events: Iterable[StrikeEvent]) -> list[str]:
    """Readable lines for ``--explain``: each strike cue's place and the rule that linked it,
    each other place of a strike-reporting sentence and the rule that kept it out, then the
    article's events with their confidence.

    Parameters
    ----------
    article_id : str
        Shown in the header line.
    decisions : iterable of Decision
        As :func:`extract_events` records them.
    events : iterable of StrikeEvent
        The article's events.
    """
    from .rules import SKIP_RULES

    lines = [f"== {article_id}: events"]
    for d in decisions:
        rule = LINK_RULES.get(d.rule) if d.linked else SKIP_RULES.get(d.rule)
        why = rule.test if rule is not None else d.rule
        verb = "linked" if d.linked else "not linked"
        cue = f" to {d.trigger!r}" if d.trigger else ""
        lines.append(f"  {d.place_text!r} ({d.place}) {verb}{cue} [{d.rule}]: {why}")
    evs = list(events)
    for e in evs:
        lines.append(f"  -> {e.summary} (confidence {e.confidence:.2f}, rule {e.link_rule or 'parse'})")
    if not evs:
        lines.append("  -> no event")
    return lines
