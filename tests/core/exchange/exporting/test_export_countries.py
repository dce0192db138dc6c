"""Countries in exported workbooks: every ISO country by its name in the chosen language, as
the office chose to write it (the database's setting), and back to the same code on import."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import contacts, country_names, members
from tests import copy_database

CODES = ["HK", "TW", "MO", "KZ", "MN"]
GERMAN = ["Hongkong", "Taiwan", "Macau", "Kasachstan", "Mongolei"]
CHINESE = ["中国香港", "中国台湾", "中国澳门", "哈萨克斯坦", "蒙古"]


@pytest.fixture(autouse=True)
def default_names():
    yield
    countries.use(CountryNames())


@pytest.fixture
def abroad(db):
    for number, code in enumerate(CODES):
        contacts.create(
            db,
            {
                "given_name": "Mei",
                "family_name": f"Chan {number}",
                "email": f"chan{number}@example.org",
                "town": "Hauptstadt",
                "country": code,
            },
        )
    return db


def country_column(path, sheet=0) -> list[str]:
    rows = list(load_workbook(path).worksheets[sheet].iter_rows(values_only=True))
    column = rows[0].index("Country")
    return [row[column] for row in rows[1:]]


def stored_countries(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Contact.country).order_by(Contact.family_name)))


@pytest.mark.parametrize("language, names", [("de", GERMAN), ("zh", CHINESE)])
def test_contacts_abroad_are_exported_by_name(abroad, tmp_path, language, names):
    path = tmp_path / f"kontakte-{language}.xlsx"
    assert export(abroad, "contacts", path, language=language) == len(CODES)
    assert country_column(path) == names


def test_the_export_writes_the_names_the_database_keeps(abroad, tmp_path):
    country_names.save(abroad, CountryNames().with_name("HK", "zh", "").with_name("TW", "zh", ""))
    countries.use(CountryNames())  # another database shown in the window: the file still
    path = tmp_path / "kontakte.xlsx"  # follows the one it was exported from
    export(abroad, "contacts", path, language="zh")
    assert country_column(path)[:2] == ["中国香港特别行政区", "台湾"]


@pytest.mark.parametrize("language", ["de", "en", "zh"])
def test_an_exported_list_comes_back_to_the_same_countries(abroad, tmp_path, empty_file, language):
    path = tmp_path / f"kontakte-{language}.xlsx"
    export(abroad, "contacts", path, language=language)
    book = load_workbook(path)  # as a list sent to another office: without our IDs
    assert book.active["A1"].value == "ID"
    book.active.delete_cols(1)
    book.save(path)
    other = Database.open(str(copy_database(empty_file, tmp_path / "other.sqlite")))
    try:
        result = importer.run(other, importer.analyse(other, open_source(path), "contacts"))
        assert result.created == len(CODES)
        assert stored_countries(other) == CODES
    finally:
        other.close()


def test_the_member_counts_per_country_name_every_country(db, tmp_path):
    for code in ["DE", *CODES]:
        members.create(db, {"name": f"Stadt {code}", "kind": "city", "country": code})
    path = tmp_path / "mitglieder.xlsx"
    export(db, "members", path, language="de")
    sheet = load_workbook(path).worksheets[1]
    totals = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[2]]
    assert "Deutschland in total" in totals[1]
    assert {f"{name} in total" for name in GERMAN} <= set(totals)
