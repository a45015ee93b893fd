"""End-to-end geoparsing score of the geostrike pipeline on gold JSON Lines corpora.

Runs ``Geostrike().process`` on every gold text and prints the metric table of
:mod:`geostrike.evaluate` (P, R, F1, acc@161, mean/median km, AUC). With ``--errors N``
also prints the first N errors of each kind (missed / spurious / far).

    python3 benchmarks/eval_geoparse.py                      # ../shared/eval/{gwn,lgl}.jsonl
    python3 benchmarks/eval_geoparse.py gold.jsonl --errors 20 --save-pred out/
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from geostrike.evaluate import errors, format_table, load_jsonl, score
from geostrike.models import Article
from geostrike.pipeline import Geostrike

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def predict(gs: Geostrike, gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Predictions in the ``geostrike geoparse`` format, keyed by id."""
    out = {}
    for r in gs.process(Article(doc_id, d["text"]) for doc_id, d in gold.items()):
        out[r.article.id] = {"id": r.article.id, "toponyms": [p.toponym() for p in r.places]}
    return out


def show_errors(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]], n: int) -> None:
    found = errors(gold, pred)
    for kind in ("missed", "spurious", "far"):
        cases = [e for e in found if e.kind == kind]
        print(f"\n{kind} ({len(cases)})")
        for e in cases[:n]:
            t = e.gold or e.pred
            ctx = gold[e.doc_id]["text"][max(0, t["start"] - 30):t["end"] + 30].replace("\n", " ")
            extra = (f" -> {e.pred['gazetteer_id']} {e.pred['country']} {e.km:.0f} km" if e.km is not None
                     else f" [{e.pred['gazetteer_id']}]" if e.pred else "")
            print(f"  {e.doc_id:>9}  {t['name']!r}{extra}   …{ctx}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold JSONL (default: the shared GWN and LGL corpora)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors of each kind")
    ap.add_argument("--save-pred", type=Path, metavar="DIR", help="also write predictions as DIR/<corpus>.pred.jsonl")
    args = ap.parse_args(argv)
    paths = args.gold or [p for p in (SHARED_EVAL / "gwn.jsonl", SHARED_EVAL / "lgl.jsonl") if p.is_file()]
    if not paths:
        ap.error("no gold file given and ../shared/eval is absent")
    gs = Geostrike()
    for path in paths:
        gold = load_jsonl(path)
        pred = predict(gs, gold)
        if args.save_pred:
            args.save_pred.mkdir(parents=True, exist_ok=True)
            (args.save_pred / f"{path.stem}.pred.jsonl").write_text(
                "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in pred.values()), encoding="utf-8")
        print(format_table(score(gold, pred), f"{path.name} ({len(gold)} documents)"))
        if args.errors:
            show_errors(gold, pred, args.errors)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
