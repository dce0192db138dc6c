"""Fixtures for the whole suite: a user data folder per test, real databases.

Building a schema or the demo data costs more than most tests, so each is made once per
run into a session folder (or a template database on PostgreSQL), and every test gets a
copy of its own. The core tests that take `db` or `demo_db` run on both backends, SQLite
and PostgreSQL (see tests/backends.py); the others on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale

from isa_desk import language
from isa_desk.core import i18n as core_i18n
from isa_desk.core import paths
from isa_desk.core.db.engine import Database
from isa_desk.core.demo import dataset as demo
from isa_desk.core.paths import DATABASE_ENV, HOME_ENV
from tests import DEMO_TODAY, copy_database

# the suite never reads or writes the password store of the machine it runs on; tests of
# the store set an in-memory one of their own
keyring.set_keyring(fail.Keyring())

# the backends' fixtures (backend, postgres_server, postgres_templates) and parametrization
pytest_plugins = ["tests.backends"]


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Iterator[Path]:
    """Every test gets its own user data folder (settings, log, default database) and
    documents folder; translations a test loaded (and the locale) are undone afterwards."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv(HOME_ENV, str(folder))
    # the platform's documents folder, which the program makes when missing
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(folder / "Documents"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    locale = QLocale()  # language.load sets the default locale: put back afterwards
    yield folder
    QLocale.setDefault(locale)
    language.uninstall()
    core_i18n.set_translator(None)
    core_i18n.set_catalogue_loader(None)


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


def _own_database(request, backend: str, tmp_path: Path, made: str) -> Iterator[Database]:
    """A database of its own, copied from what was `made` once per session ("empty" or
    "demo"): a file next to the test, or a database on the test server."""
    if backend == "postgresql":
        with request.getfixturevalue("postgres_templates").copy(made) as url:
            database = Database.open(url)
            yield database
            database.close()
        return
    source = request.getfixturevalue(f"{made}_file")
    name = {"empty": "t.sqlite", "demo": "demo.sqlite"}[made]
    database = Database.open(str(copy_database(source, tmp_path / name)))
    yield database
    database.close()


@pytest.fixture
def db(request, backend, tmp_path) -> Iterator[Database]:
    """An empty database of its own: an SQLite file, or a database on the test server."""
    yield from _own_database(request, backend, tmp_path, "empty")


@pytest.fixture
def demo_db(request, backend, tmp_path) -> Iterator[Database]:
    """A database of its own holding the demo data (as of DEMO_TODAY)."""
    yield from _own_database(request, backend, tmp_path, "demo")
