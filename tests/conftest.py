from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
import pytest

from claimtracker.storage.database import Database, sqlite_url
from tests.helpers.postgres import start_cluster

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _sample_claims() -> int:
    articles = json.loads((SEEDS / "annotations.json").read_text(encoding="utf-8"))["articles"]
    return sum(len(a["claims"] if isinstance(a, dict) else a) for a in articles.values())


SAMPLE_CLAIMS = _sample_claims()  # every claim annotated in seeds/annotations.json
_database_numbers = itertools.count()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    gui_dir = Path(__file__).parent / "gui"
    for item in items:
        if gui_dir in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server for the session, or a skip that says why there is none."""
    if os.environ.get("CLAIMTRACKER_TEST_PG") == "off":
        pytest.skip("PostgreSQL tests switched off by CLAIMTRACKER_TEST_PG=off")
    try:
        cluster = start_cluster()
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL: {exc}")
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    name = f"ct_test_{os.getpid()}_{next(_database_numbers)}"
    with psycopg.connect(
        f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_cluster.url(name)


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.sqlite"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path: Path):
    """An empty, migrated database on each backend."""
    if request.param == "sqlite":
        database = Database.open(sqlite_url(tmp_path / "claims.sqlite"))
    else:
        database = Database.open(request.getfixturevalue("pg_url"))
    yield database
    database.close()


@pytest.fixture
def sqlite_db(sqlite_path: Path):
    database = Database.open(sqlite_url(sqlite_path))
    yield database
    database.close()
