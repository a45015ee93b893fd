"""The analyst's review: decisions on real events of a real store, kept across re-runs.

Each test stores articles run through the real pipeline (spaCy model, gazetteer), decides
with :class:`geostrike.review.Reviewer` or the ``geostrike events`` commands, then processes
articles again (unchanged, changed, new, merged across articles) and checks that every
decision still holds and that the outputs carry it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest

from geostrike.exceptions import ReviewError
from geostrike.models import Article
from geostrike.review import Reviewer, parse_edits
from geostrike.store import EventFilter, EventStore, content_hash

ARTICLES = [
    ("a1", "Russian drones struck Kharkiv on June 3, 2024, injuring five people.", "2024-06-04"),
    ("a2", "Russian missiles hit Odesa and the port of Izmail on June 5, 2024.", "2024-06-05"),
    ("a4", "Ukrainian drones attacked a refinery in Tuapse on June 4, 2024.", "2024-06-05"),
    # Reports strikes, but its places make no event: an unlinked candidate.
    ("c1", "Explosions were heard overnight, officials said drones attacked.", "2024-06-05"),
]
#: A later report of a1's strike (merged into it across articles).
A3 = ("a3", "Kharkiv was hit by Russian drones overnight on June 3, 2024; the mayor said seven were injured.",
      "2024-06-04")


def articles(*rows: tuple[str, str, str]) -> list[Article]:
    return [Article(i, t, date.fromisoformat(p)) for i, t, p in rows]


def store_all(store: EventStore, gs, arts: list[Article]) -> None:  # type: ignore[no-untyped-def]
    store.add_articles([(r, content_hash(r.article)) for r in gs.process(arts)])


def by_place(reviewer: Reviewer) -> dict[str, str]:
    return {e.feature["properties"]["place"]: e.event_id for e in reviewer.events()}


@pytest.fixture()
def reviewed(gs, tmp_path):  # type: ignore[no-untyped-def]
    store = EventStore(tmp_path / "s.sqlite")
    store_all(store, gs, articles(*ARTICLES))
    yield store, Reviewer(store)
    store.close()


def geostrike(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True)


def test_edits_are_checked_and_laid_over_the_machine() -> None:
    assert parse_edits({"attacker": "ru", "killed": "3", "weapon": "none", "date": "2024-06"}) == {
        "attacker": "RU", "killed": 3, "weapon": None, "date": "2024-06"}
    for bad in ({"killed": "-1"}, {"killed": "three"}, {"attacker": "Russia"}, {"event_type": "raid"},
                {"date": "2024-02-30"}, {"date": "June"}, {"weapon": "laser"}, {"place_start": "1"}):
        with pytest.raises(ReviewError):
            parse_edits(bad)


@pytest.mark.slow
def test_status_edits_and_moves_show_in_the_features(reviewed) -> None:  # type: ignore[no-untyped-def]
    store, rv = reviewed
    ids = by_place(rv)
    rv.verify([ids["Kharkiv"]])
    rv.reject([ids["Izmayil"]], "the port, not a strike on the town")
    moved = rv.move(ids["Odesa"], place="Shostka, Sumy Oblast")
    assert moved["name"] == "Shostka" and moved["admin1"] == "UA-59"
    rv.edit(ids["Tuapse"], {"killed": "3", "weapon_system": "Lyutyi"})
    features = {f["properties"]["event_id"]: f for f in store.features()}
    assert ids["Izmayil"] not in features  # rejected: out of the outputs
    assert features[ids["Kharkiv"]]["properties"]["status"] == "verified"
    assert features[ids["Kharkiv"]]["properties"]["reviewed_at"]
    shostka = features[ids["Odesa"]]
    assert shostka["properties"]["place"] == "Shostka" and "Shostka" in shostka["properties"]["summary"]
    assert shostka["geometry"]["coordinates"] == pytest.approx([33.48, 51.86], abs=0.05)
    assert shostka["properties"]["status"] == "unverified" and shostka["properties"]["place_text"] == "Odesa"
    tuapse = features[ids["Tuapse"]]["properties"]
    assert tuapse["killed"] == 3 and tuapse["weapon_system"] == "Lyutyi" and "3 killed" in tuapse["summary"]
    # Filters apply to the fields as reviewed.
    assert [f["properties"]["event_id"] for f in store.features(EventFilter(statuses=("verified",)))] == [ids["Kharkiv"]]
    assert ids["Izmayil"] in {f["properties"]["event_id"] for f in store.features(EventFilter(include_rejected=True))}
    in_sumy = store.features(EventFilter(bbox=(33.0, 51.5, 34.0, 52.2)))
    assert [f["properties"]["event_id"] for f in in_sumy] == [ids["Odesa"]]
    # The machine's own record is untouched: a revert gives it back.
    rv.revert(ids["Odesa"])
    assert {f["properties"]["event_id"]: f["properties"]["place"] for f in store.features()}[ids["Odesa"]] == "Odesa"


@pytest.mark.slow
def test_decisions_survive_reruns_new_sources_and_changed_articles(reviewed, gs) -> None:  # type: ignore[no-untyped-def]
    store, rv = reviewed
    ids = by_place(rv)
    rv.verify([ids["Kharkiv"], ids["Tuapse"]])
    rv.edit(ids["Kharkiv"], {"injured": "9"})
    rv.reject([ids["Izmayil"]], "port")
    rv.move(ids["Odesa"], place="Shostka, Sumy Oblast")
    before = {f["properties"]["event_id"]: f for f in store.features(EventFilter(include_rejected=True))}

    # The same articles again: skipped, nothing changes.
    store_all(store, gs, articles(*ARTICLES))
    assert {f["properties"]["event_id"]: f for f in store.features(EventFilter(include_rejected=True))} == before

    # A new report of the verified Kharkiv strike: merged into it; still verified, flagged.
    store_all(store, gs, articles(A3))
    kharkiv = rv.event(ids["Kharkiv"])
    assert kharkiv.status == "verified" and kharkiv.new_sources == ("a3",)
    assert kharkiv.feature["properties"]["sources"] == ["a1", "a3"]
    assert kharkiv.feature["properties"]["injured"] == 9  # the edit outlives the larger count a3 reports
    rv.verify([ids["Kharkiv"]])
    assert rv.event(ids["Kharkiv"]).new_sources == ()

    # A changed article whose event gets another id (another date): the decision follows it.
    changed = ("a4", ARTICLES[2][1].replace("June 4", "June 3"), ARTICLES[2][2])
    store_all(store, gs, articles(changed))
    assert ids["Tuapse"] not in {e.event_id for e in rv.events()}
    (tuapse,) = [e for e in rv.events() if e.feature["properties"]["place"] == "Tuapse"]
    assert tuapse.status == "verified" and tuapse.feature["properties"]["date"] == "2024-06-03"
    # Reverting the article gives the original id back, still verified.
    store_all(store, gs, articles(ARTICLES[2]))
    assert rv.event(ids["Tuapse"]).status == "verified"

    # a2 edited (another text, same places): the move and the rejection stay.
    store_all(store, gs, articles(("a2", ARTICLES[1][1] + " Air defence was active.", ARTICLES[1][2])))
    assert rv.event(ids["Izmayil"]).status == "rejected"
    assert rv.event(ids["Odesa"]).feature["properties"]["place"] == "Shostka"
    assert ids["Izmayil"] not in {f["properties"]["event_id"] for f in store.features()}


@pytest.mark.slow
def test_a_reviewed_event_merged_across_articles_keeps_its_decision(gs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a3 is stored first and verified; a1, read later, reports the same strike and merges
    # into a3's event. Then a3 changes so that a1's report leads: the event's first source
    # (and so its id) is a1's, and the decision must follow it there.
    with EventStore(tmp_path / "s.sqlite") as store:
        store_all(store, gs, articles(A3))
        rv = Reviewer(store)
        (first,) = rv.events()
        rv.verify([first.event_id])
        rv.edit(first.event_id, {"attacker": "RU", "killed": "1"})
        store_all(store, gs, articles(ARTICLES[0]))
        (merged,) = [e for e in rv.events() if e.feature["properties"]["place"] == "Kharkiv"]
        assert merged.event_id == first.event_id and merged.status == "verified"
        assert merged.new_sources == ("a1",)
        store_all(store, gs, articles(("a3", "Kharkiv residents cleaned up after the night.", A3[2])))
        (left,) = [e for e in rv.events() if e.feature["properties"]["place"] == "Kharkiv"]
        assert left.feature["properties"]["sources"] == ["a1"]
        assert left.status == "verified" and left.feature["properties"]["killed"] == 1


@pytest.mark.slow
def test_merge_split_and_promote(reviewed) -> None:  # type: ignore[no-untyped-def]
    store, rv = reviewed
    ids = by_place(rv)
    n = len(store.features())
    rv.merge(ids["Odesa"], ids["Izmayil"])
    features = {f["properties"]["event_id"]: f["properties"] for f in store.features()}
    assert len(features) == n - 1 and ids["Izmayil"] not in features
    assert len(features[ids["Odesa"]]["quotes"]) >= 1 and rv.event(ids["Odesa"]).merged == (ids["Izmayil"],)
    with pytest.raises(ReviewError, match="merged into"):
        rv.event(ids["Izmayil"])
    assert rv.split(ids["Odesa"]) == [ids["Izmayil"]]
    assert len(store.features()) == n

    (cand,) = rv.candidates()
    assert cand["article_id"] == "c1" and "drones attacked" in cand["text"]
    event_id = rv.promote("c1", place="Sumy", values={"event_type": "drone strike", "attacker": "RU"})
    promoted = rv.event(event_id)
    assert promoted.status == "verified"
    p = promoted.feature["properties"]
    assert (p["place"], p["event_type"], p["attacker"], p["sources"], p["date"]) == (
        "Sumy", "drone strike", "RU", ["c1"], "2024-06-05")
    assert rv.candidates() == []  # promoted ones leave the list
    rv.edit(event_id, {"killed": "2"})
    assert {f["properties"]["event_id"]: f["properties"]["killed"] for f in store.features()}[event_id] == 2


@pytest.mark.slow
def test_nothing_is_half_applied(reviewed) -> None:  # type: ignore[no-untyped-def]
    store, rv = reviewed
    ids = by_place(rv)
    with pytest.raises(ReviewError, match="no event 'ev-nope'"):
        rv.verify([ids["Kharkiv"], "ev-nope"])
    with pytest.raises(ReviewError):
        rv.edit(ids["Kharkiv"], {"killed": "4", "injured": "lots"})
    with pytest.raises(ReviewError):
        rv.move(ids["Kharkiv"], place="Nowhereville Qqq")
    assert rv.event(ids["Kharkiv"]).status == "unverified" and rv.event(ids["Kharkiv"]).overrides == {}
    assert store.review_log() == []


@pytest.mark.slow
def test_a_version_3_store_is_upgraded_and_keeps_its_events(gs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    with EventStore(path) as store:
        store_all(store, gs, articles(*ARTICLES))
        before = store.features()
    con = sqlite3.connect(path)
    for table in ("reviews", "review_log", "candidates", "analyst_events"):
        con.execute(f"DROP TABLE {table}")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    with EventStore(path) as store:
        assert store.features() == before
        rv = Reviewer(store)
        rv.verify([before[0]["properties"]["event_id"]])
        assert store.features()[0]["properties"]["status"] == "verified"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 4


@pytest.mark.slow
def test_decisions_while_a_run_writes_to_the_store(gs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """WAL: the reviewer decides while 'geostrike run' stores articles; both land whole."""
    out = tmp_path / "out"
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in ARTICLES))
    assert geostrike("run", str(first), "-o", str(out)).returncode == 0
    more = tmp_path / "more.jsonl"
    towns = ["Sumy", "Kherson", "Nikopol", "Zaporizhzhia", "Dnipro", "Poltava", "Chernihiv", "Mykolaiv"]
    more.write_text("".join(json.dumps({"id": f"m{i}", "text": f"Russian drones struck {t} on June {10 + i}, 2024.",
                                        "published": f"2024-06-{11 + i}"}) + "\n" for i, t in enumerate(towns)))
    run = subprocess.Popen([sys.executable, "-m", "geostrike", "run", str(more), "-o", str(out)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    decided = 0
    with EventStore(out / "geostrike.sqlite", create=False) as store:
        rv = Reviewer(store)
        ids = [e.event_id for e in rv.events()]
        while (run.poll() is None and decided < 5000) or decided < 20:
            event_id = ids[decided % len(ids)]
            rv.verify([event_id]) if decided % 2 == 0 else rv.unverify([event_id])
            decided += 1
            time.sleep(0.005)
        assert run.wait(timeout=120) == 0, run.stderr
        assert len(store.review_log(limit=10**6)) == decided
        last = {}
        for entry in reversed(store.review_log(limit=10**6)):
            last[entry["event_id"]] = entry["action"]
        assert {e.event_id: e.status for e in rv.events() if e.event_id in last} == {
            event_id: "verified" if action == "verified" else "unverified" for event_id, action in last.items()}
        sources = {s for e in rv.events() for s in e.feature["properties"]["sources"]}
        assert {f"m{i}" for i in range(len(towns))} <= sources
    events = json.loads((out / "events.geojson").read_text())["features"]
    assert {f["properties"]["status"] for f in events} <= {"verified", "unverified"}


@pytest.mark.slow
def test_cli_decides_and_the_outputs_carry_the_review(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in ARTICLES))
    out = tmp_path / "out"
    assert geostrike("run", str(src), "-o", str(out)).returncode == 0
    store = str(out / "geostrike.sqlite")
    listed = [json.loads(line) for line in geostrike("events", "list", "--store", store, "--json").stdout.splitlines()]
    ids = {r["place"]: r["event_id"] for r in listed}
    assert {r["status"] for r in listed} == {"unverified"}
    # Unknown ids and bad values: exit 2, a message, nothing stored.
    for args, message in ((["verify", ids["Kharkiv"], "ev-nope"], "no event 'ev-nope'"),
                          (["edit", ids["Kharkiv"], "--killed", "-2"], "between 0"),
                          (["edit", ids["Kharkiv"], "--attacker", "Russia"], "not a side"),
                          (["move", ids["Kharkiv"], "--at", "95,30"], "latitude"),
                          (["move", ids["Kharkiv"], "--place", "Qqqzzz Nowhere"], "no gazetteer place"),
                          (["show", "ev-nope"], "no event")):
        done = geostrike("events", *args, "--store", store)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    assert geostrike("events", "log", "--store", store).stdout == ""

    assert geostrike("events", "verify", ids["Kharkiv"], ids["Tuapse"], "--store", store).returncode == 0
    assert geostrike("events", "reject", ids["Izmayil"], "--reason", "port", "--store", store).returncode == 0
    moved = geostrike("events", "move", ids["Odesa"], "--place", "Shostka, Sumy Oblast", "--store", store)
    assert moved.returncode == 0 and "Shostka" in moved.stdout
    assert geostrike("events", "edit", ids["Tuapse"], "--killed", "4", "--store", store).returncode == 0
    shown = geostrike("events", "show", ids["Tuapse"], "--store", store)
    assert "killed: 4  (machine: None)" in shown.stdout and " verified {}" in shown.stdout

    # A re-run of the same and of a new article keeps every decision in every output.
    src.write_text(src.read_text() + json.dumps({"id": A3[0], "text": A3[1], "published": A3[2]}) + "\n")
    assert geostrike("run", str(src), "-o", str(out)).returncode == 0
    geo = {f["properties"]["event_id"]: f["properties"] for f in
           json.loads((out / "events.geojson").read_text())["features"]}
    assert ids["Izmayil"] not in geo
    assert geo[ids["Kharkiv"]]["status"] == "verified" and geo[ids["Kharkiv"]]["sources"] == ["a1", "a3"]
    assert geo[ids["Odesa"]]["place"] == "Shostka" and geo[ids["Tuapse"]]["killed"] == 4
    listed = {json.loads(line)["event_id"]: json.loads(line) for line in
              geostrike("events", "list", "--store", store, "--json").stdout.splitlines()}
    assert listed[ids["Kharkiv"]]["new_sources"] == ["a3"]

    import pyogrio

    gpkg = pyogrio.read_dataframe(out / "events.gpkg", layer="events")
    assert dict(zip(gpkg["event_id"], gpkg["status"]))[ids["Kharkiv"]] == "verified"
    assert ids["Izmayil"] not in set(gpkg["event_id"])
    csv = (out / "events.csv").read_text()
    assert "status" in csv.splitlines()[0] and ids["Izmayil"] not in csv

    only = tmp_path / "verified.html"
    done = geostrike("map", "--store", store, "--status", "verified", "-o", str(only), "--geojson",
                     str(tmp_path / "verified.geojson"))
    assert done.returncode == 0, done.stderr
    kept = json.loads((tmp_path / "verified.geojson").read_text())["features"]
    assert sorted(f["properties"]["event_id"] for f in kept) == sorted([ids["Kharkiv"], ids["Tuapse"]])
    done = geostrike("map", "--store", store, "--include-rejected", "-o", str(only), "--geojson",
                     str(tmp_path / "all.geojson"))
    statuses = {f["properties"]["event_id"]: f["properties"]["status"]
                for f in json.loads((tmp_path / "all.geojson").read_text())["features"]}
    assert statuses[ids["Izmayil"]] == "rejected"
    # From the GeoJSON file too: rejected events stay out unless asked for.
    done = geostrike("map", str(tmp_path / "all.geojson"), "-o", str(only), "--geojson", str(tmp_path / "again.geojson"))
    assert ids["Izmayil"] not in (tmp_path / "again.geojson").read_text()
    assert geostrike("events", "list", "--store", store, "--status", "bogus").returncode == 2
    # run --include-rejected: every output has the rejected event, marked so.
    assert geostrike("run", str(src), "-o", str(out), "--include-rejected").returncode == 0
    gpkg = pyogrio.read_dataframe(out / "events.gpkg", layer="events")
    assert dict(zip(gpkg["event_id"], gpkg["status"]))[ids["Izmayil"]] == "rejected"

