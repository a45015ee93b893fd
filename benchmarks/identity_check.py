"""Byte-identity check for behaviour-preserving changes: a SHA-256 per output.

Runs ``geostrike run`` and ``geostrike geoparse`` on ``examples/`` and, when present,
``../shared/seeds`` into temporary folders, and prints the hash of every
``events.geojson``, ``events.csv`` and geoparse JSON Lines file. Run it before a
refactor with ``--save``, after it with ``--compare``::

    python benchmarks/identity_check.py --save /tmp/identity-before.json
    # ... change the code ...
    python benchmarks/identity_check.py --compare /tmp/identity-before.json

``--source DIR`` runs the ``geostrike`` package found in ``DIR`` instead of this
checkout's (for example a ``git archive`` of another commit unpacked in ``/tmp``), so that
two versions can be compared while the working tree holds other edits. The exit code is
1 when ``--compare`` finds a difference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("events.geojson", "events.csv")


def corpora() -> dict[str, Path]:
    """The inputs: the project's examples and, when the folder exists, the shared seeds."""
    out = {"examples": ROOT / "examples"}  # absolute paths: the runs start in --source
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        out["seeds"] = seeds
    return out


def _geostrike(source: Path, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(source), PYTHONHASHSEED="0")
    # Run from ``source`` itself: ``python -m`` puts the working folder first on sys.path.
    subprocess.run([sys.executable, "-m", "geostrike", "-q", *args], check=True, env=env, cwd=source,
                   stdout=subprocess.DEVNULL)


def hashes(source: Path) -> dict[str, str]:
    """``{"examples/events.geojson": sha256, …}`` for every corpus and output."""
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="geostrike-identity-") as tmp:
        for name, inputs in corpora().items():
            folder = Path(tmp) / name
            _geostrike(source, "run", str(inputs), "-o", str(folder), "-j", "1")
            for fname in OUTPUTS:
                out[f"{name}/{fname}"] = hashlib.sha256((folder / fname).read_bytes()).hexdigest()
            toponyms = Path(tmp) / f"{name}.toponyms.jsonl"
            _geostrike(source, "geoparse", str(inputs), "-o", str(toponyms))
            out[f"{name}/geoparse.jsonl"] = hashlib.sha256(toponyms.read_bytes()).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=ROOT,
                    help="folder holding the geostrike package to run (default: this checkout)")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, metavar="FILE", help="write the hashes to FILE (JSON)")
    group.add_argument("--compare", type=Path, metavar="FILE", help="compare with hashes saved in FILE")
    args = ap.parse_args(argv)

    got = hashes(args.source.resolve())
    want = json.loads(args.compare.read_text()) if args.compare else {}
    differ = False
    for key, digest in got.items():
        mark = ""
        if args.compare:
            same = want.get(key) == digest
            differ |= not same
            mark = "  same" if same else "  DIFFERS"
        print(f"{digest[:16]}  {key}{mark}")
    if args.compare:
        missing = sorted(set(want) - set(got))
        for key in missing:
            print(f"{'-' * 16}  {key}  MISSING")
        differ |= bool(missing)
        print("IDENTICAL" if not differ else "DIFFERENT")
    if args.save:
        args.save.write_text(json.dumps(got, indent=1) + "\n")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
