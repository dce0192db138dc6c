"""Importing phone numbers and e-mail addresses as offices write them: numbers kept as
written with a warning naming the cell when not valid, "Name <address>" read, and one
address in its two spellings found as the same person."""

from __future__ import annotations

from sqlalchemy import select

from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from tests.core.exchange.files import workbook

HEADERS = ["Vorname", "Nachname", "E-Mail", "Telefon", "Mobil", "Land"]
ROWS = [
    # 010 is Beijing when read in China (the row's country), no number in Germany
    ["", "", "Zhang Wei <zhang@163.com>", "+86 138 0013 8000", "010 6552 9988", "China"],
    ["", "", '"Schmidt, Anna" <anna@example.org>', "030.1234567", "12345", "Deutschland"],
    ["Na", "Li", "Li Na <buero@stadt.xn--fiqs8s>", "+++++12345", "+49 30 1234567 ext. 12", ""],
    ["Jan", "Jansen", "user@ex_ample.com", "+33 1.44.55.66.77", "", ""],
]


def analyse(db, path):
    return importer.analyse(db, open_source(path, None), "contacts")


def stored(db) -> list[Contact]:
    with db.session() as session:
        return list(session.scalars(select(Contact).order_by(Contact.id)))


def test_numbers_are_kept_as_written_with_a_warning_naming_the_cell(db, tmp_path):
    plan = analyse(db, workbook(tmp_path / "kontakte.xlsx", [HEADERS, *ROWS]))
    warnings = {(w.row, w.column): w for w in plan.warnings()}
    assert set(warnings) == {(3, "Mobil"), (4, "Telefon")}
    assert warnings[(3, "Mobil")].text().startswith("Row 3, column “Mobil” (E): “12345”")
    assert "+++++12345" in warnings[(4, "Telefon")].text()
    # the e-mail address is the only error: a domain with "_"
    [error] = plan.errors()
    assert (error.row, error.column) == (5, "E-Mail")
    assert "user@ex_ample.com" in error.message

    result = importer.run(db, plan, skip_invalid=True)
    assert (result.created, result.skipped) == (3, 1)
    zhang, anna, li = stored(db)
    assert (zhang.phone, zhang.mobile) == ("+86 138 0013 8000", "010 6552 9988")
    assert (anna.phone, anna.mobile) == ("030.1234567", "12345")
    assert (li.phone, li.mobile) == ("+++++12345", "+49 30 1234567 ext. 12")


def test_an_address_with_its_name_fills_an_empty_name(db, tmp_path):
    plan = analyse(db, workbook(tmp_path / "kontakte.xlsx", [HEADERS, *ROWS[:3]]))
    importer.run(db, plan)
    zhang, anna, li = stored(db)
    # read as a name cell is: in a Chinese row, Zhang is the family name written first
    assert (zhang.email, zhang.given_name, zhang.family_name) == ("zhang@163.com", "Wei", "Zhang")
    # "Family, Given" as mail programs write it
    assert (anna.email, anna.given_name, anna.family_name) == (
        "anna@example.org",
        "Anna",
        "Schmidt",
    )
    # the name columns win over the name given with the address
    assert (li.email, li.given_name, li.family_name) == ("buero@stadt.xn--fiqs8s", "Na", "Li")
    assert li.email_key == "buero@stadt.中国"


def test_one_address_in_its_two_spellings_is_one_person(db, tmp_path):
    importer.run(db, analyse(db, workbook(tmp_path / "a.xlsx", [HEADERS, ROWS[2]])))
    [li] = stored(db)
    again = ["Na", "Li", "mailto:Buero@Stadt.中国", "", "", "CN"]
    plan = analyse(db, workbook(tmp_path / "b.xlsx", [HEADERS, again]))
    [row] = plan.duplicates()
    assert (row.match.reason, row.match.record_id) == ("email", li.id)
