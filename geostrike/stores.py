"""Which event store ``--store`` names: the SQLite file (:mod:`geostrike.store`, the default)
or a PostGIS database (:mod:`geostrike.store_pg`), opened by :func:`open_store`."""

from __future__ import annotations

from pathlib import Path

from .store import EventStore


def is_store_url(spec: str | Path) -> bool:
    """Whether ``spec`` names a PostgreSQL database (``postgresql://…``) rather than a SQLite file."""
    return isinstance(spec, str) and spec.startswith(("postgresql://", "postgres://"))


def open_store(spec: str | Path, *, create: bool = True) -> EventStore:
    """The event store that ``spec`` names, opened.

    Parameters
    ----------
    spec : str or pathlib.Path
        A ``postgresql://user@host/db`` URL (the PostGIS store,
        :class:`geostrike.store_pg.PostgisEventStore`), or the path of a SQLite file.
    create : bool
        Create the store (file, or tables) when it does not exist yet.
    """
    if is_store_url(spec):
        from .store_pg import PostgisEventStore  # psycopg is imported only for a URL

        return PostgisEventStore(str(spec), create=create)
    return EventStore(Path(spec), create=create)
