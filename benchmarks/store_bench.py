"""Time map regeneration from the event store: 10k synthetic events, no spaCy.

Fills a temporary store through :meth:`geostrike.store.EventStore.add_article` (one
synthetic article per event, so merging runs too), then times the library call and the
``geostrike map --store`` command, with and without filters. Target: ≤ 2 s for 10k events.

    python3 benchmarks/store_bench.py [--events 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from geostrike.dates import Anchor
from geostrike.models import Article, EventDate, GazetteerEntry, PlaceMention, ResolvedPlace, Source, StrikeEvent
from geostrike.pipeline import ArticleResult
from geostrike.render import write_map
from geostrike.store import EventFilter, EventStore

TARGET_S = 2.0
WEAPONS = {"drone": "drone strike", "missile": "missile strike", "airstrike": "air strike",
           "glide bomb": "air strike", "artillery": "shelling", None: "strike"}


def synthetic_result(i: int, rng: random.Random) -> ArticleResult:
    """One article with one strike event at a random place in Ukraine or western Russia."""
    article_id = f"bench-{i:05d}"
    name = f"Place {rng.randrange(2000)}"
    lat, lon = rng.uniform(44.5, 56.0), rng.uniform(22.5, 40.0)
    entry = GazetteerEntry(id=f"gn:{abs(hash(name)) % 10**7}", name=name, kind="city", country=rng.choice(["UA", "RU"]),
                           admin1=None, lat=lat, lon=lon, population=rng.randrange(500, 10**6))
    sentence = f"{rng.choice(['Russian', 'Ukrainian'])} forces struck {name} overnight, officials said."
    mention = PlaceMention(article_id, name, name, sentence.index(name), sentence.index(name) + len(name), "place",
                           sentence, 0)
    weapon = rng.choice(list(WEAPONS))
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
    ev = StrikeEvent(event_id=f"ev-bench-{i:05d}", article_id=article_id, event_type=WEAPONS[weapon],
                     place=ResolvedPlace(mention, entry, 1, 1.0), attacker=rng.choice(["RU", "UA", None]),
                     weapon=weapon, date=EventDate(day, "day", day.isoformat()), quote=sentence, trigger="struck",
                     quote_start=0, killed=rng.choice([None, 1, 2, 5]), sources=(Source(article_id),))
    article = Article(article_id, sentence, day, f"Report {i}", f"https://example.org/{i}")
    return ArticleResult(article, Anchor(day, "metadata"), [mention], [ev.place], [ev])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="Keep the store and maps in this folder.")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geostrike-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.sqlite"
    db.unlink(missing_ok=True)
    rng = random.Random(7)
    t0 = time.perf_counter()
    with EventStore(db) as store:
        for i in range(args.events):
            store.add_article(synthetic_result(i, rng), f"hash{i}")
        counts = store.counts()
    print(f"filled {db}: {counts['events']} events from {counts['done']} articles in {time.perf_counter() - t0:.1f} s")

    worst = 0.0
    for label, where in [("all", EventFilter()),
                         ("filtered", EventFilter(since=date(2024, 1, 1), attackers=("RU",), bbox=(30, 44, 40, 52)))]:
        t0 = time.perf_counter()
        with EventStore(db, create=False) as store:
            collection = store.feature_collection(where)
        write_map(collection, folder / f"lib-{label}.html")
        dt = time.perf_counter() - t0
        worst = max(worst, dt)
        print(f"library  {label:<9} {len(collection['features']):>6} events  {dt:.2f} s")
        cli_args = ["--since", "2024-01-01", "--attacker", "RU", "--bbox", "30,44,40,52"] if label == "filtered" else []
        t0 = time.perf_counter()
        outputs = ["-o", str(folder / f"cli-{label}.html"), "--geojson", str(folder / f"cli-{label}.geojson")]
        proc = subprocess.run([sys.executable, "-m", "geostrike", "map", "--store", str(db), *cli_args, *outputs],
                              capture_output=True, text=True, check=True)
        dt = time.perf_counter() - t0
        worst = max(worst, dt)
        print(f"command  {label:<9} {proc.stdout.splitlines()[0].split('(')[-1].rstrip(')'):>13}  {dt:.2f} s")
    print(f"{'PASS' if worst <= TARGET_S else 'FAIL'}: slowest {worst:.2f} s (target ≤ {TARGET_S:.0f} s)")
    sys.exit(0 if worst <= TARGET_S else 1)


if __name__ == "__main__":
    main()
