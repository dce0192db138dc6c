"""The system's password store, in memory, for the logins to the database server (the
MemoryKeyring of the mail tests), and nothing from the environment or an earlier test."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from isa_desk.core.db import server_login
from tests.core.documents.mail.smtp_server import MemoryKeyring


@pytest.fixture
def password_store(monkeypatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(server_login.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(server_login, "_typed", {})  # nothing typed in an earlier test
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(fail.Keyring())
