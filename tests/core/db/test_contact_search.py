"""A contact is found by the names, Latin and Chinese, of its organisation and member:
when saved, when the organisation or member is renamed, when imported, and in a database
of an older schema after its upgrade."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from isa_desk.core.db import contact_search
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Member, Organisation
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services import contacts, members, organisations
from isa_desk.core.services.common import ListQuery
from tests import DATA
from tests.core.exchange.files import GERMAN_HEADERS, workbook


def found(db, text: str) -> list[str]:
    rows = contacts.page(db, ListQuery(text=text), 0, 100)
    assert contacts.count(db, ListQuery(text=text)) == len(rows)
    return sorted(row.family_name for row in rows)


def test_the_chinese_name_of_foshan_finds_its_people_in_the_demo_data(demo_db):
    foshan = found(demo_db, "佛山")
    assert foshan == ["Huang", "Li", "Sun", "Zheng"]  # of the member Foshan (佛山市)
    assert set(foshan) <= set(found(demo_db, "Foshan"))
    assert found(demo_db, "佛山 黄") == ["Huang"]  # with the person's Chinese name
    assert found(demo_db, "佛山市商务局") == ["Huang"]  # the organisation's Chinese name


def test_every_demo_contact_holds_what_the_program_computes(demo_db):
    with demo_db.transaction() as session:
        before = dict(session.execute(select(Contact.id, Contact.search_text)).all())
        contact_search.refresh(session.connection())
        after = dict(session.execute(select(Contact.id, Contact.search_text)).all())
    assert before == after


def test_a_renamed_organisation_and_member_take_their_contacts_along(db, duren, city_hall, mueller):
    assert found(db, "迪伦") == ["Müller"]  # the member's Chinese name
    organisation = organisations.get(db, city_hall.id)
    organisations.update(
        db, city_hall.id, {"name": "Kreishaus Düren", "name_zh": "迪伦县政府"}, organisation.version
    )
    assert found(db, "Kreishaus") == found(db, "县政府") == ["Müller"]
    assert found(db, "Kreisverwaltung") == []
    member = members.get(db, duren.id)
    members.update(
        db, duren.id, {"name": "Kreis Dueren-Jülich", "name_zh": "迪伦-于利希县"}, member.version
    )
    assert found(db, "于利希") == found(db, "dueren-julich") == ["Müller"]
    assert contacts.get(db, mueller.id).version == mueller.version  # the contact is unchanged


def test_a_contact_moved_to_another_organisation_is_found_by_the_new_name(db, city_hall, mueller):
    other = organisations.create(
        db,
        {"name": "Volksregierung der Stadt Foshan", "name_zh": "佛山市人民政府", "country": "CN"},
    )
    contact = contacts.get(db, mueller.id)
    contacts.update(db, mueller.id, {"organisation_id": other.id}, contact.version)
    assert found(db, "人民政府") == ["Müller"]
    assert found(db, "Kreisverwaltung") == []


def test_deleting_the_organisation_takes_its_names_out_of_the_contacts_text(db, city_hall, mueller):
    organisations.delete(db, [city_hall.id])
    assert found(db, "Kreisverwaltung") == []
    assert found(db, "迪伦") == ["Müller"]  # the member stays


def test_imported_contacts_carry_their_organisations_names(db, tmp_path, city_hall):
    organisations.update(
        db, city_hall.id, {"name_zh": "迪伦县政府"}, organisations.get(db, city_hall.id).version
    )
    row = ["Herr", "", "", "Jan", "Jansen", "Kreisverwaltung Düren", "", 52351, "Düren",
           "Deutschland", "jan@example.org", "", ""]  # fmt: skip
    path = workbook(tmp_path / "liste.xlsx", [GERMAN_HEADERS, row])
    importer.run(db, importer.analyse(db, open_source(path, None), "contacts"))
    assert found(db, "县政府") == ["Jansen"]
    assert found(db, "迪伦县") == ["Jansen"]  # its member, linked through the organisation


def test_an_older_database_is_searchable_by_the_names_after_its_upgrade(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0002.sqlite", copy)
    db = Database.open(str(copy))
    try:
        assert found(db, "佛山") == ["Wang"]
        assert found(db, "Rüsselsheim") == ["Müller-Lüdenscheidt"]  # the organisation
        with db.session() as session:
            assert session.scalar(select(Organisation.name_zh).where(Organisation.id == 2))
            assert session.scalar(select(Member.name).where(Member.id == 2)) == "Foshan"
    finally:
        db.close()
