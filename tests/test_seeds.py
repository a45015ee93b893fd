"""The five seed articles in ../shared, scored by the shared scorer (skips without ../shared)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # runs geostrike on the seed texts


def test_seed_events_score(shared, tmp_path):
    out = tmp_path / "seeds"
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", str(shared / "seeds"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    score = subprocess.run([sys.executable, str(shared / "eval" / "score_events.py"),
                            str(shared / "eval" / "seeds.gold.json"), str(out / "events.geojson"), "-v"],
                           capture_output=True, text=True)
    line = score.stdout.strip().splitlines()[-1]
    m = re.search(r"recall ([\d.]+) .*precision ([\d.]+) .*traps (\d+)", line)
    assert m, score.stdout
    recall, precision, traps = float(m[1]), float(m[2]), int(m[3])
    # The events issue's bar: every seed strike found, precision 0.95 or more, no trap taken.
    assert recall == 1.0 and precision >= 0.95 and traps == 0, score.stdout
