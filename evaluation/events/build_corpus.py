"""Assemble evaluation/events/{dev,test}.jsonl from the hand-written items in corpus_src/.

Usage (from the repository root)::

    python evaluation/events/build_corpus.py          # write dev.jsonl and test.jsonl
    python evaluation/events/build_corpus.py --check  # also look every place up in the gazetteer

Every text is written by hand in ``corpus_src/g_*.py``; this script only fills in the
points from ``corpus_src/places.py``, resolves relative dates, finds the spelling the text
uses for each place (``place_text``), numbers the items and splits them.

Split rule: within each genre, items are numbered in the order they are written
(``wr-001``, ``wr-002``...); odd numbers go to dev, even numbers to test. A genre module's
``DEV_ITEMS`` (a later batch written only to find failure patterns in) all go to dev, as
``wr-d001``, ``wr-d002``..., so that the test split stays as it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_src.places import PLACES  # noqa: E402

#: genre -> (module, id prefix), in output order
GENRES: dict[str, tuple[str, str]] = {
    "wire": ("g_wire", "wr"),
    "airforce": ("g_airforce", "af"),
    "mod": ("g_mod", "mod"),
    "telegram": ("g_telegram", "tg"),
    "caption": ("g_caption", "cap"),
    "headline": ("g_headline", "hl"),
    "acled": ("g_acled", "acl"),
    "passive": ("g_passive", "pas"),
    "multi": ("g_multi", "mul"),
    "trap": ("g_trap", "trp"),
}

EVENT_TYPES = {"drone strike", "missile strike", "air strike", "shelling", "interception", "strike", "explosion"}
WEAPONS = {"drone", "missile", "airstrike", "glide bomb", "artillery", None}
#: the canonical names geostrike.attributes.weapon_systems() produces
WEAPON_SYSTEMS = {
    "Shahed/Geran", "Lancet", "Bayraktar TB2", "Lyutyi", "Orlan-10", "Kalibr", "Kh-101", "Kh-22", "Kh-59",
    "Kh-555", "Iskander", "Kinzhal", "Zircon", "Oniks", "S-300", "Oreshnik", "ATACMS", "Storm Shadow/SCALP",
    "Tochka-U", "Neptune", "HIMARS", "Grad", "Uragan", "Smerch/Tornado-S", "KAB/FAB glide bomb", None,
}
SIDES = {"RU", "UA", "BY", "IL", "IR", "LB", "PS", "YE", "SY", "US", "GB", None}


def _km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _surface(text: str, obj: dict, where: str) -> str | None:
    """The words the text uses for the place: None when the name itself occurs."""
    low = text.lower()
    if obj.get("pt"):
        if obj["pt"].lower() not in low:
            raise ValueError(f"{where}: place_text {obj['pt']!r} not in text")
        return None if obj["pt"].lower() == obj["place"].lower() else obj["pt"]
    if re.search(r"(?<!\w)" + re.escape(obj["place"].lower()), low):
        return None
    for alias in PLACES[obj["key"]]["aliases"]:
        if re.search(r"(?<!\w)" + re.escape(alias.lower()), low):
            return alias
    raise ValueError(f"{where}: place {obj['place']!r} ({obj['key']}) not found in text")


def _date(published: str, value: int | str | None) -> str:
    if value is None:
        return published
    if isinstance(value, int):
        return (dt.date.fromisoformat(published) + dt.timedelta(days=value)).isoformat()
    return dt.date.fromisoformat(value).isoformat()


def build() -> tuple[list[dict], list[dict]]:
    dev: list[dict] = []
    test: list[dict] = []
    for genre, (module, prefix) in GENRES.items():
        mod = importlib.import_module(f"corpus_src.{module}")
        numbered = [(f"{prefix}-{n:03d}", "dev" if n % 2 else "test", raw) for n, raw in enumerate(mod.ITEMS, 1)]
        numbered += [(f"{prefix}-d{n:03d}", "dev", raw) for n, raw in enumerate(getattr(mod, "DEV_ITEMS", ()), 1)]
        for iid, split, raw in numbered:
            text = raw["text"].strip("\n")
            events = []
            for e in raw["events"]:
                where = f"{iid} event {e['place']}"
                if e["event_type"] not in EVENT_TYPES or e["weapon"] not in WEAPONS:
                    raise ValueError(f"{where}: bad type or weapon")
                if e["weapon_system"] not in WEAPON_SYSTEMS or e["attacker"] not in SIDES:
                    raise ValueError(f"{where}: bad weapon system or attacker")
                out = {"place": e["place"]}
                if e["role"] != "summary":
                    pt = _surface(text, e, where)
                    if pt:
                        out["place_text"] = pt
                out.update({k: e[k] for k in ("lat", "lon", "km", "event_type", "attacker", "weapon",
                                               "weapon_system", "launched", "intercepted", "killed",
                                               "injured")})
                out["date"] = _date(raw["published"], e["date"])
                if e["role"]:
                    out["role"] = e["role"]
                events.append(out)
            traps = []
            for t in raw["traps"]:
                where = f"{iid} trap {t['place']}"
                out = {"place": t["place"]}
                pt = _surface(text, t, where)
                if pt:
                    out["place_text"] = pt
                out.update({"lat": t["lat"], "lon": t["lon"], "km": t["km"], "why": t["why"]})
                for e in events:
                    if e.get("role") != "summary" and _km(out, e) < out["km"] + e["km"] and e["km"] < 100:
                        raise ValueError(f"{where}: overlaps event {e['place']}")
                traps.append(out)
            if not events and not traps:
                raise ValueError(f"{iid}: neither events nor traps")
            item = {"id": iid, "genre": genre, "split": split, "published": raw["published"], "text": text,
                    "events": events, "traps": traps}
            (dev if split == "dev" else test).append(item)
    return dev, test


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def check_weekdays(items: list[dict]) -> int:
    """A weekday the text names should be the published day or some event's day."""
    bad = 0
    for item in items:
        days = {dt.date.fromisoformat(item["published"]).weekday()}
        days |= {dt.date.fromisoformat(e["date"]).weekday() for e in item["events"]}
        for n, word in enumerate(WEEKDAYS):
            if re.search(rf"\b{word}\b", item["text"], re.I) and n not in days:
                bad += 1
                print(f"{item['id']}: text says {word!r} but no date falls on it")
    return bad


def check_gazetteer(items: list[dict]) -> int:
    """Every place (as the text spells it) must have a gazetteer candidate near its point."""
    from geostrike.gazetteer import Gazetteer  # the installed geostrike (set PYTHONPATH to pick another)

    gaz = Gazetteer(None)
    bad = 0
    seen: set[tuple[str, float, float]] = set()
    for item in items:
        for obj in item["events"] + item["traps"]:
            if obj.get("role") == "summary":
                continue
            name = obj.get("place_text") or obj["place"]
            if (name, obj["lat"], obj["lon"]) in seen:
                continue
            seen.add((name, obj["lat"], obj["lon"]))
            cands = gaz.lookup(name)
            near = [c for c in cands if _km(obj, {"lat": c.entry.lat, "lon": c.entry.lon}) <= max(obj["km"], 25)]
            if not near:
                bad += 1
                print(f"{item['id']}: {name!r} has no gazetteer candidate near {obj['lat']},{obj['lon']}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="look every place up in the gazetteer")
    args = ap.parse_args()
    dev, test = build()
    for name, items in (("dev", dev), ("test", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts: dict[str, list[int]] = {}
    for item in dev + test:
        counts.setdefault(item["genre"], [0, 0])[item["split"] == "test"] += 1
    for genre, (d, t) in counts.items():
        print(f"{genre:9} dev {d:3} test {t:3}")
    all_items = dev + test
    print(f"items {len(all_items)}, events {sum(len(i['events']) for i in all_items)}, "
          f"traps {sum(len(i['traps']) for i in all_items)}, "
          f"no-event items {sum(not i['events'] for i in all_items)}")
    bad = check_weekdays(all_items)
    if args.check:
        bad += check_gazetteer(all_items)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
