"""The import wizard tells how it read an ambiguous date column, above the rows, before
anything is written; a whole name column arrives split."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from isa_desk.core.db.models import Contact
from isa_desk.ui.exchange.import_wizard import IMPORT, PREVIEW
from tests.core.exchange.files import csv_file
from tests.ui.exchange.test_import_wizard import go_to_preview


def test_the_preview_shows_the_reading_of_an_ambiguous_date_column(wizard, db, tmp_path):
    path = csv_file(
        tmp_path / "liste.csv",
        [
            "Name;E-Mail;Einwilligung am",
            "Schmidt, Anna;anna@example.org;05/06/2021",
            "Ursula von der Leyen;ursula@example.org;07/08/2021",
        ],
        "cp1252",
    )
    go_to_preview(wizard, path)
    preview = wizard.pages[PREVIEW]
    assert preview.isComplete()
    notices = preview.findChild(type(preview.summary), "previewNotices")
    assert notices.isVisible()
    assert notices.text() == (
        "Column “Einwilligung am”: 05/06/2021 read as 5. Juni 2021 (day before month); "
        "no value in the column says otherwise."
    )
    wizard.next()
    assert wizard.currentId() == IMPORT
    wizard.next()
    with db.session() as session:
        found = [
            (c.given_name, c.family_name, [(g.purpose, g.given_on) for g in c.consents])
            for c in session.scalars(select(Contact).order_by(Contact.id))
        ]
    assert found == [
        ("Anna", "Schmidt", [("newsletter", dt.date(2021, 6, 5))]),
        ("Ursula", "von der Leyen", [("newsletter", dt.date(2021, 8, 7))]),
    ]
