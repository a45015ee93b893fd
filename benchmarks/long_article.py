"""Time and peak memory of one long article (a script, not a test).

One article of each size (default 100k, 400k and 1.6M characters) is processed in a
fresh process: the pipeline is loaded first (not timed), then the article goes through
every stage (``Geostrike.process``: recognition, resolution, events, merging). The script
prints the wall and CPU seconds, the stage times, the events, and the peak resident
memory of the process (model included), and checks the targets: 400k takes at most 4.5
times as long as 100k, 1.6M at most 18 times, and peak memory at 1.6M stays under 1 GB.
The ratios are of CPU time (the process's own), which other work on a shared machine
disturbs less than wall time; both are printed.

Corpora (``--corpus``):

* ``repeated`` (default): the project's example articles one after another, repeated to
  the size, as a live blog that keeps retelling the same strikes (the reports merge into
  the same dozen events, so the cost is that of the text itself);
* ``live``: varied strike reports (``benchmarks/throughput.py``'s generator: 60 towns, two
  years of dates) as the updates of one live blog; the number of distinct events grows
  with the text, and so does the cost of merging them within the article.

    python3 benchmarks/long_article.py
    python3 benchmarks/long_article.py --sizes 100000 400000 --corpus live
    python3 benchmarks/long_article.py --command   # also time 'geostrike run' on each article
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

SIZES = (100_000, 400_000, 1_600_000)
TARGETS = {400_000: 4.5, 1_600_000: 18.0}  # time against the smallest size
MEMORY_TARGET_MB = 1024


def long_text(chars: int, corpus: str) -> str:
    """One article of ``chars`` characters, paragraphs separated by blank lines."""
    if corpus == "repeated":
        from geostrike.read import read_articles

        texts = [a.text for a in read_articles([REPO / "examples"])]
    else:
        from throughput import generated_corpus

        texts = [r["text"] for r in generated_corpus(max(50, chars // 400), seed=11)]
    parts, n, i = [], 0, 0
    while n < chars:
        parts.append(texts[i % len(texts)])
        n += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def child(chars: int, corpus: str) -> None:
    """Measure one size in this process and print the result as JSON."""
    from geostrike.models import Article
    from geostrike.pipeline import Geostrike

    text = long_text(chars, corpus)
    gs = Geostrike()
    next(gs.process([Article("warm-up", "Russian drones struck Kharkiv on Monday.")]))
    gs.timings.clear()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    result = next(gs.process([Article("live", text, date(2024, 6, 1))]))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"chars": len(text), "seconds": seconds, "cpu": cpu, "events": len(result.events),
                      "mentions": len(result.mentions), "stages": dict(gs.timings),
                      "loaded_mb": before, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(chars: int, corpus: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(chars), "--corpus", corpus],
                          capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"the measurement of {chars:,} characters failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def command(chars: int, corpus: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of ``geostrike run`` on one article of ``chars``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "live.txt"
        path.write_text(long_text(chars, corpus), encoding="utf-8")
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "geostrike", "-q", "run", str(path), "-o", str(Path(tmp) / "out"),
                                 "--date", "2024-06-01", "-j", "1"], stderr=subprocess.PIPE, cwd=REPO)
        err = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        if status != 0:
            raise SystemExit(f"geostrike run failed on {chars:,} characters:\n{err.decode(errors='replace')}")
        return seconds, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="article sizes in characters")
    parser.add_argument("--corpus", choices=["repeated", "live"], default="repeated")
    parser.add_argument("--repeat", type=int, default=1, help="measurements per size (the median is kept)")
    parser.add_argument("--command", action="store_true", help="also time 'geostrike run' on each article")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus)
        return 0
    print(f"one article, corpus {args.corpus!r}; the pipeline loaded before timing; median of {args.repeat}")
    print(f"{'characters':>11} {'wall s':>7} {'CPU s':>7} {'× first':>8} {'target':>7} {'peak MB':>8} {'events':>7} "
          f"{'mentions':>9}  stages (s)")
    rows = {}
    ok = True
    for chars in args.sizes:
        runs = [measure(chars, args.corpus) for _ in range(args.repeat)]
        r = dict(sorted(runs, key=lambda x: x["cpu"])[len(runs) // 2])
        r["seconds"] = statistics.median(x["seconds"] for x in runs)
        r["cpu"] = statistics.median(x["cpu"] for x in runs)
        r["peak_mb"] = max(x["peak_mb"] for x in runs)
        rows[chars] = r
        ratio = r["cpu"] / rows[args.sizes[0]]["cpu"]
        target = TARGETS.get(chars) if args.sizes[0] == SIZES[0] else None
        passed = target is None or ratio <= target
        ok &= passed
        stages = ", ".join(f"{k.split(' ')[0]} {v:.1f}" for k, v in r["stages"].items())
        print(f"{r['chars']:>11,} {r['seconds']:>7.1f} {r['cpu']:>7.1f} {ratio:>8.2f} {('≤ %.1f' % target) if target else '':>7} "
              f"{r['peak_mb']:>8.0f} {r['events']:>7} {r['mentions']:>9}  {stages}"
              f"{'' if passed else '  FAIL'}")
    big = rows.get(SIZES[-1])
    if big is not None:
        passed = big["peak_mb"] <= MEMORY_TARGET_MB
        ok &= passed
        print(f"peak memory at {SIZES[-1]:,} characters: {big['peak_mb']:.0f} MB (target ≤ {MEMORY_TARGET_MB} MB) "
              f"{'PASS' if passed else 'FAIL'}")
    if args.command:
        print("geostrike run on each article as a file (whole command, one process):")
        for chars in args.sizes:
            seconds, peak = command(chars, args.corpus)
            print(f"{chars:>11,} characters: {seconds:6.1f} s, peak {peak:.0f} MB")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
