"""The two database backends of the suite: SQLite files and a PostgreSQL server.

Tests under tests/core that take `db` or `demo_db` run once on each backend (ids
`[sqlite]` and `[postgresql]`), unless marked `sqlite_only` (what only an SQLite file has:
its bytes, its write-ahead log, its backups). Other tests run on SQLite; a test elsewhere
marked `postgresql` runs on both as well.

The server is the one ISA_DESK_TEST_POSTGRES names (CI starts it with
tests/postgres_server.py) or, without it, one the session starts itself where PostgreSQL
is installed. Without a server the PostgreSQL runs are skipped, or fail when
ISA_DESK_TEST_REQUIRE_POSTGRES=1 (CI). ISA_DESK_TEST_BACKENDS=sqlite (or postgresql)
runs one backend only.

Each test gets a database of its own, copied on the server from a template (the empty
schema, or the demo data) made once per session, and dropped afterwards.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests import DEMO_TODAY, ROOT
from tests import postgres_server as server_script

BACKENDS = ("sqlite", "postgresql")
BACKENDS_ENV = "ISA_DESK_TEST_BACKENDS"
BOTH_UNDER = ROOT / "tests" / "core"
NO_SERVER_ENV = "_ISA_DESK_TEST_NO_POSTGRES"  # why the session's own server did not start


def _chosen() -> tuple[str, ...]:
    wanted = os.environ.get(BACKENDS_ENV, "")
    chosen = tuple(name for name in BACKENDS if name in wanted.split(","))
    return chosen or BACKENDS


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    both = (
        Path(str(definition.path)).is_relative_to(BOTH_UNDER)
        or definition.get_closest_marker("postgresql") is not None
    ) and definition.get_closest_marker("sqlite_only") is None
    names = _chosen() if both else ("sqlite",)
    if not both and "sqlite" not in _chosen():
        names = ()
    metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """The backend of this run of the test: "sqlite" or "postgresql"."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql" and request.getfixturevalue("postgres_server") is None:
        reason = "no PostgreSQL server (install Debian's postgresql package): " + os.environ.get(
            NO_SERVER_ENV, "not installed"
        )
        if os.environ.get(server_script.REQUIRE_ENV) == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return name


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str | None]:
    """The URL of the test server's `postgres` database, None when there is none."""
    given = os.environ.get(server_script.URL_ENV)
    if given:
        yield given
        return
    if server_script.bin_dir() is None:
        yield None
        return
    # not under pytest's own folder, which the server's system user may not enter
    folder = Path(tempfile.mkdtemp(prefix="isa-desk-postgres-"))
    try:
        url = server_script.start(folder)
    except Exception as error:  # installed but not startable here: the runs are skipped
        os.environ[NO_SERVER_ENV] = str(error)
        yield None
        return
    try:
        yield url
    finally:
        server_script.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


class Templates:
    """Template databases on the server, and copies of them for single tests."""

    def __init__(self, server_url: str):
        self.server = make_url(server_url)
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        self.made: set[str] = set()
        self.numbers = itertools.count(1)
        self.prefix = f"isa_test_{os.getpid()}"

    def url(self, database: str) -> str:
        return self.server.set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(statement))

    def _build(self, name: str) -> str:
        from isa_desk.core.db.engine import Database
        from isa_desk.core.demo import dataset as demo

        template = f"{self.prefix}_{name}"
        self._execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{template}"')
        database = Database.open(self.url(template))
        try:
            if name == "demo":
                demo.fill(database, today=DEMO_TODAY)
        finally:
            database.close()  # a template must have no connections
        self.made.add(template)
        return template

    @contextmanager
    def copy(self, name: str) -> Iterator[str]:
        """The URL of a new database copied from the template `name` ("empty", "demo"),
        dropped when the test is done."""
        template = f"{self.prefix}_{name}"
        if template not in self.made:
            self._build(name)
        with self._database(f'TEMPLATE "{template}"') as url:
            yield url

    @contextmanager
    def new(self) -> Iterator[str]:
        """The URL of a new, empty database (no schema), dropped afterwards."""
        with self._database("") as url:
            yield url

    @contextmanager
    def _database(self, options: str) -> Iterator[str]:
        database = f"{self.prefix}_t{next(self.numbers)}"
        self._execute(f'CREATE DATABASE "{database}" {options}')
        try:
            yield self.url(database)
        finally:
            self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def close(self) -> None:
        for template in self.made:
            self._execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_templates(postgres_server) -> Iterator[Templates]:
    if postgres_server is None:
        pytest.skip("no PostgreSQL server")
    templates = Templates(postgres_server)
    yield templates
    templates.close()
