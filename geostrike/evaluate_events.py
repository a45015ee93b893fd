"""Score strike events (an events GeoJSON) against gold data: ``geostrike eval events``.

Gold is JSON Lines, one item (article) per line. Each line is one of two shapes, told
apart line by line:

**Points** – one gold point per item, as in the shared ``events-dev`` sets:
``{"id", "text", "published"?, "gold": {"lat", "lon", …}}`` (or ``"event"`` instead of
``"gold"``). The metric is that of ``../shared/eval/score_points.py``:

* recall@K: items with at least one predicted Point feature within K km of the gold point;
* precision@K: predicted Point features within K km of their item's gold point, over all
  predicted features of gold items;
* items without an event: gold items that no Point feature lists.

**Events** – every strike of the item, with places to keep clear of::

    {"id", "genre"?, "split"?, "published"?, "text",
     "events": [{"place", "lat", "lon", "km"?, "role"?, "event_type"?, "attacker"?, "weapon"?,
                 "weapon_system"?, "launched"?, "intercepted"?, "killed"?, "injured"?, "date"?}],
     "traps": [{"place", "lat", "lon", "km"?, "why"?}]}

* Per item, predictions are matched one-to-one to gold events. A pair is possible when the
  great-circle distance is at most the gold event's ``km`` (default: the ``km`` argument).
  The matching has the most pairs, and among those the smallest total distance (an
  optimal assignment, :func:`match_events`). Summary events (``"role": "summary"``) are
  matched like the others.
* Event recall = matched gold events / gold events; precision = matched predictions /
  predictions; F1 their harmonic mean (each 0.0 when its denominator is zero). An item
  with no gold event makes every prediction of it a false positive.
* A **trap hit** is an unmatched prediction within a trap's ``km`` (each prediction counts
  once, for its nearest trap).
* **Attribute agreement**, over matched pairs, per attribute, only where the gold event has
  the key (a null value included): ``attacker``, ``event_type``, ``weapon`` and
  ``weapon_system`` compare case-insensitively with spaces, hyphens and underscores
  removed; ``date`` compares the ISO strings (a prediction dated to a month, ``2024-07``,
  agrees only with a gold month); ``launched``, ``intercepted``, ``killed`` and
  ``injured`` must be equal (null equals null). ``counts exact`` needs every count key
  the gold event has to agree at once.
* **Count overflow**: for each count field, an item overflows when the sum of the field
  over its predictions exceeds the largest figure the gold states for the item: the sum
  over its non-summary events, or a summary event's figure when larger (nulls count 0).
  A field is checked only when some gold event of the item has its key; an item without
  gold events states 0 for every field.

In both shapes a feature belongs to every item listed in its ``sources`` (a merged event
counts for each article that reports it; ``article_id`` when there are no sources), and is
counted once per listed gold item. Only Point features are scored; features that list no
gold item are ignored (and counted as ``unlinked``). Every figure is given overall and per
genre (the item's ``genre``, else its ``corpus``, else ``-``).

Examples
--------
>>> gold = [GoldItem("a", 1, genre="-", point=(50.0, 30.0))]
>>> preds = Predictions.from_collection({"type": "FeatureCollection", "features": [
...     {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.1, 50.0]},
...      "properties": {"sources": ["a"], "place": "X"}}]})
>>> evaluate(gold, preds).points["all"].recall
1.0
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .exceptions import ArticleError
from .geo import haversine_km as great_circle_km

DEFAULT_KM = 25.0
LABEL_FIELDS = ("attacker", "event_type", "weapon", "weapon_system")
COUNT_FIELDS = ("launched", "intercepted", "killed", "injured")
#: The attributes compared over matched pairs, in report order.
ATTRIBUTES = (*LABEL_FIELDS, "date", *COUNT_FIELDS, "counts exact")
ALL = "all"
NO_GENRE = "-"

_FOLD = re.compile(r"[\s\-\u2010-\u2015_]+")


# -- gold -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold strike of an item.

    Attributes
    ----------
    place : str
        The place name, for reports ("" when the gold gives none).
    lat, lon : float
        The gold point (WGS 84).
    km : float or None
        Match radius; ``None`` for the scorer's default.
    role : str or None
        ``"summary"`` for an event giving the item's totals.
    attributes : dict
        The event's other keys (``attacker``, ``date``, counts …), as given.
    """

    place: str
    lat: float
    lon: float
    km: float | None = None
    role: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def is_summary(self) -> bool:
        return (self.role or "").casefold() == "summary"


@dataclass(frozen=True, slots=True)
class Trap:
    """A place that must not carry a strike (a launch site, a distance reference …)."""

    place: str
    lat: float
    lon: float
    km: float | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold line: either a gold ``point`` (points shape) or ``events`` (events shape).

    Attributes
    ----------
    id : str
        The article id, as the pipeline gives it to its events' ``sources``.
    line : int
        Line number in the gold file.
    genre, split : str or None
        Grouping fields (``genre`` falls back to ``corpus``, then ``-``).
    point : tuple of float, optional
        ``(lat, lon)`` for the points shape.
    place : str or None
        The gold point's place name, where the line gives one (points shape).
    events, traps : tuple, optional
        The gold events and traps (events shape; ``events`` is ``None`` for points).
    record : dict
        The whole line, to hand to the pipeline.
    """

    id: str
    line: int
    genre: str = NO_GENRE
    split: str | None = None
    point: tuple[float, float] | None = None
    place: str | None = None
    events: tuple[GoldEvent, ...] | None = None
    traps: tuple[Trap, ...] = ()
    record: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def shape(self) -> str:
        """``"points"`` or ``"events"``."""
        return "points" if self.events is None else "events"

    @property
    def text(self) -> str | None:
        text = self.record.get("text")
        return text if isinstance(text, str) else None


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _point(obj: Any, what: str, where: str) -> tuple[float, float]:
    if not isinstance(obj, dict):
        raise ArticleError(f"{where}: {what} must be an object with 'lat' and 'lon'")
    lat, lon = obj.get("lat"), obj.get("lon")
    if not (_number(lat) and _number(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ArticleError(f"{where}: {what} needs numeric 'lat' (-90…90) and 'lon' (-180…180), "
                           f"got {lat!r}, {lon!r}")
    return float(lat), float(lon)


def _radius(obj: dict[str, Any], what: str, where: str) -> float | None:
    km = obj.get("km")
    if km is None:
        return None
    if not _number(km) or km <= 0:
        raise ArticleError(f"{where}: {what} 'km' must be a positive number, got {km!r}")
    return float(km)


def _gold_event(obj: Any, n: int, where: str) -> GoldEvent:
    what = f"event {n}"
    lat, lon = _point(obj, what, where)
    for key in LABEL_FIELDS + ("date", "place", "role"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ArticleError(f"{where}: {what} '{key}' must be a string or null, got {obj[key]!r}")
    for key in COUNT_FIELDS:
        v = obj.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
            raise ArticleError(f"{where}: {what} '{key}' must be a whole number ≥ 0 or null, got {v!r}")
    attributes = {k: v for k, v in obj.items() if k not in ("place", "lat", "lon", "km", "role")}
    return GoldEvent(str(obj.get("place") or ""), lat, lon,
                     _radius(obj, what, where), obj.get("role"), attributes)


def _trap(obj: Any, n: int, where: str) -> Trap:
    what = f"trap {n}"
    lat, lon = _point(obj, what, where)
    return Trap(str(obj.get("place") or ""), lat, lon, _radius(obj, what, where),
                obj.get("why"))


def parse_gold_line(obj: Any, line: int, where: str) -> GoldItem:
    """One gold item from a parsed JSON line.

    Parameters
    ----------
    obj : object
        The parsed line.
    line : int
        Its line number.
    where : str
        ``"<file>, line N"``, the start of error messages.

    Raises
    ------
    geostrike.exceptions.ArticleError
        When the line is neither shape.
    """
    if not isinstance(obj, dict) or obj.get("id") is None:
        raise ArticleError(f"{where}: expected a JSON object with an 'id'")
    genre = obj.get("genre") or obj.get("corpus") or NO_GENRE
    split = obj.get("split")
    common = {"id": str(obj["id"]), "line": line, "genre": str(genre),
              "split": None if split is None else str(split), "record": obj}
    if "events" in obj:
        events, traps = obj["events"], obj.get("traps") or []
        if not isinstance(events, list):
            raise ArticleError(f"{where}: 'events' must be a list of gold events (it may be empty)")
        if not isinstance(traps, list):
            raise ArticleError(f"{where}: 'traps' must be a list")
        return GoldItem(**common, events=tuple(_gold_event(e, i, where) for i, e in enumerate(events, 1)),
                        traps=tuple(_trap(t, i, where) for i, t in enumerate(traps, 1)))
    gold = obj.get("gold") or obj.get("event")
    if gold is None:
        raise ArticleError(f"{where}: expected 'events' (a list of gold events) or a gold point "
                           "'gold'/'event' with 'lat' and 'lon'")
    key = "'gold'" if obj.get("gold") else "'event'"
    lat, lon = _point(gold, key, where)
    place = next((str(gold[k]) for k in ("place", "town", "location_text", "name") if gold.get(k)), None)
    return GoldItem(**common, point=(lat, lon), place=place)


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold JSON Lines file of either shape (or both).

    Parameters
    ----------
    path : str or pathlib.Path
        One item per line; blank lines are skipped.

    Returns
    -------
    list of GoldItem
        In file order.

    Raises
    ------
    geostrike.exceptions.ArticleError
        When the file cannot be read or is empty, or a line is not valid gold (the message
        names the file and the line), or two lines share an id.
    """
    path = Path(path)
    try:
        # split on "\n" only: str.splitlines() would also break at U+2028, U+0085 … inside strings
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{path}: cannot read ({exc})") from exc
    items: list[GoldItem] = []
    seen: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        if not text.strip():
            continue
        where = f"{path}, line {n}"
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})") from exc
        item = parse_gold_line(obj, n, where)
        if item.id in seen:
            raise ArticleError(f"{where}: id {item.id!r} is already used on line {seen[item.id]}")
        seen[item.id] = n
        items.append(item)
    if not items:
        raise ArticleError(f"{path}: no gold items (the file is empty)")
    return items


def select_split(items: Sequence[GoldItem], split: str | None) -> list[GoldItem]:
    """The items whose ``split`` is ``split`` (all of them when ``split`` is None)."""
    return list(items) if split is None else [i for i in items if i.split == split]


# -- predictions ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted Point feature: its position in the file, point and properties."""

    index: int
    lat: float
    lon: float
    properties: dict[str, Any] = field(compare=False)

    @property
    def place(self) -> str:
        p = self.properties
        return str(p.get("place") or p.get("place_text") or p.get("place_name") or f"({self.lat:.4f}, {self.lon:.4f})")

    def get(self, key: str) -> Any:
        return self.properties.get(key)


@dataclass(frozen=True, slots=True)
class Predictions:
    """The Point features of an events FeatureCollection, by the article ids they list.

    Attributes
    ----------
    by_item : dict of str to list of Prediction
        Each feature under every id of its ``sources`` (``article_id`` without sources).
    n_features : int
        Point features in the collection.
    """

    by_item: dict[str, list[Prediction]]
    n_features: int

    @classmethod
    def from_collection(cls, collection: dict[str, Any]) -> Predictions:
        """Index a GeoJSON FeatureCollection (``geostrike run``'s ``events.geojson``)."""
        by: dict[str, list[Prediction]] = {}
        n = 0
        for i, f in enumerate(collection.get("features") or []):
            geom = (f or {}).get("geometry") or {}
            if geom.get("type") != "Point":
                continue
            lon, lat = geom["coordinates"][:2]
            props = f.get("properties") or {}
            pred = Prediction(i, float(lat), float(lon), props)
            n += 1
            ids = props.get("sources") or [props.get("article_id")]
            for src in dict.fromkeys(str(s) for s in ids if s is not None):  # once per listed item
                by.setdefault(src, []).append(pred)
        return cls(by, n)

    @classmethod
    def load(cls, path: str | Path) -> Predictions:
        """Read an events GeoJSON file.

        Raises
        ------
        geostrike.exceptions.ArticleError
            When the file is not a readable GeoJSON FeatureCollection.
        """
        from .export import read_geojson

        path = Path(path)
        data = read_geojson(path)
        try:
            return cls.from_collection(data)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
            raise ArticleError(f"{path}: a feature is not a valid GeoJSON Point feature ({exc!r})") from exc

    def of(self, item_id: str) -> list[Prediction]:
        return self.by_item.get(item_id, [])


# -- matching -------------------------------------------------------------------------

def min_cost_assignment(cost: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """A minimum-cost assignment of a rectangular cost matrix.

    A thin wrapper over ``scipy.optimize.linear_sum_assignment`` (a well-kept, exact
    solver) that takes and gives plain Python lists.

    Parameters
    ----------
    cost : sequence of sequences of float
        ``cost[i][j]``, finite.

    Returns
    -------
    list of (int, int)
        ``(row, column)`` pairs, by row.

    Examples
    --------
    >>> min_cost_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
    [(0, 1), (1, 0), (2, 2)]
    """
    if not cost or not cost[0]:
        return []
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(cost)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols))


def match_events(gold: Sequence[GoldEvent], preds: Sequence[Prediction],
                 km: float = DEFAULT_KM) -> list[tuple[int, int, float]]:
    """Match predictions to gold events one-to-one: most pairs, then least total distance.

    Parameters
    ----------
    gold : sequence of GoldEvent
    preds : sequence of Prediction
    km : float
        Radius for gold events without their own ``km``.

    Returns
    -------
    list of (int, int, float)
        ``(gold index, prediction index, km apart)``, by gold index.

    Notes
    -----
    Impossible pairs cost more than all possible pairs together, so a minimum-cost
    assignment first has as many possible pairs as can be, and then the smallest sum of
    their distances.
    """
    if not gold or not preds:
        return []
    dist = [[great_circle_km(g.lat, g.lon, p.lat, p.lon) for p in preds] for g in gold]
    ok = [[d <= (g.km if g.km is not None else km) for d in row] for g, row in zip(gold, dist)]
    total = sum(d for row, oks in zip(dist, ok) for d, o in zip(row, oks) if o)
    if not any(map(any, ok)):
        return []
    big = 1.0 + 2.0 * total
    cost = [[d if o else big for d, o in zip(row, oks)] for row, oks in zip(dist, ok)]
    return [(gi, pi, dist[gi][pi]) for gi, pi in min_cost_assignment(cost) if ok[gi][pi]]


def _label(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ",".join(sorted(str(v) for v in value))
    return _FOLD.sub("", str(value).casefold()) or None


def _date(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def _count(value: Any) -> float | None:
    return float(value) if _number(value) else None


def attribute_agreement(gold: GoldEvent, pred: Prediction) -> dict[str, bool]:
    """Which attributes a matched pair agrees on, for the keys the gold event has.

    Returns
    -------
    dict of str to bool
        Keys among :data:`ATTRIBUTES`.
    """
    g = gold.attributes
    out = {k: _label(g[k]) == _label(pred.get(k)) for k in LABEL_FIELDS if k in g}
    if "date" in g:
        out["date"] = _date(g["date"]) == _date(pred.get("date"))
    counts = [k for k in COUNT_FIELDS if k in g]
    for k in counts:
        out[k] = _count(g[k]) == _count(pred.get(k))
    if counts:
        out["counts exact"] = all(out[k] for k in counts)
    return out


def stated_total(gold: Sequence[GoldEvent], count: str) -> float:
    """The largest figure of ``count`` the gold states for an item.

    The sum over its non-summary events, or a summary event's figure when larger; nulls count 0.
    """
    parts = sum(_count(e.attributes.get(count)) or 0.0 for e in gold if not e.is_summary)
    summaries = [_count(e.attributes.get(count)) or 0.0 for e in gold if e.is_summary]
    return max([parts, *summaries])


def count_overflow(gold: Sequence[GoldEvent], preds: Sequence[Prediction]) -> dict[str, bool]:
    """Per count field, whether the predictions' sum exceeds :func:`stated_total`.

    Predicted summary events (property ``role`` "summary") are checked on their own, since
    the place events break their total down.

    Fields no gold event of the item has are left out; an item without gold events
    checks every field against 0.
    """
    out = {}
    for f in COUNT_FIELDS:
        if gold and not any(f in e.attributes for e in gold):
            continue
        total = stated_total(gold, f)
        # A summary event states the total its places break down ("29 downed: 12 over Odesa
        # region, 9 over Mykolaiv region"): the places add up apart from it, and each summary
        # must not exceed the total itself.
        places = sum(_count(p.get(f)) or 0.0 for p in preds if (p.get("role") or "event") != "summary")
        summaries = [_count(p.get(f)) or 0.0 for p in preds if (p.get("role") or "event") == "summary"]
        out[f] = places > total or any(v > total for v in summaries)
    return out


# -- per item -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Miss:
    """A gold event (or point) without a matching prediction, and the nearest prediction."""

    item_id: str
    genre: str
    place: str
    lat: float
    lon: float
    nearest: str | None
    nearest_km: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """An unmatched prediction: its place, the nearest gold point and any trap it hits."""

    item_id: str
    genre: str
    place: str
    lat: float
    lon: float
    trigger: str | None
    quote: str | None
    gold_km: float | None
    trap: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _nearest(lat: float, lon: float, preds: Sequence[Prediction]) -> tuple[str | None, float | None]:
    if not preds:
        return None, None
    d, p = min(((great_circle_km(lat, lon, p.lat, p.lon), p) for p in preds), key=lambda x: x[0])
    return p.place, d


def _false_positive(item: GoldItem, p: Prediction, gold_km: float | None, trap: str | None = None) -> FalsePositive:
    return FalsePositive(item.id, item.genre, p.place, p.lat, p.lon, p.get("trigger"), p.get("quote"), gold_km, trap)


@dataclass(frozen=True, slots=True)
class ItemScore:
    """What one events-shape item contributed."""

    item: GoldItem
    n_pred: int
    matches: list[tuple[int, int, float]]
    misses: list[Miss]
    false_positives: list[FalsePositive]
    trap_hits: int
    agreement: dict[str, tuple[int, int]]
    overflow: dict[str, bool]


def score_item(item: GoldItem, preds: Sequence[Prediction], km: float = DEFAULT_KM) -> ItemScore:
    """Match, trap and attribute figures of one events-shape item."""
    gold = item.events or ()
    matches = match_events(gold, preds, km)
    got_g = {gi for gi, _, _ in matches}
    got_p = {pi for _, pi, _ in matches}
    misses = [Miss(item.id, item.genre, e.place, e.lat, e.lon, *_nearest(e.lat, e.lon, preds))
              for gi, e in enumerate(gold) if gi not in got_g]
    fps = []
    traps = 0
    for pi, p in enumerate(preds):
        if pi in got_p:
            continue
        gold_km = min((great_circle_km(e.lat, e.lon, p.lat, p.lon) for e in gold), default=None)
        hit = min(((d, t) for t in item.traps
                   if (d := great_circle_km(t.lat, t.lon, p.lat, p.lon)) <= (t.km if t.km is not None else km)),
                  key=lambda x: x[0], default=None)
        trap = None
        if hit is not None:
            traps += 1
            t = hit[1]
            trap = (t.place or f"({t.lat:.4f}, {t.lon:.4f})") + (f" ({t.why})" if t.why else "")
        fps.append(_false_positive(item, p, gold_km, trap))
    agree: dict[str, list[int]] = {}
    for gi, pi, _ in matches:
        for k, ok in attribute_agreement(gold[gi], preds[pi]).items():
            a = agree.setdefault(k, [0, 0])
            a[0] += ok
            a[1] += 1
    return ItemScore(item, len(preds), matches, misses, fps, traps,
                     {k: (a, n) for k, (a, n) in agree.items()}, count_overflow(gold, preds))


# -- tallies --------------------------------------------------------------------------

def _ratio(a: int, n: int) -> float:
    return a / n if n else 0.0


@dataclass
class PointTally:
    """Points-shape figures of a group of items (those of ``score_points.py``)."""

    km: float = DEFAULT_KM
    items: int = 0
    hit: int = 0
    predicted: int = 0
    good: int = 0
    without_event: int = 0

    @property
    def recall(self) -> float:
        return _ratio(self.hit, self.items)

    @property
    def precision(self) -> float:
        return _ratio(self.good, self.predicted)

    def as_dict(self) -> dict[str, Any]:
        return {"km": self.km, "items": self.items, "hit": self.hit, "recall": self.recall,
                "predicted": self.predicted, "good": self.good, "precision": self.precision,
                "items_without_event": self.without_event}


@dataclass
class EventTally:
    """Events-shape figures of a group of items."""

    km: float = DEFAULT_KM
    items: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    trap_hits: int = 0
    without_prediction: int = 0
    empty_items: int = 0
    empty_false_positives: int = 0
    agreement: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ATTRIBUTES})
    overflow: dict[str, int] = field(default_factory=lambda: {k: 0 for k in (*COUNT_FIELDS, "any")})
    overflow_checked: dict[str, int] = field(default_factory=lambda: {k: 0 for k in (*COUNT_FIELDS, "any")})

    def add(self, s: ItemScore) -> None:
        gold = s.item.events or ()
        self.items += 1
        self.gold += len(gold)
        self.predicted += s.n_pred
        self.matched += len(s.matches)
        self.trap_hits += s.trap_hits
        self.without_prediction += s.n_pred == 0
        if not gold:
            self.empty_items += 1
            self.empty_false_positives += s.n_pred
        for k, (a, n) in s.agreement.items():
            self.agreement[k][0] += a
            self.agreement[k][1] += n
        for k, over in s.overflow.items():
            self.overflow[k] += over
            self.overflow_checked[k] += 1
        if s.overflow:
            self.overflow["any"] += any(s.overflow.values())
            self.overflow_checked["any"] += 1

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, attribute: str) -> float | None:
        """Share of compared matched pairs agreeing on ``attribute`` (None when none compared)."""
        a, n = self.agreement[attribute]
        return a / n if n else None

    def as_dict(self) -> dict[str, Any]:
        return {"km": self.km, "items": self.items, "gold": self.gold, "predicted": self.predicted,
                "matched": self.matched, "recall": self.recall, "precision": self.precision, "f1": self.f1,
                "trap_hits": self.trap_hits, "items_without_prediction": self.without_prediction,
                "items_without_gold_events": self.empty_items,
                "false_positives_in_items_without_gold_events": self.empty_false_positives,
                "attributes": {k: {"agree": a, "compared": n, "rate": self.rate(k)}
                               for k, (a, n) in self.agreement.items()},
                "count_overflow": {k: {"items": self.overflow[k], "checked": self.overflow_checked[k]}
                                   for k in self.overflow}}


@dataclass
class EventsReport:
    """Everything ``geostrike eval events`` reports.

    Attributes
    ----------
    km : float
        The default radius.
    points, events : dict of str to tally
        ``"all"`` and one entry per genre, for the items of each shape (empty when the gold
        has no item of that shape).
    misses, false_positives : list
        Per-item detail for ``-v``, in gold order.
    unlinked : int
        Point features that list no gold item.
    """

    km: float = DEFAULT_KM
    points: dict[str, PointTally] = field(default_factory=dict)
    events: dict[str, EventTally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    unlinked: int = 0

    def as_dict(self, *, details: bool = False) -> dict[str, Any]:
        """Plain figures; with ``details`` also the misses and false positives."""
        out: dict[str, Any] = {"km": self.km, "unlinked_features": self.unlinked}
        for name, part in (("points", self.points), ("events", self.events)):
            if part:
                out[name] = {ALL: part[ALL].as_dict(),
                             "by_genre": {g: t.as_dict() for g, t in part.items() if g != ALL}}
        if details:
            out["misses"] = [m.as_dict() for m in self.misses]
            out["false_positives"] = [f.as_dict() for f in self.false_positives]
        return out


def _point_item(item: GoldItem, preds: Sequence[Prediction], km: float,
                report: EventsReport) -> tuple[bool, int, bool]:
    """(hit, good predictions, no prediction) of one points-shape item; records misses and false positives."""
    lat, lon = item.point  # type: ignore[misc]
    dists = [great_circle_km(lat, lon, p.lat, p.lon) for p in preds]
    good = sum(d <= km for d in dists)
    if not good:
        report.misses.append(Miss(item.id, item.genre, item.place or "", lat, lon,
                                  *_nearest(lat, lon, preds)))
    report.false_positives += [_false_positive(item, p, d) for p, d in zip(preds, dists) if d > km]
    return good > 0, good, not preds


def evaluate(items: Sequence[GoldItem], predictions: Predictions, km: float = DEFAULT_KM) -> EventsReport:
    """Score predictions against gold items of either shape.

    Parameters
    ----------
    items : sequence of GoldItem
        From :func:`load_gold` (after :func:`select_split`).
    predictions : Predictions
        The predicted events.
    km : float
        Radius of the points metric, and of gold events and traps without their own ``km``.

    Returns
    -------
    EventsReport
    """
    report = EventsReport(km)
    linked: set[int] = set()
    for item in items:
        preds = predictions.of(item.id)
        linked.update(p.index for p in preds)
        groups = (ALL, item.genre)
        if item.shape == "points":
            hit, good, none = _point_item(item, preds, km, report)
            for g in groups:
                t = report.points.setdefault(g, PointTally(km))
                t.items += 1
                t.hit += hit
                t.predicted += len(preds)
                t.good += good
                t.without_event += none
        else:
            s = score_item(item, preds, km)
            report.misses += s.misses
            report.false_positives += s.false_positives
            for g in groups:
                report.events.setdefault(g, EventTally(km)).add(s)
    report.unlinked = predictions.n_features - len(linked)
    return report


# -- text -----------------------------------------------------------------------------

def _share(a: int, n: int) -> str:
    return "-" if not n else f"{a / n:.3f} ({a}/{n})"


def _columns(part: dict[str, Any]) -> list[str]:
    genres = sorted(g for g in part if g != ALL)
    return [ALL] + (genres if genres != [NO_GENRE] else [])


def _table(header: list[str], rows: list[tuple[str, list[str]]]) -> list[str]:
    w = max(len(k) for k, _ in rows)
    widths = [max(len(h), *(len(r[i]) for _, r in rows)) for i, h in enumerate(header)]
    lines = [f"{'':<{w}}  " + "  ".join(f"{h:>{x}}" for h, x in zip(header, widths))]
    lines += [f"{k:<{w}}  " + "  ".join(f"{c:>{x}}" for c, x in zip(cells, widths)) for k, cells in rows]
    return [line.rstrip() for line in lines]


def _point_rows(part: dict[str, PointTally], cols: list[str], km: float) -> list[tuple[str, list[str]]]:
    ts = [part[c] for c in cols]
    return [("items", [str(t.items) for t in ts]),
            (f"recall@{km:g}km", [_share(t.hit, t.items) for t in ts]),
            (f"precision@{km:g}km", [_share(t.good, t.predicted) for t in ts]),
            ("items without an event", [str(t.without_event) for t in ts])]


def _event_rows(part: dict[str, EventTally], cols: list[str]) -> list[tuple[str, list[str]]]:
    ts = [part[c] for c in cols]
    rows = [("items", [str(t.items) for t in ts]),
            ("gold events", [str(t.gold) for t in ts]),
            ("predicted", [str(t.predicted) for t in ts]),
            ("matched", [str(t.matched) for t in ts]),
            ("recall", [_share(t.matched, t.gold) for t in ts]),
            ("precision", [_share(t.matched, t.predicted) for t in ts]),
            ("F1", [f"{t.f1:.3f}" for t in ts]),
            ("trap hits", [str(t.trap_hits) for t in ts]),
            ("items without a prediction", [str(t.without_prediction) for t in ts]),
            ("items without gold events", [f"{t.empty_items} ({t.empty_false_positives} predicted)" for t in ts])]
    rows += [(k, [_share(*t.agreement[k]) for t in ts]) for k in ATTRIBUTES]
    rows += [(f"count overflow: {k}", [f"{t.overflow[k]} of {t.overflow_checked[k]} items" for t in ts])
             for k in (*COUNT_FIELDS, "any")]
    return rows


def _where(place: str, lat: float, lon: float) -> str:
    point = f"({lat:.4f}, {lon:.4f})"
    return f"{place} {point}" if place and place != point else point


def _km(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f} km"


def format_report(report: EventsReport, title: str = "", *, verbose: bool = False) -> str:
    """The report as aligned text tables: figures as rows, overall and per genre as columns.

    Parameters
    ----------
    report : EventsReport
    title : str
        First line (omitted when empty).
    verbose : bool
        Also list every miss and false positive, item by item.
    """
    lines = [title] if title else []
    if report.points:
        lines += ["points: one gold point per item"]
        cols = _columns(report.points)
        lines += _table(cols, _point_rows(report.points, cols, report.km))
    if report.events:
        if report.points:
            lines.append("")
        lines += [f"events: matched within each gold event's km (default {report.km:g})"]
        cols = _columns(report.events)
        lines += _table(cols, _event_rows(report.events, cols))
    if report.unlinked:
        lines.append(f"({report.unlinked} features list no gold item and are not scored)")
    if verbose:
        lines += ["", f"misses ({len(report.misses)}): gold without a prediction in range; nearest prediction"]
        lines += [f"  {m.item_id}  {_where(m.place, m.lat, m.lon)}  nearest: "
                  + (f"{m.nearest}, {_km(m.nearest_km)}" if m.nearest else "no prediction") for m in report.misses]
        lines += ["", f"false positives ({len(report.false_positives)}): place, km to the nearest gold, trigger, quote"]
        for f in report.false_positives:
            quote = " ".join((f.quote or "").split())
            lines.append(f"  {f.item_id}  {_where(f.place, f.lat, f.lon)}  {_km(f.gold_km)}  {f.trigger!r}"
                         + (f"  TRAP {f.trap}" if f.trap else "") + (f"  “{quote}”" if quote else ""))
    return "\n".join(lines)
