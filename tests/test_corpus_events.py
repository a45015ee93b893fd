"""The project's own event corpus, ``evaluation/events/{dev,test}.jsonl``: its files are well formed.

Fast and without spaCy or the gazetteer: JSON, keys, value vocabularies, ids, splits, genre
counts, coordinates, place names found in the text, no text in both splits, and the files
equal to what ``evaluation/events/build_corpus.py`` builds from its hand-written sources.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "evaluation" / "events"
SPLITS = ("dev", "test")
GENRES = ("wire", "airforce", "mod", "telegram", "caption", "headline", "acled", "passive", "multi", "trap")
MIN_PER_GENRE = 25
MIN_ITEMS = 420
MIN_NO_EVENT = 40

ITEM_KEYS = ("id", "genre", "split", "published", "text", "events", "traps")
EVENT_KEYS = ("place", "lat", "lon", "km", "event_type", "attacker", "weapon", "weapon_system",
              "launched", "intercepted", "killed", "injured", "date")
TRAP_KEYS = ("place", "lat", "lon", "km", "why")
COUNT_KEYS = ("launched", "intercepted", "killed", "injured")
EVENT_TYPES = {"drone strike", "missile strike", "air strike", "shelling", "interception", "strike", "explosion"}
WEAPONS = {"drone", "missile", "airstrike", "glide bomb", "artillery", None}
#: geostrike.attributes.weapon_systems() canonical names
WEAPON_SYSTEMS = {
    "Shahed/Geran", "Lancet", "Bayraktar TB2", "Lyutyi", "Orlan-10", "Kalibr", "Kh-101", "Kh-22", "Kh-59",
    "Kh-555", "Iskander", "Kinzhal", "Zircon", "Oniks", "S-300", "Oreshnik", "ATACMS", "Storm Shadow/SCALP",
    "Tochka-U", "Neptune", "HIMARS", "Grad", "Uragan", "Smerch/Tornado-S", "KAB/FAB glide bomb", None,
}
#: geostrike.lexicon.ACTORS side codes (plus null where the side is undeterminable)
SIDES = {"RU", "UA", "BY", "IL", "IR", "LB", "PS", "YE", "SY", "US", "GB", "TR", "KP", None}
SUMMARY_POINT = (48.38, 31.17)


def _iso_day(value: Any) -> bool:
    try:
        return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _in_text(name: Any, text: str) -> bool:
    return isinstance(name, str) and bool(name) and re.search(r"(?<!\w)" + re.escape(name.casefold()),
                                                             text.casefold()) is not None


def _point_errors(obj: dict, what: str) -> list[str]:
    errors = []
    lat, lon, km = obj.get("lat"), obj.get("lon"), obj.get("km")
    if not isinstance(lat, (int, float)) or isinstance(lat, bool) or not -90 <= lat <= 90:
        errors.append(f"{what}: lat {lat!r} out of range")
    if not isinstance(lon, (int, float)) or isinstance(lon, bool) or not -180 <= lon <= 180:
        errors.append(f"{what}: lon {lon!r} out of range")
    if not isinstance(km, (int, float)) or isinstance(km, bool) or km <= 0:
        errors.append(f"{what}: km {km!r} must be a positive number")
    return errors


def validate_item(item: Any, split: str) -> list[str]:
    """Everything wrong with one corpus line (empty when it is well formed)."""
    if not isinstance(item, dict):
        return ["not a JSON object"]
    iid = item.get("id", "?")
    errors = [f"{iid}: missing key {k!r}" for k in ITEM_KEYS if k not in item]
    if errors:
        return errors
    if not isinstance(iid, str) or not iid:
        errors.append(f"{iid!r}: id must be a non-empty string")
    if item["genre"] not in GENRES:
        errors.append(f"{iid}: unknown genre {item['genre']!r}")
    if item["split"] != split:
        errors.append(f"{iid}: split {item['split']!r} in the {split} file")
    if not _iso_day(item["published"]):
        errors.append(f"{iid}: published {item['published']!r} is not an ISO day")
    text = item["text"]
    if not isinstance(text, str) or not text.strip():
        return errors + [f"{iid}: empty text"]
    if not isinstance(item["events"], list) or not isinstance(item["traps"], list):
        return errors + [f"{iid}: events and traps must be lists"]
    if not item["events"] and not item["traps"]:
        errors.append(f"{iid}: an item without events needs at least one trap")
    for n, ev in enumerate(item["events"], 1):
        what = f"{iid} event {n}"
        if not isinstance(ev, dict):
            errors.append(f"{what}: not an object")
            continue
        errors += [f"{what}: missing key {k!r}" for k in EVENT_KEYS if k not in ev]
        errors += _point_errors(ev, what)
        if ev.get("event_type") not in EVENT_TYPES:
            errors.append(f"{what}: event_type {ev.get('event_type')!r}")
        if ev.get("weapon") not in WEAPONS:
            errors.append(f"{what}: weapon {ev.get('weapon')!r}")
        if ev.get("weapon_system") not in WEAPON_SYSTEMS:
            errors.append(f"{what}: weapon_system {ev.get('weapon_system')!r}")
        if ev.get("attacker") not in SIDES:
            errors.append(f"{what}: attacker {ev.get('attacker')!r}")
        if not _iso_day(ev.get("date")):
            errors.append(f"{what}: date {ev.get('date')!r} is not an ISO day")
        for k in COUNT_KEYS:
            v = ev.get(k)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                errors.append(f"{what}: {k} {v!r} must be a whole number >= 0 or null")
        if ev.get("role") not in (None, "summary"):
            errors.append(f"{what}: role {ev.get('role')!r}")
        if ev.get("role") == "summary":
            if (ev.get("lat"), ev.get("lon")) != SUMMARY_POINT or ev.get("event_type") != "interception":
                errors.append(f"{what}: a summary is an interception at Ukraine's point {SUMMARY_POINT}")
        elif not _in_text(ev.get("place_text") or ev.get("place"), text):
            errors.append(f"{what}: place {ev.get('place_text') or ev.get('place')!r} not in the text")
    for n, trap in enumerate(item["traps"], 1):
        what = f"{iid} trap {n}"
        if not isinstance(trap, dict):
            errors.append(f"{what}: not an object")
            continue
        errors += [f"{what}: missing key {k!r}" for k in TRAP_KEYS if k not in trap]
        errors += _point_errors(trap, what)
        if not _in_text(trap.get("place_text") or trap.get("place"), text):
            errors.append(f"{what}: place {trap.get('place_text') or trap.get('place')!r} not in the text")
    return errors


def _read(split: str) -> list[dict]:
    items = []
    with open(CORPUS / f"{split}.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{split}.jsonl line {n} is empty"
            items.append(json.loads(line))
    return items


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {split: _read(split) for split in SPLITS}


@pytest.mark.parametrize("split", SPLITS)
def test_items_are_well_formed(corpus, split):
    errors = [e for item in corpus[split] for e in validate_item(item, split)]
    assert not errors, "\n".join(errors[:30])


def test_ids_unique_across_files(corpus):
    ids = Counter(item["id"] for split in SPLITS for item in corpus[split])
    assert not [i for i, n in ids.items() if n > 1]


def test_sizes_and_genres(corpus):
    items = corpus["dev"] + corpus["test"]
    assert len(items) >= MIN_ITEMS
    per_genre = Counter(item["genre"] for item in items)
    assert {g: n for g, n in per_genre.items() if n < MIN_PER_GENRE} == {}
    assert set(per_genre) == set(GENRES)
    assert sum(not item["events"] for item in items) >= MIN_NO_EVENT
    # the split of the numbered items is about even within every genre (the dev-only
    # batches, "-dNNN", come on top)
    for genre in GENRES:
        dev = sum(item["genre"] == genre and "-d" not in item["id"] for item in corpus["dev"])
        test = sum(item["genre"] == genre for item in corpus["test"])
        assert abs(dev - test) <= 1, genre


def test_dev_only_items_are_in_dev_only(corpus):
    assert not [i["id"] for i in corpus["test"] if "-d" in i["id"]]
    assert all(i["split"] == "dev" for i in corpus["dev"] if "-d" in i["id"])


def test_no_text_in_both_splits(corpus):
    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    assert not {norm(i["text"]) for i in corpus["dev"]} & {norm(i["text"]) for i in corpus["test"]}


def test_files_match_the_builder(corpus):
    """dev.jsonl and test.jsonl are what build_corpus.py makes of its sources (nobody edited one alone)."""
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS / "build_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    saved = sys.path[:]
    try:
        spec.loader.exec_module(module)
        dev, test = module.build()
    finally:
        sys.path[:] = saved
        for name in [m for m in sys.modules if m == "corpus_src" or m.startswith("corpus_src.")]:
            del sys.modules[name]
    assert dev == corpus["dev"]
    assert test == corpus["test"]


GOOD = {
    "id": "x-001", "genre": "telegram", "split": "dev", "published": "2024-07-08",
    "text": "⚡️Explosions in #Odesa! Air defence working, stay in shelters. Launched from Kursk region.",
    "events": [{"place": "Odesa", "lat": 46.4857, "lon": 30.7438, "km": 25, "event_type": "strike",
                "attacker": "RU", "weapon": None, "weapon_system": None, "launched": None,
                "intercepted": None, "killed": None, "injured": None, "date": "2024-07-08"}],
    "traps": [{"place": "Kursk Oblast", "place_text": "Kursk region", "lat": 51.7358, "lon": 36.2921,
               "km": 50, "why": "launch site"}],
}


def _broken(path: tuple, value: Any) -> dict:
    item = copy.deepcopy(GOOD)
    target = item
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return item


def test_validator_accepts_a_good_item():
    assert validate_item(GOOD, "dev") == []


@pytest.mark.parametrize("path,value", [
    (("text",), KeyError),
    (("split",), "test"),
    (("genre",), "blog"),
    (("published",), "08/07/2024"),
    (("events", 0, "lat"), 146.5),
    (("events", 0, "lon"), "30.7"),
    (("events", 0, "km"), 0),
    (("events", 0, "place"), "Mykolaiv"),
    (("events", 0, "event_type"), "bombing"),
    (("events", 0, "weapon"), "rocket"),
    (("events", 0, "weapon_system"), "Shahed-136"),
    (("events", 0, "attacker"), "Russia"),
    (("events", 0, "killed"), -1),
    (("events", 0, "injured"), 2.5),
    (("events", 0, "date"), "yesterday"),
    (("events", 0, "intercepted"), KeyError),
    (("traps", 0, "place_text"), "Belgorod region"),
    (("traps", 0, "why"), KeyError),
    (("events",), []),
])
def test_validator_rejects_a_malformed_item(path, value):
    item = _broken(path, value)
    if path == ("events",):
        item["traps"] = []
    assert validate_item(item, "dev")
