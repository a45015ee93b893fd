"""Shared fixtures: the real spaCy model, the real gazetteer, the project's own texts."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the repository; tests that need it skip when it is absent."""
    if not (SHARED / "eval" / "seeds.gold.json").is_file():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def gazetteer():
    from geostrike.gazetteer import Gazetteer
    from geostrike.geonames_import import ensure_index

    return Gazetteer(ensure_index(progress=False))


@pytest.fixture(scope="session")
def gs(gazetteer):
    from geostrike.pipeline import Geostrike

    return Geostrike()


@pytest.fixture(scope="session")
def events_of(gs):
    """Run the whole pipeline on a text; return its events keyed by place name."""
    from datetime import date

    def run(text: str, published: str | None = None) -> dict[str, object]:
        result = gs.process_text(text, published=date.fromisoformat(published) if published else None)
        return {e.place.entry.name: e for e in result.events}

    return run


@pytest.fixture(scope="session")
def postgres():
    """A throw-away PostgreSQL + PostGIS server for the session (``tests/support/postgres.py``);
    skips when none is installed, and fails under CI."""
    from support.postgres import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(postgres) -> str:
    """The URL of a new, empty database with PostGIS on :func:`postgres`."""
    return postgres.new_database()
