"""`isa-desk mail` on the demo database: drafts and a real SMTP server on this computer,
exit codes 0 (all accepted), 1 (some refused), 2 (unusable arguments, no connection),
a stopped mailing continued with --resume or by the same command again."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.core.documents.mail import credentials
from tests import copy_database
from tests.core.documents.mail import smtp_server
from tests.core.documents.mail.smtp_server import PASSWORD, USER

# the real SMTP server and the password store in memory of the core's mail tests
mailbox = smtp_server.mailbox
guarded_mailbox = smtp_server.guarded_mailbox
password_store = smtp_server.password_store

EVENT = "10. Plenarversammlung der ISA"
RECIPIENTS = 16  # the demo's invited and registered participants, all with an address


@pytest.fixture
def database(tmp_path, demo_file) -> Path:
    return copy_database(demo_file, tmp_path / "demo.sqlite")


def mail(database: Path, *arguments: str, template: str = "einladung") -> int:
    return main(
        ["--lang", "en", "--database", str(database), "mail", "--template", template, *arguments]
    )


def smtp(controller, user: str = "") -> str:
    return f"smtp://{user + '@' if user else ''}127.0.0.1:{controller.port}"


def mailings(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT id, mode, finished_at IS NOT NULL FROM mailing ORDER BY id"
        ).fetchall()


def test_drafts_for_the_plenary_assembly(database, tmp_path, capsys):
    drafts = tmp_path / "drafts"
    assert mail(database, "--event", EVENT, "--eml", str(drafts), "--attach-letter") == 0
    out = capsys.readouterr().out
    assert f"Mailing 1: {RECIPIENTS} drafts written to {drafts}." in out
    assert len(list(drafts.glob("*.eml"))) == RECIPIENTS
    assert mailings(database) == [(1, "eml", 1)]


def test_all_accepted_as_json(database, mailbox, capsys):
    box, controller = mailbox
    code = mail(
        database,
        "--event",
        EVENT,
        "--status",
        "all",
        "--smtp",
        smtp(controller),
        "--pace",
        "0",
        "--json",
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["mailing"] == 1 and result["sent"] == result["sent_now"] == len(box.received)
    assert result["refused"] == [] and result["pending"] == []
    # everyone of the event, those without an address listed with the reason
    assert {s["reason"] for s in result["skipped"]} == {"no e-mail address"}
    with sqlite3.connect(database) as connection:
        participants = connection.execute("SELECT count(*) FROM participant").fetchone()[0]
    assert result["sent"] + len(result["skipped"]) == participants


def test_a_refused_recipient_gives_exit_code_1_and_is_listed(database, mailbox, capsys):
    box, controller = mailbox
    box.refuse.add("cao.li@jiangmen.example")
    code = mail(database, "--event", EVENT, "--smtp", smtp(controller), "--pace", "0")
    assert code == 1
    out = capsys.readouterr().out
    assert f"Mailing 1: {RECIPIENTS - 1} e-mails sent." in out
    assert "Refused (1):" in out
    assert "Cao Li <cao.li@jiangmen.example>: 550 5.1.1" in out
    assert len(box.received) == RECIPIENTS - 1


def test_a_dropped_connection_is_resumed_without_duplicates(database, mailbox, capsys):
    box, controller = mailbox
    box.drop_after = 4
    assert mail(database, "--event", EVENT, "--smtp", smtp(controller), "--pace", "0") == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error
    assert "was lost" in error and "Mailing 1: 4 sent, 12 not yet" in error
    assert mailings(database) == [(1, "smtp", 0)]

    # --resume alone goes through the server the mailing was started with
    resumed = main(["--lang", "en", "--database", str(database), "mail", "--resume", "1"])
    assert resumed == 0
    assert "Mailing 1: 12 e-mails sent." in capsys.readouterr().out
    assert len(box.received) == RECIPIENTS
    assert max(Counter(box.recipients()).values()) == 1
    assert mailings(database) == [(1, "smtp", 1)]


def test_the_same_command_again_continues_the_unfinished_mailing(database, mailbox, capsys):
    box, controller = mailbox
    box.drop_after = 10
    arguments = ("--event", EVENT, "--smtp", smtp(controller), "--pace", "0")
    assert mail(database, *arguments) == 2
    capsys.readouterr()
    assert mail(database, *arguments) == 0
    captured = capsys.readouterr()
    assert "Continuing the unfinished mailing 1" in captured.err
    assert "Mailing 1: 6 e-mails sent." in captured.out
    assert sorted(Counter(box.recipients()).values()) == [1] * RECIPIENTS
    # once finished, the same command is a new mailing
    assert mail(database, *arguments) == 0
    assert [m[0] for m in mailings(database)] == [1, 2]
    assert len(box.received) == 2 * RECIPIENTS


def test_the_password_from_the_environment_or_the_password_store(
    database, guarded_mailbox, monkeypatch, capsys
):
    box, controller = guarded_mailbox
    server = smtp(controller, USER)  # contacts 22 and 40: Katrin Klein, Jürgen Richter
    assert mail(database, "--contact", "22", "--smtp", server, template="brief") == 2
    assert "There is no password for isa@pks-gmbh.net@127.0.0.1" in capsys.readouterr().err
    monkeypatch.setenv(credentials.PASSWORD_ENV, PASSWORD)
    assert mail(database, "--contact", "22", "--smtp", server, template="brief") == 0
    monkeypatch.delenv(credentials.PASSWORD_ENV)
    credentials.store(credentials.SmtpServer.parse(server), PASSWORD)
    assert mail(database, "--contact", "40", "--smtp", server, template="brief") == 0
    assert box.logins == [(USER, PASSWORD), (USER, PASSWORD)]


def test_a_dry_run_lists_and_records_nothing(database, capsys):
    assert mail(database, "--event", EVENT, "--dry-run", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    assert len(plan["messages"]) == RECIPIENTS
    boehm = next(m for m in plan["messages"] if m["name"] == "Renate Böhm")
    assert boehm["subject"] == "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021"
    assert mailings(database) == []
    assert mail(database, "--event", EVENT, "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"{RECIPIENTS} e-mails would be sent:" in out and "Dry run: nothing was sent." in out


def test_a_test_message_to_oneself(database, mailbox, capsys):
    box, controller = mailbox
    code = mail(database, "--event", EVENT, "--smtp", smtp(controller), "--test", "me@pks.example")
    assert code == 0
    assert "Test message sent to me@pks.example: 250" in capsys.readouterr().out
    assert box.recipients() == ["me@pks.example"] and mailings(database) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--eml", "x"), "Choose recipients"),
        (("--all",), "Say where the e-mails go"),
        (("--all", "--smtp", "http://mail.example.org"), "is no mail server"),
        (("--all", "--smtp", "smtp://127.0.0.1:9"), "No connection to the mail server"),
        (("--all", "--eml", "no/such/folder/drafts"), "does not exist"),
        (("--event", EVENT, "--status", "maybe", "--eml", "x"), "Unknown participant status"),
        (("--member", "Atlantis", "--eml", "x"), "There is no member"),
        (("--tag", "Nirgends", "--eml", "x"), "There is no tag"),
        (("--all", "--eml", "x", "--attach", "missing.pdf"), "missing.pdf"),
        (("--all", "--eml", "x", "--pace", "-1"), "--pace must not be negative"),
        (("--all", "--eml", "x", "--resume", "1"), "--resume continues a mailing"),
    ],
)
def test_unusable_arguments_give_exit_code_2_and_one_line(
    database, tmp_path, monkeypatch, capsys, arguments, message
):
    monkeypatch.chdir(tmp_path)
    assert mail(database, *arguments, template="brief") == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1 and "Traceback" not in error
    assert mailings(database) == []


def test_no_template_and_an_unknown_mailing(database, capsys):
    assert main(["--lang", "en", "--database", str(database), "mail", "--all"]) == 2
    assert "Choose the template" in capsys.readouterr().err
    assert mail(database, "--all", "--eml", "drafts") == 2  # an invitation needs its event
    assert "choose an event" in capsys.readouterr().err
    assert main(["--lang", "en", "--database", str(database), "mail", "--resume", "7"]) == 2
    assert "There is no mailing 7." in capsys.readouterr().err
