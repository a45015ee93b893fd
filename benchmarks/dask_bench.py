"""Throughput of ``geostrike run --engine dask`` against ``--jobs`` (a script, not a test).

On the same JSON Lines file it times, as whole programs from interpreter start to exit
(as ``benchmarks/throughput.py`` times ``geostrike run``), alternating, ``--repeat`` times:

* ``geostrike run --jobs N`` (a Pool of N forked processes), and
* ``geostrike run --engine dask --jobs N`` (a Dask ``LocalCluster`` of N worker processes,
  one thread each, started by the command),

and prints articles/s of each, the ratio dask / jobs (target >= 0.85 with two workers), the
phases of each run (``geostrike -v run``: until the first result, processing, store,
outputs, and for Dask the cluster's start and the pipeline's load on its workers), peak
memory (summed PSS of each process tree, fork server and workers included), and checks that
both wrote the same ``events.geojson`` and ``events.csv``.

With ``--per-worker`` it also times a Dask run with one worker, for the throughput of one
worker without a neighbour on the other core; it prints the event store's bytes per
article of each run (for ``docs/scaling.md``).

Corpora as in ``throughput.py``: ``generated`` (varied strike reports, about a third of them
re-reports; the default) or ``repeated`` (the examples repeated).

    python3 benchmarks/dask_bench.py --articles 2000 --jobs 2 --repeat 3 --per-worker
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import PeakMemory, _pss_mb, _tree, generated_corpus, load, repeated_corpus  # noqa: E402

TARGET = 0.85


def phases(log: str) -> dict[str, float]:
    """The ``seconds:`` line and the Dask start line of ``geostrike -v run``."""
    out: dict[str, float] = {}
    found = re.search(r"seconds: (.*)", log)
    if found:
        out.update({k: float(v) for k, v in (p.rsplit(" ", 1) for p in found.group(1).split(", "))})
    started = re.search(r"local cluster started in ([\d.]+) s, pipeline loaded on its workers in ([\d.]+) s", log)
    if started:
        out["dask cluster"], out["dask pipeline"] = float(started.group(1)), float(started.group(2))
    return out


class TreeCpu(PeakMemory):
    """Peak PSS, and CPU seconds of a process tree: the last user + system time seen of each
    process (sampled every 50 ms). Unlike RUSAGE_CHILDREN it counts the Dask workers,
    which their fork server, not the command, waits for."""

    def __init__(self, pid: int) -> None:
        super().__init__(pid)
        self.ticks: dict[int, int] = {}

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
                        fields = fh.read().rsplit(")", 1)[1].split()
                    self.ticks[pid] = max(self.ticks.get(pid, 0), int(fields[11]) + int(fields[12]))
                except (OSError, IndexError, ValueError):
                    pass
            self.peak = max(self.peak, _pss_mb(pids))
            self._stop.wait(self.interval)

    @property
    def cpu(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    @property
    def own_cpu(self) -> float:
        """CPU seconds of the command's own process (with ``--engine dask``: the client, its
        scheduler and the store, without the workers)."""
        return self.ticks.get(self.pid, 0) / os.sysconf("SC_CLK_TCK")


def one_run(src: Path, out: Path, jobs: int, dask: bool) -> tuple[float, float, dict[str, float], int, float]:
    """Wall seconds, peak PSS (MB), phases, store bytes and CPU seconds of one ``geostrike run``."""
    cmd = [sys.executable, "-m", "geostrike", "-v", "run", str(src), "-o", str(out), "--jobs", str(jobs)]
    if dask:
        cmd += ["--engine", "dask"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeCpu(proc.pid) as tree:
        stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    ph = phases(stdout + stderr)
    ph["own CPU"] = tree.own_cpu
    return wall, tree.peak, ph, (out / "geostrike.sqlite").stat().st_size, tree.cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", choices=["generated", "repeated"], default="generated")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each engine (median shown)")
    ap.add_argument("--per-worker", action="store_true", help="also time a Dask run with one worker")
    args = ap.parse_args()

    from geostrike.geonames_import import ensure_index

    ensure_index()  # build the index now if its sources changed, not inside a timed run
    records = (generated_corpus if args.corpus == "generated" else repeated_corpus)(args.articles)
    n = len(records)
    words = sum(len(r["text"].split()) for r in records)
    print(f"corpus {args.corpus}: {n} articles, {words:,} words; {args.jobs} workers ({load()})")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "articles.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        runs: dict[str, list[tuple[float, float, dict[str, float], int, float]]] = {"jobs": [], "dask": []}
        outputs: dict[str, set[bytes]] = {"jobs": set(), "dask": set()}
        for i in range(args.repeat):
            for kind in ("jobs", "dask") if i % 2 == 0 else ("dask", "jobs"):
                out = tmp / f"{kind}-{i}"
                runs[kind].append(one_run(src, out, args.jobs, kind == "dask"))
                outputs[kind].add((out / "events.geojson").read_bytes() + (out / "events.csv").read_bytes())
                wall, peak, ph, _, cpu = runs[kind][-1]
                print(f"  run {i + 1} {kind:4s}: {wall:6.1f} s ({n / wall:5.1f} art/s), CPU {cpu:5.1f} s, "
                      f"peak PSS {peak:4.0f} MB; " + ", ".join(f"{k} {v:.1f}" for k, v in ph.items()), flush=True)
        same = len(outputs["jobs"] | outputs["dask"]) == 1
        print(f"events.geojson and events.csv of every run byte-identical: {same}")
        rate = {k: n / statistics.median(r[0] for r in v) for k, v in runs.items()}
        ratio = rate["dask"] / rate["jobs"]
        print(f"median throughput: --jobs {args.jobs} {rate['jobs']:.1f} art/s, "
              f"--engine dask ({args.jobs} workers) {rate['dask']:.1f} art/s; ratio {ratio:.2f} "
              f"(target >= {TARGET}: {'PASS' if ratio >= TARGET else 'FAIL'})")
        cpu = {k: statistics.median(r[4] for r in v) for k, v in runs.items()}
        print(f"median CPU time of the whole process tree: --jobs {cpu['jobs']:.1f} s, dask {cpu['dask']:.1f} s "
              f"(ratio {cpu['jobs'] / cpu['dask']:.2f}; other load on the machine disturbs it less than wall time)")
        for kind, v in runs.items():
            med = {k: statistics.median(r[2].get(k, 0.0) for r in v) for k in v[0][2]}
            # After the first result the workers are loaded and busy: the rate a long run keeps.
            steady = n / (med.get("process", 0) + med.get("store", 0)) if med.get("process") else float("nan")
            print(f"  {kind:4s} median phases: " + ", ".join(f"{k} {s:.1f} s" for k, s in med.items())
                  + f"; after the first result {steady:.1f} art/s")
        store = int(statistics.median(r[3] for r in runs["dask"]))
        print(f"event store: {store:,} bytes for {n} articles, {store / n:,.0f} bytes per article")
        if args.per_worker:
            one = [one_run(src, tmp / f"one-{i}", 1, True) for i in range(max(1, args.repeat // 2))]
            wall = statistics.median(r[0] for r in one)
            ph = {k: statistics.median(r[2].get(k, 0.0) for r in one) for k in one[0][2]}
            steady = n / (ph.get("process", 0) + ph.get("store", 0))
            cpu1 = statistics.median(r[4] for r in one)
            print(f"one Dask worker: {wall:.1f} s ({n / wall:.1f} art/s, {words / wall:,.0f} words/s whole program; "
                  f"{steady:.1f} art/s after the first result), CPU {cpu1:.1f} s ({n / cpu1:.1f} art/s, "
                  f"{words / cpu1:,.0f} words/s per CPU second); {args.jobs} workers: "
                  f"{rate['dask'] / args.jobs:.1f} art/s per worker")
    print(f"({load()})")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
