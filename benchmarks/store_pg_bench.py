"""Commit rate of the PostGIS event store against the SQLite store: 10k synthetic articles, no spaCy.

Both stores are given the same synthetic results (one article, one mention and one strike
event each, as ``benchmarks/store_bench.py`` makes them) in batches of
:data:`geostrike.pipeline.COMMIT_EVERY`, as ``geostrike run`` commits them, starting empty;
the rate is articles committed per second of ``add_articles``. Target: the PostGIS store
at ≥ 0.7× the SQLite store's rate. The events of both stores are checked to be equal.

Without ``--url`` a throw-away PostgreSQL + PostGIS server is started for the run
(``tests/support/postgres.py``, default server settings) and removed afterwards; with
``--url`` the database given is used (its ``geostrike`` schema is dropped first: give a
database of its own).

    python3 benchmarks/store_pg_bench.py [--articles 10000] [--repeat 3] [--url postgresql://…]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from store_bench import synthetic_result

from geostrike.pipeline import COMMIT_EVERY
from geostrike.store import EventStore
from geostrike.store_pg import SCHEMA, PostgisEventStore

TARGET = 0.7


def fill(store: EventStore, items: list) -> float:
    """Seconds to commit ``items`` into ``store`` in batches of COMMIT_EVERY."""
    t0 = time.perf_counter()
    for k in range(0, len(items), COMMIT_EVERY):
        store.add_articles(items[k:k + COMMIT_EVERY])
    return time.perf_counter() - t0


def store_bytes(store: EventStore) -> int:
    """What the store takes on disk: the SQLite file with its WAL, or the tables and indexes."""
    if isinstance(store, PostgisEventStore):
        return store._con.pg.execute(  # type: ignore[attr-defined]
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind = 'r'", (SCHEMA,)).fetchone()[0]
    path = Path(store.path)
    return sum(f.stat().st_size for f in (path, path.with_name(path.name + "-wal")) if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3, help="Fill each store this many times; the medians count.")
    ap.add_argument("--url", help="A PostGIS database of its own to use instead of a throw-away server.")
    args = ap.parse_args()
    rng = random.Random(7)
    items = [(synthetic_result(i, rng), f"hash{i}") for i in range(args.articles)]

    cluster = None
    if args.url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from support.postgres import Cluster, server_bin

        if server_bin() is None:
            sys.exit("no PostgreSQL server with PostGIS here: apt-get install postgresql postgresql-15-postgis-3")
        cluster = Cluster().start()
    try:
        rates: dict[str, list[float]] = {"sqlite": [], "postgis": []}
        for run in range(args.repeat):
            with tempfile.TemporaryDirectory(prefix="geostrike-bench-") as tmp:
                url = cluster.new_database() if cluster else args.url
                if cluster is None:
                    import psycopg

                    with psycopg.connect(url, autocommit=True) as con:
                        con.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
                # Alternate which store goes first, so that neither always meets a warmer machine.
                order = [("sqlite", lambda: EventStore(Path(tmp) / "bench.sqlite")),
                         ("postgis", lambda: PostgisEventStore(url))]
                collections = {}
                for name, opener in order if run % 2 == 0 else order[::-1]:
                    with opener() as store:
                        seconds = fill(store, items)
                        collections[name] = store.feature_collection()
                        counts = store.counts()
                        size = store_bytes(store)
                    rates[name].append(args.articles / seconds)
                    print(f"run {run + 1}  {name:<8} {args.articles / seconds:8.0f} articles/s  ({seconds:.2f} s, "
                          f"{counts['events']} events, {size / 2**20:.1f} MiB, {size / args.articles / 1024:.1f} "
                          "KiB per article)")
                assert collections["sqlite"] == collections["postgis"], "the stores hold different events"
    finally:
        if cluster is not None:
            cluster.stop()
    lite, pg = statistics.median(rates["sqlite"]), statistics.median(rates["postgis"])
    ratio = pg / lite
    print(f"SQLite store   {lite:8.0f} articles/s (median of {args.repeat})")
    print(f"PostGIS store  {pg:8.0f} articles/s (median of {args.repeat})")
    print(f"{'PASS' if ratio >= TARGET else 'FAIL'}: PostGIS at {ratio:.2f}× the SQLite store's rate "
          f"(target ≥ {TARGET}×)")
    sys.exit(0 if ratio >= TARGET else 1)


if __name__ == "__main__":
    main()
