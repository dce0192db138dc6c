"""Every table of the schema is placed in the privacy registry, and the access export
shows a person's rows of every table the registry says it covers."""

from __future__ import annotations

import json

from sqlalchemy import column, func, select, table

from isa_desk.core.db.models import Base
from isa_desk.core.privacy import access, coverage
from isa_desk.core.privacy.access_words import section_titles
from isa_desk.core.privacy.coverage import SPECIAL
from tests.core.privacy.test_access import person_with_everything


def test_every_table_of_the_schema_is_in_the_registry():
    missing = sorted(set(Base.metadata.tables) - set(coverage.BY_TABLE))
    assert not missing, f"tables not in isa_desk/core/privacy/coverage.py: {missing}"


def test_the_registry_names_only_tables_of_the_schema_each_once():
    names = [entry.table for entry in coverage.ENTRIES]
    assert len(names) == len(set(names))
    assert set(names) - set(Base.metadata.tables) == coverage.OUTSIDE_MODELS


def test_each_link_names_a_column_that_is_there():
    for entry in coverage.ENTRIES:
        if entry.link in ("", SPECIAL):
            continue
        owner, _, name = entry.link.rpartition(".")
        columns = Base.metadata.tables[owner or entry.table].columns
        assert name in columns, entry
        assert not entry.personal or not owner, f"{entry.table}: the person's rows link directly"


def test_personal_data_is_shown_in_a_section_and_other_data_is_not_erased():
    for entry in coverage.ENTRIES:
        if entry.personal:
            assert entry.section and entry.link, entry
        if not entry.section:
            assert not entry.personal and not entry.link, entry
    assert set(coverage.sections()) <= set(section_titles()), "a heading for the PDF"


# what a person's row of each covered table looks like in the export
CHECKS = {
    "contact": lambda data, p: data["contact"]["id"] == p.contact,
    "contact_tag": lambda data, p: data["tags"] == ["Plenarversammlung"],
    "tag": lambda data, p: "Plenarversammlung" in data["tags"],
    "consent": lambda data, p: data["consents"][0]["source"] == "form",
    "activity": lambda data, p: bool(data["activities"]) and bool(data["letters"]),
    "inquiry": lambda data, p: data["inquiries"][0]["summary"] == "Asks about joining in 2027",
    "participant": lambda data, p: data["events"][0]["accompanying"] == 1,
    "event": lambda data, p: data["events"][0]["event"]["title"] == "Städteforum 2026",
    "mailing_message": lambda data, p: data["emails"][0]["address"] == "anna.mueller@example.org",
    "mailing": lambda data, p: data["emails"][0]["mailing"]["subject"] == "Einladung Städteforum",
    "not_duplicate": lambda data, p: data["not_duplicates"][0]["other_contact_id"] == p.other,
    "import_batch": lambda data, p: data["imports"][0]["source"] == "Teilnehmer.xlsx",
    "audit_entry": lambda data, p: any(e["entity"] == "contact" for e in data["history"]),
    "organisation": lambda data, p: data["organisation"]["name"] == "Kreisverwaltung Düren",
    "member": lambda data, p: data["member"]["name"] == "Kreis Düren",
}


def test_every_covered_table_has_a_check_here():
    covered = {entry.table for entry in coverage.ENTRIES if entry.section}
    assert covered == set(CHECKS), "add a row of the new table to person_with_everything"


def test_a_persons_row_in_every_covered_table_is_in_the_export(db, tmp_path):
    person = person_with_everything(db)
    with db.session() as session:  # the person has a row in each table linked by a column
        for entry in coverage.personal_tables():
            if entry.link not in ("id", SPECIAL):
                link = column(entry.link)
                rows = table(entry.table, link)
                count = session.scalar(
                    select(func.count()).select_from(rows).where(link == person.contact)
                )
                assert count, entry.table
    path = access.write_export(db, person.contact, tmp_path / "all.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in coverage.ENTRIES:
        if entry.section:
            assert entry.section in data, entry
            assert CHECKS[entry.table](data, person), entry.table
