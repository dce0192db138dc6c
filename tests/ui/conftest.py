"""Fixtures for the window tests: a real SQLite file per test, settings in tmp_path."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from isa_desk.core.db.engine import Database

DEMO_TODAY = dt.date(2021, 9, 30)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Every test gets its own user data folder (settings, log, default database)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("ISA_DESK_HOME", str(folder))
    monkeypatch.delenv("ISA_DESK_DATABASE", raising=False)
    return folder


@pytest.fixture
def db(tmp_path):
    """An empty database in a file of its own."""
    database = Database.open(str(tmp_path / "t.sqlite"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo data, filled once per test run; each test works on a copy."""
    demo = pytest.importorskip("isa_desk.core.demo.dataset")
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database.open(str(path))
    demo.fill(database, today=DEMO_TODAY)
    database.close()  # folds the write-ahead log back into the file before it is copied
    return path


@pytest.fixture
def demo_db(tmp_path, demo_file):
    """A database filled with the demo data set."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    database = Database.open(str(path))
    yield database
    database.close()


@pytest.fixture
def settings(home):
    from isa_desk.ui.shell.settings import Settings

    return Settings(home / "settings.ini")


@pytest.fixture
def window(qtbot, demo_db, settings):
    """The main window over the demo data, shown (offscreen)."""
    from isa_desk.ui.shell.app import create_main_window

    main = create_main_window(demo_db, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
