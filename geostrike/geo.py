"""Distance and containment: the geometry every stage shares.

* :func:`haversine_km`, the great-circle distance on a sphere of radius
  :data:`EARTH_RADIUS_KM`;
* :func:`contains`, whether a gazetteer country or admin-1 unit holds another entry (by
  their codes, not their shapes);
* :class:`PointIndex`, the nearest points to a query point, on a KD-tree of unit-sphere
  coordinates (scipy's ``cKDTree``), for the reverse geocoder;
* :class:`PolygonIndex`, the polygons at a point, on a shapely ``STRtree``, for the admin-1
  unit of an airfield or a site.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from .models import GazetteerEntry

__all__ = ["EARTH_RADIUS_KM", "PointIndex", "PolygonIndex", "contains", "haversine_km"]

#: Mean Earth radius (km) of every distance geostrike computes.
EARTH_RADIUS_KM = 6371.0

T = TypeVar("T")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, sphere of :data:`EARTH_RADIUS_KM`)."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def contains(outer: GazetteerEntry, inner: GazetteerEntry) -> bool:
    """True when ``outer`` (a country or admin-1 unit) contains ``inner``."""
    if outer.id == inner.id:
        return False
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.country
    if outer.kind == "admin1":
        return inner.kind not in {"country", "admin1"} and inner.admin1 == outer.admin1 and inner.admin1 is not None
    return False


def _chord(km: float) -> float:
    """The straight-line distance through a unit sphere for a great-circle distance."""
    return 2 * math.sin(min(math.pi, km / EARTH_RADIUS_KM) / 2)


class PointIndex(Generic[T]):
    """Points on the sphere, each with an item, for nearest-neighbour queries.

    Distances are great-circle kilometres (:func:`haversine_km`); points at the same
    distance come in the order they were given.

    Parameters
    ----------
    points : sequence of (lat, lon, item)
    """

    def __init__(self, points: Sequence[tuple[float, float, T]]) -> None:
        import numpy as np
        from scipy.spatial import cKDTree

        self.points = list(points)
        lat = np.radians([p[0] for p in self.points])
        lon = np.radians([p[1] for p in self.points])
        xyz = np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))
        self._tree = cKDTree(xyz.reshape(-1, 3))

    def __len__(self) -> int:
        return len(self.points)

    @staticmethod
    def _xyz(lat: float, lon: float) -> tuple[float, float, float]:
        la, lo = math.radians(lat), math.radians(lon)
        return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)

    def nearest(self, lat: float, lon: float, k: int) -> list[tuple[float, int]]:
        """The ``k`` nearest points as (distance_km, position), nearest first.

        Every point as near as the k-th (within rounding) is weighed, so that ties are
        broken by position, not by the tree's own order.
        """
        n = len(self.points)
        if n == 0 or k < 1:
            return []
        q = self._xyz(lat, lon)
        dist, _ = self._tree.query(q, k=min(k, n))
        kth = float(dist if min(k, n) == 1 else dist[-1])
        cand = self._tree.query_ball_point(q, kth * (1 + 1e-9) + 1e-12)
        return self._ranked(lat, lon, cand)[:k]

    def within(self, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
        """The points within ``km`` great-circle kilometres, as (distance_km, position), nearest first."""
        if not self.points:
            return []
        cand = self._tree.query_ball_point(self._xyz(lat, lon), _chord(km) * (1 + 1e-9) + 1e-12)
        return [(d, i) for d, i in self._ranked(lat, lon, cand) if d <= km]

    def _ranked(self, lat: float, lon: float, positions: Sequence[int]) -> list[tuple[float, int]]:
        pts = self.points
        return sorted((haversine_km(lat, lon, pts[i][0], pts[i][1]), i) for i in positions)


class PolygonIndex(Generic[T]):
    """Polygons (shapely geometries in lon/lat), each with an item, for point lookups.

    Parameters
    ----------
    polygons : sequence of (geometry, item)
    """

    def __init__(self, polygons: Sequence[tuple[Any, T]]) -> None:
        from shapely import STRtree

        self.polygons = list(polygons)
        self._tree = STRtree([g for g, _ in self.polygons])

    def at(self, lat: float, lon: float) -> list[T]:
        """The items of the polygons that hold the point (their edge included), in the given order."""
        from shapely import Point

        if not self.polygons:
            return []
        hits = self._tree.query(Point(lon, lat), predicate="intersects")
        return [self.polygons[i][1] for i in sorted(int(i) for i in hits)]

    def near(self, lat: float, lon: float, degrees: float) -> list[tuple[float, T]]:
        """(distance in degrees, item) of the polygons within ``degrees`` of the point, in the given order."""
        from shapely import Point

        if not self.polygons:
            return []
        pt = Point(lon, lat)
        hits = self._tree.query(pt, predicate="dwithin", distance=degrees)
        return [(self.polygons[i][0].distance(pt), self.polygons[i][1]) for i in sorted(int(i) for i in hits)]
