"""A received list with the countries spelt every way people write them: each row gets its
ISO code, and a country nobody knows is named with its row and column."""

from __future__ import annotations

from sqlalchemy import select

from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from tests.core.domain.test_countries import SPELLINGS
from tests.core.exchange.files import GERMAN_HEADERS, workbook

COUNTRY = GERMAN_HEADERS.index("Land")


def row(number: int, country: str) -> list:
    values = [""] * len(GERMAN_HEADERS)
    values[GERMAN_HEADERS.index("Vorname")] = "Mei"
    values[GERMAN_HEADERS.index("Nachname")] = f"Chan {number:03d}"
    values[GERMAN_HEADERS.index("Ort")] = "Hauptstadt"
    values[GERMAN_HEADERS.index("E-Mail")] = f"chan{number}@example.org"
    values[COUNTRY] = country
    return values


def test_every_realistic_spelling_is_recognised_on_import(db, tmp_path):
    rows = [row(number, text) for number, (text, _code) in enumerate(SPELLINGS)]
    path = workbook(tmp_path / "partner.xlsx", [GERMAN_HEADERS, *rows])
    plan = importer.analyse(db, open_source(path), "contacts")
    result = importer.run(db, plan)
    assert result.errors == []
    assert result.created == len(SPELLINGS)
    with db.session() as session:
        stored = session.scalars(select(Contact.country).order_by(Contact.family_name)).all()
    assert stored == [code for _text, code in SPELLINGS]


def test_an_unknown_country_is_named_with_row_and_column(db, tmp_path):
    path = workbook(
        tmp_path / "partner.xlsx", [GERMAN_HEADERS, row(1, "Hongkong"), row(2, "Atlantis")]
    )
    result = importer.run(db, importer.analyse(db, open_source(path), "contacts"))
    assert not result.written
    [problem] = [p for p in result.errors if not p.warning]
    assert (problem.row, problem.column) == (3, "Land") and "Atlantis" in problem.message
