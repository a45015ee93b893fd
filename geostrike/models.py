"""Plain, frozen records that flow between the stages.

``Article`` → ``PlaceMention`` → ``ResolvedPlace`` → ``StrikeEvent``, gathered per article
in an ``ArticleResult`` (with the article's date ``Anchor``). Every record keeps its
provenance (article id, character span, sentence) so that a map point can always show the
words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

#: What the words around a mention say about the kind of place meant.
MentionHint = Literal["place", "region", "facility"]

#: Gazetteer feature kinds, coarse enough to rank on.
FeatureKind = Literal["city", "admin1", "admin2", "country", "macroregion", "continent", "airfield", "site", "water", "landform"]
#: Kinds that are areas named by their own name ("Mexico", "Laurel County", "Middle East").
UNIT_KINDS: frozenset[str] = frozenset({"country", "admin1", "admin2", "macroregion", "continent"})


@dataclass(frozen=True, slots=True)
class Article:
    """One input text.

    Parameters
    ----------
    id : str
        The input file's stem, or the JSONL ``id``.
    text : str
        The article body (title included when the source has one).
    published : datetime.date or None
        Publication date from metadata or ``--date``; used to resolve relative dates.
    title, url, source_path : str or None
        Optional metadata, kept for popups and provenance.
    published_at : datetime.datetime or None
        The moment of publication, with its zone, when the source gives a time (feeds,
        Telegram posts, JSONL date-times); ``published`` is then its day.
    source : str or None
        The channel or feed the article comes from.
    also : tuple of Source
        Copies of this article merged into it (forwarded Telegram posts): more sources.
    theatre : bool
        The collection the article was read with is about the war in Ukraine and Russia
        (:func:`geostrike.pipeline.collection_context`): its villages need no word of the war
        in the text itself. Not part of the article's content hash.
    """

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source_path: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    also: tuple[Source, ...] = ()
    theatre: bool = False


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place in the gazetteer index."""

    id: str
    name: str
    kind: FeatureKind
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0
    feature_code: str = ""
    source: str = ""
    precision: int = 1
    #: Ukrainian settlements (KATOTTG): the raion and territorial community (hromada).
    raion: str | None = None
    hromada: str | None = None
    #: Where the point comes from when it is not the place's own ("hromada seat GeoNames …").
    point_source: str = ""
    #: Radius within which the place lies around a borrowed point (0: the point is its own).
    uncertainty_km: float = 0.0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span of an article that names a place.

    ``start``/``end`` are Python string offsets into ``Article.text``; ``name`` is the
    lookup form (e.g. ``"Belgorod"`` for the span ``"the Belgorod region"``).
    """

    article_id: str
    text: str
    name: str
    start: int
    end: int
    hint: MentionHint
    sentence: str
    sentence_start: int
    source: str = "gazetteer"  # "gazetteer" (ruler) or "ner" (model)


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A mention tied to one gazetteer entry.

    ``precision`` follows ACLED's geo_precision: 1 the point itself, 2 near / local,
    3 a region (admin-1 or larger).
    """

    mention: PlaceMention
    entry: GazetteerEntry
    precision: int
    score: float
    candidates: int = 1
    #: The name matched only a near-miss spelling (one or two edits) of the entry's name.
    fuzzy: bool = False

    def toponym(self) -> dict[str, Any]:
        """The record ``geostrike geoparse`` writes for this mention."""
        return {"start": self.mention.start, "end": self.mention.end, "name": self.mention.text,
                "lat": round(self.lat, 5), "lon": round(self.lon, 5), "gazetteer_id": self.entry.id,
                "feature": self.entry.kind, "country": self.entry.country, "precision": self.precision,
                **({"fuzzy": True} if self.fuzzy else {}),
                **({"uncertainty_km": self.entry.uncertainty_km} if self.entry.uncertainty_km else {})}

    @property
    def lat(self) -> float:
        return self.entry.lat

    @property
    def lon(self) -> float:
        return self.entry.lon


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date with its precision (``day``, ``week``, ``month``, ``year``) or unknown."""

    value: date | None
    precision: Literal["day", "week", "month", "year", "unknown"]
    text: str | None = None

    def iso(self) -> str | None:
        """ISO 8601 text at the stated precision (``2024-06`` for a month)."""
        if self.value is None:
            return None
        if self.precision == "month":
            return self.value.strftime("%Y-%m")
        if self.precision == "year":
            return self.value.strftime("%Y")
        return self.value.isoformat()


UNKNOWN_DATE = EventDate(None, "unknown")


@dataclass(frozen=True, slots=True)
class Source:
    """One article that reports an event."""

    article_id: str
    title: str | None = None
    url: str | None = None


COUNT_FIELDS = ("launched", "intercepted", "killed", "injured")


@dataclass(frozen=True, slots=True)
class Decision:
    """Why one recognised place of a strike-reporting sentence did or did not become an event.

    ``rule`` names an entry of :data:`geostrike.rules.LINK_RULES` when ``linked`` is true,
    else one of :data:`geostrike.rules.SKIP_RULES`; ``trigger`` is the strike or cue word
    the decision is about (empty when the sentence had none).
    """

    article_id: str
    place: str
    place_text: str
    start: int
    end: int
    gazetteer_id: str
    sentence: str
    linked: bool
    rule: str
    trigger: str = ""
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``--unlinked`` and ``--explain``)."""
        return {"place": self.place, "place_text": self.place_text, "start": self.start, "end": self.end,
                "gazetteer_id": self.gazetteer_id, "linked": self.linked, "rule": self.rule,
                "trigger": self.trigger, "detail": self.detail, "sentence": self.sentence}


def larger_counts(mine: Any, theirs: Any, theirs_approximate: frozenset[str] | set[str]
                  ) -> tuple[dict[str, int | None], frozenset[str]]:
    """Per count field the larger of two figures; its "approximate" flag goes with it.

    ``mine`` and ``theirs`` are anything with the :data:`COUNT_FIELDS` attributes;
    ``mine`` also has ``counts_approximate``.
    """
    values: dict[str, int | None] = {}
    approx = set(mine.counts_approximate)
    for f in COUNT_FIELDS:
        a, b = getattr(mine, f), getattr(theirs, f)
        values[f] = a if b is None else b if a is None else max(a, b)
        if values[f] == b and b != a:
            approx.discard(f)
            if f in theirs_approximate:
                approx.add(f)
    return values, frozenset(approx)


@dataclass(frozen=True, slots=True)
class StrikeEvent:
    """A strike (or interception, or other happening) at one place, as told by one or more sentences.

    Modelled on ACLED's codebook: ``event_type``, ``geo_precision`` (in ``place``), a date
    with its precision, the ``attacker`` kept apart from the ``claimant`` who reports it,
    counts with approximate ones flagged, and every source and quote behind it.
    """

    event_id: str
    article_id: str
    event_type: str
    place: ResolvedPlace
    attacker: str | None
    weapon: str | None
    date: EventDate
    quote: str
    trigger: str
    quote_start: int
    title: str | None = None
    url: str | None = None
    extra_quotes: tuple[str, ...] = ()
    weapon_system: str | None = None
    target_type: str | None = None
    claimant: str | None = None
    claimant_side: str | None = None
    launched: int | None = None
    intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None
    counts_approximate: frozenset[str] = frozenset()
    sources: tuple[Source, ...] = ()
    claims: tuple[str, ...] = ()
    confidence: float = 0.0
    link_rule: str = ""
    role: str = "event"
    #: The publication time of the first source when it is known (ISO 8601 with zone).
    published_at: str | None = None

    @property
    def summary(self) -> str:
        """One line an analyst can read at a glance."""
        side = {"UA": "Ukrainian", "RU": "Russian"}.get(self.attacker or "", self.attacker or "Unattributed")
        what = self.event_type
        if self.weapon_system:
            what += f" ({self.weapon_system})"
        text = f"{side} {what} at {self.place.entry.name}"
        if self.target_type:
            text += f" [{self.target_type}]"
        counts = [f"{'≥' if f in self.counts_approximate else ''}{getattr(self, f)} {f}"
                  for f in COUNT_FIELDS if getattr(self, f) is not None]
        if counts:
            text += "; " + ", ".join(counts)
        return text

    def properties(self) -> dict[str, Any]:
        """The GeoJSON property dict (the contract other tools rely on)."""
        p = self.place
        sources = self.sources or (Source(self.article_id, self.title, self.url),)
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "summary": self.summary,
            "attacker": self.attacker,
            "claimant": self.claimant,
            "claimant_side": self.claimant_side,
            "place": p.entry.name,
            "place_text": p.mention.text,
            "place_start": p.mention.start,
            "place_end": p.mention.end,
            "gazetteer_id": p.entry.id,
            "feature": p.entry.kind,
            "country": p.entry.country,
            "admin1": p.entry.admin1,
            "geo_precision": p.precision,
            "place_fuzzy": p.fuzzy,
            "uncertainty_km": p.entry.uncertainty_km or None,
            "point_source": p.entry.point_source or None,
            "date": self.date.iso(),
            "date_precision": self.date.precision,
            "date_text": self.date.text,
            "published_at": self.published_at,
            "weapon": self.weapon,
            "weapon_system": self.weapon_system,
            "target_type": self.target_type,
            "launched": self.launched,
            "intercepted": self.intercepted,
            "killed": self.killed,
            "injured": self.injured,
            "counts_approximate": ",".join(sorted(self.counts_approximate)) or None,
            "trigger": self.trigger,
            "quote": self.quote,
            "quotes": [self.quote, *self.extra_quotes],
            "quotes_count": 1 + len(self.extra_quotes),
            "sources": [s.article_id for s in sources],
            "source_urls": [s.url for s in sources if s.url],
            "sources_count": len(sources),
            "claims": "; ".join(self.claims) or None,
            "confidence": round(self.confidence, 3),
            "link_rule": self.link_rule or None,
            "role": self.role,
            "title": self.title,
            "url": self.url,
        }

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(self.place.lon, 5), round(self.place.lat, 5)]},
            "properties": self.properties(),
        }


@dataclass(frozen=True, slots=True)
class Anchor:
    """The article's date and where it came from (``metadata``, ``cli``, ``text``)."""

    value: date | None
    source: str

    @property
    def trusted(self) -> bool:
        """A publication date, not a date merely seen in the text."""
        return self.source in {"metadata", "cli"}


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything geostrike derived from one article (:meth:`geostrike.pipeline.Geostrike.process`)."""

    article: Article
    anchor: Anchor
    mentions: list[PlaceMention]
    places: list[ResolvedPlace]
    events: list[StrikeEvent]
    #: Per place of each strike-reporting sentence, the rule that linked it or kept it out.
    decisions: tuple[Decision, ...] = ()
    #: Set when the article could not be processed (``Geostrike.process(isolate=True)``):
    #: why; nothing else is filled in.
    error: str | None = None
    #: Whether the text names a strike, its aftermath or a weapon, with or without places
    #: (:func:`geostrike.rules.reports_strikes`, filled in by the pipeline).
    strike_cue: bool = False

    def unlinked(self) -> dict[str, object] | None:
        """The review record of a text that reports strikes but made no event, else None.

        Its ``reason`` is the skip rule of each place (:data:`geostrike.rules.SKIP_RULES`),
        or "no place recognised" when a strike cue stands in a text without places.
        """
        if self.events or not (self.decisions or self.strike_cue):
            return None
        reasons = sorted({d.rule for d in self.decisions if not d.linked}) or ["no place recognised"]
        return {"id": self.article.id, "text": self.article.text, "published":
                self.article.published.isoformat() if self.article.published else None,
                "places": [d.as_dict() for d in self.decisions], "reason": "; ".join(reasons)}
