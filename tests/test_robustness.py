"""Bad input, killed runs and concurrent runs: real files, real subprocesses, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from geostrike.read import MAX_BYTES

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Lviv"]


def geostrike(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True)


def popen(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geostrike", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def write_articles(folder: Path, n: int, prefix: str = "art", start: int = 0) -> None:
    """``n`` one-line strike reports; articles 2k and 2k+1 report the same strike."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        day = date(2024, 1, 1) + timedelta(days=i // 2)
        city = CITIES[(i // 2) % len(CITIES)]
        verb = "struck" if i % 2 == 0 else "hit"
        (folder / f"{prefix}-{i:04d}.txt").write_text(
            f"Russian drones {verb} {city} on {day:%B} {day.day}, {day.year}.", encoding="utf-8")


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def done_count(db: Path) -> int:
    try:
        con = read_only(db)
        try:
            return con.execute("SELECT count(*) FROM articles WHERE status = 'done'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created yet


def features(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    return data["features"]


# -- bad input ---------------------------------------------------------------------------

@pytest.mark.slow
def test_bad_inputs_fail_one_by_one_and_the_rest_is_processed(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    (inp / "good.txt").write_text("Russian missiles struck Odesa on June 5, 2024.", encoding="utf-8")
    (inp / "empty.txt").write_bytes(b"")
    (inp / "blank.md").write_text("  \n\n", encoding="utf-8")
    (inp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inp / "huge.txt").write_bytes(b"Kharkiv. " * (MAX_BYTES // 9 + 1))
    (inp / "latin1.txt").write_bytes("Russian drones struck Kharkiv on June 3, 2024, the café owner said."
                                     .encode("latin-1"))
    (inp / "cp1251.txt").write_bytes(
        "Russian drones struck Sumy on June 4, 2024. Российские дроны атаковали Сумы.".encode("cp1251"))
    (inp / "page.html").write_text(
        "<html><head><title>News</title><script>var city='Lviv';</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>Kyiv bureau</a></nav>"
        "<article><h1>Strike on Dnipro</h1><p>Russian missiles hit <b>Dnipro</b> on June 6, 2024, the regional "
        "governor said on Telegram, adding that an industrial site was damaged and two people were hurt.</p></article>"
        "<footer>Subscribe to our newsletter from Poltava</footer></body></html>", encoding="utf-8")
    (inp / "news.jsonl").write_text(
        '{"id": "j1", "text": "Ukrainian drones attacked a refinery in Tuapse on June 4, 2024."}\n'
        '{"id": "j2", "text": \n'
        '{"id": "j3", "published": "yesterday", "text": "Drones hit Kursk."}\n'
        '{"id": "j4", "text": "Russian drones struck Poltava on June 7, 2024."}\n', encoding="utf-8")
    proc = geostrike("run", str(inp), "-o", str(out))
    assert proc.returncode == 3, proc.stderr
    failed = [line for line in proc.stderr.splitlines() if line.startswith("failed: ")]
    expected = {"empty.txt": "empty file", "blank.md": "empty file", "image.txt": "looks binary",
                "huge.txt": f"over the {MAX_BYTES:,}-byte limit", "news.jsonl, line 2": "invalid JSON",
                "news.jsonl, line 3": "'published' 'yesterday' is not an ISO date"}
    assert len(failed) == len(expected), proc.stderr
    for where, problem in expected.items():
        assert any(line.startswith(f"failed: {inp}/{where}: ") and problem in line for line in failed), where
    assert "decoded as cp1252" in proc.stderr and "decoded as cp1251" in proc.stderr
    assert "12 articles read, 0 skipped (unchanged), 6 failed; 6 events new, 0 merged into existing" in proc.stdout
    places = {f["properties"]["place"]: f["properties"] for f in features(out / "events.geojson")}
    assert set(places) == {"Odesa", "Kharkiv", "Sumy", "Dnipro", "Tuapse", "Poltava"}
    assert "café" in places["Kharkiv"]["quote"]
    con = sqlite3.connect(out / "geostrike.sqlite")
    rows = dict(con.execute("SELECT id, error FROM articles WHERE status = 'failed'").fetchall())
    assert set(rows) == {"empty", "blank", "image", "huge", "news.jsonl:2", "j3"}
    assert rows["news.jsonl:2"].endswith("news.jsonl, line 2: invalid JSON (Expecting value)")
    # Failed inputs are tried again (and reported again) on the next run; the rest is skipped.
    again = geostrike("run", str(inp), "-o", str(out))
    assert again.returncode == 3 and again.stderr.count("failed: ") == 6
    assert "12 articles read, 6 skipped (unchanged), 6 failed" in again.stdout
    # A fixed input is processed and loses its failed status.
    (inp / "empty.txt").write_text("Russian drones struck Kherson on June 8, 2024.", encoding="utf-8")
    third = geostrike("-q", "run", str(inp / "empty.txt"), "-o", str(out))
    assert third.returncode == 0, third.stderr
    assert con.execute("SELECT status FROM articles WHERE id = 'empty'").fetchone() == ("done",)


def test_fatal_error_exits_1(tmp_path):
    (tmp_path / "a.txt").write_text("Russian drones struck Sumy on June 4, 2024.", encoding="utf-8")
    (tmp_path / "store.sqlite").write_bytes(b"this is not a database" * 100)
    proc = geostrike("run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                     "--store", str(tmp_path / "store.sqlite"))
    assert proc.returncode == 1 and "cannot open the event store" in proc.stderr


# -- crash safety -------------------------------------------------------------------------

@pytest.mark.slow
def test_sigkill_midway_leaves_outputs_and_store_whole_and_the_next_run_resumes(tmp_path):
    inp, out, clean = tmp_path / "in", tmp_path / "out", tmp_path / "clean"
    n_first, n_total = 10, 300
    write_articles(inp, n_first)
    first = geostrike("-q", "run", str(inp), "-o", str(out))
    assert first.returncode == 0, first.stderr
    previous = (out / "events.geojson").read_bytes()
    write_articles(inp, n_total - n_first, start=n_first)

    db = out / "geostrike.sqlite"
    proc = popen("-q", "run", str(inp), "-o", str(out))
    deadline = time.monotonic() + 120
    while done_count(db) <= n_first and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    killed_at = done_count(db)
    assert n_first < killed_at < n_total, "the kill did not land in the middle of the run"

    con = read_only(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    # Whole articles only: every done article has its mentions and is the source of an event.
    assert con.execute("""SELECT count(*) FROM articles a WHERE status = 'done' AND (
        NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id) OR
        NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.article_id = a.id))""").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                       "(SELECT 1 FROM event_sources s WHERE s.event_id = e.event_id)").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM events e WHERE sources_count != "
                       "(SELECT count(*) FROM event_sources s WHERE s.event_id = e.event_id)").fetchone() == (0,)
    con.close()
    # The outputs of the earlier run are still there and readable (or, if the kill came
    # while they were being replaced, the new ones are whole).
    assert len(features(out / "events.geojson")) >= len(json.loads(previous)["features"])
    assert "</html>" in (out / "map.html").read_text(encoding="utf-8")[-200:]
    visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert visible <= {"events.geojson", "events.gpkg", "events.csv", "map.html", "events.qml", "events.vrt",
                       "geostrike.sqlite",
                       "geostrike.sqlite-wal", "geostrike.sqlite-shm"}

    resumed = geostrike("run", str(inp), "-o", str(out))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{n_total} articles read, {killed_at} skipped (unchanged), 0 failed" in resumed.stdout
    assert not [p for p in out.iterdir() if ".tmp" in p.name]

    clean_run = geostrike("-q", "run", str(inp), "-o", str(clean))
    assert clean_run.returncode == 0, clean_run.stderr
    assert len(features(clean / "events.geojson")) == n_total // 2  # each pair of articles is one strike
    assert (out / "events.geojson").read_bytes() == (clean / "events.geojson").read_bytes()


@pytest.mark.slow
def test_two_runs_on_one_store_at_once(tmp_path):
    db = tmp_path / "shared.sqlite"
    write_articles(tmp_path / "in-a", 60, prefix="a")
    write_articles(tmp_path / "in-b", 60, prefix="b", start=1000)
    runs = [popen("-q", "run", str(tmp_path / f"in-{x}"), "-o", str(tmp_path / f"out-{x}"), "--store", str(db))
            for x in "ab"]
    for proc in runs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    con = read_only(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE status = 'done'")]
    assert len(ids) == 120 and sum(i.startswith("a-") for i in ids) == 60
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert n_events == 60
    # Outputs are written under the store's lock: the run that wrote last shows both folders.
    assert max(len(features(tmp_path / f"out-{x}" / "events.geojson")) for x in "ab") == n_events


def test_stale_temporary_files_of_killed_runs_are_removed(tmp_path):
    from geostrike.export import remove_stale_temp_files

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = dead.stdout.strip()
    stale = [tmp_path / f".events.geojson.tmp{pid}", tmp_path / f".events.tmp{pid}.gpkg"]
    keep = [tmp_path / f".map.html.tmp{os.getpid()}", tmp_path / ".notes.tmp", tmp_path / "events.geojson"]
    for p in stale + keep:
        p.write_text("{", encoding="utf-8")
    assert sorted(remove_stale_temp_files(tmp_path)) == sorted(stale)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in stale)


@pytest.mark.parametrize("size,fails", [(MAX_BYTES, False), (MAX_BYTES + 1, True)])
def test_size_limit_is_exact(tmp_path, size, fails):
    from geostrike.exceptions import ArticleError
    from geostrike.read import read_file

    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * size)
    if fails:
        with pytest.raises(ArticleError, match="limit for one article"):
            list(read_file(p))
    else:
        assert len(next(read_file(p)).text) == size
