"""--jobs: worker processes give the same events as one process."""

from __future__ import annotations

import subprocess
import sys

import pytest

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Lviv"]


@pytest.mark.slow
def test_two_jobs_match_one(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(70):  # above MIN_PARALLEL, so two workers really run
        city = CITIES[i % len(CITIES)]
        (inp / f"a{i:03d}.txt").write_text(
            f"Russian drones struck {city} on {i % 28 + 1} March 2024, killing {i % 5 + 1} people.", encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(inp), "-o", str(out), "--jobs", jobs],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append((out / "events.geojson").read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b'"Feature"') == 70


def test_tasks_keep_the_order_and_the_last_ones_are_small():
    from geostrike.pipeline import worker_tasks

    for n in (0, 1, 65, 191, 192, 2000):
        tasks = [articles for articles, _ in worker_tasks(range(n), 64, None, jobs=2)]
        assert [a for t in tasks for a in t] == list(range(n))
        assert all(0 < len(t) <= 64 for t in tasks)
    tasks = [len(articles) for articles, _ in worker_tasks(range(2000), 64, None, jobs=2)]
    assert tasks[0] == 64 and len(tasks) - tasks.count(64) == 8 and max(tasks[-8:]) <= 24
