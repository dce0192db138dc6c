"""Imports that must not harm the data: overlong values and control characters (in an
import and in the services, on SQLite as PostgreSQL would hold them), and two imports at
the same time."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from isa_desk.core.db.models import Contact, Organisation
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import ReadError, open_source
from isa_desk.core.services import contacts
from tests.core.exchange.files import csv_file, workbook


def contact_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Contact.id))) or 0


def test_an_overlong_cell_is_an_error_naming_row_column_and_limit(db, tmp_path):
    path = workbook(
        tmp_path / "liste.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail"],
            ["Anna", "Berg", "anna@example.org"],
            ["Jan", "X" * 5000, "jan@example.org"],
        ],
    )
    plan = importer.analyse(db, open_source(path), "contacts")
    [problem] = plan.errors()
    assert (problem.row, problem.column) == (3, "Nachname")
    assert "5000 characters" in problem.message and "at most 100" in problem.message
    result = importer.run(db, plan)
    assert not result.written and contact_count(db) == 0


def test_control_characters_are_removed_with_a_warning(db, tmp_path):
    path = csv_file(
        tmp_path / "liste.csv",
        ["Vorname;Nachname;E-Mail", "An\x1bna;Be\x07rg;anna@example.org"],
        "utf-8",
    )
    plan = importer.analyse(db, open_source(path), "contacts")
    assert plan.errors() == []
    assert {(w.row, w.column) for w in plan.warnings()} == {(2, "Vorname"), (2, "Nachname")}
    importer.run(db, plan)
    with db.session() as session:
        stored = session.scalars(select(Contact)).one()
    assert (stored.given_name, stored.family_name) == ("Anna", "Berg")


def test_a_csv_file_with_nul_bytes_is_refused_as_not_text(db, tmp_path):
    path = csv_file(tmp_path / "liste.csv", ["Vorname;Nachname", "An\x00na;Berg"], "utf-8")
    with pytest.raises(ReadError, match="neither a workbook nor a text file"):
        importer.analyse(db, open_source(path), "contacts")
    assert contact_count(db) == 0


def test_the_services_refuse_an_overlong_value_and_write_nothing(db):
    with pytest.raises(ValidationError) as raised:
        contacts.create(db, {"given_name": "Anna", "family_name": "B" * 101})
    assert raised.value.field == "family_name"
    assert "101 characters" in str(raised.value) and "at most 100" in str(raised.value)
    assert contact_count(db) == 0


def test_the_services_remove_control_characters(db):
    person = contacts.create(db, {"given_name": "An\x00na", "family_name": "Berg\x1b"})
    assert (person.given_name, person.family_name) == ("Anna", "Berg")


def test_two_imports_at_once_make_a_new_organisation_only_once(db, tmp_path):
    """Both lists are analysed before either is written (two people importing at the same
    time): the second links its contact to the organisation the first one made."""
    headers = ["Vorname", "Nachname", "E-Mail", "Organisation"]
    first = workbook(
        tmp_path / "a.xlsx", [headers, ["Anna", "Berg", "anna@example.org", "Stadt Talbrück"]]
    )
    second = workbook(
        tmp_path / "b.xlsx", [headers, ["Jan", "Kühn", "jan@example.org", "Stadt Talbrück"]]
    )
    plans = [importer.analyse(db, open_source(path), "contacts") for path in (first, second)]
    for plan in plans:
        assert importer.run(db, plan).created == 1
    with db.session() as session:
        organisations = session.scalars(select(Organisation)).all()
        linked = set(session.scalars(select(Contact.organisation_id)))
    assert [o.name for o in organisations] == ["Stadt Talbrück"]
    assert linked == {organisations[0].id}
