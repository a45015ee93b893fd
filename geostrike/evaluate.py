"""Score geoparser output against gold toponyms (GeoWebNews / LGL style JSON Lines).

The metric follows Gritta et al. (2018) and Wang & Hu (2019), so figures compare with
published ones:

* A predicted toponym **matches** a gold one when the names are equal case-insensitively
  and the span centres, ``(start + end) / 2``, are less than 10 characters apart. Matching
  is one-to-one and greedy: candidate pairs are taken by smallest centre distance, ties
  broken by gold position then prediction position (list order), so results are
  deterministic.
* Gold toponyms without coordinates (``lat``/``lon`` null or missing) are excluded from
  the gold count. They still take part in matching, and a prediction that matches one of
  them is *neutral*: it is counted neither as right nor as wrong (it leaves ``n_pred``).
  Predictions without coordinates cannot be scored and are dropped before matching.
* Precision = matches / predictions, recall = matches / gold, F1 their harmonic mean
  (each 0.0 when its denominator is zero).
* Error is the great-circle distance in km (mean Earth radius 6371 km) over matched pairs;
  acc@161 is the share of pairs with error < 161 km; AUC is the area under the sorted
  curve of ``ln(1 + km) / ln(20039)`` by the trapezoid rule, divided by ``n - 1`` (the
  single value when ``n == 1``). Error statistics are ``None`` without matched pairs.

Documents absent from the predictions count as having no predictions; predictions for
documents absent from the gold are ignored.

Examples
--------
>>> gold = {"d": {"id": "d", "toponyms": [{"start": 0, "end": 5, "name": "Paris", "lat": 48.86, "lon": 2.35}]}}
>>> score(gold, gold).f1
1.0
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .exceptions import ArticleError
from .geo import haversine_km

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the AUC normaliser
ACC_KM = 161.0  # 100 miles
MAX_CENTRE_GAP = 10.0  # centres must be strictly closer than this (characters)

Toponym = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DocCounts:
    """Per-document counts, for debugging a score."""

    doc_id: str
    n_gold: int
    n_pred: int
    n_match: int


@dataclass(frozen=True, slots=True)
class GeoparseScore:
    """Recognition and resolution scores of one corpus.

    Attributes
    ----------
    n_gold, n_pred, n_match : int
        Gold toponyms with coordinates, scored predictions (neutral ones excluded), matches.
    precision, recall, f1 : float
        Recognition scores over matches.
    acc161 : float or None
        Share of matched pairs with error < 161 km.
    mean_km, median_km : float or None
        Mean and median great-circle error of matched pairs.
    auc : float or None
        Normalised area under the sorted log-error curve (lower is better).
    docs : list of DocCounts
        Counts per gold document, in gold order.
    """

    n_gold: int
    n_pred: int
    n_match: int
    precision: float
    recall: float
    f1: float
    acc161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    docs: list[DocCounts] = field(default_factory=list, compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The scores as a plain dictionary (``docs`` as a list of dictionaries)."""
        return asdict(self)


class ErrorCase(NamedTuple):
    """One error: missed gold (``pred`` None), spurious prediction (``gold`` None), or far pair."""

    doc_id: str
    gold: Toponym | None
    pred: Toponym | None
    km: float | None

    @property
    def kind(self) -> str:
        """``missed``, ``spurious`` or ``far``."""
        return "missed" if self.pred is None else "spurious" if self.gold is None else "far"


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a gold or prediction JSON Lines file into a dictionary keyed by ``id``.

    Parameters
    ----------
    path : str or pathlib.Path
        One JSON object per line, each with an ``id``; blank lines are skipped.

    Returns
    -------
    dict of str to dict
        The objects in file order.

    Raises
    ------
    geostrike.exceptions.ArticleError
        When the file cannot be read, or a line is not a JSON object with an ``id``.
    """
    path = Path(path)
    out: dict[str, dict[str, Any]] = {}
    try:
        # split on "\n" only: str.splitlines() would also break at U+2028, U+0085 … inside strings
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{path}, line {n}: invalid JSON ({exc.msg}, column {exc.colno})") from exc
        if not isinstance(obj, dict) or "id" not in obj:
            raise ArticleError(f"{path}, line {n}: expected a JSON object with an 'id'")
        out[str(obj["id"])] = obj
    return out


def auc(errors_km: list[float]) -> float | None:
    """Area under the sorted ``ln(1 + km) / ln(20039)`` curve, trapezoid rule, over ``n - 1``.

    Returns the single value when ``n == 1`` and ``None`` when ``n == 0``.
    """
    ys = sorted(math.log1p(e) / math.log(MAX_ERROR_KM) for e in errors_km)
    if len(ys) < 2:
        return ys[0] if ys else None
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / (len(ys) - 1)


def _has_coords(t: Toponym) -> bool:
    return t.get("lat") is not None and t.get("lon") is not None


def _centre(t: Toponym) -> float:
    return (t["start"] + t["end"]) / 2


def _match(gold: list[Toponym], pred: list[Toponym]) -> list[tuple[int, int]]:
    """One-to-one greedy matching; returns ``(gold index, pred index)`` pairs."""
    pairs = sorted(
        (abs(_centre(g) - _centre(p)), gi, pi)
        for gi, g in enumerate(gold) for pi, p in enumerate(pred)
        if str(g["name"]).casefold() == str(p["name"]).casefold()
        and abs(_centre(g) - _centre(p)) < MAX_CENTRE_GAP)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _pairs(gold_doc: dict[str, Any], pred_doc: dict[str, Any] | None,
           ) -> tuple[list[Toponym], list[Toponym], list[tuple[int, int]]]:
    """Gold toponyms, scorable predictions and their matches for one document."""
    g = list(gold_doc.get("toponyms") or [])
    p = [t for t in (pred_doc or {}).get("toponyms") or [] if _has_coords(t)]
    return g, p, _match(g, p)


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> GeoparseScore:
    """Score predictions against gold.

    Parameters
    ----------
    gold, pred : dict of str to dict
        Documents keyed by id (as returned by :func:`load_jsonl`), each with ``toponyms``.

    Returns
    -------
    GeoparseScore
    """
    docs: list[DocCounts] = []
    errs: list[float] = []
    for doc_id, gdoc in gold.items():
        g, p, matches = _pairs(gdoc, pred.get(doc_id))
        neutral = sum(not _has_coords(g[gi]) for gi, _ in matches)
        scored = [(g[gi], p[pi]) for gi, pi in matches if _has_coords(g[gi])]
        errs += [haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) for a, b in scored]
        docs.append(DocCounts(doc_id, sum(map(_has_coords, g)), len(p) - neutral, len(scored)))
    n_gold, n_pred, n_match = (sum(getattr(d, f) for d in docs) for f in ("n_gold", "n_pred", "n_match"))
    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return GeoparseScore(
        n_gold, n_pred, n_match, prec, rec, f1,
        acc161=sum(e < ACC_KM for e in errs) / len(errs) if errs else None,
        mean_km=statistics.fmean(errs) if errs else None,
        median_km=statistics.median(errs) if errs else None,
        auc=auc(errs), docs=docs)


def errors(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> list[ErrorCase]:
    """Every error, for analysis: missed gold, spurious predictions, pairs ≥ 161 km apart.

    Gold toponyms without coordinates and the predictions matching them are not errors.
    Within a document, errors are ordered by their start offset.

    Returns
    -------
    list of ErrorCase
        ``(doc_id, gold toponym or None, predicted toponym or None, km or None)``.
    """
    out: list[ErrorCase] = []
    for doc_id, gdoc in gold.items():
        g, p, matches = _pairs(gdoc, pred.get(doc_id))
        doc: list[ErrorCase] = []
        matched_g = {gi for gi, _ in matches}
        matched_p = {pi for _, pi in matches}
        doc += [ErrorCase(doc_id, t, None, None) for i, t in enumerate(g) if i not in matched_g and _has_coords(t)]
        doc += [ErrorCase(doc_id, None, t, None) for i, t in enumerate(p) if i not in matched_p]
        for gi, pi in matches:
            a, b = g[gi], p[pi]
            if _has_coords(a) and (km := haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])) >= ACC_KM:
                doc.append(ErrorCase(doc_id, a, b, km))
        out += sorted(doc, key=lambda e: (e.gold or e.pred or {}).get("start", 0))
    return out


def format_table(score: GeoparseScore, title: str = "") -> str:
    """A small aligned text table, one metric per row.

    Parameters
    ----------
    score : GeoparseScore
    title : str
        First line of the table (omitted when empty).
    """
    def fmt(v: float | None, digits: str) -> str:
        return "-" if v is None else format(v, digits)

    rows = [("gold", str(score.n_gold)), ("predicted", str(score.n_pred)), ("matched", str(score.n_match)),
            ("P", fmt(score.precision, ".3f")), ("R", fmt(score.recall, ".3f")), ("F1", fmt(score.f1, ".3f")),
            ("acc@161", fmt(score.acc161, ".3f")), ("mean km", fmt(score.mean_km, ".0f")),
            ("median km", fmt(score.median_km, ".1f")), ("AUC", fmt(score.auc, ".3f"))]
    w = max(len(k) for k, _ in rows)
    v = max(len(x) for _, x in rows)
    lines = [title] if title else []
    return "\n".join(lines + [f"{k:<{w}}  {x:>{v}}" for k, x in rows])
