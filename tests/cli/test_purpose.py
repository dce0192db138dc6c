"""`--purpose` of `isa-desk letters` and `isa-desk mail`: contacts without consent in force
for it are skipped and listed with the reason; invitations by default for an event,
correspondence (no consent needed) otherwise."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from isa_desk.core.services import events
from tests import copy_database
from tests.core.documents.consenting import NEWSLETTER, REASON, SENDER, People, add_people
from tests.core.documents.mail import smtp_server
from tests.core.documents.pdf_text import needs_poppler, text

mailbox = smtp_server.mailbox
password_store = smtp_server.password_store

EVENT = "Jahrestagung 2026"


@pytest.fixture
def database(tmp_path, empty_file) -> tuple[Path, People]:
    path = copy_database(empty_file, tmp_path / "purpose.sqlite")
    db = Database.open(str(path))
    try:
        people = add_people(db)
        events.create(db, {"title": EVENT, "starts_at": dt.datetime(2026, 11, 5, 10, 0)})
    finally:
        db.close()
    return path, people


def run(database, command: str, *arguments: str) -> int:
    path, _people = database
    return main(["--lang", "en", "--database", str(path), command, *arguments])


def skipped_lines(out: str) -> list[str]:
    return [line.strip() for line in out.splitlines() if line.startswith("  ")]


@needs_poppler
def test_letters_for_the_newsletter(database, tmp_path, capsys):
    people = database[1]
    out_pdf = tmp_path / "all.pdf"
    code = run(
        database, "letters", "--template", "brief", "--tag", NEWSLETTER, "--purpose", "newsletter",
        "--out", str(out_pdf),
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "2 letters" in out and "Skipped (3):" in out
    assert skipped_lines(out) == [
        f"{people.never}  Clara Conrad: {REASON}",
        f"{people.withdrawn}  Dieter Dorn: {REASON}",
        f"{people.invitations}  Eva Engel: {REASON}",
    ]
    printed = text(out_pdf)
    assert "Albrecht" in printed and "Conrad" not in printed and "Dorn" not in printed


def test_letters_without_a_purpose_are_correspondence(database, tmp_path, capsys):
    code = run(
        database, "letters", "--template", "brief", "--tag", NEWSLETTER,
        "--labels", str(tmp_path / "labels.pdf"),
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "5 letters" in out and "Skipped" not in out


def test_letters_for_an_event_ask_for_consent_to_invitations(database, tmp_path, capsys):
    people = database[1]
    ids = [str(people.agreed), str(people.invitations)]
    arguments = ["--template", "einladung", "--event", EVENT, "--contact", *ids]
    assert run(database, "letters", *arguments, "--out", str(tmp_path / "a.pdf")) == 0
    out = capsys.readouterr().out
    assert "1 letter," in out
    assert skipped_lines(out) == [f"{people.agreed}  Anna Albrecht: no consent for “Invitations”"]

    assert (
        run(database, "letters", *arguments, "--purpose", "none", "--out", str(tmp_path / "b.pdf"))
        == 0
    )
    assert "Skipped" not in capsys.readouterr().out


def test_a_mailing_for_the_newsletter(database, mailbox, capsys):
    box, controller = mailbox
    people = database[1]
    code = run(
        database, "mail", "--template", "brief", "--tag", NEWSLETTER, "--purpose", "newsletter",
        "--from", SENDER, "--smtp", f"smtp://127.0.0.1:{controller.port}", "--pace", "0",
        "--json",
    )  # fmt: skip
    assert code == 0
    found = json.loads(capsys.readouterr().out)
    assert found["sent"] == 2
    assert sorted(box.recipients()) == ["anna.albrecht@example.org", "bernd.brandt@example.org"]
    assert {(s["contact_id"], s["reason"]) for s in found["skipped"]} == {
        (people.never, REASON),
        (people.withdrawn, REASON),
        (people.invitations, REASON),
    }


def test_a_dry_run_for_an_event_is_for_invitations(database, capsys):
    code = run(
        database, "mail", "--template", "brief", "--tag", NEWSLETTER, "--event", EVENT,
        "--from", SENDER, "--dry-run",
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "1 e-mail would be sent:" in out
    assert out.count("no consent for “Invitations”") == 4


def test_a_resumed_mailing_keeps_its_purpose(database, capsys):
    assert run(database, "mail", "--resume", "1", "--purpose", "press") == 2
    assert "--purpose" in capsys.readouterr().err


def test_an_unknown_purpose_is_refused(database, capsys):
    assert run(database, "letters", "--template", "brief", "--all", "--purpose", "spam") == 2
    assert "invalid choice: 'spam'" in capsys.readouterr().err
