"""Plain, frozen records that flow between the stages.

``Article`` → ``PlaceMention`` → ``ResolvedPlace`` → ``StrikeEvent``. Every record keeps
its provenance (article id, character span, sentence) so that a map point can always
show the words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

#: What the words around a mention say about the kind of place meant.
MentionHint = Literal["place", "region", "facility"]

#: Gazetteer feature kinds, coarse enough to rank on.
FeatureKind = Literal["city", "admin1", "country", "continent", "airfield", "site"]


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
    """

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source_path: str | None = None


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
class StrikeEvent:
    """A strike (or interception) at one place, as told by one or more sentences."""

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
    extra_quotes: tuple[str, ...] = field(default_factory=tuple)

    def properties(self) -> dict[str, Any]:
        """The GeoJSON property dict (the contract other tools rely on)."""
        p = self.place
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "attacker": self.attacker,
            "place": p.entry.name,
            "place_text": p.mention.text,
            "place_start": p.mention.start,
            "place_end": p.mention.end,
            "gazetteer_id": p.entry.id,
            "feature": p.entry.kind,
            "country": p.entry.country,
            "admin1": p.entry.admin1,
            "geo_precision": p.precision,
            "date": self.date.iso(),
            "date_precision": self.date.precision,
            "date_text": self.date.text,
            "weapon": self.weapon,
            "trigger": self.trigger,
            "quote": self.quote,
            "quotes_count": 1 + len(self.extra_quotes),
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
