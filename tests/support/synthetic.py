"""Synthetic events for the map's tests and ``benchmarks/map_bench.py``: GeoJSON features with
every property :meth:`geostrike.models.StrikeEvent.properties` gives, at random points in
Ukraine and western Russia, dated over 2024 (2 % undated, 5 % of region precision), with
quotes of about 150 characters. The same ``seed`` gives the same events."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

WEAPONS = {"drone": "drone strike", "missile": "missile strike", "airstrike": "air strike",
           "glide bomb": "air strike", "artillery": "shelling", None: "strike"}
REGIONS = [("UA-63", "Kharkiv Oblast", 49.9, 36.3), ("UA-65", "Kherson Oblast", 46.6, 33.4),
           ("RU-BEL", "Belgorod Oblast", 50.6, 36.6), ("RU-KRS", "Kursk Oblast", 51.7, 36.2),
           ("UA-23", "Zaporizhzhia Oblast", 47.8, 35.2)]
FILLER = ("according to local officials, who said that emergency services were working at the scene "
          "and that damage to residential buildings and infrastructure was still being assessed.")


def synthetic_event(i: int, rng: random.Random) -> dict[str, Any]:
    """One GeoJSON feature shaped like geostrike's output."""
    weapon = rng.choice(list(WEAPONS))
    attacker = rng.choice(["RU", "UA", None])
    region = rng.random() < 0.05
    if region:
        code, name, lat, lon = rng.choice(REGIONS)
        country, feature, admin1, precision = code[:2], "admin1", code, 3
    else:
        name = f"Place {rng.randrange(400)}"  # news name a few hundred towns again and again
        lat, lon = rng.uniform(44.5, 56.0), rng.uniform(22.5, 40.0)
        country, feature, admin1, precision = rng.choice(["UA", "RU"]), "city", None, rng.choice([1, 1, 2])
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
    dated = rng.random() > 0.02
    quote = f"{rng.choice(['Russian', 'Ukrainian'])} {weapon or 'forces'} struck {name} overnight, " + FILLER
    quote = quote[:rng.randrange(130, 170)]
    article = f"news-{i:06d}"
    killed = rng.choice([None, None, None, 1, 2, 5])
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": {
                "event_id": f"{rng.getrandbits(64):016x}", "article_id": article, "event_type": WEAPONS[weapon],
                "summary": f"{attacker or '?'} {WEAPONS[weapon]} on {name}", "attacker": attacker,
                "claimant": rng.choice([None, "Ukrainian authorities", "Russia's defence ministry"]),
                "claimant_side": None, "place": name, "place_text": name, "place_start": 0, "place_end": len(name),
                "gazetteer_id": f"gn:{i}", "feature": feature, "country": country, "admin1": admin1,
                "geo_precision": precision, "date": day.isoformat() if dated else None,
                "date_precision": "day" if dated else "unknown", "date_text": "overnight", "weapon": weapon,
                "weapon_system": None, "target_type": rng.choice([None, "energy", "residential"]),
                "launched": None, "intercepted": None, "killed": killed, "injured": rng.choice([None, 3]),
                "counts_approximate": None, "trigger": "struck", "quote": quote, "quotes": [quote],
                "quotes_count": 1, "sources": [article], "source_urls": [f"https://example.org/news/{i}"],
                "sources_count": 1, "claims": None, "confidence": round(rng.uniform(0.4, 0.95), 3),
                "link_rule": rng.choice(["preposition", "subject", "tally", "carried"]),
                "role": "summary" if region and rng.random() < 0.1 else "event",
                "title": f"Overnight strike report {i}",
                "url": f"https://example.org/news/{i}"}}


def synthetic_collection(n: int, seed: int = 7) -> dict[str, Any]:
    """A FeatureCollection of ``n`` synthetic events."""
    rng = random.Random(seed)
    return {"type": "FeatureCollection", "features": [synthetic_event(i, rng) for i in range(n)]}
