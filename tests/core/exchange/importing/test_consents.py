"""Consent per purpose in imported lists: our own columns, the one consent column of
older versions, dates named by row and column, update and fill, and undo."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from isa_desk.core.db.models import Consent, Contact
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.plan import FILL, UPDATE
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import contacts
from tests.core.exchange.files import workbook

HEADERS = [
    "Nachname",
    "E-Mail",
    "Newsletter consent given on",
    "Newsletter consent source",
    "Press list consent given on",
    "Press list consent withdrawn on",
]


def analyse(db, path):
    return importer.analyse(db, open_source(path), "contacts")


def consents(db) -> dict[tuple[str, str], tuple]:
    """(e-mail, purpose) -> (given on, source, withdrawn on) of every stored consent."""
    with db.session() as session:
        rows = session.execute(
            select(Contact.email, Consent).join(Consent, Consent.contact_id == Contact.id)
        )
        return {
            (email, c.purpose.value): (c.given_on, c.source, c.withdrawn_on) for email, c in rows
        }


def test_consent_columns_make_consents_that_undo_takes_away(db, tmp_path):
    rows = [
        HEADERS,
        ["Schmidt", "anna@example.org", "05.06.2021", "Formular", None, None],
        ["Berg", "jan@example.org", None, None, dt.datetime(2020, 1, 2), "03.04.2024"],
        ["Meier", "karl@example.org", None, None, None, None],
    ]
    result = importer.run(db, analyse(db, workbook(tmp_path / "liste.xlsx", rows)))
    assert result.created == 3
    assert consents(db) == {
        ("anna@example.org", "newsletter"): (dt.date(2021, 6, 5), "Formular", None),
        ("jan@example.org", "press"): (dt.date(2020, 1, 2), "", dt.date(2024, 4, 3)),
    }
    importer.undo(db, result.batch_id)
    with db.session() as session:
        assert session.scalar(select(func.count(Consent.id))) == 0


def test_the_consent_column_of_older_versions_is_the_newsletters(db, tmp_path):
    rows = [["Nachname", "E-Mail", "Consent on", "Consent source"]]
    rows.append(["Schmidt", "anna@example.org", "2021-06-05", "Anmeldung"])
    importer.run(db, analyse(db, workbook(tmp_path / "alt.xlsx", rows)))
    assert consents(db) == {
        ("anna@example.org", "newsletter"): (dt.date(2021, 6, 5), "Anmeldung", None)
    }


def test_a_consent_date_that_is_no_date_is_named_by_row_and_column(db, tmp_path):
    rows = [HEADERS, ["Schmidt", "anna@example.org", "bald", None, None, "31.02.2024"]]
    plan = analyse(db, workbook(tmp_path / "falsch.xlsx", rows))
    assert [p.text() for p in plan.errors()] == [
        "Row 2, column “Newsletter consent given on” (C): “bald” is not a date.",
        "Row 2, column “Press list consent withdrawn on” (F): “31.02.2024” is not a date.",
    ]
    assert importer.run(db, plan).created == 0
    assert consents(db) == {}


def test_update_changes_the_consents_the_list_names_and_undo_restores_them(db, tmp_path, mueller):
    contacts.update(
        db,
        mueller.id,
        {"consent_newsletter_given_on": "2019-01-01", "consent_newsletter_source": "Karte"},
        mueller.version,
    )
    rows = [HEADERS, ["Müller", mueller.email, None, None, "01.02.2025", None]]
    rows.append(["Müller", mueller.email, "02.02.2022", None, None, "05.05.2025"])
    result = importer.run(db, analyse(db, workbook(tmp_path / "neu.xlsx", rows)), UPDATE)
    assert result.updated == 2
    email = mueller.email
    assert consents(db) == {
        (email, "newsletter"): (dt.date(2022, 2, 2), "Karte", None),  # source kept
        (email, "press"): (dt.date(2025, 2, 1), "", dt.date(2025, 5, 5)),
    }
    importer.undo(db, result.batch_id)
    assert consents(db) == {(email, "newsletter"): (dt.date(2019, 1, 1), "Karte", None)}


def test_fill_gives_only_the_parts_that_are_empty(db, tmp_path, mueller):
    contacts.update(db, mueller.id, {"consent_newsletter_given_on": "2019-01-01"}, mueller.version)
    rows = [HEADERS, ["Müller", mueller.email, "02.02.2022", "Liste", None, None]]
    importer.run(db, analyse(db, workbook(tmp_path / "neu.xlsx", rows)), FILL)
    assert consents(db) == {(mueller.email, "newsletter"): (dt.date(2019, 1, 1), "Liste", None)}


def test_a_later_row_about_a_new_contact_adds_to_its_consents(db, tmp_path):
    rows = [
        HEADERS,
        ["Schmidt", "anna@example.org", "05.06.2021", None, None, None],
        ["Schmidt", "anna@example.org", None, "Formular", "01.01.2022", None],
    ]
    result = importer.run(db, analyse(db, workbook(tmp_path / "zwei.xlsx", rows)), UPDATE)
    assert result.created == 1
    assert consents(db) == {
        ("anna@example.org", "newsletter"): (dt.date(2021, 6, 5), "Formular", None),
        ("anna@example.org", "press"): (dt.date(2022, 1, 1), "", None),
    }
