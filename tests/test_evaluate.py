"""The geoparsing metric of geostrike.evaluate, rule by rule, on tiny made-up data."""

from __future__ import annotations

import json
import math

import pytest

from geostrike.evaluate import errors, format_table, load_jsonl, score
from geostrike.geo import haversine_km
from geostrike.exceptions import ArticleError

KM_PER_DEG = 6371.0 * math.pi / 180  # along a meridian


def top(name: str, start: int, lat: float | None = 50.0, lon: float | None = 30.0) -> dict:
    return {"start": start, "end": start + len(name), "name": name, "lat": lat, "lon": lon}


def doc(*toponyms: dict, doc_id: str = "a") -> dict[str, dict]:
    return {doc_id: {"id": doc_id, "toponyms": list(toponyms)}}


def north(km: float) -> float:
    """Latitude ``km`` north of 50°N on the 30°E meridian."""
    return 50.0 + km / KM_PER_DEG


def test_exact_self_match():
    g = doc(top("Lviv", 0), top("Odesa", 20, 46.48, 30.73))
    s = score(g, g)
    assert (s.n_gold, s.n_pred, s.n_match) == (2, 2, 2)
    assert s.precision == s.recall == s.f1 == s.acc161 == 1.0
    assert s.mean_km == s.median_km == s.auc == 0.0


@pytest.mark.parametrize("pred_name,matches", [("LVIV", 1), ("lviv", 1), ("Lvivv", 0), ("Lwów", 0)])
def test_names_compare_case_insensitively(pred_name, matches):
    assert score(doc(top("Lviv", 0)), doc(top(pred_name, 0))).n_match == matches


@pytest.mark.parametrize("shift,matches", [(0, 1), (9, 1), (-9, 1), (10, 0), (-10, 0)])
def test_centres_must_be_less_than_ten_characters_apart(shift, matches):
    s = score(doc(top("Sumy", 20)), doc(top("Sumy", 20 + shift)))
    assert s.n_match == matches
    assert s.precision == s.recall == matches


def test_half_character_centres():
    # gold centre 2.0, prediction "Sumy " (end one further) centre 11.5 → 9.5 < 10 matches
    g = doc(top("Sumy", 0))
    p = doc({"start": 9, "end": 14, "name": "Sumy", "lat": 50.0, "lon": 30.0})
    assert score(g, p).n_match == 1


def test_matching_is_one_to_one_and_nearest_first():
    g = doc(top("Kyiv", 0, 50.0, 30.0), top("Kyiv", 6, 10.0, 10.0))
    p = doc(top("Kyiv", 5, 10.0, 10.0))  # 5 from the first, 1 from the second
    s = score(g, p)
    assert (s.n_gold, s.n_pred, s.n_match) == (2, 1, 1)
    assert s.mean_km == 0.0  # it took the nearer gold
    s = score(p, g)  # one gold, two predictions
    assert (s.n_gold, s.n_pred, s.n_match, s.precision) == (1, 2, 1, 0.5)


def test_ties_go_to_the_first_gold():
    g = doc(top("Kyiv", 0, 50.0, 30.0), top("Kyiv", 8, 10.0, 10.0))
    p = doc(top("Kyiv", 4, 50.0, 30.0))  # centre 6, gold centres 2 and 10
    assert score(g, p).mean_km == 0.0


@pytest.mark.parametrize("coordless", [top("Donbas", 10, None, None),
                                       {"start": 10, "end": 16, "name": "Donbas"}])
def test_gold_without_coordinates_is_ignored(coordless):
    g = doc(top("Lviv", 0), coordless)
    s = score(g, doc(top("Lviv", 0), top("Donbas", 10)))
    assert (s.n_gold, s.n_pred, s.n_match) == (1, 1, 1)  # the Donbas prediction is neutral
    assert s.precision == s.recall == 1.0
    assert [e.kind for e in errors(g, doc(top("Lviv", 0)))] == []  # not reported as missed


def test_prediction_without_coordinates_is_dropped():
    s = score(doc(top("Lviv", 0)), doc(top("Lviv", 0, None, None)))
    assert (s.n_pred, s.n_match) == (0, 0)


@pytest.mark.parametrize("km,hit", [(160.0, 1.0), (160.99, 1.0), (161.01, 0.0), (162.0, 0.0)])
def test_acc161_boundary(km, hit):
    p = doc(top("Kharkiv", 0, north(km), 30.0))
    assert haversine_km(50.0, 30.0, north(km), 30.0) == pytest.approx(km, abs=1e-6)
    s = score(doc(top("Kharkiv", 0)), p)
    assert s.acc161 == hit
    assert s.mean_km == pytest.approx(km, abs=1e-6)


def three_pairs() -> tuple[dict, dict]:
    """Errors of 0, 100 and 1000 km."""
    g = doc(top("Lviv", 0), top("Sumy", 20), top("Kyiv", 40))
    p = doc(top("Lviv", 0), top("Sumy", 20, north(1000), 30.0), top("Kyiv", 40, north(100), 30.0))
    return g, p


def test_mean_and_median():
    s = score(*three_pairs())
    assert s.mean_km == pytest.approx(1100 / 3, abs=1e-6)
    assert s.median_km == pytest.approx(100, abs=1e-6)
    assert s.acc161 == pytest.approx(2 / 3)


def test_auc_hand_computed():
    # sorted y = ln(1+e)/ln(20039) for e = 0, 100, 1000 → 0, 0.465918, 0.697471
    # trapezoids (0 + 0.465918)/2 + (0.465918 + 0.697471)/2 = 0.814654; / (3 - 1) = 0.407327
    assert score(*three_pairs()).auc == pytest.approx(0.407327, abs=1e-6)
    one = score(doc(top("Kyiv", 0)), doc(top("Kyiv", 0, north(100), 30.0)))
    assert one.auc == pytest.approx(math.log(101) / math.log(20039))  # n = 1: the single value


def test_empty_inputs():
    s = score({}, {})
    assert (s.n_gold, s.n_pred, s.n_match, s.precision, s.recall, s.f1) == (0, 0, 0, 0.0, 0.0, 0.0)
    assert s.acc161 is s.mean_km is s.median_km is s.auc is None
    assert "F1" in format_table(s, "empty")


def test_missing_prediction_document_counts_as_none():
    g = doc(top("Lviv", 0)) | doc(top("Sumy", 0), doc_id="b")
    s = score(g, doc(top("Lviv", 0)) | doc(top("Paris", 0), doc_id="stray"))
    assert (s.n_gold, s.n_pred, s.n_match, s.recall, s.precision) == (2, 1, 1, 0.5, 1.0)
    assert [(d.doc_id, d.n_gold, d.n_pred, d.n_match) for d in s.docs] == [("a", 1, 1, 1), ("b", 1, 0, 0)]


def test_errors_kinds():
    g = doc(top("Lviv", 0), top("Sumy", 20), top("Kyiv", 40))
    p = doc(top("Lviv", 0), top("Kyiv", 40, north(500), 30.0), top("Moscow", 60))
    got = [(e.kind, (e.gold or e.pred)["name"], e.km and round(e.km)) for e in errors(g, p)]
    assert got == [("missed", "Sumy", None), ("far", "Kyiv", 500), ("spurious", "Moscow", None)]


def test_as_dict_and_table():
    s = score(*three_pairs())
    d = s.as_dict()
    assert d["n_match"] == 3 and d["docs"][0]["doc_id"] == "a"
    lines = format_table(s, "tiny").splitlines()
    assert lines[0] == "tiny"
    assert any(line.split() == ["F1", "1.000"] for line in lines)
    assert len({len(line) for line in lines[1:]}) == 1  # aligned


def test_load_jsonl(tmp_path):
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps({"id": "x", "toponyms": []}) + "\n\n" + '{"id": "y", "toponyms": [}\n')
    with pytest.raises(ArticleError, match=r"gold\.jsonl, line 3"):
        load_jsonl(f)
    f.write_text(json.dumps({"id": "x", "text": "a\u2028b\x85c"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    assert load_jsonl(f)["x"]["text"] == "a\u2028b\x85c"  # only "\n" ends a line


def test_gold_against_itself(shared, tmp_path):
    head = (shared / "eval" / "gwn.jsonl").read_text(encoding="utf-8").splitlines()[:20]
    f = tmp_path / "gwn20.jsonl"
    f.write_text("\n".join(head) + "\n", encoding="utf-8")
    gold = load_jsonl(f)
    s = score(gold, gold)
    assert len(gold) == 20 and s.n_gold > 0
    assert s.precision == s.recall == s.f1 == s.acc161 == 1.0
    assert s.mean_km == 0.0
