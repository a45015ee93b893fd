"""Gazetteer benchmark: build time, index size, lookup latency, peak memory.

Builds the index from the curated sources into a temporary file, then times
``Gazetteer.lookup`` on a fresh instance over a deterministic sample of indexed names
(every k-th row of ``names``): a cold pass (SQLite queries) and a warm pass (cache hits).
Targets from the issue: build <= 60 s, lookup p50 <= 20 µs.

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

from geostrike.gazetteer import Gazetteer, build_index

BUILD_TARGET_S = 60.0
P50_TARGET_US = 20.0


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
        gaz = Gazetteer(path, auto_build=False, progress=False)
        cold = time_lookups(gaz, names)
        warm = time_lookups(gaz, names)
        gaz.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"build time        {build_s:8.1f} s    target <= {BUILD_TARGET_S:.0f} s   {verdict(build_s <= BUILD_TARGET_S)}")
    print(f"index size        {size_mb:8.1f} MB")
    print(f"lookups           {len(names):8d} names")
    for label, xs in (("cold", cold), ("warm", warm)):
        p50 = pct(xs, 50)
        print(f"{label} p50         {p50:8.1f} µs   target <= {P50_TARGET_US:.0f} µs   {verdict(p50 <= P50_TARGET_US)}")
        print(f"{label} p99         {pct(xs, 99):8.1f} µs")
    print(f"peak RSS          {rss_mb:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
