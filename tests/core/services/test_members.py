"""Members: create, read, change, delete, and the lists for choosing."""

import datetime as dt

import pytest

from isa_desk.core.db.models import MemberKind, MemberStatus
from isa_desk.core.errors import ConflictError, NotFoundError, ValidationError
from isa_desk.core.services import contacts, members, organisations
from isa_desk.core.services.common import ListQuery


def test_create_keeps_places_in_order_and_tags(db, duren):
    assert duren.kind == MemberKind.DISTRICT and duren.status == MemberStatus.MEMBER
    assert [p.name for p in duren.places] == ["Düren", "Jülich"]
    assert [p.position for p in duren.places] == [0, 1]
    assert [t.name for t in duren.tags] == ["Plenarversammlung"]
    assert duren.version == 1
    assert "julich" in duren.search_text


def test_get_loads_places_tags_organisations_and_contacts(db, duren, city_hall, mueller):
    member = members.get(db, duren.id)
    assert [o.name for o in member.organisations] == ["Kreisverwaltung Düren"]
    assert [c.full_name for c in member.contacts] == ["Hans Müller"]
    assert member.contacts[0].organisation.name == "Kreisverwaltung Düren"
    with pytest.raises(NotFoundError):
        members.get(db, 999)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"country": "DE"}, "name"),
        ({"name": " ", "country": "DE"}, "name"),
        ({"name": "Aachen"}, "country"),
        ({"name": "Aachen", "country": "Nowhere"}, "country"),
        ({"name": "Aachen", "country": "DE", "status": "emperor"}, "status"),
        ({"name": "Aachen", "country": "DE", "member_since": "12/2017"}, "member_since"),
    ],
)
def test_name_and_country_are_required(db, data, field):
    with pytest.raises(ValidationError) as caught:
        members.create(db, data)
    assert caught.value.field == field


def test_country_names_become_codes_and_dates_are_read(db):
    member = members.create(
        db,
        {
            "name": "Changzhou",
            "country": "中国",
            "member_since": dt.date(2018, 5, 1),
            "left_on": "",
            "status": MemberStatus.GUEST,
        },
    )
    assert member.country == "CN"
    assert member.member_since == dt.date(2018, 5, 1) and member.left_on is None
    assert member.status == MemberStatus.GUEST


def test_update_replaces_places_and_keeps_search_text_current(db, duren):
    changed = members.update(db, duren.id, {"places": ["Jülich", " Düren ", ""]}, duren.version)
    assert [p.name for p in changed.places] == ["Jülich", "Düren"]
    assert changed.version == duren.version + 1
    same = members.update(db, duren.id, {"places": ["Jülich", "Düren"]}, changed.version)
    assert same.version == changed.version
    renamed = members.update(db, duren.id, {"places": ["Nideggen"]}, same.version)
    assert members.count(db, ListQuery(text="nideggen")) == 1
    assert members.count(db, ListQuery(text="julich")) == 0
    assert renamed.version == same.version + 1


def test_a_stale_version_is_a_conflict(db, duren):
    members.update(db, duren.id, {"region": "NRW"}, duren.version)
    with pytest.raises(ConflictError, match="Kreis Düren"):
        members.update(db, duren.id, {"region": "Nordrhein-Westfalen"}, duren.version)


def test_contact_count_counts_the_contacts_of_given_members(db, duren, foshan, mueller):
    contacts.create(db, {"family_name": "Li", "member_id": foshan.id})
    contacts.create(db, {"family_name": "Wang", "member_id": foshan.id})
    assert members.contact_count(db, [duren.id]) == 1
    assert members.contact_count(db, [duren.id, foshan.id]) == 3
    assert members.contact_count(db, []) == 0


def test_delete_unlinks_contacts_and_organisations_by_default(db, duren, city_hall, mueller):
    deleted = members.delete(db, [duren.id])
    assert "Kreis Düren" in deleted.description
    with pytest.raises(NotFoundError):
        members.get(db, duren.id)
    kept = contacts.get(db, mueller.id)
    assert kept.member_id is None and kept.organisation_id == city_hall.id
    assert organisations.get(db, city_hall.id).member_id is None


def test_delete_with_contacts_deletes_them_too(db, duren, mueller):
    members.delete(db, [duren.id], contacts="delete")
    with pytest.raises(NotFoundError):
        contacts.get(db, mueller.id)


def test_delete_refuses_an_unknown_choice_for_contacts(db, duren):
    with pytest.raises(ValueError):
        members.delete(db, [duren.id], contacts="keep")


def test_delete_of_several_members_says_how_many(db, duren, foshan):
    assert "2" in members.delete(db, [duren.id, foshan.id]).description
    assert members.count(db, ListQuery()) == 0


def test_regions_countries_and_choices(db, duren, foshan):
    members.create(db, {"name": "Aachen", "country": "DE", "region": "Nordrhein-Westfalen"})
    members.create(db, {"name": "Bad Homburg", "country": "DE", "region": "Hessen"})
    members.create(db, {"name": "Taizhou", "country": "CN"})
    assert members.regions(db) == ["Guangdong", "Hessen", "Nordrhein-Westfalen"]
    assert members.regions(db, "DE") == ["Hessen", "Nordrhein-Westfalen"]
    assert members.countries(db) == ["CN", "DE"]
    assert [name for _id, name in members.choices(db)] == [
        "Aachen",
        "Bad Homburg",
        "Foshan",
        "Kreis Düren",
        "Taizhou",
    ]
