"""Every error geostrike raises on purpose.

Library code raises these; only :mod:`geostrike.cli` turns them into messages and exit
codes. Each class also inherits the matching builtin so ``except OSError`` or
``except ValueError`` keeps working for callers who do not know geostrike.
"""

from __future__ import annotations


class GeostrikeError(Exception):
    """Root of all geostrike errors."""


class GazetteerError(GeostrikeError, OSError):
    """The gazetteer index is missing, unreadable or cannot be built."""


class GazetteerSourceError(GeostrikeError, ValueError):
    """A curated gazetteer source file (CSV/GeoJSON in ``gazetteer/``) is malformed."""


class ArticleError(GeostrikeError, ValueError):
    """An input article cannot be read; the message names the file (and line)."""


class ModelError(GeostrikeError, OSError):
    """The spaCy language model is not installed."""


class OutputError(GeostrikeError, OSError):
    """An output file cannot be written."""


class StoreError(GeostrikeError, OSError):
    """The event store cannot be opened, is of another version, or cannot be written."""


class ReviewError(GeostrikeError, ValueError):
    """A review decision names an unknown event or candidate, or a bad value; nothing was stored."""


class EngineError(GeostrikeError, RuntimeError):
    """The Dask engine cannot run: Dask is not installed, the scheduler cannot be reached,
    or its workers cannot load the pipeline or the same gazetteer index as this process."""
