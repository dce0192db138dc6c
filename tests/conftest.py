"""Fixtures for the whole suite: a user data folder per test, real SQLite files.

Building a schema or the demo data costs more than most tests, so each is made once per
run into a session folder, and every test gets a copy of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from isa_desk import language
from isa_desk.core import i18n as core_i18n
from isa_desk.core import paths
from isa_desk.core.db.engine import Database
from isa_desk.core.demo import dataset as demo
from isa_desk.core.paths import DATABASE_ENV, HOME_ENV
from tests import DEMO_TODAY, copy_database


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Iterator[Path]:
    """Every test gets its own user data folder (settings, log, default database) and
    documents folder; translations a test loaded are unloaded afterwards."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv(HOME_ENV, str(folder))
    # the platform's documents folder, which the program makes when missing
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(folder / "Documents"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    yield folder
    language.uninstall()
    core_i18n.set_translator(None)


def _build(path: Path, fill=None) -> Path:
    database = Database.open(str(path))
    try:
        if fill is not None:
            fill(database)
    finally:
        database.close()  # folds the write-ahead log back into the file before it is copied
    return path


@pytest.fixture(scope="session")
def empty_file(tmp_path_factory) -> Path:
    """A database with the current schema and no records."""
    return _build(tmp_path_factory.mktemp("empty") / "empty.sqlite")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo data as of DEMO_TODAY: the same dates in every run."""
    return _build(
        tmp_path_factory.mktemp("demo") / "demo.sqlite",
        lambda database: demo.fill(database, today=DEMO_TODAY),
    )


@pytest.fixture(scope="session")
def current_demo_file(tmp_path_factory) -> Path:
    """The demo data as of the real today, for what is measured against today."""
    return _build(tmp_path_factory.mktemp("current-demo") / "demo.sqlite", demo.fill)


@pytest.fixture
def db(tmp_path, empty_file) -> Iterator[Database]:
    """An empty database in a file of its own."""
    database = Database.open(str(copy_database(empty_file, tmp_path / "t.sqlite")))
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path, demo_file) -> Iterator[Database]:
    """A database of its own holding the demo data (as of DEMO_TODAY)."""
    database = Database.open(str(copy_database(demo_file, tmp_path / "demo.sqlite")))
    yield database
    database.close()
