"""A geopy-compatible, offline geocoder over the local gazetteer index.

:class:`LocalGazetteer` follows geopy's geocoder convention (``geocode`` and ``reverse``
with keyword-only options, returning :class:`geopy.location.Location`, a list when
``exactly_one=False``, or ``None`` when nothing matches), so code written for
``geopy.geocoders.Nominatim`` runs unchanged against the index, without a network.
:func:`get_geocoder` picks a geocoder by name, like geopy's
``get_geocoder_for_service``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from geopy.location import Location
from geopy.point import Point

from .gazetteer import Candidate, Gazetteer
from .geo import PointIndex, haversine_km
from .geonames_import import ensure_index
from .models import GazetteerEntry
from .normalize import name_key

__all__ = ["LocalGazetteer", "SERVICE_TO_GEOCODER", "get_geocoder"]

#: How many results ``exactly_one=False`` returns when ``limit`` is not given
#: (Nominatim's own default).
DEFAULT_LIMIT = 10

# Words that say the query means a facility ("Engels air base") or a region
# ("Kursk region"); matched against the name key, at the end of the name.
_FACILITY = re.compile(
    r"\s(international airport|airport|air force base|air base|airbase|airfield|air field|"
    r"aerodrome|air station|afb|airstrip|base)$")
_REGION = re.compile(
    r"\s(oblast|region|province|krai|kray|state|governorate|republic|prefecture|county|"
    r"voivodeship|district|autonomous okrug|okrug)$")

# Base score of each kind before name and qualifier adjustments. Cities score by
# population instead (log10, so a city of 100 000 scores 5).
_KIND_BASE = {"country": 8.0, "continent": 7.5, "macroregion": 7.0, "admin1": 5.0, "admin2": 4.0, "site": 3.0,
              "airfield": 1.0}
_CURATED_WATER_BASE = 7.0  # the seas of gazetteer/regions.csv, above towns that share a word
_OTHER_KIND_BASE = 2.0  # kinds added by GeoNames imports (water, landform …)
_NAME_TYPE = {"primary": 0.3, "alt": 0.0, "stripped": -0.5}
_REGION_BONUS = 4.0
_FACILITY_BONUS = {"site": 6.5, "airfield": 6.0}
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
_QUALIFIER_ADMIN1 = 3.0
_QUALIFIER_RAION = 4.0
_FUZZY_PENALTY = 1.0
_QUALIFIER_COUNTRY = 2.0
# A "Name, Region" query whose region matches no candidate's admin-1 code still accepts
# candidates this close to the region's point ("Kyiv, Kyiv Oblast": the city is its own
# admin-1 unit, inside the oblast).
_QUALIFIER_NEAR_KM = 120.0

# Reverse geocoding folds a city district into a city at least this many times larger,
# of at least this population, within its urban radius (see LocalGazetteer.reverse).
_FOLD_RATIO = 5
_BIG_CITY = 100_000

_Place = tuple[str, int]  # place id, population
_Index = PointIndex[_Place]
# Districts fold into cities no farther than this (the largest urban radius).
_MAX_URBAN_RADIUS_KM = 25.0


class LocalGazetteer:
    """Offline geocoder over a geostrike :class:`~geostrike.gazetteer.Gazetteer`.

    It has geopy's geocoder interface: :meth:`geocode` and :meth:`reverse` return
    :class:`geopy.location.Location` objects whose ``raw`` is the gazetteer entry as a
    dict, so functions written for ``geopy.geocoders.Nominatim`` accept it unchanged.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        An open gazetteer. When omitted, one is opened on first use from
        ``index_path`` (default: :func:`geostrike.gazetteer.default_index_path`),
        building the index if needed.
    index_path : pathlib.Path or str, optional
        The index file to open when ``gazetteer`` is not given.

    Examples
    --------
    >>> geocoder = LocalGazetteer()  # doctest: +SKIP
    >>> loc = geocoder.geocode("Lyman, Donetsk Oblast")  # doctest: +SKIP
    >>> loc.address, round(loc.latitude, 2), round(loc.longitude, 2)  # doctest: +SKIP
    ('Lyman, Donetsk Oblast, UA', 48.99, 37.81)
    >>> geocoder.reverse((50.45, 30.52)).address  # doctest: +SKIP
    'Kyiv, Kyiv, UA'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, index_path: Path | str | None = None) -> None:
        if gazetteer is not None and index_path is not None:
            raise ValueError("pass either gazetteer= or index_path=, not both")
        self._gazetteer = gazetteer
        self._index_path = Path(index_path) if index_path is not None else None
        self._lock = threading.RLock()
        self._indexes: dict[tuple[str, ...], _Index] = {}

    def __repr__(self) -> str:
        path = self._gazetteer.path if self._gazetteer is not None else self._index_path
        return f"LocalGazetteer(index_path={str(path) if path else None!r})"

    @property
    def gazetteer(self) -> Gazetteer:
        """The underlying gazetteer, opened on first use."""
        if self._gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    self._gazetteer = Gazetteer(ensure_index(self._index_path, progress=False))
        return self._gazetteer

    # ------------------------------------------------------------------ geocode

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
        kinds: str | Iterable[str] | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Find places by name.

        Parameters
        ----------
        query : str
            ``"Name"``, ``"Name, Region"`` or ``"Name, Country"`` (more comma parts
            are allowed: ``"Lyman, Donetsk Oblast, Ukraine"``). Each part after the
            first must name an admin-1 region or a country (name or ISO code); it
            keeps the candidates inside it. Words such as "region"/"oblast" or
            "airport"/"air base" at the end of the name prefer regions or facilities.
        exactly_one : bool, default True
            Return the best :class:`~geopy.location.Location`; when False, a list
            ranked best first.
        country_codes : str or iterable of str, optional
            Keep only places in these countries (ISO 3166-1 alpha-2, any case), as
            Nominatim's ``country_codes``.
        limit : int, optional
            Maximum number of results when ``exactly_one=False`` (default 10).
        kinds : str or iterable of str, optional
            Keep only these gazetteer kinds (``"city"``, ``"admin1"``, ``"country"``,
            ``"continent"``, ``"airfield"``, ``"site"`` …).
        timeout : float, optional
            Accepted for geopy compatibility; the lookup is local and ignores it.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            ``None`` (not an empty list) when nothing matches, as geopy geocoders.
            ``Location.raw`` holds the entry's fields plus ``matched`` (the name
            that matched), ``name_type``, ``loose`` and ``score``.

        Raises
        ------
        ValueError
            When ``query`` is not a string or ``limit`` is not positive.

        Examples
        --------
        >>> geocoder = LocalGazetteer()  # doctest: +SKIP
        >>> geocoder.geocode("Kharkov").raw["id"]  # doctest: +SKIP
        'gn:706483'
        >>> geocoder.geocode("Paris, Texas").address  # doctest: +SKIP
        'Paris, Texas, US'
        >>> [loc.raw["kind"] for loc in geocoder.geocode("Lyman", exactly_one=False)][:3]  # doctest: +SKIP
        ['city', 'city', 'city']
        """
        del timeout  # local lookups do not wait on anything
        if not isinstance(query, str):
            raise ValueError(f"query must be a string such as 'Lyman, Donetsk Oblast', not {type(query).__name__}")
        limit = _check_limit(limit)
        # "Rzhavets (Kharkiv region)" reads as "Rzhavets, Kharkiv region".
        parts = [p.strip() for p in _BRACKETS.sub(r", \1", query).split(",") if p.strip()]
        if not parts:
            return None
        name, qualifiers = parts[0], parts[1:]
        gaz = self.gazetteer

        key = name_key(name)
        facility = bool(_FACILITY.search(" " + key))
        region = bool(_REGION.search(" " + key))
        found: dict[str, Candidate] = {c.entry.id: c for c in gaz.lookup(name)}
        if facility or region:
            # "Kharkov region", "Engels airport": also the bare name, ranked by the word.
            base = _strip_last_words(name, _FACILITY if facility else _REGION)
            if base:
                for c in gaz.lookup(base):
                    found.setdefault(c.entry.id, c)
        if not found:
            # A near miss of a place of the theatre ("Kramatorks"), flagged fuzzy and ranked lower.
            found = {c.entry.id: c for c in gaz.fuzzy_lookup(name)}
        cands = list(found.values())
        if name.isupper() and len(name) <= 4:
            # "EU", "US": the abbreviation, not the village of Eu or Us.
            cands = [c for c in cands if c.matched.isupper()] or cands

        wanted_countries = _as_set(country_codes, upper=True)
        wanted_kinds = _as_set(kinds)
        if wanted_countries is not None:
            cands = [c for c in cands if (c.entry.country or "").upper() in wanted_countries]
        if wanted_kinds is not None:
            cands = [c for c in cands if c.entry.kind in wanted_kinds]

        bonus: dict[str, float] = {c.entry.id: 0.0 for c in cands}
        for qualifier in qualifiers:
            scope = self._scope(qualifier)
            if scope is None:
                continue  # not a region or country we know: ignore it, like a free-text word
            inside = [c for c in cands if scope.contains(c.entry)]
            if not inside:
                inside = [c for c in cands if scope.near(c.entry)]
            if not inside:
                return None
            for c in inside:
                bonus[c.entry.id] += scope.bonus(c.entry)
            cands = inside

        if not cands:
            return None
        scored = sorted(((self._score(c, facility, region) + bonus[c.entry.id], c) for c in cands),
                        key=lambda sc: (-sc[0], -sc[1].entry.population, sc[1].entry.id))
        if exactly_one:
            score, cand = scored[0]
            return self._location(cand.entry, {"matched": cand.matched, "name_type": cand.name_type,
                                               "loose": cand.loose, "fuzzy": cand.fuzzy, "score": round(score, 3)})
        return [self._location(c.entry, {"matched": c.matched, "name_type": c.name_type,
                                         "loose": c.loose, "fuzzy": c.fuzzy, "score": round(s, 3)})
                for s, c in scored[:limit]]

    @staticmethod
    def _score(cand: Candidate, facility: bool, region: bool) -> float:
        e = cand.entry
        if e.kind == "city":
            score = math.log10(e.population + 1) + (0.5 if e.feature_code == "PPLC" else 0.0)
        elif e.feature_code == "WTR":
            score = _CURATED_WATER_BASE
        else:
            score = _KIND_BASE.get(e.kind, _OTHER_KIND_BASE)
        if region:
            score += _REGION_BONUS if e.kind in {"admin1", "admin2"} and not cand.name_type == "stripped" else -2.0
        if facility:
            score += _FACILITY_BONUS.get(e.kind, -2.0)
        score += _NAME_TYPE.get(cand.name_type, 0.0)
        if cand.loose:
            score -= 1.0
        if cand.fuzzy:
            score -= _FUZZY_PENALTY
        return score

    def _scope(self, qualifier: str) -> _Scope | None:
        """The admin-1 units and countries a qualifier names, or None if it names none."""
        gaz = self.gazetteer
        admin1: dict[str, GazetteerEntry] = {}
        countries: set[str] = set()
        raions: dict[tuple[str, str], GazetteerEntry] = {}
        for c in gaz.lookup(qualifier):
            if c.entry.kind == "admin1" and c.entry.admin1:
                admin1[c.entry.admin1] = c.entry
            elif c.entry.kind == "country" and c.entry.country:
                countries.add(c.entry.country)
            elif c.entry.kind == "admin2" and c.entry.raion and c.entry.admin1 and not c.loose:
                # A raion of Ukraine ("Beryslav Raion", "Kupiansk district").
                raions[(c.entry.admin1, c.entry.raion)] = c.entry
        if raions and not admin1 and not countries:
            return _Scope({}, set(), raions)
        code = qualifier.strip().upper()
        if not admin1 and not countries:
            if re.fullmatch(r"[A-Z]{2}", code) and gaz.get(f"country:{code}"):
                countries.add(code)
            elif re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code) and (e := gaz.get(f"adm1:{code}")):
                admin1[code] = e
        if not admin1 and not countries:
            return None
        return _Scope(admin1, countries)

    # ------------------------------------------------------------------ reverse

    def reverse(
        self,
        query: Point | str | Sequence[float],
        *,
        exactly_one: bool = True,
        kinds: str | Iterable[str] | None = ("city",),
        limit: int | None = None,
        districts: bool = False,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Find the places nearest to a point (great-circle distance).

        The first call for a set of kinds loads those places once into a KD-tree of
        their unit-sphere coordinates (:class:`geostrike.geo.PointIndex`); each query
        then ranks the nearest by great-circle distance.

        GeoNames lists the districts of big cities as populated places of their own
        ("Stare Misto" in central Kyiv). Unless ``districts=True``, a city that lies
        within the urban radius of a city at least five times larger (and of 100 000
        people or more) stands for that larger city, so that a point in central Kyiv
        gives Kyiv, as Nominatim's city-level answer would. The urban radius is
        ``0.25 * sqrt(population / 1000)`` km, at most 25 km (Kyiv: 13.6 km).

        Parameters
        ----------
        query : geopy.point.Point, str or (float, float)
            The point as ``(latitude, longitude)``, ``"lat, lon"`` or a ``Point``.
        exactly_one : bool, default True
            Return the nearest place; when False, a list of the nearest ``limit``.
        kinds : str or iterable of str, optional
            The kinds of place to consider (default: cities only). ``None`` means
            every kind in the index.
        limit : int, optional
            Number of places when ``exactly_one=False`` (default 10).
        districts : bool, default False
            Return city districts themselves instead of the city they belong to.
        timeout : float, optional
            Accepted for geopy compatibility; ignored.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            ``Location.raw`` holds the entry's fields plus ``distance_km`` (from the
            query to the entry's own point) and, for a city that stands in for one of
            its districts, ``district`` (the district's id). ``None`` when the index
            holds no place of these kinds.

        Raises
        ------
        ValueError
            When the query cannot be read as a point, or its latitude or longitude is
            out of range.

        Examples
        --------
        >>> geocoder = LocalGazetteer()  # doctest: +SKIP
        >>> geocoder.reverse("50.45, 30.52").raw["name"]  # doctest: +SKIP
        'Kyiv'
        >>> geocoder.reverse((50.45, 30.52), districts=True).raw["name"]  # doctest: +SKIP
        'Stare Misto'
        >>> geocoder.reverse((51.47, 46.2), kinds=("airfield",)).raw["id"]  # doctest: +SKIP
        'icao:XWSG'
        """
        del timeout
        lat, lon = parse_point(query)
        limit = _check_limit(limit)
        k = 1 if exactly_one else limit
        wanted = self._kinds_for_reverse(kinds)
        index = self._index(tuple(sorted(wanted)))
        fold = not districts and "city" in wanted
        big = self._big_cities() if fold else None
        fetch = k
        while True:
            near = index.nearest(lat, lon, fetch)
            picked: dict[str, tuple[float, str | None]] = {}  # place id -> (rank distance, district id)
            for dist, i in near:
                plat, plon, (pid, pop) = index.points[i]
                district = None
                if big is not None and pid.startswith("gn:"):
                    city = _containing_city(big, plat, plon, pop, pid)
                    if city is not None:
                        pid, district = city, pid
                if pid not in picked:
                    picked[pid] = (dist, district)
                if len(picked) >= k:
                    break
            if len(picked) >= k or len(near) < fetch:
                break
            fetch *= 4
        if not picked:
            return None
        gaz = self.gazetteer
        out = []
        for pid, (_, district) in sorted(picked.items(), key=lambda kv: kv[1][0])[:k]:
            entry = gaz.get(pid)
            if entry is None:
                continue
            extra: dict[str, Any] = {"distance_km": round(haversine_km(lat, lon, entry.lat, entry.lon), 3)}
            if district is not None:
                extra["district"] = district
            out.append(self._location(entry, extra))
        if not out:
            return None
        return out[0] if exactly_one else out

    def _big_cities(self) -> _Index:
        """Cities of 100 000 people or more, the ones districts fold into."""
        key = ("city>=100000",)
        index = self._indexes.get(key)
        if index is None:
            with self._lock:
                index = self._indexes.get(key)
                if index is None:
                    index = PointIndex([p for p in self._index(("city",)).points if p[2][1] >= _BIG_CITY])
                    self._indexes[key] = index
        return index

    def _kinds_for_reverse(self, kinds: str | Iterable[str] | None) -> set[str]:
        wanted = _as_set(kinds)
        if wanted is None:
            wanted = self.gazetteer.kinds()
        return wanted

    def _index(self, kinds: tuple[str, ...]) -> _Index:
        """The places of these kinds (sorted), kind by kind in the index's order, on one KD-tree."""
        index = self._indexes.get(kinds)
        if index is not None:
            return index
        with self._lock:
            index = self._indexes.get(kinds)
            if index is None:
                points = [(lat, lon, (pid, pop)) for kind in kinds for pid, lat, lon, pop in self.gazetteer.points(kind)]
                index = self._indexes[kinds] = PointIndex(points)
        return index

    # ------------------------------------------------------------------ helpers

    def _location(self, entry: GazetteerEntry, extra: dict[str, Any]) -> Location:
        raw = asdict(entry)
        raw.update(extra)
        return Location(self._address(entry), (entry.lat, entry.lon), raw)

    def _address(self, entry: GazetteerEntry) -> str:
        """``"Lyman, Donetsk Oblast, UA"``: name, admin-1 name, country code."""
        parts = [entry.name]
        if entry.kind in {"country", "continent"}:
            return entry.name
        if entry.kind != "admin1" and entry.admin1:
            region = self.gazetteer.get(f"adm1:{entry.admin1}")
            if region is not None:
                parts.append(region.name)
        if entry.country:
            parts.append(entry.country)
        return ", ".join(parts)


class _Scope:
    """Where a "Name, Qualifier" query's qualifier points: admin-1 units and countries."""

    def __init__(self, admin1: dict[str, GazetteerEntry], countries: set[str],
                 raions: dict[tuple[str, str], GazetteerEntry] | None = None) -> None:
        self.admin1 = admin1
        self.countries = countries
        self.raions = raions or {}

    def contains(self, e: GazetteerEntry) -> bool:
        if e.kind in {"country", "continent"}:
            return False
        if self.raions:
            return e.kind != "admin2" and (e.admin1 or "", e.raion or "") in self.raions
        return (e.admin1 is not None and e.admin1 in self.admin1) or (e.country is not None and e.country in self.countries)

    def near(self, e: GazetteerEntry) -> bool:
        units = list(self.admin1.values()) + list(self.raions.values())
        return e.kind not in {"country", "admin1", "continent"} and any(
            haversine_km(e.lat, e.lon, r.lat, r.lon) <= _QUALIFIER_NEAR_KM for r in units)

    def bonus(self, e: GazetteerEntry) -> float:
        if self.raions:
            return _QUALIFIER_RAION
        if e.admin1 is not None and e.admin1 in self.admin1:
            return _QUALIFIER_ADMIN1
        return _QUALIFIER_COUNTRY


def _strip_last_words(name: str, pattern: re.Pattern[str]) -> str | None:
    """``"Kharkov region"`` → ``"Kharkov"`` (the trailing word(s) the pattern matched)."""
    key = name_key(name)
    m = pattern.search(" " + key)
    if not m:
        return None
    n_words = len(m.group(1).split())
    words = name.split()
    base = " ".join(words[:-n_words]).strip(" -,")
    return base or None


def _as_set(values: str | Iterable[str] | None, *, upper: bool = False) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [v for v in values.split(",")]
    out = {v.strip() for v in values if v and v.strip()}
    return {v.upper() for v in out} if upper else out


def _check_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_LIMIT
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, not {limit!r}")
    return limit


def parse_point(query: Point | str | Sequence[float]) -> tuple[float, float]:
    """Read ``(lat, lon)``, ``"lat, lon"`` or a geopy ``Point``; check the ranges.

    Parameters
    ----------
    query : geopy.point.Point, str or sequence of float
        The point; a string is ``"lat, lon"`` in decimal degrees.

    Returns
    -------
    (float, float)
        Latitude and longitude.

    Raises
    ------
    ValueError
        When ``query`` is not a point, or a coordinate is not finite or out of range.
    """
    if isinstance(query, Point):
        lat, lon = query.latitude, query.longitude
    elif isinstance(query, str):
        fields = [f.strip() for f in query.split(",")]
        try:
            if len(fields) != 2:
                raise ValueError
            lat, lon = float(fields[0]), float(fields[1])
        except ValueError:
            raise ValueError(f"cannot read {query!r} as a point; write it as 'lat, lon', "
                             "for example '50.45, 30.52'") from None
    else:
        try:
            lat, lon = (float(v) for v in query)  # type: ignore[union-attr]
        except (TypeError, ValueError):
            raise ValueError(f"cannot read {query!r} as a point; pass (lat, lon), 'lat, lon' "
                             "or a geopy.point.Point") from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"latitude and longitude must be finite numbers, not ({lat}, {lon})")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude {lat} is out of range: it must be between -90 and 90 "
                         "(the point is (latitude, longitude), not (longitude, latitude))")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"longitude {lon} is out of range: it must be between -180 and 180")
    return lat, lon


def _urban_radius_km(population: int) -> float:
    return min(_MAX_URBAN_RADIUS_KM, 0.25 * math.sqrt(population / 1000))


def _containing_city(big: _Index, lat: float, lon: float, population: int, pid: str) -> str | None:
    """The id of the largest big city whose urban radius holds this (smaller) place."""
    found: tuple[int, str] | None = None
    for dist, i in big.within(lat, lon, _MAX_URBAN_RADIUS_KM):
        bid, bpop = big.points[i][2]
        if (bid != pid and bpop >= _FOLD_RATIO * population and (found is None or bpop > found[0])
                and dist <= _urban_radius_km(bpop)):
            found = (bpop, bid)
    return found[1] if found else None


def _nominatim(**kwargs: Any) -> Any:
    from geopy.geocoders import Nominatim

    kwargs.setdefault("user_agent", "geostrike")
    return Nominatim(**kwargs)


#: Service name → geocoder factory, for :func:`get_geocoder`.
SERVICE_TO_GEOCODER: dict[str, Any] = {
    "local": LocalGazetteer,
    "nominatim": _nominatim,
}


def get_geocoder(name: str, **kwargs: Any) -> Any:
    """Return a geocoder by service name, configured with ``kwargs``.

    Parameters
    ----------
    name : str
        ``"local"`` (:class:`LocalGazetteer`, offline; kwargs ``gazetteer`` or
        ``index_path``) or ``"nominatim"`` (``geopy.geocoders.Nominatim``, online;
        ``user_agent`` defaults to ``"geostrike"``, other kwargs are passed on).
        Case-insensitive.
    **kwargs
        Options for the geocoder's constructor.

    Returns
    -------
    LocalGazetteer or geopy.geocoders.Nominatim
        An object with geopy's ``geocode``/``reverse`` interface.

    Raises
    ------
    ValueError
        For an unknown name; the message lists the valid ones.

    Examples
    --------
    >>> get_geocoder("local")  # doctest: +ELLIPSIS
    LocalGazetteer(index_path=None)
    >>> get_geocoder("nominatim", user_agent="my-app").headers["User-Agent"]
    'my-app'
    >>> get_geocoder("google")
    Traceback (most recent call last):
    ...
    ValueError: Unknown geocoder 'google'; valid names are: local, nominatim
    """
    try:
        factory = SERVICE_TO_GEOCODER[name.lower()]
    except (KeyError, AttributeError):
        raise ValueError(f"Unknown geocoder {name!r}; valid names are: {', '.join(sorted(SERVICE_TO_GEOCODER))}") from None
    return factory(**kwargs)
