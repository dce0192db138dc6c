"""Names and dates of received lists read as people write them, into a real database:
a column of whole names ("Schmidt, Anna", "Ursula von der Leyen", "张伟", "Liu Yi"), and
date columns whose "05/06/2021" gets one reading for the whole column, told as a warning;
a value that contradicts the column is an error naming its cell."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from isa_desk.core.db.models import Consent, Contact, Member
from isa_desk.core.exchange import values
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.error_rows import write_error_rows
from isa_desk.core.exchange.importing.read import open_source
from tests.core.exchange.files import csv_file, workbook


def analyse(db, path, list_name="contacts"):
    return importer.analyse(db, open_source(path), list_name)


def people(db) -> dict[str, Contact]:
    with db.session() as session:
        found = session.scalars(select(Contact).order_by(Contact.id))
        return {c.email: c for c in found}


def names(contact: Contact) -> tuple:
    return (
        contact.title,
        contact.given_name,
        contact.family_name,
        contact.name_zh,
        contact.name_order.value,
        contact.gender.value,
    )


def test_a_column_of_whole_names_from_a_workbook(db, tmp_path):
    path = workbook(
        tmp_path / "namen.xlsx",
        [
            ["Name", "Organisation", "E-Mail"],
            ["Schmidt, Anna", "Stadt Chemnitz", "schmidt@example.org"],
            ["Ursula von der Leyen", "Europäische Kommission", "leyen@example.org"],
            ["Frau Prof. Dr. Karin Müller-Lüdenscheidt", "TU Dresden", "mueller@example.org"],
            ["Schmidt, Dr. Anna", "Stadt Zwickau", "dr.schmidt@example.org"],
            ["张伟", "佛山市人民政府", "zhang@example.cn"],
            ["欧阳娜娜", "佛山市外事局", "ouyang@example.cn"],
            ["Liu Yi", "Stadt Foshan", "liu@example.cn"],
            ["Yi Liu", "Stadt Weihai", "yi@example.cn"],
            ["Anna Lee", "Stadt Gera", "lee@example.org"],
        ],
    )
    plan = analyse(db, path)
    assert plan.errors() == []
    result = importer.run(db, plan)
    assert (result.created, result.errors) == (9, [])
    found = {email: names(c) for email, c in people(db).items()}
    assert found == {
        "schmidt@example.org": ("", "Anna", "Schmidt", "", "western", "unknown"),
        "leyen@example.org": ("", "Ursula", "von der Leyen", "", "western", "unknown"),
        "mueller@example.org": (
            "Prof. Dr.",
            "Karin",
            "Müller-Lüdenscheidt",
            "",
            "western",
            "female",
        ),
        "dr.schmidt@example.org": ("Dr.", "Anna", "Schmidt", "", "western", "unknown"),
        "zhang@example.cn": ("", "", "", "张伟", "chinese", "unknown"),
        "ouyang@example.cn": ("", "", "", "欧阳娜娜", "chinese", "unknown"),
        "liu@example.cn": ("", "Yi", "Liu", "", "chinese", "unknown"),
        "yi@example.cn": ("", "Yi", "Liu", "", "western", "unknown"),
        "lee@example.org": ("", "Anna", "Lee", "", "western", "unknown"),
    }
    assert people(db)["liu@example.cn"].full_name == "Liu Yi"  # in the person's own order


def test_whole_names_from_a_csv_file_with_a_country_and_columns_of_their_own(db, tmp_path):
    path = csv_file(
        tmp_path / "namen.csv",
        [
            "Vollständiger Name;Chinesischer Name;Land;Titel;E-Mail",
            "Wang Lei;;China;;wang@example.cn",
            "Wang Lei;;Deutschland;;lei@example.org",
            "Lei Wang;王磊;Deutschland;;lei.wang@example.cn",
            "Herr Dr. Hans zu Guttenberg;;Deutschland;Prof. Dr.;guttenberg@example.org",
        ],
        "utf-8",
        bom=True,
    )
    result = importer.run(db, analyse(db, path))
    assert (result.created, result.errors) == (4, [])
    found = {email: names(c) for email, c in people(db).items()}
    assert found == {
        # the country says the person is Chinese: the family name first
        "wang@example.cn": ("", "Lei", "Wang", "", "chinese", "unknown"),
        # nothing says so, and Lei is a family name too: as written
        "lei@example.org": ("", "Wang", "Lei", "", "western", "unknown"),
        # the name in characters says Wang is the family name, written last
        "lei.wang@example.cn": ("", "Lei", "Wang", "王磊", "western", "unknown"),
        # the title column comes first; the word of address gives the gender
        "guttenberg@example.org": ("Prof. Dr.", "Hans", "zu Guttenberg", "", "western", "male"),
    }


def consent_dates(db) -> dict[str, dt.date | None]:
    """The day each person gave their newsletter consent ("Einwilligung am" of lists
    from older versions)."""
    with db.session() as session:
        found = session.execute(
            select(Contact.email, Consent.given_on)
            .join(Consent, Consent.contact_id == Contact.id)
            .where(Consent.purpose == "newsletter")
        )
        return dict(found.all())


def test_an_ambiguous_date_column_is_read_day_first_with_a_warning(db, tmp_path):
    path = csv_file(
        tmp_path / "einwilligungen.csv",
        [
            "Vorname;Nachname;E-Mail;Einwilligung am",
            "Anna;Schmidt;anna@example.org;05/06/2021",
            "Karl;Meier;karl@example.org;07/08/2021",
            "Liu;Yi;liu@example.cn;2021.06.05",
            "Jan;Berg;jan@example.org;15. Oktober 2021",
        ],
        "utf-8",
    )
    plan = analyse(db, path)
    assert plan.errors() == []
    notices = [p.text() for p in plan.warnings()]
    assert notices == [
        "Column “Einwilligung am”: 05/06/2021 read as 5. Juni 2021 (day before month); "
        "no value in the column says otherwise."
    ]
    importer.run(db, plan)
    assert consent_dates(db) == {
        "anna@example.org": dt.date(2021, 6, 5),
        "karl@example.org": dt.date(2021, 8, 7),
        "liu@example.cn": dt.date(2021, 6, 5),
        "jan@example.org": dt.date(2021, 10, 15),
    }


def test_a_later_value_can_put_the_whole_column_month_first(db, tmp_path):
    rows = [["Vorname", "Nachname", "E-Mail", "Einwilligung am"]]
    # many rows before the proof, so that rows kept in the store are read anew
    rows += [["Anna", f"Schmidt{i}", f"anna{i}@example.org", "05/06/2021"] for i in range(600)]
    rows += [["Karl", "Meier", "karl@example.org", "10/15/2021"]]
    rows += [["Jan", "Berg", "jan@example.org", dt.datetime(2021, 3, 4)]]  # an Excel date
    path = workbook(tmp_path / "us.xlsx", rows)
    plan = analyse(db, path)
    assert plan.errors() == []
    assert [p.text() for p in plan.warnings()] == [
        "Column “Einwilligung am”: 05/06/2021 read as 6. Mai 2021 (month before day), "
        "as “10/15/2021” in row 602 shows."
    ]
    result = importer.run(db, plan)
    assert result.created == 602
    found = consent_dates(db)
    assert found["anna0@example.org"] == found["anna599@example.org"] == dt.date(2021, 5, 6)
    assert found["karl@example.org"] == dt.date(2021, 10, 15)
    assert found["jan@example.org"] == dt.date(2021, 3, 4)


def test_values_that_contradict_their_column_are_errors_naming_the_cell(db, tmp_path):
    path = workbook(
        tmp_path / "gemischt.xlsx",
        [
            ["E-Mail", "Nachname", "Einwilligung am"],
            ["a@example.org", "Arndt", "13/05/2021"],
            ["b@example.org", "Brandt", "05/13/2021"],
            ["c@example.org", "Conrad", "05/06/2021"],
            ["d@example.org", "Dietz", "14/05/2021"],
        ],
    )
    plan = analyse(db, path)
    assert [p.text() for p in plan.errors()] == [
        "Row 3, column “Einwilligung am” (C): “05/13/2021” puts the month before the day, "
        "but other dates of this column put the day first (“13/05/2021” in row 2)."
    ]
    assert [p.text() for p in plan.warnings()] == [
        "Column “Einwilligung am”: 05/06/2021 read as 5. Juni 2021 (day before month), "
        "as “13/05/2021” in row 2 shows."
    ]
    # the row with the error keeps its cells for the workbook of rows with errors
    out = tmp_path / "fehler.xlsx"
    write_error_rows(plan, out)
    sheet = load_workbook(out).active
    cells = [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert cells[:3] == ["b@example.org", "Brandt", "05/13/2021"]
    result = importer.run(db, plan, skip_invalid=True)
    assert result.created == 3
    assert consent_dates(db) == {
        "a@example.org": dt.date(2021, 5, 13),
        "c@example.org": dt.date(2021, 6, 5),
        "d@example.org": dt.date(2021, 5, 14),
    }


def test_member_dates_written_every_way(db, tmp_path):
    path = workbook(
        tmp_path / "mitglieder.xlsx",
        [
            ["Name", "Land", "Mitglied seit", "Ausgetreten am"],
            ["Weihai", "China", "2021.06.05", "2023年6月5日"],
            ["Foshan", "China", "15. Oktober 2021", ""],
            ["Düren", "Deutschland", "October 15, 2021", "15. Okt. 2022"],
            ["Gera", "Deutschland", dt.datetime(2019, 3, 1), "4.3."],
        ],
    )
    plan = analyse(db, path, "members")
    assert [p.text() for p in plan.errors()] == [
        "Row 5, column “Ausgetreten am” (D): “4.3.” is not a date."
    ]
    assert plan.warnings() == []
    importer.run(db, plan, skip_invalid=True)
    with db.session() as session:
        found = {m.name: (m.member_since, m.left_on) for m in session.scalars(select(Member))}
    assert found == {
        "Weihai": (dt.date(2021, 6, 5), dt.date(2023, 6, 5)),
        "Foshan": (dt.date(2021, 10, 15), None),
        "Düren": (dt.date(2021, 10, 15), dt.date(2022, 10, 15)),
    }


def test_a_list_reads_two_digit_years_as_years_gone_by():
    assert values.date_value("1.1.75") == dt.date(1975, 1, 1)
    assert values.date_value("1.6.21") == dt.date(2021, 6, 1)
    assert values.date_value("05/06/21", month_first=True) == dt.date(2021, 5, 6)
    for text in ("4.3.", "15. Oktober", "05/06"):
        with pytest.raises(ValueError):
            values.date_value(text)
