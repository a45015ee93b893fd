"""One event per strike: merging within an article and across articles.

Within an article, events at the same place by the same side within a day of each other
are one event; a country- or region-level event folds into a more precise event inside
it. Across articles, events at the same place (or within a few kilometres) by the same
side on the same day (±1) are one event that keeps every source and quote, counts the
sources, and records where the sources disagree ("killed: 3 (a), 5 (b)"); not when they
name different weapons, when both write out days that differ, when they are tallies of
different nights, or when one counts downings and the other tells of a hit.
"""

from __future__ import annotations

from dataclasses import replace

from .geo import contains, haversine_km
from .lexicon import ATTEMPT_WORDS, EVENT_TYPES, EXPLOSION_WORDS, GROUND_TYPES
from .models import COUNT_FIELDS, EventDate, Source, StrikeEvent, larger_counts

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_SPECIFIC = {"site": 0, "airfield": 1, "city": 2, "admin2": 3, "admin1": 4, "country": 5, "continent": 6}
#: Precise points of two reports closer than this are taken as one place.
SAME_PLACE_KM = 5.0


def sides_agree(a: StrikeEvent, b: StrikeEvent) -> bool:
    return not (a.attacker and b.attacker and a.attacker != b.attacker)


def dates_agree(a: StrikeEvent, b: StrikeEvent, *, need_both: bool) -> bool:
    da, db = a.date.value, b.date.value
    if da is None or db is None:
        return not need_both
    return abs((da - db).days) <= 1


# Weapon classes that reports of one strike may give each other: the bombs aircraft drop.
_SAME_ARM = {"airstrike": "air", "glide bomb": "air"}


def weapons_agree(a: StrikeEvent, b: StrikeEvent) -> bool:
    """Two reports that name different weapons ("a missile hit Kharkiv", "a glide bomb hit
    Kharkiv") tell different strikes, however close in place and time."""
    if a.weapon is None or b.weapon is None or a.weapon == b.weapon:
        return True
    return _SAME_ARM.get(a.weapon, a.weapon) == _SAME_ARM.get(b.weapon, b.weapon)


def _calendar_day(d: EventDate) -> bool:
    """A day the text writes out ("on 5 May", "12.03.2024"), not one taken from the
    publication date or a relative word ("overnight", "yesterday")."""
    return d.precision == "day" and d.text is not None and any(c.isdigit() for c in d.text)


def _publication_day(d: EventDate) -> bool:
    """A date the text does not give: the day its article was published."""
    return d.text is None and d.precision == "week"


def _tally(e: StrikeEvent) -> bool:
    """A night's tally: an official statement's totals, or the downings over a region."""
    return e.role == "summary" or (e.event_type == "interception" and e.place.entry.kind in {"admin1", "country"})


def days_agree(a: StrikeEvent, b: StrikeEvent) -> bool:
    """Known dates close enough for two articles' reports to be one strike.

    Within a day, because a report of the next morning dates a night strike a day later,
    but not when both texts write their day out and the days differ ("On 5 May … shelled
    Nikopol", "On 6 May … shelled Nikopol" are two days of shelling), nor for tallies,
    which count one night each: two statements' downings over the Bryansk region a day
    apart are two nights; nor when neither text says when and they were published on
    different days (two incident-log entries "Kharkiv. Damaged buildings." of consecutive
    days are two strikes; a next-morning report of a night strike says "overnight").
    """
    if not dates_agree(a, b, need_both=True):
        return False
    if a.date.value == b.date.value:
        return True
    return (not (_calendar_day(a.date) and _calendar_day(b.date)) and not (_tally(a) or _tally(b))
            and not (_publication_day(a.date) and _publication_day(b.date)))


def same_strike(a: StrikeEvent, b: StrikeEvent) -> bool:
    """Whether reports from two articles tell one strike: same place (or within
    :data:`SAME_PLACE_KM`), sides and weapons that agree, strike vs ground activity, and
    known dates that agree (:func:`days_agree`), both or neither counting downings."""
    return (a.article_id != b.article_id and same_place(a, b) and sides_agree(a, b) and weapons_agree(a, b)
            and kind_agrees(a, b) and downings_agree(a, b) and days_agree(a, b))


def downings_agree(a: StrikeEvent, b: StrikeEvent) -> bool:
    """Both reports count downings, or neither: across articles, "14 drones shot down over
    the Kyiv region" and "a strike damaged a facility in the Kyiv region" are two events at
    that place (within an article they are one, :func:`_hit_first`)."""
    return (a.event_type == "interception") == (b.event_type == "interception")


def kind_agrees(a: StrikeEvent, b: StrikeEvent) -> bool:
    return (a.event_type in GROUND_TYPES) == (b.event_type in GROUND_TYPES)


def absorb(keep: StrikeEvent, other: StrikeEvent) -> StrikeEvent:
    """``keep`` with what ``other`` adds: quotes, sources, the better date, counts, claims."""
    # Sets for membership: an event reported by hundreds of articles absorbs each in linear time.
    quotes = list(keep.extra_quotes)
    seen_quotes = {keep.quote, *quotes}
    for q in (other.quote, *other.extra_quotes):
        if q not in seen_quotes:
            quotes.append(q)
            seen_quotes.add(q)
    date = keep.date
    if _PRECISION_RANK[other.date.precision] < _PRECISION_RANK[date.precision]:
        date = other.date
    sources = list(keep.sources or (Source(keep.article_id, keep.title, keep.url),))
    seen_sources = {x.article_id for x in sources}
    for s in other.sources or (Source(other.article_id, other.title, other.url),):
        if s.article_id not in seen_sources:
            sources.append(s)
            seen_sources.add(s.article_id)
    counts, approx = larger_counts(keep, other, other.counts_approximate)
    claims = list(keep.claims)
    for f in COUNT_FIELDS:
        mine, theirs = getattr(keep, f), getattr(other, f)
        if mine is not None and theirs is not None and mine != theirs and other.article_id != keep.article_id:
            claim = f"{f}: {mine} ({keep.article_id}), {theirs} ({other.article_id})"
            if claim not in claims:
                claims.append(claim)
    if keep.attacker and other.attacker and keep.attacker != other.attacker:
        claims.append(f"attacker: {keep.attacker} ({keep.article_id}), {other.attacker} ({other.article_id})")
    etype = keep.event_type
    if etype == "strike" and keep.weapon is None and other.weapon:
        etype = EVENT_TYPES.get(other.weapon, etype)  # the strike takes the weapon's type with it
    return replace(
        keep, extra_quotes=tuple(quotes), date=date, sources=tuple(sources), claims=tuple(claims),
        event_type=etype, weapon=keep.weapon or other.weapon, attacker=keep.attacker or other.attacker,
        weapon_system=keep.weapon_system or other.weapon_system, target_type=keep.target_type or other.target_type,
        claimant=keep.claimant or other.claimant, claimant_side=keep.claimant_side or other.claimant_side,
        counts_approximate=approx, confidence=max(keep.confidence, other.confidence), **counts,
    )


def _two_settlements(a: StrikeEvent, b: StrikeEvent) -> bool:
    """Two villages an article names apart ("shelled Prymorske and Malokaterynivka", 3 km
    apart) are two targets, however close; a quarter of a town is not a town of its own."""
    ea, eb = a.place.entry, b.place.entry
    return (ea.id != eb.id and ea.kind == eb.kind == "city"
            and not (ea.feature_code or "").startswith("PPLX") and not (eb.feature_code or "").startswith("PPLX")
            and a.place.mention.name.lower() != b.place.mention.name.lower())


def merge_article_events(events: list[StrikeEvent], aggregates: frozenset[str] = frozenset()) -> list[StrikeEvent]:
    """Merge the events of one article that describe the same strike.

    ``aggregates`` are the gazetteer ids of regions the text counts places of ("shelled 9
    settlements of the Kherson region: Kherson, Bilozerka …"): such a region keeps its own
    event beside the places inside it.
    """
    merged: list[StrikeEvent] = []
    for ev in events:
        for i, m in enumerate(merged):
            if (same_place(m, ev) and not _two_settlements(m, ev) and sides_agree(m, ev) and kind_agrees(m, ev)
                    and dates_agree(m, ev, need_both=False)):
                # "the Tuapse refinery" and "the refinery in Tuapse": keep the facility.
                keep, other = (ev, m) if _SPECIFIC.get(ev.place.entry.kind, 3) < _SPECIFIC.get(m.place.entry.kind, 3) else (m, ev)
                merged[i] = _hit_first(absorb(keep, other), m, ev)
                break
        else:
            merged.append(ev)

    def folds_into(outer: StrikeEvent, inner: StrikeEvent) -> bool:
        if not contains(outer.place.entry, inner.place.entry) or not kind_agrees(outer, inner):
            return False
        if "summary" in (outer.role, inner.role):
            return False  # a tally's totals stay on its summary event
        if outer.place.entry.id in aggregates:
            return False
        if (outer.killed, outer.injured) != (None, None) and (outer.killed, outer.injured) != (inner.killed, inner.injured):
            return False  # a region's own toll ("23 settlements of the Kherson region … 2 killed, 11 injured")
        if outer.place.entry.kind != "country" and (outer.event_type == "interception" or inner.event_type == "interception"
                                                    or outer.intercepted is not None):
            return False  # drones downed over a region are neither the strike on a town in it nor debris there
        if outer.place.entry.kind == "country":
            # A country-level mention beside precise events of the same side summarises them.
            return sides_agree(outer, inner)
        return sides_agree(outer, inner) and dates_agree(outer, inner, need_both=False)

    out = [ev for ev in merged if not any(folds_into(ev, o) for o in merged)]
    # By identity: comparing whole events made a live blog's merge cubic in its events.
    kept = {id(ev) for ev in out}
    folded_away = [ev for ev in merged if id(ev) not in kept]
    final = []
    for ev in out:
        for folded in folded_away:
            if folds_into(folded, ev):
                ev = absorb(ev, folded)
        final.append(ev)
    return final


def _hit_first(merged: StrikeEvent, a: StrikeEvent, b: StrikeEvent) -> StrikeEvent:
    """Downings and a hit at one place are one event whose type and weapon are the hit's;
    the downings' figures stay on it."""
    # Explosions heard are no hit: "Explosions in Kyiv … debris fell in the Solomianskyi
    # district" tells of drones or missiles shot down over the city.
    downings = "interception" in (a.event_type, b.event_type)
    # (An attack word beside downings says what was tried; the downings say how it ended.)
    hits = [e for e in (a, b) if e.event_type != "interception" and e.event_type not in GROUND_TYPES
            and not (e.weapon is None and e.trigger.lower() in EXPLOSION_WORDS)
            and not (downings and e.trigger.lower() in ATTEMPT_WORDS)]
    if hits and downings:
        # (Also when the hit names no weapon: "hits were recorded in the Poltava region" is
        # no drone strike because drones were downed there too.)
        hit = hits[0]
        return replace(merged, event_type=hit.event_type, weapon=hit.weapon, weapon_system=hit.weapon_system,
                       trigger=hit.trigger)
    downed = [e for e in (a, b) if e.event_type == "interception"]
    if downed and merged.event_type != "interception" and merged.event_type not in GROUND_TYPES:
        # (Debris names no weapon; "drones attacked Sumy: in Sumy falling debris …" downed drones.)
        return replace(merged, event_type="interception", weapon=downed[0].weapon or merged.weapon,
                       weapon_system=downed[0].weapon_system or (None if downed[0].weapon else merged.weapon_system),
                       trigger=downed[0].trigger)
    return merged


def same_place(a: StrikeEvent, b: StrikeEvent) -> bool:
    if a.place.entry.id == b.place.entry.id:
        return True
    if a.place.precision == 3 or b.place.precision == 3:
        return False
    return haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= SAME_PLACE_KM


def merge_across_articles(events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Merge reports of the same strike from different articles.

    Only events whose dates are both known and within a day are merged (two undated
    reports of strikes on one city may well be different strikes), and not when they name
    different weapons (:func:`same_strike`).
    """
    merged: list[StrikeEvent] = []
    for ev in events:
        for i, m in enumerate(merged):
            if same_strike(m, ev):
                merged[i] = absorb(m, ev)
                break
        else:
            merged.append(ev)
    return merged
