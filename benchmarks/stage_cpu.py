"""CPU time of geostrike's own stages, without spaCy's: the place component and the events.

The texts are parsed once by the model (without ``geostrike_places``); each repeat then
runs the place component, the resolver and the event stage on fresh copies of those docs
(``Doc.copy``, and with the caches emptied, see :func:`clear_caches`, so that no cache
of a repeat helps the next) and sums
``time.process_time`` per stage. The best repeat is reported, CPU time being what the
other processes on a busy machine disturb least::

    python benchmarks/stage_cpu.py --articles 500 --repeat 5 --corpus real
    python benchmarks/stage_cpu.py --profile events   # pyinstrument, when installed
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import generated_corpus  # noqa: E402

from geostrike.dates import find_anchor  # noqa: E402
from geostrike.events import extract_events  # noqa: E402
from geostrike.models import Article  # noqa: E402
from geostrike.pipeline import Geostrike  # noqa: E402
from geostrike.read import read_articles  # noqa: E402
from geostrike.recognize import mentions  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def corpus(n: int, kind: str) -> list[Article]:
    """``n`` generated reports and/or the project's event corpus (real texts of every kind)."""
    gen = [Article(r["id"], r["text"], date.fromisoformat(r["published"])) for r in generated_corpus(n)]
    real = list(read_articles([REPO / "evaluation/events/dev.jsonl", REPO / "evaluation/events/test.jsonl"]))
    return {"generated": gen, "real": real, "both": gen + real}[kind]


def clear_caches(gs: Geostrike) -> None:
    """Empty the ``functools`` caches of geostrike's modules and the gazetteer's lookup
    caches, so that every repeat starts as a new process would and no repeat reads what an
    earlier one cached."""
    for cache in (gs.gazetteer._entries, gs.gazetteer._lookups, gs.gazetteer._fuzzy):
        cache.clear()
    for name, module in list(sys.modules.items()):
        if name.startswith("geostrike"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
            for cls in (v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name):
                for value in vars(cls).values():
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="generated articles (plus the event corpus)")
    ap.add_argument("--corpus", choices=["generated", "real", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", choices=["places", "events"], help="profile one stage with pyinstrument")
    args = ap.parse_args()

    gs = Geostrike()
    articles = [a for a in corpus(args.articles, args.corpus) if len(a.text) <= gs.chunk_chars]
    places = gs.nlp.get_pipe("geostrike_places")
    with gs.nlp.select_pipes(disable=["geostrike_places"]):
        parsed = [doc for doc, _ in gs.nlp.pipe(((gs._doc(a), a) for a in articles), as_tuples=True)]
    print(f"{len(articles)} articles parsed")

    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        clear_caches(gs)
        spent = {"places": 0.0, "resolve": 0.0, "events": 0.0}
        for base, article in zip(parsed, articles):
            doc = base.copy()
            if profiler and args.profile == "places":
                profiler.start()
            t0 = clock()
            places(doc)
            t1 = clock()
            if profiler and args.profile == "places":
                profiler.stop()
            found = mentions(doc, article)
            resolved = gs.resolver.resolve(article, found)
            anchor = find_anchor(article.text, article.published, None)
            t2 = clock()
            if profiler and args.profile == "events":
                profiler.start()
            extract_events(doc, article, resolved, anchor, [], gs._country)
            t3 = clock()
            if profiler and args.profile == "events":
                profiler.stop()
            spent["places"] += t1 - t0
            spent["resolve"] += t2 - t1
            spent["events"] += t3 - t2
        print("  ".join(f"{k} {v:.3f} s" for k, v in spent.items()))
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    print("best:", "  ".join(f"{k} {v:.3f} s ({1000 * v / len(articles):.3f} ms/article)" for k, v in best.items()))
    if profiler:
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
