"""A database server's refusal in one clear line, in the window's messages and on the command
line (exit code 2, no traceback), never showing the password: a server that cannot be
reached or is unknown, a database that does not exist, a login without rights, a wrong
password, a connection lost half-way, a colleague's lock."""

from __future__ import annotations

import os
import socket
import threading
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from isa_desk.cli import main
from isa_desk.core.db import engine as engine_module
from isa_desk.core.db.engine import Database, describe_operational_error
from isa_desk.core.db.models import Contact
from isa_desk.core.errors import DatabaseError
from isa_desk.core.services import contacts
from isa_desk.core.services.editing import DatabaseBusy, retry_while_busy

SECRET = "geheim-4711"


def url_with(url: str, **parts) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nobody listens there


def refused(url: str, capsys) -> str:
    """The message Database.open gives, checked to be the one the command line prints."""
    with pytest.raises(DatabaseError) as raised:
        Database.open(url)
    message = str(raised.value)
    code = main(["--lang", "en", "--database", url, "info"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [message] and "Traceback" not in err
    assert SECRET not in message
    return message


@pytest.fixture
def server(postgres_templates):
    return postgres_templates


def test_a_server_that_cannot_be_reached(server, capsys):
    port = free_port()
    url = url_with(server.url("postgres"), port=port, password=SECRET)
    message = refused(url, capsys)
    shown = make_url(url).render_as_string(hide_password=True)  # the password as ***
    assert f"The database server of {shown} cannot be reached" in message
    assert "cannot be reached" in message and "check its address and port" in message.lower()


def test_a_server_name_that_is_not_known(server, capsys):
    url = url_with(server.url("postgres"), host="isa-server.invalid", password=SECRET)
    message = refused(url, capsys)
    assert "No database server is known by the name isa-server.invalid (postgresql" in message


def test_a_database_that_does_not_exist(server, capsys):
    url = url_with(server.url("postgres"), database="isa_nowhere", password=SECRET)
    message = refused(url, capsys)
    assert message.startswith("There is no database isa_nowhere on the server")


@contextmanager
def role(url: str, *grants: str):
    """A login of its own on the database at `url`, with these rights only."""
    name = f"isa_role_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {name} LOGIN"))
        for grant in grants:
            connection.execute(text(grant.format(role=name)))
    try:
        yield url_with(url, username=name, password=SECRET)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {name}"))
            connection.execute(text(f"DROP ROLE {name}"))
        admin.dispose()


def test_a_login_without_rights(server, capsys):
    with server.copy("empty") as url, role(url) as login:
        message = refused(login, capsys)
    assert "may not do this in the database" in message
    assert "permission denied for table alembic_version" in message


def test_a_login_that_may_read_but_not_write(server, capsys):
    reading = (
        "GRANT USAGE ON SCHEMA public TO {role}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    with server.copy("empty") as url, role(url, *reading) as login:
        assert main(["--database", login, "info"]) == 0
        capsys.readouterr()
        code = main(["--lang", "en", "--database", login, "demo"])  # writes the demo data
        _out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert "may not do this in the database" in err and "permission denied for table" in err
    assert len(err.strip().splitlines()) == 1


def test_a_wrong_password_and_a_computer_not_let_in():
    """The test server trusts every login, so the server's answers are made up here, in
    the words PostgreSQL uses."""
    target = f"postgresql+psycopg://anna:{SECRET}@db.example.org:5432/isa"
    for reason, expected in (
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'password authentication failed for user "anna"',
            "The server db.example.org:5432 refused the login anna: the user name or the "
            "password is wrong.",
        ),
        (
            'connection failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "anna", '
            'database "isa", no encryption',
            "does not let anna connect from this computer",
        ),
        ('connection failed: FATAL:  role "anna" does not exist', "refused the login anna"),
    ):
        error = OperationalError("connect", {}, psycopg.OperationalError(reason))
        message = describe_operational_error(error, target)
        assert expected in message and SECRET not in message


def test_an_unknown_error_shows_the_reason_without_the_password():
    target = f"postgresql+psycopg://anna:{SECRET}@db.example.org/isa"
    error = OperationalError("x", {}, psycopg.OperationalError("something new"))
    message = describe_operational_error(error, target)
    assert "something new" in message and SECRET not in message and "anna" in message


def test_a_connection_lost_half_way(server_db):
    db = server_db
    with pytest.raises(DBAPIError) as raised, db.transaction() as session:
        session.execute(select(func.count(Contact.id)))
        backend_pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with db.engine.connect() as other:  # the server ends the connection (a restart)
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend_pid})
        session.execute(select(func.count(Contact.id)))
    message = describe_operational_error(raised.value, db.target)
    assert "The connection to the database server" in message and "was lost" in message
    assert contacts.create(db, {"family_name": "Berg"}).id  # the next step connects again


def test_a_colleagues_lock_ends_in_a_message_not_a_hang(server_db, monkeypatch):
    db = server_db  # SQLite's busy file: tests/core/services/test_conflicts_and_locks.py
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db.engine.dispose()  # new connections wait only that long
    colleague = create_engine(db.target)
    try:
        with colleague.begin() as connection:
            connection.execute(text("LOCK TABLE contact IN EXCLUSIVE MODE"))
            with pytest.raises(DatabaseBusy, match="A colleague is changing the same records"):
                contacts.create(db, {"family_name": "Berg"})
            with pytest.raises(DBAPIError) as raised, db.transaction() as session:
                session.add(Contact(family_name="Berg"))
    finally:
        colleague.dispose()
    message = describe_operational_error(raised.value, db.target)
    assert "A colleague is changing the same records" in message
    assert contacts.create(db, {"family_name": "Berg"}).id  # once the lock is gone


def test_a_write_is_tried_again_until_the_colleague_is_done(server_db, monkeypatch):
    db = server_db
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()
    colleague = create_engine(db.target)
    connection = colleague.connect()
    transaction = connection.begin()
    connection.execute(text("LOCK TABLE contact IN EXCLUSIVE MODE"))
    timer = threading.Timer(0.5, transaction.rollback)
    timer.start()
    try:
        person = retry_while_busy(lambda: contacts.create(db, {"family_name": "Berg"}), patience=5)
    finally:
        timer.join()
        connection.close()
        colleague.dispose()
    assert contacts.get(db, person.id).family_name == "Berg"
