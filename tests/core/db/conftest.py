"""Fixtures for the database tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from isa_desk.core.db.engine import Database


@pytest.fixture
def server_db(postgres_templates) -> Iterator[Database]:
    """An empty database on the test server, for what only a server has (these tests run
    once, not on both backends)."""
    with postgres_templates.copy("empty") as url:
        database = Database.open(url)
        yield database
        database.close()
