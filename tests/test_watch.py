"""``geostrike run --every``: cycles that process only what is new, and a clean stop on SIGTERM."""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


def _start(*args: str) -> tuple[subprocess.Popen, queue.Queue]:
    """``geostrike run`` in a child process; its stdout lines arrive on the queue, its stderr
    is collected by a second reader (``proc.err_lines``), so that neither pipe fills up and
    nothing else reads them."""
    proc = subprocess.Popen([sys.executable, "-m", "geostrike", "run", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue = queue.Queue()
    proc.err_lines = []  # type: ignore[attr-defined]

    def pump() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.put(line.rstrip("\n"))

    def pump_err() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            proc.err_lines.append(line)  # type: ignore[attr-defined]

    proc.readers = [threading.Thread(target=pump, daemon=True), threading.Thread(target=pump_err, daemon=True)]  # type: ignore[attr-defined]
    for reader in proc.readers:  # type: ignore[attr-defined]
        reader.start()
    return proc, lines


def _summary(lines: queue.Queue, timeout: float = 240.0) -> str:
    """The next summary line ("N articles read, …")."""
    deadline = time.monotonic() + timeout
    while True:
        line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        if " articles read, " in line:
            return line


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    for reader in proc.readers:  # type: ignore[attr-defined]
        reader.join(timeout=10)  # both pipes read to their end (communicate would race the readers)
    return proc.returncode, "".join(proc.err_lines)  # type: ignore[attr-defined]


def test_every_reads_again_and_processes_only_the_new_article(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "kharkiv.txt").write_text("Russian drones struck Kharkiv on June 3, 2024, injuring five people.",
                                        encoding="utf-8")
    proc, lines = _start("--every", "3s", str(inputs), "-o", str(out), "-j", "1")
    try:
        first = _summary(lines)
        assert first.startswith("1 articles read, 0 skipped (unchanged), 0 failed; 1 events new"), first
        (inputs / "odesa.txt").write_text("Russian missiles hit Odesa on June 5, 2024.", encoding="utf-8")
        second = _summary(lines)
        assert second.startswith("2 articles read, 1 skipped (unchanged), 0 failed; 1 events new"), second
        places = {f["properties"]["place"] for f in
                  json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]}
        assert places == {"Kharkiv", "Odesa"}
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    assert "SIGTERM: stopping once the articles in hand are stored" in err


def test_sigterm_mid_cycle_stores_the_batch_in_hand_and_leaves_whole_outputs(tmp_path):
    texts = [line for line in (REPO / "examples" / "news.jsonl").read_text(encoding="utf-8").splitlines() if line]
    texts = [json.loads(t)["text"] for t in texts]
    total = 400
    feed = tmp_path / "many.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        for i in range(total):
            fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)],
                                 "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")
    out = tmp_path / "out"
    db = out / "geostrike.sqlite"
    proc, lines = _start("--every", "10m", str(feed), "-o", str(out), "-j", "1")

    def done() -> int:
        try:
            with sqlite3.connect(db, timeout=30) as con:
                return con.execute("SELECT count(*) FROM articles WHERE status = 'done'").fetchone()[0]
        except sqlite3.Error:
            return 0

    try:
        deadline = time.monotonic() + 240
        while done() == 0:  # the first batch is stored: the cycle is under way
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    summary = _drain(lines)
    assert summary.endswith("stopped by a signal"), summary
    stored = done()
    assert 0 < stored < total  # it stopped before reading everything
    # The outputs are whole, and are those of the store.
    collection = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    with sqlite3.connect(db) as con:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert len(collection["features"]) == events > 0
    csv_rows = (out / "events.csv").read_text(encoding="utf-8").count("\n") - 1
    assert csv_rows >= events
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
    # The next run goes on with the articles that are missing.
    r = subprocess.run([sys.executable, "-m", "geostrike", "run", str(feed), "-o", str(out), "-j", "1"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"{total} articles read, {stored} skipped (unchanged)" in r.stdout


def _drain(lines: queue.Queue) -> str:
    """The last summary line the child printed."""
    found = ""
    while True:
        try:
            line = lines.get(timeout=2)
        except queue.Empty:
            return found
        if " articles read, " in line:
            found = line
