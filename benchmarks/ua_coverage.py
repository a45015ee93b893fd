"""Gazetteer coverage of real incident logs: is the gold place in the gazetteer at all?

For each item of an event dev set (``../shared/eval/events-dev/*.jsonl``) it prints

* **gazetteer**: the share of items whose gold point has a gazetteer entry of the gold
  name within 25 km. The gold name is Bellingcat's ``location_text`` (each of its parts
  split at commas, brackets and "or", region words dropped) or CIR's ``gold.town``;
  every candidate of ``Gazetteer.lookup`` counts, loose spellings included; **+ near
  misses** counts also the near misses of ``Gazetteer.fuzzy_lookup`` for names that
  match nothing ("Kupyanks");
* **geoparse** (with ``--geoparse``): the share of items for which ``geostrike geoparse``
  finds a toponym within 25 km of the gold point.

The dev sets are only read to measure; nothing of them goes into the repository.

    python3 benchmarks/ua_coverage.py [FILES…] [--geoparse] [--misses N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from geostrike.gazetteer import Gazetteer
from geostrike.geo import haversine_km
from geostrike.geonames_import import ensure_index

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "events-dev"
DEFAULT = [DEV / "bellingcat.dev.jsonl", DEV / "cir.dev.jsonl"]
RADIUS_KM = 25.0
_SPLIT = re.compile(r"[,()]|\bor\b|/")
# Type words are dropped from a part ("Kupyansk region" names Kupyansk), quoted asides too.
_TYPE_WORDS = re.compile(r"\b(region|oblast|district|raion|province|city|village|town|area|suburbs?)\b|\"[^\"]*\"", re.I)


def gold_of(item: dict) -> tuple[float, float, list[str]]:
    """(lat, lon, names) of one dev item."""
    if "event" in item:
        ev = item["event"]
        parts = _SPLIT.split(ev.get("location_text") or "")
        names = [" ".join(_TYPE_WORDS.sub(" ", p).split()) for p in parts]
        names = [n for n in names if n]
        return float(ev["lat"]), float(ev["lon"]), names
    g = item["gold"]
    return float(g["lat"]), float(g["lon"]), [g["town"]] if g.get("town") else []


def covered(gaz: Gazetteer, lat: float, lon: float, names: list[str], fuzzy: bool = False) -> bool:
    return any(haversine_km(lat, lon, c.entry.lat, c.entry.lon) <= RADIUS_KM
               for n in names for c in (gaz.lookup(n) or (gaz.fuzzy_lookup(n) if fuzzy else [])))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--geoparse", action="store_true", help="also run the geoparser on the texts")
    ap.add_argument("--misses", type=int, default=0, help="list the first N items the gazetteer misses")
    args = ap.parse_args(argv)
    gaz = Gazetteer(ensure_index(progress=False))
    gs = None
    if args.geoparse:
        from geostrike.pipeline import Geostrike

        gs = Geostrike()
    for path in args.files:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        hits, near, misses = 0, 0, []
        golds = []
        for item in items:
            lat, lon, names = gold_of(item)
            golds.append((lat, lon))
            if covered(gaz, lat, lon, names):
                hits += 1
            elif covered(gaz, lat, lon, names, fuzzy=True):
                near += 1
            else:
                misses.append(" | ".join(names))
        line = (f"{path.name:<24} items {len(items):4d}   gazetteer {hits / len(items):.3f}"
                f"   + near misses {(hits + near) / len(items):.3f}")
        if gs is not None:
            from geostrike.models import Article

            arts = []
            for item in items:
                pub = item.get("published")
                arts.append(Article(str(item["id"]), item["text"], date.fromisoformat(pub) if pub else None))
            found = 0
            for (lat, lon), r in zip(golds, gs.process(arts)):
                if any(haversine_km(lat, lon, p.lat, p.lon) <= RADIUS_KM for p in r.places):
                    found += 1
            line += f"   geoparse {found / len(items):.3f}"
        print(line)
        for m in misses[:args.misses]:
            print("   miss:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
