"""The contact list's consent columns: three a purpose, read back with openpyxl, and the
same consents after the list is imported into another database."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import select

from isa_desk.core.db.models import Consent
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.plan import UPDATE
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import contacts

PURPOSES = ("Newsletter", "Invitations", "Press list", "Secretariat sharing")


def test_every_purpose_has_three_columns_with_the_stored_values(db, tmp_path, mueller):
    contacts.update(
        db,
        mueller.id,
        {
            "consent_newsletter_given_on": "2021-05-04",
            "consent_newsletter_source": "=Formular",  # text, never a formula
            "consent_secretariat_given_on": "2020-01-02",
            "consent_secretariat_withdrawn_on": "2024-06-30",
        },
        mueller.version,
    )
    other = contacts.create(db, {"family_name": "Ohne"})
    path = tmp_path / "kontakte.xlsx"
    export(db, "contacts", path, Selection(ids=(mueller.id, other.id)))
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    wanted = [
        f"{purpose} consent {part}"
        for purpose in PURPOSES
        for part in ("given on", "source", "withdrawn on")
    ]
    assert header[-12:] == wanted
    first = dict(zip(header, sheet[2], strict=False))
    given = first["Newsletter consent given on"]
    assert given.is_date and given.value.date() == dt.date(2021, 5, 4)
    assert first["Newsletter consent source"].data_type == "s"
    assert first["Newsletter consent source"].value == "=Formular"
    assert first["Secretariat sharing consent withdrawn on"].value.date() == dt.date(2024, 6, 30)
    assert first["Press list consent given on"].value is None
    assert [cell.value for cell in sheet[3]][-12:] == [None] * 12


def test_an_exported_list_imported_again_gives_the_consents_back(db, tmp_path, mueller):
    data = {
        "consent_invitations_given_on": "2021-05-04",
        "consent_invitations_source": "Plenarversammlung",
        "consent_invitations_withdrawn_on": "2023-01-01",
    }
    made = contacts.update(db, mueller.id, data, mueller.version)
    path = tmp_path / "kontakte.xlsx"
    export(db, "contacts", path, Selection(ids=(mueller.id,)))
    cleared = dict.fromkeys(data)
    contacts.update(db, mueller.id, cleared, made.version)
    assert stored(db) == []
    plan = importer.analyse(db, open_source(path), "contacts")
    assert plan.errors() == []
    assert importer.run(db, plan, UPDATE).updated == 1
    assert stored(db) == [
        ("invitations", dt.date(2021, 5, 4), "Plenarversammlung", dt.date(2023, 1, 1))
    ]


def stored(db) -> list[tuple]:
    with db.session() as session:
        return [
            (c.purpose.value, c.given_on, c.source, c.withdrawn_on)
            for c in session.scalars(select(Consent))
        ]
