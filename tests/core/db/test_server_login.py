"""The login to the team's database server: its URL (the password quoted, never pasted
in), the password in the system's password store (in memory here) or the environment,
and a test of the connection against a real server."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from isa_desk.core.db import server_login
from isa_desk.core.db.engine import make_engine
from isa_desk.core.db.server_login import ServerLogin
from isa_desk.core.errors import DatabaseError, ValidationError
from isa_desk.core.password_store import PasswordStoreError
from tests.core.db import password_store as memory

ANNA = ServerLogin("server.isa.local", "isa", "anna")
password_store = memory.password_store  # the fixture

SECRET = "p@ss:w/rd?#%&= 密码"


def test_the_url_of_a_login_with_and_without_password():
    assert ANNA.target() == "postgresql+psycopg://anna@server.isa.local:5432/isa"
    assert ANNA.account == "anna@server.isa.local:5432/isa"
    url = ANNA.url(SECRET)
    rendered = url.render_as_string(hide_password=False)
    assert SECRET not in rendered and "%40" in rendered  # quoted, not pasted in
    assert make_url(rendered).password == SECRET
    assert url.render_as_string(hide_password=True).count("***") == 1
    secure = ServerLogin("10.0.0.5", "isa_team", "büro", port=5433, sslmode="require")
    assert (
        secure.target() == "postgresql+psycopg://b%C3%BCro@10.0.0.5:5433/isa_team?sslmode=require"
    )
    assert ServerLogin.from_url(secure.url(SECRET)) == secure  # the password is no part
    assert ServerLogin.from_url("postgresql://anna@server.isa.local/isa") == ANNA


@pytest.mark.parametrize(
    ("login", "field", "message"),
    [
        (ServerLogin("", "isa", "anna"), "host", "name or address of the database server"),
        (ServerLogin("a server", "isa", "anna"), "host", "name or address"),
        (ServerLogin("server", "isa", "anna", port=0), "port", "from 1 to 65535"),
        (ServerLogin("server", " ", "anna"), "database", "name of the database"),
        (ServerLogin("server", "isa", ""), "user", "user name"),
        (ServerLogin("server", "isa", "anna", sslmode="always"), "sslmode", "always"),
    ],
)
def test_a_login_with_a_field_missing_or_wrong_names_it(login, field, message):
    with pytest.raises(ValidationError, match=message) as refused:
        login.checked()
    assert refused.value.field == field


@pytest.mark.parametrize(
    "url", ["sqlite:///isa.sqlite", "postgresql+psycopg://anna@server", "mysql://a@b/c", "::"]
)
def test_a_url_that_is_no_server_database_is_refused(url):
    with pytest.raises(ValidationError, match="is not the address of a PostgreSQL database"):
        ServerLogin.from_url(url)


def test_the_password_store_and_the_environment(password_store, monkeypatch):
    assert server_login.password(ANNA) is None and not server_login.is_stored(ANNA)
    server_login.store(ANNA, SECRET)
    assert password_store.passwords == {("ISA Desk database", ANNA.account): SECRET}
    assert server_login.password(ANNA) == SECRET and server_login.is_stored(ANNA)

    # filled into a URL without one, as every engine gets it; another login gets none
    assert make_engine(ANNA.target()).url.password == SECRET
    assert make_url(ANNA.target()).password is None
    other = ServerLogin("server.isa.local", "isa", "bernd")
    assert make_engine(other.target()).url.password is None
    given = ANNA.url("given").render_as_string(hide_password=False)
    assert make_engine(given).url.password == "given"

    # typed in this run and not stored: used until the program ends
    server_login.keep_for_now(other, "typed")
    assert make_engine(other.target()).url.password == "typed"
    assert ("ISA Desk database", other.account) not in password_store.passwords

    server_login.forget(ANNA)
    server_login.forget(ANNA)  # none stored is fine
    assert password_store.passwords == {} and server_login.password(ANNA) is None
    monkeypatch.setenv(server_login.PASSWORD_ENV, "for scripts")
    assert server_login.password(ANNA) == "for scripts"
    server_login.store(ANNA, SECRET)
    assert server_login.password(ANNA) == SECRET  # the stored one first


def test_a_password_store_that_cannot_be_used(password_store, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    assert server_login.password(ANNA) is None  # the server says whether it wants one
    monkeypatch.setenv(server_login.PASSWORD_ENV, "for scripts")
    assert server_login.password(ANNA) == "for scripts"
    with pytest.raises(PasswordStoreError, match="password store cannot be used"):
        server_login.is_stored(ANNA)
    with pytest.raises(PasswordStoreError):
        server_login.store(ANNA, SECRET)


def test_a_test_of_the_connection_says_what_the_database_holds(postgres_templates):
    with postgres_templates.new() as url:
        state = server_login.probe(url)
        assert state.holds == "empty" and state.version.startswith("PostgreSQL 1")
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"))
        engine.dispose()
        assert server_login.probe(url).holds == "other"
    with postgres_templates.copy("empty") as url:
        assert server_login.probe(url).holds == "empty"  # ISA Desk's tables, no record
    with postgres_templates.copy("demo") as url:
        assert server_login.probe(url).holds == "isa_desk"
        missing = make_url(url).set(database="no_such_database")
        with pytest.raises(DatabaseError, match="no_such_database") as refused:
            server_login.probe(missing)
        assert "\n" not in str(refused.value)
