"""``geostrike eval events``: the event scorer, rule by rule, on tiny gold and GeoJSON files
written here, with figures worked out by hand; plus one end-to-end run of the pipeline and
the equality with ``../shared/eval/score_points.py``."""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geostrike.cli import cli
from geostrike.evaluate_events import (
    GoldEvent, Prediction, Predictions, evaluate, load_gold, match_events, min_cost_assignment,
)
from geostrike.exceptions import ArticleError

KM_PER_DEG = 6371.0 * math.pi / 180  # along a meridian, where the haversine distance is exact
SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def north(km: float, lat: float = 50.0) -> float:
    """The latitude ``km`` north of ``lat`` on one meridian."""
    return lat + km / KM_PER_DEG


def feature(lat: float, lon: float = 30.0, **props: object) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def event(lat: float, lon: float = 30.0, **attrs: object) -> dict:
    return {"place": attrs.pop("place", f"P{lat:.3f}"), "lat": lat, "lon": lon, **attrs}


def write(tmp_path: Path, gold: list[dict], features: list[dict]) -> tuple[Path, Path]:
    g = tmp_path / "gold.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in gold), encoding="utf-8")
    p = tmp_path / "events.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return g, p


def scores(gold: Path, pred: Path, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["eval", "events", str(gold), "--pred", str(pred), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- (a) one gold point per item ----------------------------------------------------------

POINT_GOLD = [
    {"id": "a1", "text": "t", "gold": {"lat": 50.0, "lon": 30.0, "town": "Alpha"}},
    {"id": "a2", "text": "t", "event": {"lat": 50.0, "lon": 30.0, "location_text": "Beta"}},
    {"id": "a3", "text": "t", "gold": {"lat": 50.0, "lon": 30.0}},
]
POINT_FEATURES = [
    feature(north(10), sources=["a1", "a2"], article_id="a1", place="Merged"),  # a merged event: for a1 and a2
    feature(north(40), sources=["a1"], place="Far", trigger="hit", quote="Far was hit."),
    feature(north(5), article_id="zz", place="Elsewhere"),  # no gold item: not scored
    feature(north(1), article_id="a2", place="Near"),  # no sources: article_id
    {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {"sources": ["a3"]}},
]


def test_points_recall_precision_and_merged_sources(tmp_path):
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)
    s = scores(g, p)
    # a1: Merged 10 km (good), Far 40 km (bad) → hit; a2: Merged 10 km, Near 1 km → hit; a3: nothing
    assert s["points"]["all"] == {"km": 25.0, "items": 3, "hit": 2, "recall": 2 / 3, "predicted": 4, "good": 3,
                                  "precision": 0.75, "items_without_event": 1}
    assert s["unlinked_features"] == 1 and "events" not in s
    tight = scores(g, p, "--km", "5")["points"]["all"]  # only Near (1 km) is within 5 km, for a2
    assert (tight["hit"], tight["good"], tight["predicted"]) == (1, 1, 4)


def test_points_table_and_verbose_lists(tmp_path):
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)
    result = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p), "-v"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert re.search(r"recall@25km\s+0\.667 \(2/3\)", out)
    assert re.search(r"precision@25km\s+0\.750 \(3/4\)", out)
    assert re.search(r"items without an event\s+1", out)
    assert "misses (1)" in out and "a3  (50.0000, 30.0000)  nearest: no prediction" in out
    assert "false positives (1)" in out and "a1  Far" in out and "'hit'" in out and "Far was hit." in out


def _score_points(gold: Path, pred: Path, km: str = "25") -> tuple[int, ...]:
    proc = subprocess.run([sys.executable, str(SHARED_EVAL / "score_points.py"), str(gold), str(pred),
                           "--km", km, "--min", "0"], capture_output=True, text=True, check=True)
    m = re.search(r"\((\d+)/(\d+)\).*\((\d+)/(\d+)\), items without a feature (\d+)", proc.stdout)
    assert m, proc.stdout
    return tuple(map(int, m.groups()))


def _ours(gold: Path, pred: Path, km: str = "25") -> tuple[int, ...]:
    a = scores(gold, pred, "--km", km)["points"]["all"]
    return a["hit"], a["items"], a["good"], a["predicted"], a["items_without_event"]


def test_points_equal_the_shared_score_points_script(tmp_path):
    if not (SHARED_EVAL / "score_points.py").is_file():
        pytest.skip("../shared/eval/score_points.py is not beside the repository")
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)
    for km in ("25", "5", "0.5"):
        assert _ours(g, p, km) == _score_points(g, p, km)
    # and on a shared dev set, against a GeoJSON of many merged events made here from its own gold
    dev = SHARED_EVAL / "events-dev" / "cir.dev.jsonl"
    if dev.is_file():
        rng = random.Random(7)
        gold = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
        feats = []
        for d in gold:
            pt = d.get("gold") or d.get("event")
            for _ in range(rng.randrange(3)):
                others = rng.sample(gold, rng.randrange(3))
                feats.append(feature(pt["lat"] + rng.uniform(-0.4, 0.4), pt["lon"] + rng.uniform(-0.4, 0.4),
                                     sources=[d["id"], *(o["id"] for o in others if o["id"] != d["id"])]))
        pred = tmp_path / "dev.geojson"
        pred.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
        assert _ours(dev, pred) == _score_points(dev, pred)


# -- (b) full gold events per item --------------------------------------------------------

def test_matching_maximises_pairs_not_nearest_first(tmp_path):
    # E1 at 0 km (radius 25), E2 at 28 km (radius 20); P1 at 10 km, P2 at -20 km.
    # Nearest first would pair E1–P1 (10 km) and leave E2 (P2 is 48 km away) unmatched;
    # the optimal matching pairs E1–P2 (20 km) and E2–P1 (18 km).
    gold = [{"id": "b1", "text": "t", "events": [event(north(0), km=25), event(north(28), km=20)]}]
    g, p = write(tmp_path, gold, [feature(north(10), sources=["b1"]), feature(north(-20), sources=["b1"])])
    e = scores(g, p)["events"]["all"]
    assert (e["gold"], e["predicted"], e["matched"], e["recall"], e["precision"], e["f1"]) == (2, 2, 2, 1.0, 1.0, 1.0)
    # With --km 15 as the default radius of E1 only P1 (10 km) reaches E1, and E2 keeps its own 20 km:
    # one pair at most (E1–P1 or E2–P1), the nearer one wins: E2–P1 at 18 km loses to E1–P1 at 10 km.
    gold[0]["events"][0].pop("km")
    g, p = write(tmp_path, gold, [feature(north(10), sources=["b1"]), feature(north(-20), sources=["b1"])])
    s = scores(g, p, "--km", "15", "-v")
    assert s["events"]["all"]["matched"] == 1
    (miss,) = s["misses"]
    assert miss["place"] == f"P{north(28):.3f}" and miss["nearest_km"] == pytest.approx(18.0)


def test_ties_broken_by_distance():
    gold = [GoldEvent("A", north(0), 30.0, 25), GoldEvent("B", north(10), 30.0, 25)]
    preds = [Prediction(0, north(11), 30.0, {}), Prediction(1, north(1), 30.0, {})]
    assert [(g, p) for g, p, _ in match_events(gold, preds)] == [(0, 1), (1, 0)]


def test_min_cost_assignment_is_optimal():
    rng = random.Random(3)
    for _ in range(300):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        cost = [[rng.choice([rng.uniform(0, 30), 1000.0]) for _ in range(cols)] for _ in range(rows)]
        got = min_cost_assignment(cost)
        assert len(got) == min(rows, cols)
        assert len({i for i, _ in got}) == len({j for _, j in got}) == len(got)
        if rows <= cols:
            best = min(sum(cost[i][j] for i, j in enumerate(perm))
                       for perm in itertools.permutations(range(cols), rows))
        else:
            best = min(sum(cost[i][j] for j, i in enumerate(perm))
                       for perm in itertools.permutations(range(rows), cols))
        assert sum(cost[i][j] for i, j in got) == pytest.approx(best)


def test_merged_event_counts_for_every_source(tmp_path):
    gold = [{"id": "m1", "text": "t", "events": [event(50.0)]},
            {"id": "m2", "text": "t", "events": [event(50.0)]},
            {"id": "m3", "text": "t", "events": [event(50.0)]}]
    g, p = write(tmp_path, gold, [feature(north(3), sources=["m1", "m2"], article_id="m1"),
                                  feature(north(2), article_id="m3")])
    e = scores(g, p)["events"]["all"]
    assert (e["gold"], e["predicted"], e["matched"]) == (3, 3, 3)


ATTR_GOLD = {"id": "c1", "genre": "telegram", "split": "dev", "text": "t", "events": [
    event(48.0, 35.0, place="Gamma", attacker="RU", event_type="drone strike", weapon="drone",
          weapon_system="Shahed/Geran", date="2024-07-08", launched=None, intercepted=None, killed=2, injured=5),
    event(46.48, 30.73, place="Delta", attacker="RU", date="2024-07-08", killed=None)]}
ATTR_FEATURES = [
    feature(48.0, 35.0, sources=["c1"], attacker="ru", event_type="Drone-strike", weapon="drone",
            weapon_system="shahed / geran", date="2024-07-08", date_precision="day",
            launched=None, intercepted=None, killed=2, injured=4),
    feature(46.48, 30.73, sources=["c1"], attacker=None, date="2024-07", date_precision="month", killed=None),
]


def test_attribute_agreement_per_attribute(tmp_path):
    g, p = write(tmp_path, [ATTR_GOLD], ATTR_FEATURES)
    a = scores(g, p)["events"]["all"]["attributes"]
    got = {k: (v["agree"], v["compared"]) for k, v in a.items()}
    assert got == {"attacker": (1, 2), "event_type": (1, 1), "weapon": (1, 1), "weapon_system": (1, 1),
                   "date": (1, 2), "launched": (1, 1), "intercepted": (1, 1), "killed": (2, 2),
                   "injured": (0, 1), "counts exact": (1, 2)}
    assert a["attacker"]["rate"] == 0.5 and a["injured"]["rate"] == 0.0


def test_traps_and_items_without_gold_events(tmp_path):
    gold = [{"id": "t1", "genre": "telegram", "split": "test", "text": "t", "events": [],
             "traps": [{"place": "Kursk", "lat": 51.73, "lon": 36.19, "km": 10, "why": "launch site"}]}]
    g, p = write(tmp_path, gold, [feature(51.75, 36.2, sources=["t1"], place="Kursk", trigger="launched",
                                          quote="Drones launched from Kursk.", killed=1),
                                  feature(50.0, 30.0, sources=["t1"], place="Kyiv")])
    s = scores(g, p, "-v")
    e = s["events"]["all"]
    assert (e["gold"], e["predicted"], e["matched"], e["precision"], e["trap_hits"]) == (0, 2, 0, 0.0, 1)
    assert (e["items_without_gold_events"], e["false_positives_in_items_without_gold_events"]) == (1, 2)
    # no gold event states 0 of everything: the predicted death overflows
    assert e["count_overflow"]["killed"] == {"items": 1, "checked": 1}
    assert e["count_overflow"]["any"] == {"items": 1, "checked": 1}
    assert [(f["place"], f["trap"]) for f in s["false_positives"]] == [("Kursk", "Kursk (launch site)"), ("Kyiv", None)]
    result = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p), "-v"])
    assert "TRAP Kursk (launch site)" in result.output and "Drones launched from Kursk." in result.output


def test_count_overflow_against_summary_totals(tmp_path):
    gold = [{"id": "o1", "text": "t", "events": [
        event(49.0, 32.0, place="Ukraine", role="summary", launched=40, intercepted=35),
        event(50.45, 30.52, place="Kyiv", launched=None, intercepted=None, killed=1, injured=None)]}]
    g, p = write(tmp_path, gold, [feature(50.45, 30.52, sources=["o1"], launched=40, intercepted=35, killed=1),
                                  feature(49.84, 24.03, sources=["o1"], launched=10)])
    e = scores(g, p)["events"]["all"]
    assert (e["gold"], e["predicted"], e["matched"]) == (2, 2, 1)  # Kyiv–Kyiv; the summary and Lviv unmatched
    # launched 40 + 10 > 40 stated; intercepted 35 ≤ 35; killed 1 ≤ 1; injured 0 ≤ 0
    assert {k: v["items"] for k, v in e["count_overflow"].items()} == {
        "launched": 1, "intercepted": 0, "killed": 0, "injured": 0, "any": 1}
    assert e["attributes"]["launched"] == {"agree": 0, "compared": 1, "rate": 0.0}  # Kyiv's gold says null


def test_a_predicted_summary_is_checked_apart_from_the_places_it_breaks_down(tmp_path):
    gold = [{"id": "o2", "text": "t", "events": [
        event(48.38, 31.17, km=700, place="Ukraine", role="summary", launched=33, intercepted=29),
        event(46.03, 29.76, km=150, place="Odesa Oblast", launched=None, intercepted=12),
        event(47.09, 31.65, km=150, place="Mykolaiv Oblast", launched=None, intercepted=9)]}]
    right = [feature(48.5, 31.2, sources=["o2"], role="summary", launched=33, intercepted=29),
             feature(46.03, 29.76, sources=["o2"], intercepted=12), feature(47.09, 31.65, sources=["o2"], intercepted=9)]
    g, p = write(tmp_path, gold, right)
    assert scores(g, p)["events"]["all"]["count_overflow"]["any"]["items"] == 0
    copied = [feature(48.5, 31.2, sources=["o2"], role="summary", launched=33, intercepted=29),
              feature(46.03, 29.76, sources=["o2"], intercepted=29), feature(47.09, 31.65, sources=["o2"], intercepted=29)]
    g, p = write(tmp_path, gold, copied)
    overflow = scores(g, p)["events"]["all"]["count_overflow"]
    assert overflow["intercepted"]["items"] == 1 and overflow["launched"]["items"] == 0


def _mixed(tmp_path: Path) -> tuple[Path, Path]:
    b1 = {"id": "w1", "genre": "wire", "split": "dev", "text": "t",
          "events": [event(north(0)), event(north(28), km=20)]}
    t1 = {"id": "t1", "genre": "telegram", "split": "test", "text": "t", "events": [],
          "traps": [{"place": "Kursk", "lat": 51.73, "lon": 36.19, "km": 10}]}
    feats = [feature(north(10), sources=["w1"]), feature(north(-20), sources=["w1"]),
             feature(51.75, 36.2, sources=["t1"]), *ATTR_FEATURES]
    return write(tmp_path, [b1, ATTR_GOLD, t1], feats)


def test_per_genre_figures_and_split(tmp_path):
    g, p = _mixed(tmp_path)
    s = scores(g, p)
    by = s["events"]["by_genre"]
    assert sorted(by) == ["telegram", "wire"]
    assert (by["wire"]["items"], by["wire"]["gold"], by["wire"]["matched"], by["wire"]["predicted"]) == (1, 2, 2, 2)
    assert (by["telegram"]["items"], by["telegram"]["gold"], by["telegram"]["matched"],
            by["telegram"]["predicted"], by["telegram"]["trap_hits"]) == (2, 2, 2, 3, 1)
    a = s["events"]["all"]
    assert (a["items"], a["gold"], a["predicted"], a["matched"], a["trap_hits"]) == (3, 4, 5, 4, 1)
    dev = scores(g, p, "--split", "dev")
    assert dev["split"] == "dev" and dev["items"] == 2
    assert (dev["events"]["all"]["predicted"], dev["events"]["all"]["trap_hits"]) == (4, 0)
    assert dev["events"]["by_genre"]["telegram"]["items"] == 1
    assert scores(g, p, "--split", "test")["events"]["all"]["items"] == 1


def test_human_table_has_a_column_per_genre(tmp_path):
    g, p = _mixed(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p)])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.strip().startswith("all"))
    assert header.split() == ["all", "telegram", "wire"]
    assert re.search(r"^recall\s+1\.000 \(4/4\)\s+1\.000 \(2/2\)\s+1\.000 \(2/2\)$", result.output, re.M)
    assert re.search(r"^precision\s+0\.800 \(4/5\)\s+0\.667 \(2/3\)\s+1\.000 \(2/2\)$", result.output, re.M)
    assert re.search(r"^trap hits\s+1\s+1\s+0$", result.output, re.M)
    test = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p), "--split", "test"])
    header = next(line for line in test.output.splitlines() if line.strip().startswith("all"))
    assert header.split() == ["all", "telegram"]
    # items without a genre: the overall column only
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)
    plain = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p)])
    header = next(line for line in plain.output.splitlines() if line.strip().startswith("all"))
    assert header.split() == ["all"]


def test_split_matching_nothing_is_a_usage_error(tmp_path):
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)  # no item has a split
    result = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(p), "--split", "dev"])
    assert result.exit_code == 2 and "no item of" in result.output and "'dev'" in result.output


@pytest.mark.parametrize("line,message", [
    ('{"id": "x", "text": "t", "gold": {"lat": 50, "lon": 30}', "line 2: invalid JSON"),
    ('{"id": "x", "text": "t"}', "line 2: expected 'events'"),
    ('{"text": "t", "gold": {"lat": 50, "lon": 30}}', "line 2: expected a JSON object with an 'id'"),
    ('{"id": "x", "gold": {"lat": "50", "lon": 30}}', "line 2: 'gold' needs numeric 'lat'"),
    ('{"id": "x", "events": [{"lat": 50, "lon": 30}, {"lat": 50}]}', "line 2: event 2 needs numeric 'lat'"),
    ('{"id": "x", "events": [{"lat": 50, "lon": 30, "km": 0}]}', "line 2: event 1 'km' must be a positive number"),
    ('{"id": "x", "events": [{"lat": 50, "lon": 30, "killed": "3"}]}', "line 2: event 1 'killed' must be"),
    ('{"id": "x", "events": {}}', "line 2: 'events' must be a list"),
    ('{"id": "x", "events": [], "traps": [{"lat": 50}]}', "line 2: trap 1 needs numeric 'lat'"),
    ('{"id": "a1", "gold": {"lat": 50, "lon": 30}}', "line 2: id 'a1' is already used on line 1"),
])
def test_bad_gold_line_names_file_and_line(tmp_path, line, message):
    g = tmp_path / "bad.jsonl"
    g.write_text(json.dumps(POINT_GOLD[0]) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=re.escape(message)):
        load_gold(g)
    result = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(g)])
    assert result.exit_code == 1
    assert f"{g}, {message}" in result.output


def test_unreadable_files_exit_1_and_usage_problems_exit_2(tmp_path):
    g, p = write(tmp_path, POINT_GOLD, POINT_FEATURES)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"id": "\xe9", "gold": {"lat": 50, "lon": 30}}\n')
    r = CliRunner().invoke(cli, ["eval", "events", str(latin), "--pred", str(p)])
    assert r.exit_code == 1 and "cannot read" in r.output
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "events", str(tmp_path / "empty.jsonl"), "--pred", str(p)])
    assert r.exit_code == 1 and "no gold items" in r.output
    r = CliRunner().invoke(cli, ["eval", "events", str(g), "--pred", str(g)])  # JSON Lines is no GeoJSON
    assert r.exit_code == 1 and "not a readable GeoJSON file" in r.output
    assert CliRunner().invoke(cli, ["eval", "events", str(tmp_path / "missing.jsonl")]).exit_code == 2
    assert CliRunner().invoke(cli, ["eval", "events", str(g), "--km", "0"]).exit_code == 2
    notext = tmp_path / "notext.jsonl"
    notext.write_text('{"id": "x", "gold": {"lat": 50, "lon": 30}}\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "events", str(notext)])  # nothing to run the pipeline on
    assert r.exit_code == 2 and "line 1: no 'text'" in r.output


def test_library_api_without_items_or_predictions():
    assert evaluate([], Predictions({}, 0)).as_dict() == {"km": 25.0, "unlinked_features": 0}


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["eval", "events", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--split" in result.output


# -- end to end: the real pipeline --------------------------------------------------------

E2E_GOLD = [
    {"id": "e2e-1", "genre": "wire", "split": "dev", "published": "2024-05-10",
     "text": "Russian drones struck Kharkiv overnight, injuring 3 people.",
     "events": [{"place": "Kharkiv", "lat": 49.9935, "lon": 36.2304, "km": 25, "event_type": "drone strike",
                 "attacker": "RU", "weapon": "drone", "injured": 3, "date": "2024-05-10"}]},
    {"id": "e2e-2", "genre": "telegram", "split": "dev", "published": "2024-05-11",
     "text": "A missile hit a grain terminal in Odesa port on Saturday, the regional governor said.",
     "events": [{"place": "Odesa", "lat": 46.4775, "lon": 30.7326, "km": 25, "weapon": "missile",
                 "date": "2024-05-11"}]},
    {"id": "e2e-3", "genre": "wire", "split": "test", "published": "2024-05-12",
     "text": "The mayor of Lviv opened a new public library on Monday.", "events": [], "traps": []},
]


@pytest.mark.slow
def test_end_to_end_runs_the_pipeline(tmp_path):
    g = tmp_path / "gold.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in E2E_GOLD), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "events", str(g), "--json", "-j", "1"])
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    e = s["events"]["all"]
    assert (e["items"], e["gold"], e["items_without_gold_events"]) == (3, 2, 1)
    assert (e["matched"], e["predicted"], e["recall"], e["precision"]) == (2, 2, 1.0, 1.0)
    assert e["false_positives_in_items_without_gold_events"] == 0
    for k in ("attacker", "event_type", "weapon", "date", "injured"):
        assert e["attributes"][k]["agree"] == e["attributes"][k]["compared"] >= 1, k
    # the same figures as scoring what 'geostrike run GOLD -o DIR' writes
    out = tmp_path / "run"
    assert runner.invoke(cli, ["-q", "run", str(g), "-o", str(out), "-j", "1"]).exit_code == 0
    again = scores(g, out / "events.geojson")
    assert {k: v for k, v in again.items() if k != "pred"} == {k: v for k, v in s.items() if k != "pred"}
    # --split runs only the selected items
    dev = json.loads(runner.invoke(cli, ["eval", "events", str(g), "--json", "--split", "dev"]).output)
    d = dev["events"]["all"]
    assert (dev["items"], d["matched"], d["items_without_gold_events"]) == (2, 2, 0)
