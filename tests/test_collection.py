"""A collection about the war lends its theatre to texts that name no part of it.

Short log entries and captions ("Tank destroyed near Rusaniv") name a village and nothing of
Ukraine; read alone, such a village is no reading the geoparser may take. Read in a file or
channel whose strike reports mostly name Ukraine, Russia or an oblast, it is.
"""

from __future__ import annotations

import json

import pytest

from geostrike.models import Article
from geostrike.pipeline import collection_context, run
from geostrike.read import ReadFailure
from geostrike.rules import COLLECTION_MIN_TEXTS

# Written for this test: wire-style lines that name the country, then entries that do not.
WAR_LINES = [
    "Shelling damaged houses in Kupiansk, Kharkiv Oblast, the regional governor said.",
    "Russian drones hit port infrastructure in Odesa overnight, Ukraine's air force said.",
    "A missile struck an industrial site in Dnipro, the oblast administration reported.",
    "Two people were killed in shelling of Kherson, Ukrainian officials said.",
    "Explosions were heard in Belgorod, Russia, after a drone attack on the city.",
    "Ukrainian forces shelled positions near Vuhledar, Donetsk Oblast.",
]
BARE_ENTRY = "Armoured vehicle destroyed near Rusaniv"


def _articles(texts, folder="feeds/war"):
    return [Article(f"a{i}", t, source_path=f"{folder}/log.jsonl") for i, t in enumerate(texts)]


def test_marks_follow_the_collection_not_the_window_or_the_order_of_the_workers():
    arts = _articles(WAR_LINES + [BARE_ENTRY])
    marked = list(collection_context(arts, window=3))
    # The first window has too few strike texts to decide; once enough are read, every
    # article of the collection is marked, the bare entry included.
    assert [a.theatre for a in marked] == [False] * 3 + [True] * 4
    assert [a.id for a in marked] == [a.id for a in arts]
    assert all(a.theatre for a in collection_context(arts, window=256))


def test_other_collections_and_failures_pass_through_unmarked():
    war = _articles(WAR_LINES)
    other = _articles(["A bakery in Lyon won a prize for its bread."] * COLLECTION_MIN_TEXTS, folder="feeds/food")
    failure = ReadFailure("bad", "feeds/war/log.jsonl", "feeds/war/log.jsonl, line 9: not JSON")
    out = list(collection_context(war + [failure] + other))
    assert out[len(war)] is failure
    assert all(a.theatre for a in out[:len(war)]) and not any(a.theatre for a in out[len(war) + 1:])


def test_a_collection_mostly_about_elsewhere_is_no_theatre():
    texts = [f"An airstrike hit a warehouse in Gaza City, killing {n} people." for n in range(2, 8)]
    assert not any(a.theatre for a in collection_context(_articles(texts + WAR_LINES[:2])))


def _places(out_dir):
    return {f["properties"]["place"] for f in json.loads((out_dir / "events.geojson").read_text())["features"]}


@pytest.mark.slow
def test_a_bare_log_entry_maps_in_a_war_log_and_not_alone(tmp_path):
    log = tmp_path / "log" / "entries.jsonl"
    log.parent.mkdir()
    log.write_text("".join(json.dumps({"id": f"e{i}", "text": t, "published": "2022-03-05"}) + "\n"
                           for i, t in enumerate(WAR_LINES + [BARE_ENTRY])), encoding="utf-8")
    alone = tmp_path / "alone" / "entry.txt"
    alone.parent.mkdir()
    alone.write_text(BARE_ENTRY + "\n", encoding="utf-8")
    run([log], tmp_path / "out-log", progress=False)
    run([alone], tmp_path / "out-alone", progress=False)
    assert "Rusaniv" in _places(tmp_path / "out-log")
    assert "Rusaniv" not in _places(tmp_path / "out-alone")
