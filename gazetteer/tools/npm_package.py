"""Find an npm package the gazetteer tools read data from, and its version.

The tools are run as scripts (``python3 gazetteer/tools/X.py``), so this sibling module
is importable as ``npm_package``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# Where `npm install` puts packages: the repository root, or a scratch folder /tmp/np.
SEARCH_ROOTS = (REPO_ROOT / "node_modules", Path("/tmp/np/node_modules"))


def find(name: str, marker: str, version: str, arg: str | None = None) -> Path:
    """The folder of npm package ``name`` that holds ``marker``, or exit with what to run.

    ``arg`` (a folder given on the command line) replaces the default search.
    """
    candidates = [Path(arg)] if arg else [root / name for root in SEARCH_ROOTS]
    for cand in candidates:
        if (cand / marker).exists():
            return cand
    sys.exit(f"{name} not found in: {', '.join(map(str, candidates))}; "
             f"run 'npm install {name}@{version}' in the repository root or pass its folder")


def version_of(pkg: Path) -> str:
    """The ``version`` in the package's package.json, or "unknown"."""
    try:
        return json.loads((pkg / "package.json").read_text(encoding="utf-8"))["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"
