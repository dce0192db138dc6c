"""`isa-desk privacy export|erase` end to end: the real command line on a database file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from isa_desk.cli import main
from isa_desk.core.backups import listing
from isa_desk.core.backups.copying import copy_database
from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts
from tests.core.privacy import erasure_people
from tests.core.privacy.erasure_people import EMAILS, FAMILY


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database.open(str(path))
    people = erasure_people.make(db)
    db.close()
    return path, people


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_erase_without_yes_only_shows_what_would_go(office, capsys):
    path, people = office

    code, out, _err = run(capsys, "--database", str(path), "privacy", "erase", str(people.person))

    assert code == 1
    assert f"Erasing Wilhelmine {FAMILY} (contact {people.person}) for good would remove:" in out
    assert "Activities (notes, calls, e-mails): 2" in out
    assert "add --yes to erase" in out
    db = Database.open(str(path))
    try:
        assert contacts.get(db, people.person).email == EMAILS[-1]
    finally:
        db.close()


def test_erase_with_yes_erases_and_lists_the_backups(office, capsys):
    path, people = office
    dated = listing.new_backup_path(path, now=dt.datetime.now() - dt.timedelta(days=1))
    copy_database(path, dated)

    code, out, err = run(
        capsys, "--database", str(path), "privacy", "erase", str(people.person), "--yes"
    )

    assert (code, err) == (0, "")
    assert f"Contact {people.person} was erased for good:" in out
    assert "Event participations: 1" in out
    assert "Backups that still hold the person" in out
    assert f"{dated}: removed by the rotation on" in out
    content = path.read_bytes().lower()
    assert all(email.encode() not in content for email in EMAILS)
    code, _out, err = run(
        capsys, "--database", str(path), "privacy", "erase", str(people.person), "--yes"
    )
    assert code == 2 and f"There is no contact {people.person}." in err


def test_export_writes_the_persons_data(office, tmp_path, capsys):
    path, people = office
    target = tmp_path / "auskunft.json"

    code, out, err = run(
        capsys, "--database", str(path), "privacy", "export", str(people.person), str(target)
    )

    assert (code, err) == (0, "")
    assert str(target) in out
    written = target.read_text(encoding="utf-8")
    assert EMAILS[-1] in written and FAMILY in written
    json.loads(written)


def test_a_missing_action_or_id_is_a_usage_error(office, capsys):
    path, _people = office
    assert run(capsys, "--database", str(path), "privacy")[0] == 2
    assert run(capsys, "--database", str(path), "privacy", "erase", "Anna")[0] == 2
