"""A person's data on request (Art. 15): every section of the export read back from the
JSON file, and only this person's data in it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest

from isa_desk.core import i18n
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import (
    Activity,
    Consent,
    Contact,
    Event,
    ImportBatch,
    Inquiry,
    Mailing,
    MailingMessage,
    Member,
    NotDuplicate,
    Organisation,
    Participant,
    Tag,
)
from isa_desk.core.errors import IsaDeskError, NotFoundError
from isa_desk.core.files import ProtectedFileError
from isa_desk.core.privacy import access


@dataclass(frozen=True)
class Person:
    """The ids of a contact with a row in every table that can hold something about them."""

    contact: int
    other: int
    withdrawn_consent: int  # deleted since; its audit entries stay


def person_with_everything(db, language: str = "en") -> Person:
    with db.transaction() as session:
        member = Member(name="Kreis Düren", name_zh="迪伦县", country="DE", status="member")
        organisation = Organisation(name="Kreisverwaltung Düren", member=member, country="DE")
        tag = Tag(name="Plenarversammlung")
        anna = Contact(
            given_name="Anna",
            family_name="Müller",
            gender="female",
            email="anna.mueller@example.org",
            town="Düren",
            language=language,
            organisation=organisation,
            member=member,
            tags=[tag],
            notes="Prefers calls in the morning.",
        )
        other = Contact(given_name="Anne", family_name="Müller", email="anne@example.org")
        stranger = Contact(given_name="Bert", family_name="Fremd", notes="not Anna's business")
        session.add_all([anna, other, stranger])
        anna.consents.append(
            Consent(purpose=ConsentPurpose.NEWSLETTER, given_on=dt.date(2024, 5, 2), source="form")
        )
        withdrawn = Consent(purpose=ConsentPurpose.PRESS, given_on=dt.date(2023, 1, 9))
        anna.consents.append(withdrawn)
        inquiry = Inquiry(member=member, contact=anna, summary="Asks about joining in 2027")
        event = Event(title="Städteforum 2026", starts_at=dt.datetime(2026, 6, 4, 10, 0))
        mailing = Mailing(template_key="einladung", subject="Einladung Städteforum", mode="eml")
        session.add_all(
            [
                inquiry,
                event,
                mailing,
                Activity(contact=anna, kind="call", subject="Called about the forum"),
                Activity(contact=anna, kind="letter", subject="Einladung zum Städteforum"),
                Activity(contact=stranger, kind="note", subject="Stranger's note"),
                Participant(event=event, contact=anna, status="registered", accompanying=1),
            ]
        )
        session.flush()
        mailing.messages.append(
            MailingMessage(
                contact_id=anna.id,
                name="Anna Müller",
                address="anna.mueller@example.org",
                status="sent",
            )
        )
        session.add(NotDuplicate(first_id=anna.id, second_id=other.id, user="office"))
        session.add(
            ImportBatch(
                entity="contact",
                source="Teilnehmer.xlsx",
                created=0,
                updated=1,
                undo_data=json.dumps(
                    {"created": [], "updated": {str(anna.id): {"town": "Jülich"}}}
                ),
            )
        )
        ids = anna.id, other.id, withdrawn.id
    with db.transaction() as session:  # withdrawn and removed: only the audit trail knows it
        session.delete(session.get(Consent, ids[2]))
    return Person(*ids)


def export(db, contact_id, tmp_path, name="export.json") -> dict:
    path = access.write_export(db, contact_id, tmp_path / name)
    assert path == tmp_path / name
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_section_holds_the_persons_data(db, tmp_path):
    person = person_with_everything(db)
    data = export(db, person.contact, tmp_path)

    assert data["about"]["contact_id"] == person.contact
    assert data["about"]["name"] == "Anna Müller"
    assert data["contact"]["family_name"] == "Müller"
    assert data["contact"]["gender"] == {"code": "female", "label": "Female"}
    assert data["contact"]["created_at"][:4].isdigit()  # ISO
    assert "search_text" not in data["contact"] and "version" not in data["contact"]
    assert data["organisation"]["name"] == "Kreisverwaltung Düren"
    assert data["member"]["name_zh"] == "迪伦县"
    assert data["tags"] == ["Plenarversammlung"]
    [newsletter] = data["consents"]
    assert newsletter["purpose"] == {"code": "newsletter", "label": "Newsletter"}
    assert (newsletter["given_on"], newsletter["source"]) == ("2024-05-02", "form")
    assert newsletter["in_force"] is True
    assert [a["subject"] for a in data["activities"]] == ["Called about the forum"]
    assert [a["subject"] for a in data["letters"]] == ["Einladung zum Städteforum"]
    assert data["inquiries"][0]["member_name"] == "Kreis Düren"
    assert data["events"][0]["event"]["title"] == "Städteforum 2026"
    assert data["events"][0]["status"]["code"] == "registered"
    assert data["emails"][0]["mailing"]["subject"] == "Einladung Städteforum"
    assert data["imports"][0]["replaced_values"] == {"town": "Jülich"}
    assert data["not_duplicates"][0]["other_contact_id"] == person.other


def test_the_history_keeps_the_changes_of_rows_deleted_since(db, tmp_path):
    person = person_with_everything(db)
    history = export(db, person.contact, tmp_path)["history"]
    about = {(entry["entity"], entry["action"]["code"]) for entry in history}
    assert {("contact", "create"), ("consent", "create"), ("consent", "delete")} <= about
    assert {("activity", "create"), ("inquiry", "create"), ("participant", "create")} <= about
    assert ("not_duplicate", "create") in about
    press = [
        e for e in history if (e["entity"], e["entity_id"]) == ("consent", person.withdrawn_consent)
    ]
    assert [e["action"]["label"] for e in press] == ["Created", "Deleted"]
    assert press[0]["changes"]["purpose"] == {"code": "press", "label": "Press list"}


def test_nothing_of_another_person_is_in_it(db, tmp_path):
    person = person_with_everything(db)
    export(db, person.contact, tmp_path)
    text = (tmp_path / "export.json").read_text(encoding="utf-8")
    assert "Stranger's note" not in text
    assert "not Anna's business" not in text
    assert "anne@example.org" not in text


def test_a_contact_without_anything_else_has_empty_sections(db, tmp_path):
    with db.transaction() as session:
        alone = Contact(family_name="Allein")
        session.add(alone)
        session.flush()
        contact_id = alone.id
    data = export(db, contact_id, tmp_path)
    assert data["organisation"] is None and data["member"] is None
    for section in ("tags", "consents", "activities", "letters", "events", "emails", "imports"):
        assert data[section] == [], section
    assert [entry["action"]["code"] for entry in data["history"]] == ["create"]


def test_an_unknown_contact_is_named(db, tmp_path):
    with pytest.raises(NotFoundError, match="4711"):
        access.write_export(db, 4711, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_only_json_or_pdf(db, tmp_path):
    person = person_with_everything(db)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(IsaDeskError, match=r"\.json or \.pdf") as raised:
        access.write_export(db, person.contact, folder / "export.xlsx")
    assert "\n" not in str(raised.value)
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only
def test_the_database_is_never_overwritten(db, tmp_path):
    person = person_with_everything(db)
    database = db.engine.url.database
    copy = tmp_path / "database.json"
    copy.symlink_to(database)
    with pytest.raises(ProtectedFileError):
        access.write_export(db, person.contact, copy)


def test_a_folder_that_does_not_exist_is_named(db, tmp_path):
    person = person_with_everything(db)
    target = tmp_path / "missing" / "export.json"
    with pytest.raises(IsaDeskError, match="missing"):
        access.write_export(db, person.contact, target)


GERMAN = {"Female": "Weiblich", "Newsletter": "Rundbrief"}
CHINESE = {"Female": "女", "Newsletter": "通讯"}


@pytest.fixture
def catalogues():
    """The program in German; a catalogue for any language the export asks for."""
    asked: list[str] = []

    def loader(language):
        asked.append(language)
        table = {"zh": CHINESE, "de": GERMAN}.get(language, {})
        return lambda context, text, *more: table.get(text, text)

    i18n.set_translator(loader("de"), "de")
    i18n.set_catalogue_loader(loader)
    yield asked
    i18n.set_catalogue_loader(None)


def test_labels_are_in_the_contacts_language_and_the_programs_after(db, tmp_path, catalogues):
    person = person_with_everything(db, language="zh")
    data = export(db, person.contact, tmp_path)
    assert data["about"]["language"] == "zh"
    assert data["contact"]["gender"]["label"] == "女"
    assert data["consents"][0]["purpose"]["label"] == "通讯"
    assert (i18n.language(), i18n.translate("Labels", "Female")) == ("de", "Weiblich")


def test_a_contact_in_the_programs_language_needs_no_other_catalogue(db, tmp_path, catalogues):
    person = person_with_everything(db, language="de")
    asked = len(catalogues)
    data = export(db, person.contact, tmp_path)
    assert data["contact"]["gender"]["label"] == "Weiblich"
    assert len(catalogues) == asked


def test_the_json_file_is_readable_utf8(db, tmp_path):
    person = person_with_everything(db)
    access.write_export(db, person.contact, tmp_path / "export.json")
    raw = (tmp_path / "export.json").read_text(encoding="utf-8")
    assert '"family_name": "Müller"' in raw and "迪伦县" in raw  # not \u escapes
    assert raw.startswith('{\n  "about"')


def test_a_suggested_file_name_is_safe(db):
    person = person_with_everything(db)
    day = dt.date(2026, 12, 3)
    assert access.suggested_name(db, person.contact, today=day) == (
        "Information Müller Anna 2026-12-03.pdf"
    )
    with db.transaction() as session:
        session.get(Contact, person.contact).family_name = 'Mü/ll:er"'
    assert access.suggested_name(db, person.contact, ".json", day) == (
        "Information Mü_ll_er_ Anna 2026-12-03.json"
    )
