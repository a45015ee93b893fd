"""Stage 3: tie each place mention to one gazetteer entry.

Candidates come from the gazetteer by normalised name. Each gets a score that reasons
the way an analyst would:

* the kind the text asks for: "… region" wants an admin-1 unit, "… air base" an airfield
  or curated site, a bare name a settlement;
* the article's context: countries named or implied by nationality words, regions named,
  and the "Town, Region" pattern;
* population, as the prior that the well-known place is meant;
* how the name matched (primary name, alternate name, facility name without its suffix,
  or only through the loose transliteration key).

Every decision keeps its score and candidate count for ``--explain`` style output.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .gazetteer import Candidate, Gazetteer, lookup_tkey
from .geo import contains, haversine_km
from .lexicon import (DEMONYMS, DYADS, FRONT_ADMIN1, FRONT_BONUS, GROUND_FIGHTING_BONUS, GROUND_FIGHTING_WORDS,
                      SIDE_REGIONS, THEATRE_ADMIN1, THEATRE_BONUS, THEATRE_COUNTRIES)
from .models import UNIT_KINDS, Article, GazetteerEntry, PlaceMention, ResolvedPlace
from .rules import reports_strikes
from .ua_names import mentions_theatre

_KIND_PRIOR = {
    "place": {"city": 1.0, "admin1": 1.2, "admin2": 1.2, "country": 3.0, "macroregion": 1.5, "continent": 1.5,
              "airfield": -0.5, "site": 1.0, "water": 0.5, "landform": 0.5},
    "region": {"admin1": 4.0, "admin2": 1.0, "city": -1.0, "country": 0.5, "macroregion": 0.5, "continent": 0.0,
               "airfield": -3.0, "site": -3.0, "water": -2.0, "landform": -2.0},
    "facility": {"site": 4.5, "airfield": 4.0, "city": 0.0, "admin1": -2.0, "admin2": -2.0, "country": -3.0,
                 "macroregion": -3.0, "continent": -3.0, "water": -3.0, "landform": -3.0},
}
_NAME_TYPE = {"primary": 0.6, "alt": 0.0, "stripped": -0.2}
_OWN_SPELLING = 0.3
_WORD = re.compile(r"[A-Za-z]+")
_FIGHT_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# "launched from Kursk region", "drones from the direction of Bryansk": a launch site.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:direction\s+of\s+|territory\s+of\s+|occupied\s+)?(?:the\s+)?$", re.I)


def _katottg_village(c: Candidate) -> bool:
    """A settlement of Ukraine that only KATOTTG has (``ua:`` ids), no GeoNames place."""
    return c.entry.kind == "city" and c.entry.id.startswith("ua:")


def _launch_site(article: Article, m: PlaceMention) -> bool:
    return bool(_FROM_BEFORE.search(article.text[max(0, m.start - 40):m.start]))


def in_theatre(e: GazetteerEntry) -> bool:
    """Whether an entry lies in the theatre of war (:data:`geostrike.lexicon.THEATRE_COUNTRIES`)."""
    return e.country in THEATRE_COUNTRIES or e.admin1 in THEATRE_ADMIN1
# "X, Y Raion": the pair names a raion of Ukraine (GazetteerEntry.raion), not an admin-1 code.
_RAION_PAIR = "raion:"
# The words between the names of a list, and the bonus a region's reading gets in a list of
# regions over villages that bear its name (as much as an "X, Y" pair).
_LIST_GAPS = frozenset({",", "and", ", and", "or", ", or"})
_LIST_KIND_BONUS = 4.0
# What follows a list's member before the next name ("Kyiv, Mykolaiv and the Kharkiv region").
_LIST_AFTER = frozenset({"and", ", and", "or", ", or", "and the", ", and the", "or the", ", or the"})
# Namesake villages whose scores lie this close have nothing to tell them apart.
_NAMESAKE_MARGIN = 0.5
# A town this large is what its name means even beside a region it is not in ("Amsterdam"
# in a sentence about London); only smaller namesakes give way to the named region.
_WELL_KNOWN = 100_000


def _own_name(c: Candidate, kinds: frozenset[str] | set[str] = UNIT_KINDS) -> bool:
    """``c`` is a unit of one of ``kinds`` found by its own primary name ("Mexico")."""
    return c.entry.kind in kinds and c.name_type == "primary" and not c.loose


def _curated_area(c: Candidate) -> bool:
    """``c`` is a macro-region or sea of gazetteer/regions.csv, by any of its names."""
    return c.entry.feature_code in {"RGN", "WTR"} and not c.loose


# A city this large is what its name means abroad too ("Toronto" in a US paper).
_WORLD_CITY = 1_000_000
_THEATRE_NAMESAKE = "small namesake of a city of the theatre"
# A town smaller than this needs the "X, Y" pair to take a country's or a sea's name.
_VILLAGE = 5_000


def _town_in_named_region(s: "Scored", named_only: bool = False) -> bool:
    """The town lies in a region the text names (or, unless ``named_only``, one its other
    places lie in), and is more than a village, or is paired."""
    keys = {k for k, _ in s.parts}
    region = "region context" in keys or (not named_only and "region of the other places" in keys)
    return "'X, Y' pair" in keys or (region and s.candidate.entry.population >= _VILLAGE)


class Regions(Counter[str]):
    """Admin-1 votes of a later pass: the regions the text names (``named``) and those the
    previous pass's answers lie in."""

    def __init__(self, counts: Counter[str] | dict[str, float], named: frozenset[str] = frozenset()) -> None:
        super().__init__(counts)
        self.named = named


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its score and the parts of it, for explanations."""

    candidate: Candidate
    score: float
    parts: tuple[tuple[str, float], ...]


def precision_of(entry: GazetteerEntry, hint: str) -> int:
    """ACLED-style geo precision of an entry chosen for a mention with this hint."""
    if entry.kind in {"admin1", "country", "continent"}:
        return 3
    if entry.kind in {"water", "landform", "macroregion"}:
        return entry.precision or 2  # a river is a line (2), a sea an area (3)
    if entry.kind == "admin2":
        return max(2, entry.precision)  # a county (2): an area, far smaller than a region; a raion (3)
    if entry.kind == "site":
        return entry.precision
    if hint == "facility" and entry.kind == "city":
        return 2  # the facility is near the town, not at its centre
    if entry.kind == "city" and entry.precision > 1:
        return entry.precision  # a village placed at its hromada's (2) or raion's (3) seat
    return 1


class Resolver:
    """Resolve the mentions of one article against a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self._people: dict[str | None, int] = {}
        self._war: tuple[str, str, bool, bool] = ("", "", False, False)
        self._ranked: dict[tuple[Any, ...], tuple[Scored, ...]] = {}

    def _war_report(self, article: Article) -> bool:
        """Whether the article reports strikes (then the theatre prior applies)."""
        # Keyed by the text too: process_text() gives every text the same id.
        self._war_facts(article)
        return self._war[2]

    def _ground_fighting(self, article: Article) -> bool:
        """Whether a war report tells of ground fighting (:data:`GROUND_FIGHTING_WORDS`)."""
        self._war_facts(article)
        return self._war[3]

    def _war_facts(self, article: Article) -> None:
        if self._war[0] != article.id or self._war[1] is not article.text and self._war[1] != article.text:
            war = reports_strikes(article.text)
            fighting = war and any(w.lower() in GROUND_FIGHTING_WORDS for w in _FIGHT_WORD.findall(article.text))
            self._war = (article.id, article.text, war, fighting)

    def _small_country(self, cc: str | None) -> bool:
        """Fewer than a million people (GeoNames countryInfo), or unknown."""
        if cc not in self._people:
            entry = self.gaz.get(f"country:{cc}") if cc else None
            self._people[cc] = entry.population if entry else 0
        return self._people[cc] < 1_000_000

    def context(self, article: Article, mentions: list[PlaceMention]) -> tuple[Counter[str], Counter[str]]:
        """Countries (weighted) and admin-1 regions the text itself points to.

        Only unambiguous evidence counts: "Georgia" (a country and a US state) says nothing
        until the second pass has decided which it is.
        """
        countries: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        war = self._war_report(article)
        for word in _WORD.findall(article.text):
            if war and word.isupper() and word.lower() in SIDE_REGIONS:
                regions[SIDE_REGIONS[word.lower()]] += 1  # "DPR forces shelled Pisky"
            cc = DEMONYMS.get(word.lower())
            if cc and word[0].isupper() and not (war and cc in DYADS):
                # In a war report "Russian" and "Ukrainian" name who struck, not where.
                countries[cc] += 0.5
        for m in mentions:
            if war and _launch_site(article, m):
                continue  # "a Shahed launched from Kursk region hit … Shostka": not where Shostka is
            cands = [c for c in self.gaz.lookup(m.name) if not c.loose]
            kinds = {c.entry.kind for c in cands}
            if kinds == {"country"}:
                countries[cands[0].entry.country or ""] += 1
            elif m.hint == "region" or kinds == {"admin1"}:
                units = {c.entry.admin1 for c in cands if c.entry.kind == "admin1"}
                if len(units) == 1:
                    unit = next(c.entry for c in cands if c.entry.kind == "admin1")
                    regions[unit.admin1 or ""] += 1
                    countries[unit.country or ""] += 1
            elif kinds == {"admin2"}:
                # "Laurel County": a US county, and its state if only one has it.
                countries["US"] += 1
                states = {c.entry.admin1 for c in cands}
                if len(states) == 1:
                    regions[states.pop() or ""] += 1
            elif kinds and kinds <= {"city"} and len({c.entry.country for c in cands}) == 1:
                countries[cands[0].entry.country or ""] += 0.5
        countries.pop("", None)
        regions.pop("", None)
        return countries, regions

    def score(self, cand: Candidate, mention: PlaceMention, countries: Counter[str], regions: Counter[str],
              pair: str | None, city_states: frozenset[str] = frozenset(),
              support: Counter[str] | None = None, war: bool = False, fighting: bool = False) -> Scored:
        e = cand.entry
        parts: list[tuple[str, float]] = [("kind", _KIND_PRIOR[mention.hint].get(e.kind, 0.0))]
        if war and e.kind in {"city", "admin1", "admin2", "airfield", "site"} and in_theatre(e):
            parts.append(("theatre prior", THEATRE_BONUS))
            if e.kind == "city" and e.admin1 in FRONT_ADMIN1:
                parts.append(("front line", FRONT_BONUS))
                if fighting:
                    parts.append(("ground fighting", GROUND_FIGHTING_BONUS))
        if e.kind in {"city", "admin2"}:
            # A county's population is that of its towns: a prior among namesake counties.
            parts.append(("population", 0.4 * math.log10(e.population + 1)))
            if e.feature_code == "PPLC":
                # A national capital named alone is the capital ("Washington" in the news is
                # the city, not the state); the bonus stays below a country's own name.
                parts.append(("capital", 2.5 if cand.name_type == "primary" and not cand.loose else 0.5))
        total = sum(countries.values()) or 1.0
        if e.country and countries:
            parts.append(("country context", 3.0 * countries.get(e.country, 0.0) / total))
        if e.admin1 and regions.get(e.admin1):
            # For a unit, the other places of the text lying in it ("Washington" beside Seattle).
            # (A region the text names, or only one its other places lie in: a namesake of a
            # big city of the theatre may stand on the first, not on the second.)
            named = getattr(regions, "named", None)
            parts.append(("region context" if named is None or e.admin1 in named else "region of the other places",
                          1.5 + 0.5 * min(regions[e.admin1], 3)))
            if e.feature_code == "PPLX":
                # A city district in the region of the city the text names ("Odesa … the Kyivskyi
                # district"), over namesake districts of other cities that carry a population.
                parts.append(("district of a city named", 1.5))
        if support and e.kind in {"city", "admin2"} and e.admin1 and support.get(e.admin1):
            # Other names of the text that could lie in the same region ("Gainesville" and
            # "Hall County" both have a Georgia reading), each weighed by its ambiguity.
            parts.append(("namesakes nearby", min(1.5, 1.5 * support[e.admin1])))
        if pair and (pair == e.admin1 or pair == e.country or (e.raion and pair == _RAION_PAIR + e.raion)):
            parts.append(("'X, Y' pair", 4.0))
        parts.append(("name", _NAME_TYPE.get(cand.name_type, 0.0)))
        if cand.name_type != "primary" and lookup_tkey(e.name) == lookup_tkey(mention.name):
            # "Sloviansk" is Slovyansk's own name spelt another way, and only an alternate name
            # of Nikopol (an error in GeoNames): between equals, the place whose name it is.
            parts.append(("own name, another spelling", _OWN_SPELLING))
        if _own_name(cand) and e.id not in city_states:
            # "Mexico", "California", "Africa": the unit itself, not a town that carries
            # the name among its alternates.
            parts.append(("unit's own name", 3.5))
        elif _curated_area(cand):
            # The curated regions and seas of gazetteer/regions.csv, by any of their names:
            # "Pacific" is the ocean, not a town that happens to share the word.
            parts.append(("curated region or sea", 3.5))
        if cand.loose:
            parts.append(("loose match", -1.5))
        if cand.fuzzy:
            parts.append(("fuzzy match", -1.0))
        return Scored(cand, sum(v for _, v in parts), tuple(parts))

    def ranked(self, mention: PlaceMention, countries: Counter[str], regions: Counter[str],
               pair: str | None = None, support: Counter[str] | None = None, war: bool = False,
               fighting: bool = False) -> list[Scored]:
        """All candidates of ``mention``, best first."""
        # The same name in the same context ranks the same: kept per run (the contexts'
        # order too, as it orders the sums of the scores).
        key = (mention.name, mention.hint, mention.text if mention.hint == "facility" else None,
               tuple(countries.items()), tuple(regions.items()), tuple(sorted(getattr(regions, "named", ()))), pair,
               None if support is None else tuple(support.items()), war, fighting)
        hit = self._ranked.get(key)
        if hit is None:
            hit = tuple(self._rank(mention, countries, regions, pair, support, war, fighting))
            if len(self._ranked) > 100_000:
                self._ranked.clear()
            self._ranked[key] = hit
        return list(hit)

    def _rank(self, mention: PlaceMention, countries: Counter[str], regions: Counter[str],
              pair: str | None, support: Counter[str] | None, war: bool, fighting: bool = False) -> list[Scored]:
        # A near miss of a place of the theatre ("Kramatorks") when the name itself is unknown.
        cands = self.gaz.lookup(mention.name) or self.gaz.fuzzy_lookup(mention.name)
        if pair and cands and all(c.fuzzy for c in cands):
            # A near miss is a guess that the region after it can overrule: "Zimovnik, Kherson
            # region" is no misspelt Zimovniki of Rostov Oblast.
            cands = [c for c in cands if pair in {c.entry.admin1, c.entry.country}
                     or (c.entry.raion and pair == _RAION_PAIR + c.entry.raion)]
        if mention.hint == "facility" and re.search(r"\b(?:sea)?port|harbou?r\s*$", mention.text, re.I) \
                and not re.search(r"airport\s*$", mention.text, re.I):
            # "Odesa port" is the sea port, in the city: not the city's airport.
            cands = [c for c in cands if c.entry.kind != "airfield" and "airport" not in c.entry.name.lower()] or cands
        if mention.name.isupper() and len(mention.name) <= 4:
            # An abbreviation ("US", "UK") means the place abbreviated so, not a
            # namesake village ("Us", France) that the case-blind lookup also finds.
            upper = [c for c in cands if c.matched.isupper()]
            cands = upper or cands
        # "Kyiv", "Sevastopol", "Moscow": admin-1 units named after their city mean the city.
        big_cities = [c for c in cands if c.entry.kind == "city" and c.entry.population >= _WELL_KNOWN]
        big_city_units = {c.entry.admin1 for c in big_cities}
        big_city_named = any(c.name_type == "primary" and not c.loose for c in big_cities)
        # An admin-1 unit loses its own-name bonus to a big city of its name: the unit named
        # after its city ("Kyiv"), or a parish of a small country ("St. Louis", Seychelles;
        # "Hamilton", Bermuda; "Saint Paul", Antigua) against the city the news means.
        city_states = frozenset(c.entry.id for c in cands if c.entry.kind == "admin1" and (
            c.entry.admin1 in big_city_units or (big_city_named and self._small_country(c.entry.country))))
        if support and any(_own_name(c, {"country", "admin1", "macroregion", "continent"}) for c in cands):
            support = None  # "Mexico", "Washington": a unit's own name is not a town to place by its neighbours
        scored = [self.score(c, mention, countries, regions, pair, city_states, support, war, fighting) for c in cands]
        if war and any(c.entry.kind == "city" and c.entry.population >= _WELL_KNOWN and c.name_type == "primary"
                       and not in_theatre(c.entry) for c in cands):
            # A village of the theatre once called "Novorossiysk" does not outrank the port
            # whose own name it is: no theatre prior through an alternate name then.
            scored = [Scored(s.candidate, s.score - THEATRE_BONUS, s.parts + (("alternate name of a city elsewhere",
                                                                              -THEATRE_BONUS),))
                      if s.candidate.name_type != "primary" and any(k == "theatre prior" for k, _ in s.parts)
                      and s.candidate.entry.population < _WELL_KNOWN else s for s in scored]
        # "China" in a story about US trade is the country, not China, Texas, and the
        # "Atlantic" the ocean, not Atlantic, Iowa: the unit's own name outweighs a small
        # town's country context. So does a world city's ("Toronto" in a US paper is not
        # Toronto, Ohio, pop. 5k). A town of some size in a state the text names is meant
        # ("Palestine" in a story about East Texas is Palestine, Texas, pop. 18k); a village
        # needs the pair ("China, Texas"), as Houston and Texas in a story about trade with
        # China say nothing about China, Texas (pop. 1k).
        if any(_own_name(c, {"country", "continent"}) or _curated_area(c) for c in cands):
            namesake_of = "small namesake of a country or sea"
        elif any(c.entry.kind == "city" and c.entry.population >= _WORLD_CITY and c.name_type == "primary"
                 and not c.loose for c in cands):
            namesake_of = "small namesake of a world city"
        elif war and any(c.entry.kind == "city" and c.entry.population >= _WELL_KNOWN and in_theatre(c.entry)
                         and not c.loose for c in cands):
            # "near Zaporizhzhia" beside Kramatorsk is the city of 700,000, not one of the
            # villages of that name in the Donetsk region.
            namesake_of = _THEATRE_NAMESAKE
        else:
            namesake_of = ""
        if namesake_of:
            # (City districts keep their chance: "the Dniprovskyi district" of Kherson is no
            # namesake of the district of Kyiv that GeoNames gives a population.)
            scored = [Scored(s.candidate, s.score - 3.0, s.parts + ((namesake_of, -3.0),))
                      if s.candidate.entry.kind == "city" and s.candidate.entry.population < _WELL_KNOWN
                      # (In a war report, towns across the country: the region of the other
                      # places does not make "Rivne" beside Kropyvnytskyi a village near it.)
                      and not _town_in_named_region(s, named_only=namesake_of == _THEATRE_NAMESAKE)
                      and not (namesake_of == _THEATRE_NAMESAKE and s.candidate.entry.feature_code == "PPLX")
                      else s for s in scored]
        return sorted(scored, key=lambda s: (-s.score, s.candidate.entry.id))

    def resolve(self, article: Article, mentions: list[PlaceMention],
                explain: list[tuple[PlaceMention, list[Scored], str]] | None = None) -> list[ResolvedPlace]:
        """Resolve every mention of ``article`` that has at least one candidate.

        The first pass uses what the text says plainly. Later passes add the countries and
        regions of the previous pass's answers, so that places of one article cohere
        ("Gainesville" beside "Hall County, Georgia" is Gainesville, GA), and every reading
        of the other names. A third pass lets a name settled by the second ("Georgia", the
        state) place the others ("Atlanta").
        """
        countries, regions = self.context(article, mentions)
        # The "X, Y" pairs depend on the text alone: found once for the three passes.
        pairs = [self._pair(article, mentions, i) for i in range(len(mentions))]
        result = self._pass(article, mentions, pairs, lambda i: (countries, regions))
        support = self._readings(mentions)
        launch = ({i for i, m in enumerate(mentions) if _launch_site(article, m)}
                  if self._war_report(article) else set())
        for last in (False, True):
            others = self._votes(mentions, result, countries, regions, launch)
            result = self._pass(article, mentions, pairs, others, explain if last else None, support)
        return result

    @staticmethod
    def _votes(mentions: list[PlaceMention], previous: list[ResolvedPlace], countries: Counter[str],
               regions: Counter[str], launch: set[int] = frozenset()  # type: ignore[assignment]
               ) -> Callable[[int], tuple[Counter[str], Counter[str]]]:
        """The text's context plus the previous pass's answers, each name's own left out
        (and, in a war report, the launch sites' left out: they are elsewhere by definition)."""
        votes: dict[int, tuple[str | None, str | None, float]] = {}
        # Regions the text names: those of the first pass, and the answers that are regions.
        named = frozenset(regions) | {rp.entry.admin1 for rp in previous if rp.entry.kind == "admin1" and rp.entry.admin1}
        c2, r2 = Counter(countries), Regions(regions, named=named)
        by_start = {rp.mention.start: rp for rp in previous}
        for i, m in enumerate(mentions):
            rp = by_start.get(m.start)
            if rp is None or i in launch:
                continue
            weight = 1.0 if rp.candidates == 1 or rp.score >= 4.0 else 0.5
            admin1 = rp.entry.admin1 if rp.entry.kind != "country" else None
            votes[i] = (rp.entry.country, admin1, weight)
            if rp.entry.country:
                c2[rp.entry.country] += weight
            if admin1:
                r2[admin1] += weight

        same_name: dict[str, list[int]] = {}
        for i in votes:
            same_name.setdefault(mentions[i].name.casefold(), []).append(i)

        def others(i: int) -> tuple[Counter[str], Counter[str]]:
            # A name's answers must not vote for themselves: "Gainesville" said three times
            # is no evidence for the Florida one.
            own = same_name.get(mentions[i].name.casefold(), [])
            if not own:
                return c2, r2
            c, r = Counter(c2), Counter(r2)
            for j in own:
                cc, a1, w = votes[j]
                if cc:
                    c[cc] -= w
                if a1:
                    r[a1] -= w
            return +c, Regions(+r, named=r2.named)

        return others

    def _readings(self, mentions: list[PlaceMention]) -> Callable[[int], Counter[str]]:
        """Every reading of every other name, weighed 1/k for a name with k readings."""
        readings: dict[str, Counter[str]] = {}
        for m in mentions:
            key = m.name.casefold()
            if key in readings:
                continue
            exact = [c for c in self.gaz.lookup(m.name) if not c.loose]
            units = [c for c in exact if _own_name(c, {"country", "admin1", "macroregion", "continent"})
                     or _curated_area(c)]
            # "Russia" is the country, not a vote for Russia, Ohio: a name that is some unit's
            # own name reads only as that unit. Otherwise each of its k readings counts 1/k.
            cands = [c for c in (units or exact) if c.entry.admin1 and c.entry.kind in {"city", "admin1", "admin2"}]
            readings[key] = Counter({c.entry.admin1: 1.0 / len(units or exact) for c in cands})

        def support(i: int) -> Counter[str]:
            own = mentions[i].name.casefold()
            total: Counter[str] = Counter()
            for key, r in readings.items():
                if key != own:
                    total.update(r)
            return total

        return support

    def _pass(self, article: Article, mentions: list[PlaceMention], pairs: list[str | None],
              context_for: Callable[[int], tuple[Counter[str], Counter[str]]],
              explain: list[tuple[PlaceMention, list[Scored], str]] | None = None,
              support_for: Callable[[int], Counter[str]] | None = None) -> list[ResolvedPlace]:
        out: list[ResolvedPlace] = []
        war = self._war_report(article)
        fighting = self._ground_fighting(article)
        # Launch sites of the text, found once (not for every earlier place of every mention).
        launch_starts = {m.start for m in mentions if _launch_site(article, m)} if war else set()
        theatre = article.theatre or mentions_theatre(article.text) or any(self._theatre_unit(m) for m in mentions)
        previous: tuple[PlaceMention, GazetteerEntry] | None = None
        # Within a pass a mention's context depends only on its name, so mentions that repeat
        # a name with the same hint and pair share one ranking.
        done: dict[tuple[str, str, str | None], list[Scored]] = {}

        def ranking(i: int) -> list[Scored]:
            key = (mentions[i].name, mentions[i].hint, pairs[i])
            if key not in done:
                countries, regions = context_for(i)
                done[key] = self.ranked(mentions[i], countries, regions, pairs[i],
                                        support_for(i) if support_for else None, war, fighting)
                if not theatre:
                    # A village only KATOTTG knows is no reading of a name in a text that never
                    # mentions Ukraine, Russia or an oblast ("Tamara" in a US paper).
                    done[key] = [s for s in done[key] if not _katottg_village(s.candidate)] or done[key]
            return done[key]

        # One place per name in a text: "Parkland, Florida" settles every later "Parkland".
        paired: dict[str, str] = {}
        for i, m in enumerate(mentions):
            best = ranking(i)[0] if pairs[i] and ranking(i) else None
            if best is not None and any(k == "'X, Y' pair" for k, _ in best.parts):
                paired.setdefault(m.name.casefold(), best.candidate.entry.id)
        for i, m in enumerate(mentions):
            ranked = ranking(i)
            settled = paired.get(m.name.casefold())
            if settled and not pairs[i] and ranked and ranked[0].candidate.entry.id != settled:
                ranked = sorted((Scored(s.candidate, s.score + 4.0, s.parts + (("same name paired in the text", 4.0),))
                                 if s.candidate.entry.id == settled else s for s in ranked),
                                key=lambda s: (-s.score, s.candidate.entry.id))
            gap = _gap(article, previous[0], m) if previous is not None else ""
            if previous is not None and gap in {",", "in", ", in", "near", "outside"} and not (
                    gap == "," and self._listed(article, mentions, i)):
                # "Borisoglebsk airbase in Voronezh": B contains (or neighbours) A; in "Rego
                # Park, New York" it can only contain it: the state, not the city next door.
                ranked = sorted((self._container_bonus(s, previous[1], contain_only=gap == ",") for s in ranked),
                                key=lambda s: (-s.score, s.candidate.entry.id))
            listed = previous is not None and previous[1].kind == "admin1" and gap in _LIST_GAPS
            if (any(s.candidate.entry.kind == "admin1" and not s.candidate.loose for s in ranked[1:])
                    and all(s.candidate.entry.population < _VILLAGE for s in ranked
                            if s.candidate.entry.kind != "admin1")
                    and (listed or all(_katottg_village(s.candidate) for s in ranked
                                       if s.candidate.entry.kind != "admin1"))):
                # "over Kyivshchyna, Odeshchyna and Kharkivshchyna", "• Kharkivshchyna — 12": a
                # region's own name, or a list of regions going on, is the region, not a hamlet
                # that bears the region's name.
                # (Decisive: the hamlet also draws "region context" from the very regions listed.)
                lift = max(_LIST_KIND_BONUS, ranked[0].score - min(s.score for s in ranked) + 0.01)
                ranked = sorted((Scored(s.candidate, s.score + lift, s.parts + (("listed with a region", lift),))
                                 if s.candidate.entry.kind == "admin1" else s for s in ranked),
                                key=lambda s: (-s.score, s.candidate.entry.id))
            if not ranked:
                continue
            best = ranked[0]
            region = self._sentence_region(m, [p for p in out if not (war and p.mention.start in launch_starts)])
            if (region is not None and m.hint == "place" and best.candidate.entry.kind == "city"
                    and best.candidate.entry.population < _WELL_KNOWN
                    and not any(k == "'X, Y' pair" for k, _ in best.parts)  # "Novoshakhtinsk, Rostov region"
                    and not any(s.candidate.entry.admin1 == region.admin1 for s in ranked)
                    # (A town the gazetteer knows one of is that town: "a substation was hit in the
                    # Ternopil region, and the power plant in Burshtyn" is Ivano-Frankivsk's Burshtyn.)
                    and not (len(ranked) == 1 and best.candidate.entry.population >= _VILLAGE)
                    # (Never a region of another country: "a missile fired over the Lipetsk
                    # region struck an airfield near Starokostiantyniv".)
                    and region.country == best.candidate.entry.country):
                # "In Sumy Oblast … the village of Kostiantynivka": the gazetteer has no
                # Kostiantynivka there, so the region stands in, rather than a namesake elsewhere.
                out.append(ResolvedPlace(m, region, 3, round(best.score, 3), len(ranked)))
                previous = (m, region)
                if explain is not None:
                    explain.append((m, ranked, f"no candidate in {region.name} named in the sentence: the region stands in"))
                continue
            unit = self._namesakes_region(m, ranked)
            if unit is not None:
                # Ukrainian villages of one name, nothing in the text to tell them apart: their
                # oblast (or the country) stands in, never one namesake picked at random.
                out.append(ResolvedPlace(m, unit, 3, round(best.score, 3), len(ranked)))
                previous = (m, unit)
                if explain is not None:
                    explain.append((m, ranked, f"namesakes that nothing tells apart: {unit.name} stands in"))
                continue
            if explain is not None:
                explain.append((m, ranked, ""))
            out.append(ResolvedPlace(m, best.candidate.entry, precision_of(best.candidate.entry, m.hint),
                                     round(best.score, 3), len(ranked), fuzzy=best.candidate.fuzzy))
            previous = (m, best.candidate.entry)
        return out

    def _theatre_unit(self, m: PlaceMention) -> bool:
        """The mention names an oblast of Ukraine or a city of the theatre of 100 000 people or
        more ("Zaporizhzhia region", "Kharkiv"), by one of its own names."""
        return any(not c.loose and in_theatre(c.entry) and (
            c.entry.kind == "admin1" or (c.entry.kind == "city" and c.entry.population >= _WELL_KNOWN
                                         and c.name_type == "primary"))
            for c in self.gaz.lookup(m.name))

    def _namesakes_region(self, m: PlaceMention, ranked: list[Scored]) -> GazetteerEntry | None:
        """The unit containing a Ukrainian village's namesakes when the best of them is a
        village of unknown population no better than others (within :data:`_NAMESAKE_MARGIN`):
        their oblast if they share one, else Ukraine. None when the best stands out, or has a
        population (the prior that the known, larger place is meant)."""
        best = ranked[0].candidate.entry
        if m.hint != "place" or best.kind != "city" or best.country != "UA" or best.population > 0:
            return None
        tied = [s.candidate.entry for s in ranked
                if s.score >= ranked[0].score - _NAMESAKE_MARGIN and s.candidate.entry.kind == "city"]
        if len(tied) < 2 or any(e.country != "UA" for e in tied):
            return None
        if best.id.startswith("gn:") and not any(e.id.startswith("gn:") for e in tied[1:]):
            return None  # in GeoNames cities500 (500 people or more), unlike its KATOTTG-only namesakes
        oblasts = {e.admin1 for e in tied}
        if len(oblasts) == 1 and best.admin1:
            return self.gaz.get(f"adm1:{best.admin1}")
        return self.gaz.get("country:UA")

    @staticmethod
    def _sentence_region(m: PlaceMention, done: list[ResolvedPlace]) -> GazetteerEntry | None:
        """The admin-1 region named earlier in the same sentence, if exactly one."""
        regions = {p.entry.id: p.entry for p in done
                   if p.mention.sentence_start == m.sentence_start and p.entry.kind == "admin1"
                   and p.mention.hint == "region"}
        return next(iter(regions.values())) if len(regions) == 1 else None

    @staticmethod
    def _container_bonus(s: Scored, inner: GazetteerEntry, *, contain_only: bool = False) -> Scored:
        """B of "A in B" either contains A (a region, a country) or lies next to it (a city
        whose facility A is); a distant namesake fits neither."""
        e = s.candidate.entry
        bonus = 0.0
        if e.kind in {"admin1", "country"} and contains(e, inner):
            bonus = 3.5
        elif contain_only:
            pass
        elif e.kind == "city" and haversine_km(e.lat, e.lon, inner.lat, inner.lon) < 25:
            bonus = 3.0
        elif inner.country and e.country == inner.country:
            bonus = 1.0
        if not bonus:
            return s
        return Scored(s.candidate, s.score + bonus, s.parts + (("'A in B' container", bonus),))

    def _listed(self, article: Article, mentions: list[PlaceMention], i: int) -> bool:
        """Mention ``i`` is a list's member ("Kyiv, Mykolaiv and the Kharkiv region"), not the
        B of "A, B", when a city of its name is well known and another name follows it after
        "and", "or" or a comma."""
        if i + 1 >= len(mentions) or mentions[i].hint == "region":
            return False
        after = " ".join(article.text[mentions[i].end:mentions[i + 1].start].split())
        return (after in _LIST_AFTER or after == ",") and any(
            c.entry.kind == "city" and c.entry.population >= _WELL_KNOWN for c in self.gaz.lookup(mentions[i].name))

    def _pair(self, article: Article, mentions: list[PlaceMention], i: int) -> str | None:
        """For "Lyman, Donetsk Oblast" return the region code the second part names."""
        if i + 1 >= len(mentions):
            return None
        m, nxt = mentions[i], mentions[i + 1]
        gap = article.text[m.end:nxt.start]
        if gap.strip() not in {",", "(", ", in"}:
            return None
        cands = self.gaz.lookup(nxt.name)
        if self._listed(article, mentions, i + 1):
            after = " ".join(article.text[nxt.end:mentions[i + 2].start].split())
            third_is_country = any(c.entry.kind == "country" and not c.loose
                                   for c in self.gaz.lookup(mentions[i + 2].name))
            if after != "," or not third_is_country:
                # A list, "Washington, New York and Boston", not Washington, NY; while
                # "Toronto, Ontario, Canada" stays a pair.
                return None
        for c in cands:
            if c.entry.kind == "admin1":
                return c.entry.admin1
            if c.entry.kind == "country":
                return c.entry.country
        for c in cands:
            if c.entry.kind == "admin2" and c.entry.country == "UA" and c.entry.raion and not c.loose:
                return _RAION_PAIR + c.entry.raion  # "Novoselivka, Izium Raion"
        return None


def _gap(article: Article, a: PlaceMention, b: PlaceMention) -> str:
    return " ".join(article.text[a.end:b.start].split()).lower()
