"""Importing received lists into a real database: every rule of the import, each messy
case, duplicates, the policies, one transaction, and undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from isa_desk.core.db.models import AuditEntry, Contact, ImportBatch, Member, Organisation
from isa_desk.core.errors import ConflictError
from isa_desk.core.exchange.importing import importer, mappings
from isa_desk.core.exchange.importing.error_rows import write_error_rows
from isa_desk.core.exchange.importing.importer import NoColumnsError
from isa_desk.core.exchange.importing.plan import FILL, NEW, SKIP, UPDATE
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import contacts, members
from tests.core.exchange.files import (
    GERMAN_HEADERS,
    csv_file,
    with_cached_values,
    workbook,
)


def analyse(db, path, list_name="contacts", sheet=None):
    return importer.analyse(db, open_source(path, sheet), list_name)


def all_contacts(db) -> list[Contact]:
    with db.session() as session:
        return list(session.scalars(select(Contact).order_by(Contact.id)))


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def german_list(tmp_path, *rows, name="liste.xlsx"):
    return workbook(tmp_path / name, [GERMAN_HEADERS, *rows])


ANNA = [
    "Frau",
    "Dr.",
    "Referentin",
    "Anna",
    "Schmidt",
    "Stadt Chemnitz",
    "Markt 1",
    9111,
    "Chemnitz",
    "Deutschland",
    " Anna.Schmidt@Example.org ",
    "+49 (0)371 488-0",
    "Deutsch",
]
WANG = [
    "Herr",
    "",
    "市长",
    "Wei",
    "Wang",
    "佛山市人民政府",
    "Renmin Lu 1",
    "528000",
    "Foshan",
    "中国",
    "wang.wei@example.cn",
    "+86 757 8303 0000",
    "中文",
]


def test_a_german_list_is_read_with_every_rule(db, tmp_path):
    plan = analyse(db, german_list(tmp_path, ANNA, WANG))
    assert plan.header_row == 1 and plan.errors() == []
    result = importer.run(db, plan)
    assert result.as_json() == {
        "created": 2,
        "updated": 0,
        "skipped": 0,
        "duplicates": 0,
        "errors": [],
    }
    anna, wang = all_contacts(db)
    assert (anna.gender, anna.title, anna.position) == ("female", "Dr.", "Referentin")
    assert anna.email == "Anna.Schmidt@Example.org"  # trimmed, case kept
    assert anna.postcode == "09111"  # the lost leading zero is back
    assert anna.phone == "+49 (0)371 488-0"  # as written
    assert (anna.country, anna.language) == ("DE", "de")
    assert (wang.gender, wang.country, wang.language, wang.position) == ("male", "CN", "zh", "市长")
    with db.session() as session:
        names = sorted(session.scalars(select(Organisation.name)))
        assert names == ["Stadt Chemnitz", "佛山市人民政府"]
        assert session.get(Contact, wang.id).organisation.name == "佛山市人民政府"
        trail = session.scalars(select(AuditEntry).where(AuditEntry.entity == "contact")).all()
        assert {entry.entity_id for entry in trail} == {anna.id, wang.id}
        assert json.loads(trail[0].changes)["family_name"] in ("Schmidt", "Wang")


def test_an_organisation_is_linked_by_its_folded_name(db, tmp_path, city_hall, duren):
    row = [
        "Herr",
        "",
        "",
        "Jan",
        "Jansen",
        "KREISVERWALTUNG DUEREN",
        "",
        52351,
        "Düren",
        "Deutschland",
        "jan@example.org",
        "",
        "",
    ]
    importer.run(db, analyse(db, german_list(tmp_path, row)))
    jan = all_contacts(db)[-1]
    assert jan.organisation_id == city_hall.id
    assert jan.member_id == duren.id  # the organisation's member
    assert count(db, Organisation) == 1


def test_blank_rows_title_rows_and_merged_header_cells(db, tmp_path):
    path = workbook(
        tmp_path / "messy.xlsx",
        [
            ["Kontaktliste Chemnitz, Stand Oktober 2021"],
            [],
            ["Person", None, None, "Adresse", None, None, "E-Mail", "Land"],
            ["Anrede", "Vorname", "Nachname", "Straße", "PLZ", "Ort", None, None],
            ["Frau", "Anna", "Schmidt", "Markt 1", 9111, "Chemnitz", "anna@example.org", "DE"],
            [None, None, None, None, None, None, None, None],
            [],
            ["Herr", "Jan", "Jansen", "Ring 2", "09112", "Chemnitz", "jan@example.org", "DE"],
        ],
        merges=["A1:H1", "A3:C3", "D3:F3", "G3:G4", "H3:H4"],
    )
    plan = analyse(db, path)
    assert plan.header_row == 4
    assert plan.mapping == [
        "salutation",
        "given_name",
        "family_name",
        "street",
        "postcode",
        "town",
        "email",
        "country",
    ]
    assert [row.number for row in plan.rows] == [5, 8]
    assert importer.run(db, plan).created == 2
    assert [c.email for c in all_contacts(db)] == ["anna@example.org", "jan@example.org"]


def test_formulas_are_never_stored_as_formulas(db, tmp_path):
    path = workbook(
        tmp_path / "formeln.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail", "Notizen"],
            ["Anna", "Schmidt", '=LOWER("ANNA@EXAMPLE.ORG")', "=1+1"],
            ["Jan", "Jansen", "jan@example.org", '=A3&" "&B3'],
        ],
    )
    with_cached_values(path, {"C2": "anna@example.org", "D2": "2"})
    plan = analyse(db, path)
    assert plan.errors() == []
    [warning] = plan.warnings()
    assert (warning.row, warning.column) == (3, "Notizen")
    importer.run(db, plan)
    anna, jan = all_contacts(db)
    assert (anna.email, anna.notes) == ("anna@example.org", "2")  # the saved values
    assert jan.notes == '=A3&" "&B3'  # no saved value: its text, as plain text


def test_errors_name_the_row_and_column_and_nothing_is_written(db, tmp_path):
    bad = list(ANNA)
    bad[10], bad[7], bad[9] = "anna(at)example.org", "123", "Atlantis"
    plan = analyse(db, german_list(tmp_path, WANG, bad))
    problems = {(p.row, p.column): p.message for p in plan.errors()}
    assert set(problems) == {(3, "E-Mail"), (3, "Land")}
    assert "anna(at)example.org" in problems[(3, "E-Mail")]
    assert "Atlantis" in problems[(3, "Land")]
    assert plan.errors()[0].text().startswith("Row 3, column “")
    result = importer.run(db, plan)
    assert not result.written and result.created == 0
    assert len(result.as_json()["errors"]) == 2
    assert count(db, Contact) == 0 and count(db, ImportBatch) == 0


def test_a_german_postcode_of_three_digits_is_not_repaired(db, tmp_path):
    bad = list(ANNA)
    bad[7] = 123
    [problem] = analyse(db, german_list(tmp_path, bad)).errors()
    assert (problem.row, problem.column) == (2, "PLZ")


def test_skip_invalid_imports_the_valid_rows(db, tmp_path):
    bad = list(ANNA)
    bad[10] = "kaputt"
    plan = analyse(db, german_list(tmp_path, bad, WANG))
    result = importer.run(db, plan, skip_invalid=True)
    assert (result.created, result.skipped, len(result.errors)) == (1, 1, 1)
    assert [c.family_name for c in all_contacts(db)] == ["Wang"]


def test_rows_with_errors_are_saved_with_their_messages(db, tmp_path):
    bad = list(ANNA)
    bad[10] = "=kaputt"
    plan = analyse(db, german_list(tmp_path, WANG, bad))
    assert write_error_rows(plan, tmp_path / "fehler.xlsx") == 1
    sheet = load_workbook(tmp_path / "fehler.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:13] == tuple(GERMAN_HEADERS) and rows[0][13] == "Problems"
    assert rows[1][4] == "Schmidt" and rows[1][10] == "=kaputt"
    assert sheet["K2"].data_type == "s"  # the received text stays text
    assert "Row 3, column “E-Mail” (K)" in rows[1][13]


def test_a_dry_run_writes_nothing_but_counts_exactly(db, tmp_path, mueller):
    updated = [
        "Herr",
        "",
        "Landrat a. D.",
        "Hans",
        "Müller",
        "",
        "",
        "",
        "",
        "",
        "hans.mueller@example.org",
        "",
        "",
    ]
    plan = analyse(db, german_list(tmp_path, ANNA, updated))
    result = importer.run(db, plan, UPDATE, dry_run=True)
    assert (result.created, result.updated, result.duplicates) == (1, 1, 1)
    assert not result.written
    assert count(db, Contact) == 1 and count(db, ImportBatch) == 0
    assert contacts.get(db, mueller.id).position == "Landrat"


def test_the_same_email_in_any_case_is_the_same_person(db, tmp_path, mueller):
    again = [
        "Herr",
        "",
        "Landrat a. D.",
        "Hans",
        "Müller",
        "",
        "",
        "",
        "",
        "",
        "HANS.MUELLER@EXAMPLE.ORG",
        "+49 2421 22-0",
        "",
    ]
    plan = analyse(db, german_list(tmp_path, again))
    [row] = plan.duplicates()
    assert (row.match.reason, row.match.record_id) == ("email", mueller.id)

    assert importer.run(db, plan, SKIP).as_json()["skipped"] == 1
    assert contacts.get(db, mueller.id).position == "Landrat"
    result = importer.run(db, plan, FILL)
    assert (result.updated, result.created) == (1, 0)
    filled = contacts.get(db, mueller.id)
    assert (filled.position, filled.phone) == ("Landrat", "+49 2421 22-0")  # only the empty
    importer.run(db, plan, UPDATE)
    assert contacts.get(db, mueller.id).position == "Landrat a. D."
    assert count(db, Contact) == 1


def test_duplicates_inside_the_file(db, tmp_path):
    second = list(ANNA)
    second[10], second[2] = "anna.schmidt@example.org", "Amtsleiterin"
    plan = analyse(db, german_list(tmp_path, ANNA, WANG, second))
    [row] = plan.duplicates()
    assert (row.number, row.match.reason, row.match.row) == (4, "email", 2)
    result = importer.run(db, plan, UPDATE)
    assert (result.created, result.updated, result.duplicates) == (2, 1, 1)
    anna = all_contacts(db)[0]
    assert anna.position == "Amtsleiterin"
    assert importer.run(db, analyse(db, german_list(tmp_path, ANNA, name="b.xlsx"))).created == 0


def test_a_similar_name_at_the_same_organisation_is_a_suspected_duplicate(
    db, tmp_path, mueller, city_hall
):
    row = ["Herr", "", "", "Hans", "Mueler", "Kreisverwaltung Düren", "", "", "", "", "", "", ""]
    plan = analyse(db, german_list(tmp_path, row))
    [suspect] = plan.duplicates()
    assert (suspect.match.reason, suspect.match.sure) == ("name", False)
    assert suspect.match.record_id == mueller.id
    suspect.decision = NEW  # the user says: another person
    assert importer.run(db, plan).created == 1
    assert count(db, Contact) == 2


def test_different_email_addresses_are_different_people(db, tmp_path, mueller, city_hall):
    row = [
        "Herr",
        "",
        "",
        "Hans",
        "Müller",
        "Kreisverwaltung Düren",
        "",
        "",
        "",
        "",
        "hans.mueller.junior@example.org",
        "",
        "",
    ]
    assert analyse(db, german_list(tmp_path, row)).duplicates() == []


def test_an_unknown_id_is_an_error(db, tmp_path):
    path = workbook(tmp_path / "ids.xlsx", [["ID", "Nachname"], [999, "Niemand"]])
    [problem] = analyse(db, path).errors()
    assert (problem.row, problem.column) == (2, "ID") and "999" in problem.message


def test_one_import_is_one_batch_that_undo_takes_back_whole(db, tmp_path, mueller):
    changed = [
        "Herr",
        "Prof.",
        "Landrat a. D.",
        "Hans",
        "Müller",
        "Neue Behörde",
        "",
        "",
        "",
        "",
        "hans.mueller@example.org",
        "",
        "",
    ]
    plan = analyse(db, german_list(tmp_path, ANNA, changed))
    result = importer.run(db, plan, UPDATE)
    assert result.written and result.batch_id is not None
    [batch] = importer.batches(db)
    assert (batch.entity, batch.created, batch.updated, batch.source) == (
        "contact",
        1,
        1,
        "liste.xlsx",
    )
    assert contacts.get(db, mueller.id).title == "Prof."
    assert count(db, Organisation) == 3  # Stadt Chemnitz and Neue Behörde

    importer.undo(db, batch.id)
    restored = contacts.get(db, mueller.id)
    assert (restored.title, restored.position) == ("Dr.", "Landrat")
    assert restored.organisation.name == "Kreisverwaltung Düren"
    assert [c.id for c in all_contacts(db)] == [mueller.id]
    assert count(db, Organisation) == 1
    assert importer.last_batch(db) is None
    with pytest.raises(ConflictError):
        importer.undo(db, batch.id)


def test_undo_is_refused_when_a_record_changed_since(db, tmp_path):
    result = importer.run(db, analyse(db, german_list(tmp_path, ANNA, WANG)))
    anna = all_contacts(db)[0]
    contacts.update(db, anna.id, {"position": "Dezernentin"}, anna.version)
    with pytest.raises(ConflictError, match="Schmidt"):
        importer.undo(db, result.batch_id)
    assert count(db, Contact) == 2


def test_an_export_id_updates_the_same_record(db, tmp_path, mueller):
    path = workbook(
        tmp_path / "ids.xlsx",
        [["ID", "Nachname", "E-Mail", "Funktion"], [mueller.id, "Müller", "", "Landrat a. D."]],
    )
    result = importer.run(db, analyse(db, path), UPDATE)
    assert (result.updated, result.created) == (1, 0)
    assert contacts.get(db, mueller.id).position == "Landrat a. D."


def test_windows_1252_csv_with_semicolons_is_imported(db, tmp_path):
    path = csv_file(
        tmp_path / "outlook.csv",
        [
            "Anrede;Vorname;Nachname;Firma;Postleitzahl geschäftlich;Ort geschäftlich;"
            "Land/Region geschäftlich;E-Mail-Adresse",
            "Herr;Jürgen;Groß;Stadt Düsseldorf;40213;Düsseldorf;Deutschland;j.gross@example.org",
            "Frau;Käthe;Weiß;Stadt Düsseldorf;1067;Dresden;Deutschland;k.weiss@example.org",
        ],
        "cp1252",
    )
    result = importer.run(db, analyse(db, path))
    assert result.created == 2
    gross, weiss = all_contacts(db)
    assert (gross.given_name, gross.family_name, gross.gender) == ("Jürgen", "Groß", "male")
    assert weiss.postcode == "01067"


def test_utf8_bom_csv_with_chinese_and_english_country_names(db, tmp_path):
    path = csv_file(
        tmp_path / "partner.csv",
        [
            "First Name,Last Name,Company,Business Country/Region,E-mail Address",
            "Wei,Wang,佛山市人民政府,China,wang@example.cn",
            "Li,Chen,佛山市人民政府,中华人民共和国,chen@example.cn",
            "Anna,Smith,City of Aachen,Germany,smith@example.org",
        ],
        "utf-8",
        bom=True,
    )
    importer.run(db, analyse(db, path))
    assert [c.country for c in all_contacts(db)] == ["CN", "CN", "DE"]
    assert count(db, Organisation) == 2


def test_a_workbook_with_no_known_column(db, tmp_path):
    path = workbook(tmp_path / "fremd.xlsx", [["Spalte 1", "Spalte 2"], ["a", "b"]])
    with pytest.raises(NoColumnsError, match="fremd.xlsx.*Vorname"):
        analyse(db, path)


def test_members_are_imported_and_matched_by_name_and_country(db, tmp_path, duren):
    path = workbook(
        tmp_path / "mitglieder.xlsx",
        [
            [
                "Name",
                "Chinesischer Name",
                "Art",
                "Land",
                "Bundesland/Provinz",
                "Status",
                "Mitglied seit",
                "Orte",
            ],
            [
                "Kreis Düren",
                "迪伦县",
                "Kreis",
                "Deutschland",
                "NRW",
                "Mitglied",
                dt.date(2016, 5, 1),
                "Düren, Jülich",
            ],
            ["Weihai", "威海", "Stadt", "中国", "Shandong", "成员", "01.03.2019", ""],
            ["Weihai", "", "", "China", "", "", "", ""],
        ],
    )
    plan = analyse(db, path, "members")
    assert [r.match.reason if r.match else None for r in plan.rows] == ["same", None, "same"]
    result = importer.run(db, plan, FILL)
    assert (result.created, result.updated) == (1, 1)
    weihai = members.get(db, max(m.id for m in members.page(db, members.ListQuery(), 0, 9)))
    assert (weihai.name_zh, weihai.kind, weihai.country, weihai.status) == (
        "威海",
        "city",
        "CN",
        "member",
    )
    assert weihai.member_since == dt.date(2019, 3, 1)
    assert members.get(db, duren.id).member_since == dt.date(2016, 5, 1)  # filled
    assert members.get(db, duren.id).region == "Nordrhein-Westfalen"  # kept
    assert count(db, Member) == 2


def test_a_new_member_needs_a_country(db, tmp_path):
    path = workbook(tmp_path / "m.xlsx", [["Name", "Status"], ["Lanzhou", "Gast"]])
    [problem] = analyse(db, path, "members").errors()
    assert "country" in problem.message


def test_a_saved_mapping_is_applied_to_the_next_file(db, tmp_path):
    headers = ["Nom", "Prénom", "Courriel"]
    mappings.save(
        db, "Partnerstadt Frankreich", "contacts", headers, ["family_name", "given_name", "email"]
    )
    assert mappings.names(db, "contacts") == ["Partnerstadt Frankreich"]
    entity, pairs = mappings.load(db, "Partnerstadt Frankreich")
    assert entity == "contacts"
    path = workbook(
        tmp_path / "fr.xlsx", [["Courriel", "nom", "Autre"], ["m@example.fr", "Martin", "x"]]
    )
    source = open_source(path)
    mapping = mappings.apply(pairs, ["Courriel", "nom", "Autre"])
    assert mapping == ["email", "family_name", None]
    with pytest.raises(NoColumnsError):
        importer.analyse(db, source, "contacts")  # unknown without the saved mapping
    plan = importer.analyse(db, source, "contacts", mapping=mapping, header_row=1)
    assert importer.run(db, plan).created == 1
    assert all_contacts(db)[0].family_name == "Martin"


def test_an_import_that_changes_nothing_leaves_no_batch(db, tmp_path, mueller):
    again = [
        "Herr",
        "",
        "",
        "Hans",
        "Müller",
        "",
        "",
        "",
        "",
        "",
        "hans.mueller@example.org",
        "",
        "",
    ]
    result = importer.run(db, analyse(db, german_list(tmp_path, again)))
    assert (result.skipped, result.duplicates, result.written) == (1, 1, False)
    assert count(db, ImportBatch) == 0
