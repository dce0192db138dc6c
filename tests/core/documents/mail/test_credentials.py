"""The server's address and its password: from the system's password store (keyring, here
in memory) or the environment, never in the database; a login refused or missing."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from isa_desk.core.documents.mail import credentials, delivery, record, run
from isa_desk.core.documents.mail.delivery import DeliveryError, SmtpServer, SmtpTransport
from isa_desk.core.errors import NotFoundError, ValidationError
from tests.core.documents.mail.plenary import prepared
from tests.core.documents.mail.smtp_server import PASSWORD, USER


def server_of(controller) -> SmtpServer:
    return SmtpServer.parse(f"smtp://{USER}@127.0.0.1:{controller.port}")


def test_addresses_of_mail_servers():
    assert SmtpServer.parse("smtp://isa@pks-gmbh.net@mail.example.org:2525") == SmtpServer(
        "mail.example.org", 2525, "isa@pks-gmbh.net", implicit_tls=False
    )
    assert SmtpServer.parse("smtps://isa%40pks-gmbh.net@mail.example.org") == SmtpServer(
        "mail.example.org", 465, "isa@pks-gmbh.net", implicit_tls=True
    )
    plain = SmtpServer.parse("smtp://relay.example.org")
    assert (plain.port, plain.user, plain.url) == (587, "", "smtp://relay.example.org:587")
    assert SmtpServer.parse("smtp://a@b.de@h:25").account == "a@b.de@h"
    for wrong in ("http://mail.example.org", "smtp://", "mail.example.org", "smtp://h:port"):
        with pytest.raises(ValidationError, match="no mail server"):
            SmtpServer.parse(wrong)
    with pytest.raises(ValidationError, match="Leave the password out"):
        SmtpServer.parse("smtp://isa:secret@mail.example.org")


def test_the_password_from_the_password_store(demo_db, guarded_mailbox, password_store, tmp_path):
    box, controller = guarded_mailbox
    server = server_of(controller)
    credentials.store(server, PASSWORD)
    assert password_store.passwords == {("ISA Desk SMTP", "isa@pks-gmbh.net@127.0.0.1"): PASSWORD}
    plan = prepared(demo_db)

    outcome = run.send(demo_db, plan, SmtpTransport(server, credentials.password(server)))

    assert outcome.complete and len(box.received) == plan.count
    assert box.logins == [(USER, PASSWORD)]
    # the password is nowhere in the database
    stored = everything_stored(demo_db, tmp_path)
    assert len(stored) > 100_000
    assert PASSWORD.encode() not in stored and b"Geheim" not in stored
    credentials.forget(server)
    credentials.forget(server)  # none stored is fine
    assert credentials.password(server) is None


def everything_stored(db, folder) -> bytes:
    """All the database holds: the SQLite file's bytes (closed, so the write-ahead log is
    folded in), or every row of every table on a server, as text."""
    if db.engine.dialect.name == "sqlite":
        db.close()
        return b"".join(path.read_bytes() for path in folder.glob("demo.sqlite*"))
    with db.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).scalars()
        texts = [
            connection.exec_driver_sql(
                f"SELECT string_agg(t::text, ' ') FROM \"{name}\" t"
            ).scalar()
            for name in list(tables)
        ]
        return " ".join(text or "" for text in texts).encode()


def test_the_password_from_the_environment_comes_first(demo_db, guarded_mailbox, monkeypatch):
    box, controller = guarded_mailbox
    server = server_of(controller)
    credentials.store(server, "an old one")
    monkeypatch.setenv(credentials.PASSWORD_ENV, PASSWORD)
    assert credentials.password(server) == PASSWORD
    run.send(demo_db, prepared(demo_db), SmtpTransport(server, credentials.password(server)))
    assert box.logins == [(USER, PASSWORD)]


def test_a_wrong_or_missing_password_stops_before_anything_is_recorded(demo_db, guarded_mailbox):
    box, controller = guarded_mailbox
    server = server_of(controller)
    plan = prepared(demo_db)
    with pytest.raises(DeliveryError, match=f"refused the login of {USER}: 535"):
        run.send(demo_db, plan, SmtpTransport(server, "wrong"))
    with pytest.raises(DeliveryError, match=f"no password for {USER}@127.0.0.1"):
        run.send(demo_db, plan, SmtpTransport(server, credentials.password(server)))
    assert box.received == []
    with pytest.raises(NotFoundError, match="no mailing 1"):
        record.state(demo_db, 1)


def test_no_login_over_a_connection_that_is_not_encrypted(demo_db, guarded_mailbox, monkeypatch):
    box, controller = guarded_mailbox
    monkeypatch.setattr(SmtpServer, "is_local", lambda self: False)  # as if far away
    with pytest.raises(DeliveryError, match="offers no encrypted connection"):
        run.send_test(
            prepared(demo_db), SmtpTransport(server_of(controller), PASSWORD), "me@pks-gmbh.net"
        )
    assert box.logins == []


def test_a_password_store_that_cannot_be_used_says_so():
    keyring.set_keyring(fail.Keyring())
    server = SmtpServer.parse("smtp://isa@mail.example.org")
    with pytest.raises(credentials.PasswordStoreError, match="password store cannot be used"):
        credentials.password(server)
    with pytest.raises(credentials.PasswordStoreError):
        credentials.store(server, PASSWORD)
    assert delivery.missing_password(server).startswith(
        "There is no password for isa@mail.example.org"
    )
