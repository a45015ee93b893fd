"""The PostGIS event store on a real PostgreSQL + PostGIS server (started by ``tests/support/postgres.py``).

Each test gets a new database; what the SQLite store gives on the same inputs is the
reference: the same events, byte for byte, for runs, re-runs, edits and every map filter.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest

from geostrike.exceptions import StoreError
from geostrike.merge import same_place
from geostrike.models import Article
from geostrike.store import EventStore, content_hash, event_from_record, same_strike
from geostrike.store_pg import PostgisEventStore
from geostrike.stores import open_store

pytestmark = pytest.mark.slow

ARTICLES = [
    ("a1", "Russian drones struck Kharkiv on June 3, 2024, injuring five people.", "2024-06-04"),
    ("a2", "Russian missiles hit Odesa and the port of Izmail on June 5, 2024.", "2024-06-05"),
    ("a3", "Kharkiv was hit by Russian drones overnight on June 3, 2024; the mayor said seven were injured.",
     "2024-06-04"),
    ("a4", "Ukrainian drones attacked a refinery in Tuapse on June 4, 2024.", "2024-06-05"),
    ("a5", "Russian drones struck Kharkiv on June 20, 2024.", "2024-06-21"),
]
TOWNS = ["Kharkiv", "Odesa", "Sumy", "Kherson", "Zaporizhzhia", "Dnipro", "Mykolaiv", "Kramatorsk", "Poltava",
         "Chernihiv", "Belgorod", "Kursk", "Bryansk", "Izium", "Kupiansk", "Pokrovsk", "Nikopol"]


def geostrike(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True)


def _write(folder: Path, items) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, text, _published in items:
        (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return folder


def _jsonl(path: Path, items) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in items),
                    encoding="utf-8")
    return path


def corpus(n: int) -> list[tuple[str, str, str]]:
    """``n`` strike reports: strike ``s`` is told by articles ``s`` and ``s + n // 2``, in two
    wordings. Strikes are three days apart in each town, so that no two of them merge."""
    out, half = [], n // 2
    for i in range(n):
        s = i % half
        town, day = TOWNS[s % len(TOWNS)], date(2023, 1, 1) + timedelta(days=3 * (s // len(TOWNS)))
        when = f"{day:%B} {day.day}, {day.year}"
        text = (f"Russian drones struck {town} on {when}, officials said." if i < half else
                f"{town} came under a Russian drone attack overnight on {when}; {1 + i % 4} people were "
                "injured, the governor said.")
        out.append((f"r{i:04d}", text, (day + timedelta(days=1)).isoformat()))
    return out


def _sql(url: str, query: str, params=()) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as con:
        cur = con.execute(query, params)
        return cur.fetchall() if cur.description else []


def assert_consistent(url: str) -> None:
    """Whole articles only: every event has its sources, counts them, and reports one strike alone."""
    assert _sql(url, "SELECT count(*) FROM geostrike.events e WHERE NOT EXISTS "
                     "(SELECT 1 FROM geostrike.event_sources s WHERE s.event_id = e.event_id)") == [(0,)]
    assert _sql(url, "SELECT count(*) FROM geostrike.events e WHERE sources_count <> "
                     "(SELECT count(*) FROM geostrike.event_sources s WHERE s.event_id = e.event_id)") == [(0,)]
    # Every done article with a strike report has its mentions (stored with it, in one transaction).
    assert _sql(url, "SELECT count(*) FROM geostrike.event_sources s WHERE NOT EXISTS "
                     "(SELECT 1 FROM geostrike.mentions m WHERE m.article_id = s.article_id)") == [(0,)]
    events = [event_from_record(json.loads(r[0])) for r in _sql(url, "SELECT record::text FROM geostrike.events")]
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            assert not (a.article_id != b.article_id and a.date.value == b.date.value and same_place(a, b)
                        and a.attacker == b.attacker and a.event_type == b.event_type), \
                f"one strike twice: {a.event_id}, {b.event_id}"


def strikes(path: Path) -> list[tuple]:
    """What each event of an events.geojson reports, without the ids and order a run's timing gives."""
    out = []
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        out.append((p["place"], p["date"], p["attacker"], p["event_type"], tuple(sorted(p["sources"])),
                    tuple(f["geometry"]["coordinates"])))
    return sorted(out)


@pytest.fixture(scope="module")
def results(gs):
    return list(gs.process([Article(i, t, date.fromisoformat(p)) for i, t, p in ARTICLES]))


def test_examples_give_the_sqlite_store_s_events_and_points_with_a_spatial_index(pg_url, tmp_path):
    lite = geostrike("-q", "run", "-o", str(tmp_path / "lite"))
    pg = geostrike("-q", "run", "-o", str(tmp_path / "pg"), "--store", pg_url)
    assert lite.returncode == 0 and pg.returncode == 0, lite.stderr + pg.stderr
    for name in ("events.geojson", "events.csv"):
        assert (tmp_path / "pg" / name).read_bytes() == (tmp_path / "lite" / name).read_bytes(), name
    assert not (tmp_path / "pg" / "geostrike.sqlite").exists()
    n = len(json.loads((tmp_path / "lite" / "events.geojson").read_text())["features"])
    assert n > 0
    # The points are PostGIS geometries of SRID 4326, at the event's coordinates, indexed.
    assert _sql(pg_url, "SELECT count(*) FROM geostrike.events WHERE ST_SRID(geom) = 4326 "
                        "AND ST_X(geom) = lon AND ST_Y(geom) = lat") == [(n,)]
    indexes = dict(_sql(pg_url, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'geostrike'"))
    assert "USING gist (geom)" in indexes["events_geom"]
    assert _sql(pg_url, "SELECT count(*) FROM geostrike.mentions WHERE ST_SRID(geom) = 4326 AND ST_X(geom) = lon") \
        == _sql(pg_url, "SELECT count(*) FROM geostrike.mentions WHERE lon IS NOT NULL")
    assert _sql(pg_url, "SELECT version FROM geostrike.schema_version") == [(1,)]
    # A box query uses the index (with sequential scans off, as on a large table).
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("SET enable_seqscan = off")
        plan = con.execute("EXPLAIN SELECT event_id FROM geostrike.events "
                           "WHERE geom && ST_MakeEnvelope(30, 44, 40, 53, 4326)").fetchall()
    assert "events_geom" in " ".join(r[0] for r in plan)


def test_batches_with_edits_and_repeats_store_what_sqlite_stores(results, gs, pg_url, tmp_path):
    # Twice each article, the second time changed, so that a batch also replaces what an
    # earlier article of the same batch merged into a stored event; then a batch alone.
    changed = [Article(r.article.id, r.article.text.replace("June 3", "June 4"), r.article.published)
               for r in results[:3]]
    items = [(r, content_hash(r.article)) for r in [*results, *gs.process(changed), results[0]]]
    with EventStore(tmp_path / "s.sqlite") as lite, PostgisEventStore(pg_url) as pg:
        for batch in (items[:4], items[4:], items[2:3]):
            assert pg.add_articles(batch) == lite.add_articles(batch)
            assert pg.feature_collection() == lite.feature_collection()
            assert pg.counts() == lite.counts()
            # Committed: another connection sees the batch.
            assert _sql(pg_url, "SELECT count(*) FROM geostrike.event_sources") == [(lite.counts()["sources"],)]
            assert pg._con.pg.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        assert pg.is_done("a1", content_hash(results[0].article))
        assert pg.filter_values() == lite.filter_values()


def test_an_article_postgresql_refuses_fails_alone(results, pg_url, tmp_path):
    # PostgreSQL's text holds no NUL character: that article fails, the rest of its batch is stored.
    bad = dataclasses.replace(results[1], mentions=[dataclasses.replace(m, text=m.text + "\x00")
                                                    for m in results[1].mentions])
    items = [(r, content_hash(r.article)) for r in results]
    with EventStore(tmp_path / "s.sqlite") as lite, PostgisEventStore(pg_url) as pg:
        outcomes = pg.add_articles([items[0], (bad, items[1][1]), *items[2:]])
        assert outcomes[1].error and "a2" in outcomes[1].error and "NUL" in outcomes[1].error
        assert lite.add_articles([items[0], *items[2:]]) == [outcomes[0], *outcomes[2:]]
        assert pg.feature_collection() == lite.feature_collection()
        assert pg.counts() == lite.counts()
        assert pg.add_articles(items[1:2]) == lite.add_articles(items[1:2])  # the article, mended
        assert pg.feature_collection() == lite.feature_collection()


def test_rerun_skips_and_a_changed_article_is_replaced(pg_url, tmp_path):
    inp = _write(tmp_path / "in", ARTICLES[:2])

    def both(expect: str) -> None:
        for out, store in (("lite", []), ("pg", ["--store", pg_url])):
            proc = geostrike("run", str(inp), "-o", str(tmp_path / out), *store)
            assert proc.returncode == 0, proc.stderr
            assert expect in proc.stdout, proc.stdout
        assert (tmp_path / "pg" / "events.geojson").read_bytes() == (tmp_path / "lite" / "events.geojson").read_bytes()

    both("2 articles read, 0 skipped (unchanged), 0 failed")
    both("2 articles read, 2 skipped (unchanged), 0 failed; 0 events new, 0 merged into existing")
    _write(inp, [ARTICLES[2]])  # another report of a1's strike
    both("3 articles read, 2 skipped (unchanged), 0 failed; 0 events new, 1 merged into existing")
    _write(inp, [("a1", "Russian drones struck Sumy on June 3, 2024.", None)])  # a1 now tells another strike
    both("3 articles read, 2 skipped (unchanged), 0 failed; 1 events new, 0 merged into existing")
    feats = json.loads((tmp_path / "pg" / "events.geojson").read_text())["features"]
    (kharkiv,) = [f["properties"] for f in feats if f["properties"]["place"] == "Kharkiv"]
    assert kharkiv["sources"] == ["a3"]
    assert _sql(pg_url, "SELECT count(*) FROM geostrike.event_sources WHERE article_id = 'a1'") == [(1,)]
    # An input that cannot be read, and an article in another language, are recorded too.
    (inp / "empty.txt").write_text("", encoding="utf-8")
    (inp / "uk.txt").write_text("Російські дрони атакували Харків уночі 3 червня 2024 року, повідомила влада міста.",
                                encoding="utf-8")
    for out, store in (("lite", []), ("pg", ["--store", pg_url])):
        proc = geostrike("run", str(inp), "-o", str(tmp_path / out), *store)
        assert proc.returncode == 3 and "failed: " in proc.stderr, proc.stderr
    assert dict(_sql(pg_url, "SELECT id, status FROM geostrike.articles WHERE id IN ('empty', 'uk')")) == \
        {"empty": "failed", "uk": "skipped: language uk"}
    assert (tmp_path / "pg" / "events.geojson").read_bytes() == (tmp_path / "lite" / "events.geojson").read_bytes()


@pytest.mark.parametrize("filters", [
    [], ["--since", "2024-06-04"], ["--until", "2024-06-04"], ["--attacker", "ru"], ["--attacker", "UA,none"],
    ["--weapon", "missile"], ["--weapon", "drones"], ["--type", "drone strike"], ["--bbox", "35,49,37.5,51"],
    ["--bbox", "170,-10,-170,10"], ["--min-sources", "2"],
    ["--since", "2024-06-01", "--until", "2024-06-30", "--attacker", "RU", "--weapon", "drone,missile",
     "--type", "drone strike", "--bbox", "22,44,41,53", "--min-sources", "2"],
])
def test_map_with_every_filter_draws_what_the_sqlite_store_draws(filters, mapped, tmp_path):
    lite_db, pg_url = mapped
    outputs = {}
    for name, store in (("lite", str(lite_db)), ("pg", pg_url)):
        proc = geostrike("map", "--store", store, *filters, "-o", str(tmp_path / f"{name}.html"),
                         "--geojson", str(tmp_path / f"{name}.geojson"))
        assert proc.returncode == 0, proc.stderr
        # The map is drawn from the GeoJSON's collection (its element ids are random).
        outputs[name] = (proc.stdout.replace(str(tmp_path / name), "OUT"), proc.stderr,
                         (tmp_path / f"{name}.geojson").read_bytes())
    assert outputs["pg"] == outputs["lite"]
    assert b'"type": "Feature"' in outputs["pg"][2] or "no event passes" in outputs["pg"][1]


@pytest.fixture(scope="module")
def mapped(postgres, tmp_path_factory):
    """ARTICLES run into a SQLite store and into a PostGIS one."""
    tmp = tmp_path_factory.mktemp("mapped")
    inp = _write(tmp / "in", ARTICLES)
    url = postgres.new_database()
    assert geostrike("-q", "run", str(inp), "-o", str(tmp / "lite")).returncode == 0
    assert geostrike("-q", "run", str(inp), "-o", str(tmp / "pg"), "--store", url).returncode == 0
    return tmp / "lite" / "geostrike.sqlite", url


def _start(inputs: Path, out: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geostrike", "-q", "run", str(inputs), "-o", str(out),
                             "--store", url, "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_runs_at_once_store_every_event_once(pg_url, tmp_path):
    # Two writers with different and shared articles; every strike is told by two
    # articles, often one in each writer's share, so that both may create it at once.
    items = corpus(120)
    left = _jsonl(tmp_path / "left" / "news.jsonl", items[:80])
    right = _jsonl(tmp_path / "right" / "news.jsonl", items[40:])
    runs = [_start(left, tmp_path / "out-left", pg_url), _start(right, tmp_path / "out-right", pg_url)]
    for proc in runs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert_consistent(pg_url)
    whole = _jsonl(tmp_path / "all" / "news.jsonl", items)
    assert geostrike("-q", "run", str(whole), "-o", str(tmp_path / "lite")).returncode == 0
    assert geostrike("-q", "map", "--store", pg_url, "-o", str(tmp_path / "pg.html"),
                     "--geojson", str(tmp_path / "pg.geojson")).returncode == 0
    assert strikes(tmp_path / "pg.geojson") == strikes(tmp_path / "lite" / "events.geojson")
    assert _sql(pg_url, "SELECT count(*), count(DISTINCT id) FROM geostrike.articles WHERE status = 'done'") == \
        [(120, 120)]
    # The writer that finished last wrote outputs of everything.
    finals = [strikes(tmp_path / out / "events.geojson") for out in ("out-left", "out-right")]
    assert strikes(tmp_path / "pg.geojson") in finals


def _wait_for_articles(url: str, at_least: int, proc: subprocess.Popen, timeout: float = 300) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it was killed: {proc.stderr.read()}")
        try:
            (n,), = _sql(url, "SELECT count(*) FROM geostrike.articles")
        except psycopg.Error:  # the store's tables are not there yet
            n = 0
        if n >= at_least:
            return n
        time.sleep(0.05)
    pytest.fail("the run stored nothing in time")


def test_kill_9_of_one_of_two_runs_leaves_a_consistent_store_that_the_next_run_completes(pg_url, tmp_path):
    items = corpus(2000)  # enough for the victim to be killed while it has articles in hand
    left = _jsonl(tmp_path / "left" / "news.jsonl", items[:1400])
    right = _jsonl(tmp_path / "right" / "news.jsonl", items[1000:])
    victim = _start(left, tmp_path / "out-left", pg_url)
    other = _start(right, tmp_path / "out-right", pg_url)
    _wait_for_articles(pg_url, 1, victim)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    assert victim.returncode == -signal.SIGKILL
    assert_consistent(pg_url)  # also while the other run goes on writing
    _, err = other.communicate(timeout=600)
    assert other.returncode == 0, err
    assert_consistent(pg_url)
    (done,), = _sql(pg_url, "SELECT count(*) FROM geostrike.articles")
    assert done < len(items)  # the victim's articles in hand are missing …
    again = geostrike("-q", "run", str(left), "-o", str(tmp_path / "out-left"), "--store", pg_url)
    assert again.returncode == 0, again.stderr  # … and the next run completes them
    assert_consistent(pg_url)
    assert _sql(pg_url, "SELECT count(*) FROM geostrike.articles WHERE status = 'done'") == [(len(items),)]
    whole = _jsonl(tmp_path / "all" / "news.jsonl", items)
    assert geostrike("-q", "run", str(whole), "-o", str(tmp_path / "lite")).returncode == 0
    assert strikes(tmp_path / "out-left" / "events.geojson") == strikes(tmp_path / "lite" / "events.geojson")


def test_a_killed_lone_run_is_completed_as_if_never_stopped(pg_url, tmp_path):
    items = corpus(1200)
    news = _jsonl(tmp_path / "in" / "news.jsonl", items)
    victim = _start(news, tmp_path / "out", pg_url)
    n = _wait_for_articles(pg_url, 1, victim)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    assert_consistent(pg_url)
    assert n < len(items)
    assert geostrike("-q", "run", str(news), "-o", str(tmp_path / "out"), "--store", pg_url).returncode == 0
    assert geostrike("-q", "run", str(news), "-o", str(tmp_path / "lite")).returncode == 0
    # One writer: the articles keep the order in which they were read, so the events are the same, byte for byte.
    assert (tmp_path / "out" / "events.geojson").read_bytes() == (tmp_path / "lite" / "events.geojson").read_bytes()


def test_unreachable_server_malformed_url_and_missing_postgis_say_what_to_do(postgres, tmp_path):
    inp = _write(tmp_path / "in", ARTICLES[:1])
    proc = geostrike("run", str(inp), "-o", str(tmp_path / "out"), "--store", "postgresql://u@localhost:notaport/db")
    assert proc.returncode == 2 and "is not a PostgreSQL URL" in proc.stderr, proc.stderr
    proc = geostrike("map", "--store", "mysql://u@localhost/db", "-o", str(tmp_path / "m.html"))
    assert proc.returncode == 2 and "postgresql://user@host/database" in proc.stderr, proc.stderr
    closed = postgres.url("postgres").replace(f":{postgres.port}/", ":1/")
    proc = geostrike("run", str(inp), "-o", str(tmp_path / "out"), "--store", closed)
    assert proc.returncode == 1 and "cannot connect to the PostgreSQL server at 127.0.0.1:1" in proc.stderr
    assert "that the server runs" in proc.stderr
    bare = postgres.new_database(postgis=False)
    proc = geostrike("run", str(inp), "-o", str(tmp_path / "out"), "--store", bare)
    assert proc.returncode == 1 and "has no PostGIS extension" in proc.stderr and "CREATE EXTENSION postgis" in \
        proc.stderr, proc.stderr
    proc = geostrike("map", "--store", postgres.new_database(), "-o", str(tmp_path / "m.html"))
    assert proc.returncode == 1 and "no geostrike event store in this database" in proc.stderr, proc.stderr
    with pytest.raises(StoreError, match="password") as refused:  # a refused login: the password is a cause
        open_store(postgres.url("postgres").replace("postgres@", "nobody:secret@"))
    assert "secret" not in str(refused.value) and "nobody:***@" in str(refused.value)


def test_tables_of_another_version_are_refused(pg_url):
    PostgisEventStore(pg_url).close()
    _sql(pg_url, "UPDATE geostrike.schema_version SET version = 99")
    with pytest.raises(StoreError, match="version 99"):
        PostgisEventStore(pg_url)


def test_merges_are_the_same_strike_rule(results, pg_url):
    # The store's merge is geostrike.store.same_strike: each stored event's sources report one strike.
    with PostgisEventStore(pg_url) as pg:
        pg.add_articles([(r, content_hash(r.article)) for r in results])
    rows = _sql(pg_url, "SELECT e.record::text, s.record::text FROM geostrike.events e "
                        "JOIN geostrike.event_sources s USING (event_id) WHERE s.article_id <> e.article_id")
    assert rows, "a3 reports a1's strike"
    for merged, source in rows:
        assert same_strike(event_from_record(json.loads(merged)), event_from_record(json.loads(source)))
