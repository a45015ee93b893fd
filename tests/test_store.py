"""The event store: incremental re-runs, merging into stored events, filters, ``map --store``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from geostrike.exceptions import StoreError
from geostrike.export import feature_collection
from geostrike.merge import merge_across_articles
from geostrike.models import Article
from geostrike.store import (ArticleOutcome, EventFilter, EventStore, content_hash, event_from_record, event_to_record,
                             parse_bbox)

ARTICLES = [
    ("a1", "Russian drones struck Kharkiv on June 3, 2024, injuring five people.", "2024-06-04"),
    ("a2", "Russian missiles hit Odesa and the port of Izmail on June 5, 2024.", "2024-06-05"),
    ("a3", "Kharkiv was hit by Russian drones overnight on June 3, 2024; the mayor said seven were injured.",
     "2024-06-04"),
    ("a4", "Ukrainian drones attacked a refinery in Tuapse on June 4, 2024.", "2024-06-05"),
    ("a5", "Russian drones struck Kharkiv on June 20, 2024.", "2024-06-21"),
]


def geostrike(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def results(gs):
    arts = [Article(i, t, date.fromisoformat(p)) for i, t, p in ARTICLES]
    return list(gs.process(arts))


@pytest.mark.slow
def test_record_round_trip(results):
    for r in results:
        for ev in r.events:
            assert event_from_record(json.loads(json.dumps(event_to_record(ev)))) == ev


@pytest.mark.slow
def test_incremental_store_equals_a_batch_merge(results, tmp_path):
    with EventStore(tmp_path / "s.sqlite") as store:
        outcomes = [store.add_article(r, content_hash(r.article)) for r in results]
        got = store.feature_collection()
    batch = feature_collection(merge_across_articles([e for r in results for e in r.events]))
    assert got == json.loads(json.dumps(batch))
    assert sum(o.merged for o in outcomes) >= 1  # a3 reports a1's strike
    (kharkiv,) = [f["properties"] for f in got["features"] if f["properties"]["date"] == "2024-06-03"]
    assert kharkiv["sources"] == ["a1", "a3"] and kharkiv["sources_count"] == 2
    assert kharkiv["injured"] == 7 and "injured: 5 (a1), 7 (a3)" in kharkiv["claims"]



@pytest.mark.slow
def test_a_batch_stores_what_articles_one_by_one_store(results, gs, tmp_path):
    # Twice each article, the second time changed, so that a batch also replaces what an
    # earlier article of the same batch merged into a stored event.
    changed = [Article(r.article.id, r.article.text.replace("June 3", "June 4"), r.article.published)
               for r in results[:3]]
    items = [(r, content_hash(r.article)) for r in [*results, *gs.process(changed), results[0]]]
    with EventStore(tmp_path / "one.sqlite") as one, EventStore(tmp_path / "batch.sqlite") as batch:
        singly = [one.add_article(r, digest) for r, digest in items]
        assert batch.add_articles(items) == singly
        assert batch.feature_collection() == one.feature_collection()
        assert batch.counts() == one.counts()


@pytest.mark.slow
def test_a_batch_that_fails_stores_nothing_and_the_store_goes_on(results, tmp_path):
    items = [(r, content_hash(r.article)) for r in results]
    path = tmp_path / "s.sqlite"
    with EventStore(path) as store:
        store.add_articles(items[:1])
        before = store.feature_collection()
        # An error of SQLite itself (SQLITE_ERROR, as a full or failing disk gives) at the
        # second source the batch writes: a trigger that runs a function on bad input.
        other = sqlite3.connect(path, isolation_level=None)
        stored = other.execute("SELECT count(*) FROM event_sources").fetchone()[0]
        other.execute(f"CREATE TRIGGER fail AFTER INSERT ON event_sources "
                      f"WHEN (SELECT count(*) FROM event_sources) > {stored + 1} BEGIN SELECT json('x'); END")
        with pytest.raises(StoreError, match="malformed JSON"):
            store.add_articles(items[1:])
        other.execute("DROP TRIGGER fail")
        other.close()
        assert store.feature_collection() == before and store.counts()["done"] == 1
        store.add_articles(items[1:])
        got = store.feature_collection()
    assert got == json.loads(json.dumps(feature_collection(merge_across_articles([e for r in results for e in r.events]))))

@pytest.mark.slow
def test_same_hash_is_skipped_and_a_changed_article_replaces_its_contribution(results, gs, tmp_path):
    db = tmp_path / "s.sqlite"
    with EventStore(db) as store:
        for r in results:
            store.add_article(r, content_hash(r.article))
        assert store.is_done("a1", content_hash(results[0].article))
        assert store.add_article(results[0], content_hash(results[0].article)) is None
        before = store.counts()
        # a1 now reports another place: the shared Kharkiv event is rebuilt from a3 alone.
        changed = Article("a1", "Russian drones struck Sumy on June 3, 2024.", date(2024, 6, 4))
        (r,) = gs.process([changed])
        assert store.add_article(r, content_hash(changed)) == ArticleOutcome(new=1, merged=0)
        props = {f["properties"]["place"]: f["properties"] for f in store.features()
                 if f["properties"]["date"] == "2024-06-03"}
    assert props["Kharkiv"]["sources"] == ["a3"] and props["Kharkiv"]["sources_count"] == 1
    assert props["Kharkiv"]["article_id"] == "a3" and props["Kharkiv"]["injured"] == 7
    assert props["Sumy"]["sources"] == ["a1"]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == before["done"]
    assert con.execute("SELECT count(*) FROM event_sources WHERE article_id='a1'").fetchone()[0] == 1
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT count(*) FROM mentions m WHERE article_id='a1' AND name='Kharkiv'").fetchone()[0] == 0


@pytest.mark.slow
def test_filters_agree_in_sql_and_on_geojson(results, tmp_path):
    with EventStore(tmp_path / "s.sqlite") as store:
        for r in results:
            store.add_article(r, content_hash(r.article))
        every = store.features()
        for where in [EventFilter(), EventFilter(since=date(2024, 6, 4)), EventFilter(until=date(2024, 6, 4)),
                      EventFilter(attackers=("ru",)), EventFilter(attackers=("UA", "none")),
                      EventFilter(weapons=("missile",)), EventFilter(types=("drone strike",)),
                      EventFilter(bbox=(35.0, 49.0, 37.5, 51.0)), EventFilter(min_sources=2),
                      EventFilter(since=date(2024, 6, 1), until=date(2024, 6, 30), attackers=("RU",), min_sources=2)]:
            in_sql = [f["properties"]["event_id"] for f in store.features(where)]
            in_py = [f["properties"]["event_id"] for f in every if where.matches(f)]
            assert in_sql == in_py, where
    assert [f["properties"]["place"] for f in every if EventFilter(min_sources=2).matches(f)] == ["Kharkiv"]
    assert {f["properties"]["place"] for f in every if EventFilter(attackers=("UA",)).matches(f)} == {"Tuapse"}


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "0,60,10,50", "0,0,200,10"])
def test_bad_bbox(text):
    with pytest.raises(ValueError):
        parse_bbox(text)


def test_store_of_another_version_is_refused(tmp_path):
    db = tmp_path / "old.sqlite"
    sqlite3.connect(db).execute("PRAGMA user_version = 99").connection.close()
    with pytest.raises(StoreError, match="version 99"):
        EventStore(db)
    with pytest.raises(StoreError, match="no such event store"):
        EventStore(tmp_path / "missing.sqlite", create=False)


def _write(folder, items):
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, text, _published in items:
        (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")


def _events(path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


@pytest.mark.slow
def test_rerun_skips_and_merges_a_new_report_into_the_stored_event(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    _write(inp, [ARTICLES[0], ARTICLES[1]])
    first = geostrike("run", str(inp), "-o", str(out))
    assert first.returncode == 0, first.stderr
    assert "2 articles read, 0 skipped (unchanged), 0 failed" in first.stdout
    assert (out / "geostrike.sqlite").is_file()
    n_first = len(_events(out / "events.geojson"))

    again = geostrike("run", str(inp), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert "2 articles read, 2 skipped (unchanged), 0 failed; 0 events new, 0 merged into existing" in again.stdout
    assert len(_events(out / "events.geojson")) == n_first

    _write(inp, [ARTICLES[2]])  # another report of a1's strike, the same day
    third = geostrike("run", str(inp), "-o", str(out))
    assert third.returncode == 0, third.stderr
    assert "3 articles read, 2 skipped (unchanged), 0 failed; 0 events new, 1 merged into existing" in third.stdout
    feats = _events(out / "events.geojson")
    assert len(feats) == n_first
    (kharkiv,) = [f["properties"] for f in feats if f["properties"]["place"] == "Kharkiv"]
    assert kharkiv["sources_count"] == 2 and kharkiv["sources"] == ["a1", "a3"]


@pytest.mark.slow
def test_map_from_the_store_with_filters(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    _write(inp, ARTICLES)
    assert geostrike("-q", "run", str(inp), "-o", str(out)).returncode == 0
    db = out / "geostrike.sqlite"
    every = _events(out / "events.geojson")

    proc = geostrike("map", "--store", str(db), "-o", str(tmp_path / "all.html"),
                     "--geojson", str(tmp_path / "all.geojson"))
    assert proc.returncode == 0, proc.stderr
    assert f"({len(every)} events)" in proc.stdout
    assert (tmp_path / "all.geojson").read_bytes() == (out / "events.geojson").read_bytes()

    proc = geostrike("map", "--store", str(db), "--since", "2024-06-01", "--until", "2024-06-10", "--attacker", "RU",
                     "--weapon", "drone,missile", "--bbox", "22,44,41,53", "--min-sources", "2",
                     "-o", str(tmp_path / "f.html"), "--geojson", str(tmp_path / "f.geojson"))
    assert proc.returncode == 0, proc.stderr
    assert [f["properties"]["place"] for f in _events(tmp_path / "f.geojson")] == ["Kharkiv"]
    assert "1 event" in (tmp_path / "f.html").read_text(encoding="utf-8")

    # The same filters work on a GeoJSON input.
    proc = geostrike("map", str(out / "events.geojson"), "--type", "drone strike", "--until", "2024-06-10",
                     "-o", str(tmp_path / "g.html"), "--geojson", str(tmp_path / "g.geojson"))
    assert proc.returncode == 0, proc.stderr
    assert {f["properties"]["place"] for f in _events(tmp_path / "g.geojson")} == {"Kharkiv", "Tuapse"}


@pytest.mark.parametrize("args,message", [
    ((), "give either EVENTS"),
    (("EVENTS", "--store", "STORE"), "give either EVENTS"),
    (("--store", "STORE", "--bbox", "1,2,3"), "minlon,minlat,maxlon,maxlat"),
    (("--store", "STORE", "--since", "2024-02-01", "--until", "2024-01-01"), "is after --until"),
    (("--store", "STORE", "--since", "June"), "is not a date"),
])
def test_map_usage_errors_exit_2(tmp_path, args, message):
    (tmp_path / "e.geojson").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    EventStore(tmp_path / "s.sqlite").close()
    args = [{"EVENTS": str(tmp_path / "e.geojson"), "STORE": str(tmp_path / "s.sqlite")}.get(a, a) for a in args]
    proc = geostrike("map", *args, "-o", str(tmp_path / "m.html"))
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr


@pytest.mark.slow
def test_run_with_an_explicit_store(tmp_path):
    inp = tmp_path / "in"
    _write(inp, [ARTICLES[4]])
    db = tmp_path / "elsewhere" / "events.sqlite"
    proc = geostrike("-q", "run", str(inp), "-o", str(tmp_path / "out"), "--store", str(db))
    assert proc.returncode == 0, proc.stderr
    assert db.is_file() and not (tmp_path / "out" / "geostrike.sqlite").exists()
    with EventStore(db, create=False) as store:
        assert store.counts()["done"] == 1 and store.counts()["events"] == 1


def _open_at_once(path: str, barrier, results) -> None:
    from geostrike.store import EventStore

    barrier.wait()
    try:
        EventStore(Path(path)).close()
        results.put("ok")
    except Exception as exc:  # reported to the test process
        results.put(repr(exc))


def test_two_processes_create_one_store_at_the_same_instant(tmp_path):
    # Switching a new file to WAL needs exclusive access, and SQLite answers "database is
    # locked" at once while the other process creates the schema: the store must wait.
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for i in range(10):
        barrier, results = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(str(tmp_path / f"s{i}.sqlite"), barrier, results))
                 for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
        assert [results.get(timeout=5) for _ in procs] == ["ok", "ok"]
