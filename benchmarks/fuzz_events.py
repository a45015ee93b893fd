"""Fuzz text → events for many examples: the property of ``tests/test_fuzz.py``, longer.

Every generated text (place names, strike verbs, numbers, punctuation and random unicode)
must go through the whole pipeline without an exception or a hang, and every event must
sit on its gazetteer entry's point, within WGS 84 bounds. Hypothesis' example database is
off, so each run is fresh; ``--seed`` makes one repeatable.

    python3 benchmarks/fuzz_events.py [--examples 10000] [--seed N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from test_fuzz import article_texts, check_events, published_dates  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--seed", type=int, help="Hypothesis seed (default: random).")
    args = ap.parse_args()

    from geostrike.pipeline import Geostrike

    gs = Geostrike()
    stats = {"examples": 0, "events": 0}

    @settings(max_examples=args.examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(text=article_texts, published=published_dates)
    def prop(text, published):
        stats["events"] += check_events(gs, text, published)
        stats["examples"] += 1

    if args.seed is not None:
        prop = seed(args.seed)(prop)
    t0 = time.perf_counter()
    try:
        prop()
    finally:
        dt = time.perf_counter() - t0
        print(f"{stats['examples']} examples passed, {stats['events']} events checked in {dt:.1f} s "
              f"({1000 * dt / max(stats['examples'], 1):.1f} ms per text)")


if __name__ == "__main__":
    main()
