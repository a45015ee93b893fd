"""Hostile input: the twelve defects of issue 16, each reproduced with real files, the real
spaCy model and a real store, and a property test over JSON lines of random types."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from geostrike.read import MAX_BYTES, ReadFailure, read_file, read_records

REPO = Path(__file__).resolve().parents[1]
STRIKE = "Russian drones struck {city} on June {day}, 2024, injuring {n} people."
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Lviv"]


def geostrike(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True, timeout=timeout)


def failed_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("failed: ")]


def features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def store_rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def strike(i: int) -> str:
    return STRIKE.format(city=CITIES[i % len(CITIES)], day=1 + i % 28, n=2 + i % 5)


# -- 1. metadata of the wrong type fails its line only ------------------------------------

BAD_LINES = {  # line content -> what the failure says
    '{"id": "t", "text": "Drones hit Kursk.", "title": {"a": 1}}': "'title' must be a string or null, not an object",
    '{"id": "u", "text": "Drones hit Kursk.", "url": ["http://x"]}': "'url' must be a string or null, not a list",
    '{"id": null, "text": "Drones hit Kursk."}': "'id' must be a string or an integer, not null",
    '{"id": 1.5, "text": "Drones hit Kursk."}': "'id' must be a string or an integer, not a number (1.5)",
    '{"id": true, "text": "Drones hit Kursk."}': "'id' must be a string or an integer, not true",
    '{"id": "n", "text": 42}': "'text' must be a string, not a number (42)",
    '{"id": "p", "text": "Drones hit Kursk.", "published": 20240101}': "'published' must be an ISO date string",
    '{"id": "s", "text": "Drones hit Kursk \\ud800."}': "'text' is not valid Unicode (a lone surrogate",
    '{"id": "big", "text": "x", "title": 1' + "0" * 5000 + "}": "invalid JSON",
}


def test_metadata_of_the_wrong_type_fails_its_line_with_a_clear_message(tmp_path):
    lines = [json.dumps({"id": f"g{i}", "text": strike(i)}) for i in range(5)]
    lines[2:2] = list(BAD_LINES)
    records = list(read_records(jsonl(tmp_path / "n.jsonl", lines)))
    good = [r for r in records if not isinstance(r, ReadFailure)]
    bad = [r for r in records if isinstance(r, ReadFailure)]
    assert [a.id for a in good] == [f"g{i}" for i in range(5)]
    assert len(bad) == len(BAD_LINES)
    for failure, (lineno, problem) in zip(bad, enumerate(BAD_LINES.values(), start=3)):
        assert failure.message.startswith(f"{tmp_path / 'n.jsonl'}, line {lineno}: "), failure.message
        assert problem in failure.message, failure.message


@pytest.mark.slow
def test_a_bad_line_in_a_batch_costs_no_good_article(tmp_path):
    # 200 lines, the bad ones among the first 64 (one commit batch): every good one is stored.
    lines = [json.dumps({"id": f"g{i:03d}", "text": strike(i), "title": f"Report {i}"}) for i in range(200)]
    for k, bad in enumerate(list(BAD_LINES)[:8]):
        lines.insert(5 + 7 * k, bad)
    out = tmp_path / "out"
    proc = geostrike("-q", "run", str(jsonl(tmp_path / "n.jsonl", lines)), "-o", str(out), "-j", "1")
    assert proc.returncode == 3, proc.stderr
    assert len(failed_lines(proc)) == 8 and "Traceback" not in proc.stderr
    assert store_rows(out / "geostrike.sqlite", "SELECT count(*) FROM articles WHERE status = 'done'") == [(200,)]
    assert len(features(out / "events.geojson")) > 0


@pytest.mark.slow
def test_an_article_the_store_cannot_hold_fails_alone(gs, tmp_path):
    from geostrike.store import EventStore, content_hash

    results = list(gs.process([replace(_article(i), source_path="in.jsonl") for i in range(4)]))
    # A library caller may hand over any object as a title: SQLite cannot store a dict.
    broken = replace(results[1], article=replace(results[1].article, title={"not": "text"}))  # type: ignore[arg-type]
    items = [(r, content_hash(r.article)) for r in [results[0], broken, *results[2:]]]
    with EventStore(tmp_path / "s.sqlite") as store:
        outcomes = store.add_articles(items)
        assert [o.error is None for o in outcomes] == [True, False, True, True]
        assert "cannot store article 'a1'" in outcomes[1].error
        assert store.counts()["done"] == 3
        assert {f["properties"]["article_id"] for f in store.features()} == {"a0", "a2", "a3"}


def _article(i: int):
    from geostrike.models import Article

    return Article(f"a{i}", strike(i), date(2024, 6, 28))


# -- 2 and 3. long articles: pieces, offsets, max_length ----------------------------------

def _in_pieces(gs, chunk_chars: int):
    """The loaded pipeline ``gs`` (the same model and gazetteer), processing articles longer
    than ``chunk_chars`` in pieces."""
    pieced = copy.copy(gs)
    pieced.chunk_chars = chunk_chars
    return pieced


def _examples_text(chars: int) -> str:
    from geostrike.read import read_articles

    texts = [a.text for a in read_articles([REPO / "examples"])]
    parts, n, i = [], 0, 0
    while n < chars:
        parts.append(texts[i % len(texts)])
        n += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def test_split_text_cuts_at_paragraphs_within_the_limit():
    from geostrike.pipeline import split_text

    text = "\n\n".join(f"Paragraph {i}. " + "word " * (i % 50) for i in range(3000))
    pieces = split_text(text, 10_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(0 < end - start <= 10_000 for start, end in pieces)
    assert all(text[start - 2:start] == "\n\n" for start, _ in pieces[1:])
    sizes = [end - start for start, end in pieces]
    assert min(sizes) > 0.6 * max(sizes)  # about equal: no tiny last piece
    # No paragraph break: a line break, then a sentence end, then a space, then anywhere.
    for text, sep in [("line\n" * 5000, "\n"), ("A sentence. " * 2000, ". "), ("word " * 5000, " ")]:
        pieces = split_text(text, 4000)
        assert all(end - start <= 4000 for start, end in pieces)
        assert all(text[:start].endswith(sep) for start, _ in pieces[1:]), sep
    blob = "x" * 25_000
    assert [end - start for start, end in split_text(blob, 10_000)] == [10_000, 10_000, 5_000]


@pytest.mark.slow
def test_an_article_in_pieces_gives_what_the_whole_article_gives(gs):
    from geostrike.models import Article

    text = _examples_text(60_000)
    article = Article("long", text, date(2024, 6, 1))
    whole = next(gs.process([article]))
    parts = next(_in_pieces(gs, 15_000).process([article]))
    assert [(m.start, m.end, m.name) for m in parts.mentions] == [(m.start, m.end, m.name) for m in whole.mentions]
    assert [(p.mention.start, p.entry.id) for p in parts.places] == [(p.mention.start, p.entry.id) for p in whole.places]
    assert [e.properties() for e in parts.events] == [e.properties() for e in whole.events]
    for m in parts.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.slow
def test_the_date_the_story_reached_carries_over_to_the_next_piece(gs):
    from geostrike.models import Article

    filler = "\n\n".join("Residents said the night was loud and that power went out in several streets." for _ in range(60))
    text = ("On June 3, 2024, officials gave an update.\n\n" + filler +
            "\n\nRussian drones struck Kharkiv, the mayor said.\n\n" + filler +
            "\n\nThe next day, Russian missiles hit Odesa, the governor said.")
    pieced = _in_pieces(gs, 3_000)
    article = Article("blog", text, date(2024, 6, 10))
    assert len(text) > 2 * 3_000
    for result in (next(gs.process([article])), next(pieced.process([article]))):
        dates = {e.place.entry.name: e.date.iso() for e in result.events}
        assert dates == {"Kharkiv": "2024-06-03", "Odesa": "2024-06-04"}


@pytest.mark.slow
def test_an_article_over_spacys_max_length_is_processed(tmp_path):
    text = _examples_text(1_200_000)
    assert len(text.encode("utf-8")) <= MAX_BYTES
    (tmp_path / "live.txt").write_text(text, encoding="utf-8")
    proc = geostrike("-q", "run", str(tmp_path / "live.txt"), "-o", str(tmp_path / "out"), "--date", "2024-06-01")
    assert proc.returncode == 0, proc.stderr
    found = features(tmp_path / "out" / "events.geojson")
    assert found and "Traceback" not in proc.stderr
    for f in found:
        p = f["properties"]
        assert text[p["place_start"]:p["place_end"]] == p["place_text"]


# -- 4. FIFOs and devices -----------------------------------------------------------------

def _read_in_subprocess(path: Path) -> list[str]:
    """What read_records gives for ``path``, read in a child that is killed if it hangs."""
    code = ("import sys; from pathlib import Path; from geostrike.read import read_records\n"
            "for r in read_records(Path(sys.argv[1])): print(getattr(r, 'message', 'article'))")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, suffix):
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    from geostrike.read import scan_inputs

    assert _read_in_subprocess(fifo) == [f"{fifo}: a named pipe (FIFO), not a regular file; only regular files are read"]
    assert [p for p in scan_inputs([tmp_path])] == [fifo]  # in a folder too: found, then refused when read


@pytest.mark.parametrize("device,name", [("/dev/zero", None), ("/dev/null", None), ("/dev/zero", "zero.txt"),
                                         ("/dev/zero", "zero.jsonl"), ("/dev/urandom", "random.html")])
def test_a_device_is_refused_without_being_read(tmp_path, device, name):
    import stat

    if not Path(device).exists() or not stat.S_ISCHR(os.stat(device).st_mode):
        pytest.skip(f"{device} is no character device here")
    path = Path(device)
    if name:  # a link named like an article
        path = tmp_path / name
        path.symlink_to(device)
    assert _read_in_subprocess(path) == [f"{path}: a character device, not a regular file; only regular files are read"]


def test_a_jsonl_line_over_the_limit_is_skipped_in_bounded_pieces(tmp_path):
    p = tmp_path / "n.jsonl"
    with p.open("wb") as fh:
        fh.write(b'{"id": "a", "text": "Drones hit Kursk."}\n')
        long = b'{"id": "b", "text": "' + b"x" * (MAX_BYTES + 10) + b'"}\n'
        fh.write(long)
        fh.write(b'{"id": "c", "text": "Drones hit Oryol."}')
    records = list(read_records(p))
    assert [getattr(r, "id", None) for r in records] == ["a", None, "c"]
    assert records[1].message == f"{p}, line 2: {len(long):,} bytes is over the {MAX_BYTES:,}-byte limit for one article"


# -- 5 and 6. CSV: line breaks and formulas -----------------------------------------------

HOSTILE_CELLS = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1+2", "=HYPERLINK(\"http://x\",\"y\")",
                 "a\rb", "a\r\nb", "a\nb", "a\u2028b", "a\x85b", "fine, \"quoted\""]


def _collection(cells: list[str]) -> dict:
    feats = []
    for i, cell in enumerate(cells):
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.5 - i, -33.1]},
                      "properties": {"event_id": f"ev-{i}", "article_id": cell, "title": cell, "url": cell,
                                     "quote": cell, "quotes": [cell, "second"], "killed": -i or None}})
    return {"type": "FeatureCollection", "features": feats}


def test_csv_cells_never_break_a_row_and_never_run_a_formula(tmp_path):
    from geostrike.export import write_csv

    data = write_csv(_collection(HOSTILE_CELLS), tmp_path / "e.csv").read_bytes().decode("utf-8")
    physical = data.split("\n")
    assert physical[-1] == "" and len(physical) - 1 == 1 + len(HOSTILE_CELLS)  # one line per row
    assert not re.search("[\r\u2028\u2029\x85\x0b\x0c]", data)
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert len(rows) == len(HOSTILE_CELLS) and all(None not in r for r in rows)
    for row, cell in zip(rows, HOSTILE_CELLS):
        for column in ("article_id", "title", "url", "quote"):
            value = row[column]
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r", "＝")), (column, value)
            if cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝")):
                assert value.startswith("'")
        assert row["quotes"].endswith(" | second")
    assert rows[2]["lon"].startswith("-") and rows[2]["killed"] == "-2"  # numbers stay numbers
    assert rows[8]["title"] == "a b" and rows[-1]["title"] == 'fine, "quoted"'


@pytest.mark.slow
def test_carriage_returns_and_formulas_in_metadata_reach_the_csv_safely(tmp_path):
    lines = [{"id": f"a\r{i}", "title": f"=HYPERLINK(\"x\")\r{i}", "url": f"http://x/{i}\r\n",
              "text": strike(i)} for i in range(4)]
    out = tmp_path / "out"
    proc = geostrike("-q", "run", str(jsonl(tmp_path / "n.jsonl", lines)), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = (out / "events.csv").read_text(encoding="utf-8")
    assert "\r" not in data and len(data.split("\n")) == 2 + len(features(out / "events.geojson"))
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert {len(r) for r in rows} == {len(rows[0])}
    header = rows[0]
    assert all(r[header.index("title")].startswith("'=HYPERLINK") for r in rows[1:])
    # The GeoJSON keeps the text as it was.
    assert all("\r" in f["properties"]["article_id"] for f in features(out / "events.geojson"))


# -- 7. ids: unique per run, and of the right type ----------------------------------------

def test_a_repeated_id_fails_instead_of_replacing_the_first(tmp_path):
    from geostrike.pipeline import read_inputs

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    jsonl(tmp_path / "a" / "n.jsonl", [{"id": "x", "text": "First."}, {"id": 7, "text": "Seven."},
                                       {"id": "x", "text": "Second."}, {"id": "7", "text": "Also seven."}])
    (tmp_path / "a" / "same.txt").write_text("A text file.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Another file of the same name.", encoding="utf-8")
    records = list(read_inputs([tmp_path]))
    articles = [r for r in records if not isinstance(r, ReadFailure)]
    failures = [r for r in records if isinstance(r, ReadFailure)]
    assert [(a.id, a.text) for a in articles] == [("x", "First."), ("7", "Seven."), ("same", "A text file.")]
    assert [f.message for f in failures] == [
        f"{tmp_path}/a/n.jsonl, line 3: duplicate article id 'x' (already the id of {tmp_path}/a/n.jsonl, line 1); "
        "give every article its own id",
        f"{tmp_path}/a/n.jsonl, line 4: duplicate article id '7' (already the id of {tmp_path}/a/n.jsonl, line 2); "
        "give every article its own id",
        f"{tmp_path}/b/same.txt: duplicate article id 'same' (already the id of {tmp_path}/a/same.txt); "
        "give every article its own id"]
    # Failures are recorded under the line or the file, not under the id the first article holds.
    assert [f.article_id for f in failures] == ["n.jsonl:3", "n.jsonl:4", f"{tmp_path}/b/same.txt"]
    # The same file named twice is read once.
    assert [getattr(r, "id", None) for r in read_inputs([tmp_path / "a" / "same.txt"] * 2)] == ["same"]


@pytest.mark.slow
def test_a_repeated_id_in_a_run_is_reported_and_the_first_is_stored(tmp_path):
    lines = [{"id": "x", "text": strike(0)}, {"id": None, "text": strike(1)}, {"id": "x", "text": strike(2)}]
    out = tmp_path / "out"
    proc = geostrike("-q", "run", str(jsonl(tmp_path / "n.jsonl", lines)), "-o", str(out))
    assert proc.returncode == 3
    assert [line.split(": ", 2)[2] for line in failed_lines(proc)] == [
        "'id' must be a string or an integer, not null",
        f"duplicate article id 'x' (already the id of {tmp_path}/n.jsonl, line 1); give every article its own id"]
    db = out / "geostrike.sqlite"
    assert store_rows(db, "SELECT id, status FROM articles ORDER BY id") == [
        ("n.jsonl:2", "failed"), ("n.jsonl:3", "failed"), ("x", "done")]
    assert [f["properties"]["place"] for f in features(out / "events.geojson")] == ["Kharkiv"]
    assert not store_rows(db, "SELECT id FROM articles WHERE id = 'None'")


# -- 8. Latin-1 ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,encoding", [
    ("Déjà vu, naïve façade", "latin-1"),
    ("Russian drones struck Kharkiv. Déjà vu, naïve façade, the residents said.", "latin-1"),  # was cp1257
    ("Le café de la gare à Kharkiv, déjà touché, est une façade naïve.", "latin-1"),
    ("Des drones ont frappé Kharkiv mardi, a déclaré le maire à l'école.", "latin-1"),
    ("Die Behörden sagten, dass zwölf Menschen auf der Straße verletzt wurden.", "cp1252"),
    ("It costs 5 € — “quoted” text…", "cp1252"),
    ("Российские дроны атаковали Сумы во вторник.", "cp1251"),
    ("Российские дроны атаковали Сумы во вторник.", "koi8_r"),
    ("Rosyjskie drony zaatakowały Charków we wtorek. Źródło: Łódź.", "cp1250"),
    ("Ruské drony zaútočily na Charkov v úterý, řekl guvernér.", "cp1250"),
])
def test_legacy_encodings_are_read_as_written(tmp_path, text, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    assert next(read_file(p)).text == text


# -- 9. kills while the outputs are written ------------------------------------------------

def test_stale_sqlite_side_files_of_a_temporary_geopackage_are_removed(tmp_path):
    from geostrike.export import remove_stale_temp_files

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = dead.stdout.strip()
    stale = [tmp_path / f".events.tmp{pid}.gpkg-journal", tmp_path / f".events.tmp{pid}.gpkg-wal",
             tmp_path / f".events.tmp{pid}.gpkg", tmp_path / f".map.tmp{pid}.html"]
    for p in stale:
        p.write_text("x", encoding="utf-8")
    assert sorted(remove_stale_temp_files(tmp_path)) == sorted(stale)
    assert not list(tmp_path.iterdir())


def test_an_interrupted_switch_of_the_outputs_is_completed(tmp_path):
    from geostrike.export import MANIFEST_PREFIX
    from geostrike.export import remove_stale_temp_files

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = dead.stdout.strip()
    names = ["events.geojson", "events.csv", "map.html"]
    for name in names:
        (tmp_path / name).write_text("old", encoding="utf-8")
    # Killed after the first rename of three: one new file in place, two still under temporary names.
    temps = [tmp_path / f".{Path(n).stem}.tmp{pid}{Path(n).suffix}" for n in names]
    (tmp_path / names[0]).write_text("new", encoding="utf-8")
    for t in temps[1:]:
        t.write_text("new", encoding="utf-8")
    (tmp_path / f"{MANIFEST_PREFIX}{pid}.json").write_text(json.dumps([[t.name, n] for t, n in zip(temps, names)]))
    remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    assert {(tmp_path / n).read_text(encoding="utf-8") for n in names} == {"new"}


def _output_counts(out: Path) -> dict[str, int]:
    import pyogrio

    page = (out / "map.html").read_text(encoding="utf-8")
    return {"geojson": len(features(out / "events.geojson")),
            "csv": len(list(csv.DictReader((out / "events.csv").open(encoding="utf-8", newline="")))),
            "gpkg": pyogrio.read_info(out / "events.gpkg", layer="events")["features"],
            "map": int(re.search(r'id="gs-count">(\d+) events shown', page).group(1))}


@pytest.mark.slow
def test_a_kill_while_the_outputs_are_written_leaves_them_all_old_or_all_new(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    for i in range(3):
        (inp / f"a{i}.txt").write_text(strike(i), encoding="utf-8")
    assert geostrike("-q", "run", str(inp), "-o", str(out)).returncode == 0
    assert set(_output_counts(out).values()) == {3}
    temp = re.compile(r"^\.map.*\.tmp\d+")  # the map is written last
    for round_ in range(3):
        (inp / f"b{round_}.txt").write_text(strike(10 + round_), encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "geostrike", "-q", "run", str(inp), "-o", str(out)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline and not any(temp.match(n) for n in os.listdir(out)):
            time.sleep(0.0005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # A kill inside the renames leaves their manifest; what the next run does first
        # (finish_interrupted) completes them. Before it, the set may be mid-rename.
        from geostrike.export import finish_interrupted

        finish_interrupted(out)
        counts = _output_counts(out)
        assert len(set(counts.values())) == 1, counts
    resumed = geostrike("-q", "run", str(inp), "-o", str(out))
    assert resumed.returncode == 0
    assert set(_output_counts(out).values()) == {6}
    assert not [p for p in out.iterdir() if ".tmp" in p.name]


# -- 10. map filters ----------------------------------------------------------------------

@pytest.fixture()
def events_file(tmp_path) -> Path:
    p = tmp_path / "events.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.25, 50.0]},
         "properties": {"event_id": "ev-1", "attacker": "RU", "weapon": "drone", "event_type": "drone strike",
                        "date": "2024-06-03", "sources_count": 1, "place": "Kharkiv"}}]}), encoding="utf-8")
    return p


@pytest.mark.parametrize("args,message", [
    (["--min-sources", "99999999999999999999"], "is not in the range 1<=x<="),
    (["--bbox", ""], "'' is not minlon,minlat,maxlon,maxlat"),
    (["--attacker", ","], "',' names no value"),
    (["--weapon", " , "], "' , ' names no value"),
    (["--attacker", "Russia"], "'russia' is not a side"),
])
def test_map_refuses_filters_that_mean_nothing(events_file, tmp_path, args, message):
    proc = geostrike("map", str(events_file), "-o", str(tmp_path / "m.html"), *args)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "m.html").exists()


def test_map_names_filter_values_no_event_has(events_file, tmp_path):
    proc = geostrike("map", str(events_file), "-o", str(tmp_path / "m.html"), "--weapon", "drones,drone",
                     "--type", "shelling")
    assert proc.returncode == 0
    assert "warning: no event has --weapon 'drones' (the events have: drone)" in proc.stderr
    assert "warning: no event has --type 'shelling' (the events have: drone strike)" in proc.stderr
    assert "no event passes the filters" in proc.stderr
    ok = geostrike("map", str(events_file), "-o", str(tmp_path / "m.html"), "--attacker", "ru", "--min-sources", "1")
    assert ok.returncode == 0 and ok.stderr == "" and "(1 events)" in ok.stdout


def test_a_huge_min_sources_is_no_error_in_the_library(tmp_path):
    from geostrike.store import EventFilter, EventStore

    with EventStore(tmp_path / "s.sqlite") as store:
        assert store.features(EventFilter(min_sources=10**30)) == []


# -- 11. editing an article gives the store a rebuild gives --------------------------------

EDIT_ARTICLES = [
    ("a1", "Russian drones struck Kharkiv on June 3, 2024, injuring five people.", "2024-06-04"),
    ("a2", "Kharkiv was hit by Russian drones overnight on June 3, 2024; the mayor said seven were injured.",
     "2024-06-04"),
    ("a3", "Russian drones hit Kharkiv on June 3, 2024, the governor said; six people were injured.", "2024-06-04"),
    ("a4", "Russian missiles hit Odesa on June 5, 2024.", "2024-06-05"),
]


def _snapshot(db: Path) -> tuple:
    from geostrike.store import EventStore

    with EventStore(db) as store:
        collection = store.feature_collection()
    sources = store_rows(db, "SELECT event_id, article_id, quote FROM event_sources ORDER BY event_id, article_id")
    return collection, sources


@pytest.mark.slow
def test_an_edited_article_gives_the_store_a_rebuild_gives(gs, tmp_path):
    from geostrike.models import Article
    from geostrike.store import EventStore, content_hash

    def results(edit: str | None = None) -> list:
        arts = [Article(i, edit if (edit and i == "a1") else t, date.fromisoformat(p)) for i, t, p in EDIT_ARTICLES]
        return list(gs.process(arts))

    def build(db: Path, *runs: list) -> tuple:
        with EventStore(db) as store:
            for run in runs:
                store.add_articles([(r, content_hash(r.article)) for r in run])
        return _snapshot(db)

    edited = "Russian drones struck Kharkiv on June 3, 2024, injuring nine people, the mayor said."
    original, changed = results(), results(edited)
    first = build(tmp_path / "original.sqlite", original)
    (kharkiv,) = [f["properties"] for f in first[0]["features"] if f["properties"]["place"] == "Kharkiv"]
    assert kharkiv["sources"] == ["a1", "a2", "a3"] and kharkiv["article_id"] == "a1"
    # Edit a1, run again: as if the edited folder had been processed from scratch.
    incremental = build(tmp_path / "incremental.sqlite", original, [changed[0]])
    assert incremental == build(tmp_path / "rebuilt.sqlite", changed)
    # Revert the edit: the original store again, event ids included.
    assert build(tmp_path / "reverted.sqlite", original, [changed[0]], [original[0]]) == first
    # An article that disappears from an event: the event is its other sources' alone, in order.
    gone = results("Nothing happened in Kharkiv today.")
    assert build(tmp_path / "gone.sqlite", original, [gone[0]]) == build(tmp_path / "gone-rebuilt.sqlite", gone)


def test_an_older_store_gains_the_article_order(tmp_path):
    from geostrike.store import SCHEMA_VERSION, EventStore

    db = tmp_path / "v1.sqlite"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE articles (id TEXT PRIMARY KEY, source_path TEXT, content_hash TEXT, title TEXT, url TEXT,
            published TEXT, status TEXT NOT NULL, error TEXT, processed_at TEXT NOT NULL);
        INSERT INTO articles VALUES ('b', NULL, NULL, NULL, NULL, NULL, 'failed', 'x', 'now');
        INSERT INTO articles VALUES ('a', NULL, NULL, NULL, NULL, NULL, 'failed', 'x', 'now');
        PRAGMA user_version = 1;""")
    con.close()
    with EventStore(db):
        pass
    assert store_rows(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert store_rows(db, "SELECT id, seq FROM articles ORDER BY seq") == [("b", 1), ("a", 2)]


# -- 12. symbolic links -------------------------------------------------------------------

def test_links_that_dangle_or_loop_are_reported(tmp_path):
    from geostrike.pipeline import read_inputs

    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "good.txt").write_text("Drones hit Kursk.", encoding="utf-8")
    (inp / "sub" / "also.txt").write_text("Drones hit Oryol.", encoding="utf-8")
    (inp / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (inp / "folder-gone").symlink_to(tmp_path / "missing-folder")
    (inp / "sub" / "up").symlink_to(inp)                      # a loop through the tree
    (inp / "self.txt").symlink_to(inp / "self.txt")           # a link to itself
    (inp / "sub2").symlink_to(inp / "sub")                    # a second way to a folder: searched once
    (inp / "ignored.csv").symlink_to(tmp_path / "missing.csv")  # not an article either way
    records = list(read_inputs([inp]))
    assert sorted(r.id for r in records if not isinstance(r, ReadFailure)) == ["also", "good"]
    messages = sorted(r.message for r in records if isinstance(r, ReadFailure))
    assert messages == sorted([
        f"{inp}/dangling.txt: broken symbolic link (to {tmp_path}/missing.txt, which does not exist); skipped",
        f"{inp}/folder-gone: broken symbolic link (to {tmp_path}/missing-folder, which does not exist); skipped",
        f"{inp}/self.txt: symbolic link loop (to {inp}/self.txt); skipped",
        f"{inp}/sub/up: symbolic link loop (to {inp}, a folder that contains it); skipped",
    ])


@pytest.mark.slow
def test_links_that_dangle_or_loop_fail_the_run_visibly(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text(strike(0), encoding="utf-8")
    (inp / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (inp / "loop").symlink_to(inp)
    proc = geostrike("-q", "run", str(inp), "-o", str(tmp_path / "out"))
    assert proc.returncode == 3
    assert sorted(line.split(": ", 2)[2] for line in failed_lines(proc)) == [
        f"broken symbolic link (to {tmp_path}/missing.txt, which does not exist); skipped",
        f"symbolic link loop (to {inp}, a folder that contains it); skipped"]
    assert len(features(tmp_path / "out" / "events.geojson")) == 1


# -- the property: no JSON line can stop the run -------------------------------------------

def _good(obj: object, seen: set[str]) -> str | None:
    """The id under which a decoded line must be stored, or None when it must fail."""
    if not isinstance(obj, dict):
        return None

    def text_ok(v: object, empty: bool = True) -> bool:
        if not isinstance(v, str) or (not empty and not v.strip()):
            return False
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True

    raw = obj.get("id")
    if isinstance(raw, bool) or not isinstance(raw, (str, int)) or not str(raw).strip() or not text_ok(str(raw)):
        return None
    if not text_ok(obj.get("text"), empty=False):
        return None
    if any(obj.get(k) is not None and not text_ok(obj.get(k)) for k in ("title", "url")):
        return None
    published = obj.get("published")
    if published not in (None, ""):
        try:
            date.fromisoformat(published[:10]) if isinstance(published, str) else 1 / 0
        except (ValueError, ZeroDivisionError):
            return None
    return None if str(raw) in seen else str(raw)


BROKEN = ['{"id": 1, "text": ', "[1, 2", "{}", "\x00", '{"id": "z", "text": "\xff"}']


@pytest.mark.slow
def test_no_json_line_stops_the_run_and_every_good_line_is_stored(gs):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from geostrike.models import Article
    from geostrike.pipeline import run
    from geostrike.store import content_hash

    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        st.text(max_size=20), st.sampled_from(["", " ", "\r\n", "2024-06-03", "=1+2", "\ud800"]))
    anything = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                             st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                            max_leaves=5)
    texts = st.one_of(st.builds(strike, st.integers(0, 100)), st.text(min_size=1, max_size=200), anything)
    record = st.fixed_dictionaries(
        {"id": st.one_of(st.sampled_from(["a", "b", "a", " "]), st.integers(0, 3), anything), "text": texts},
        optional={"title": anything, "url": anything,
                  "published": st.one_of(st.sampled_from(["2024-06-03", "2024-13-01", "yesterday"]), anything)})
    # A line is a value written as JSON, or (as a 1-tuple) raw text that is broken JSON.
    line = st.one_of(record, record, anything, st.sampled_from(BROKEN).map(lambda x: (x,)))

    @settings(max_examples=int(os.environ.get("GEOSTRIKE_PROPERTY_EXAMPLES", "25")), deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(line, min_size=1, max_size=8))
    def check(lines: list) -> None:
        texts = [x[0] if isinstance(x, tuple) else json.dumps(x) for x in lines]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "n.jsonl"
            path.write_bytes("".join(t + "\n" for t in texts).encode("utf-8").replace(b"\\xff", b"\xff"))
            summary = run([path], Path(tmp) / "out", progress=False, pipeline=gs)
            done = dict(store_rows(Path(tmp) / "out" / "geostrike.sqlite",
                                   "SELECT id, content_hash FROM articles WHERE status = 'done'"))
        assert summary.articles == len(done) + len(summary.failed)
        if "\x00" in texts:  # a NUL byte: the file is binary and fails whole
            assert not done and len(summary.failed) == 1
            return
        seen: set[str] = set()
        expected = {}
        for t in texts:
            try:
                obj = json.loads(t)
            except ValueError:
                continue
            if (good := _good(obj, seen)) is not None:
                seen.add(good)
                published = obj.get("published")
                expected[good] = Article(good, obj["text"], date.fromisoformat(published[:10]) if published else None,
                                         obj.get("title"), obj.get("url"), str(path))
        assert set(done) == set(expected), summary.failed
        assert all(done[i] == content_hash(a) for i, a in expected.items())

    check()
