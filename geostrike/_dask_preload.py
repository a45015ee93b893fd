"""Imported by the fork server of a local Dask cluster (:mod:`geostrike.engine_dask`) before
it forks the workers: the pipeline is loaded once there, and each worker starts with it.

Only the fork server imports this module, with ``$GEOSTRIKE_DASK_PRELOAD_INDEX`` naming the
gazetteer index; anywhere else it loads nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The index path the fork server was given, and the pipeline loaded with it.
INDEX = os.environ.get("GEOSTRIKE_DASK_PRELOAD_INDEX")
PIPELINE = None

if INDEX:
    try:
        from .pipeline import Geostrike

        PIPELINE = Geostrike(Path(INDEX))
    except Exception:  # noqa: BLE001 (each worker then loads its own and reports what failed)
        PIPELINE = None
