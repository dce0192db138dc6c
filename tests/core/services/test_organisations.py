"""Organisations: create, read, change, delete, choices."""

import pytest

from isa_desk.core.db.models import OrganisationKind
from isa_desk.core.errors import ConflictError, NotFoundError, ValidationError
from isa_desk.core.services import contacts, organisations
from isa_desk.core.services.common import ListQuery


def test_create_and_get_with_member_contacts_and_tags(db, duren, city_hall, mueller):
    assert city_hall.kind == OrganisationKind.CITY_ADMINISTRATION
    assert city_hall.member.name == "Kreis Düren"
    again = organisations.get(db, city_hall.id)
    assert [c.full_name for c in again.contacts] == ["Hans Müller"]
    assert again.tags == []
    with pytest.raises(NotFoundError):
        organisations.get(db, 999)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"town": "Berlin"}, "name"),
        ({"name": "PKS", "email": "isa(at)pks"}, "email"),
        ({"name": "PKS", "postcode": "117"}, "postcode"),
        ({"name": "PKS", "member_id": 999}, "member_id"),
        ({"name": "PKS", "kind": "club"}, "kind"),
    ],
)
def test_invalid_organisations_are_refused(db, data, field):
    with pytest.raises(ValidationError) as caught:
        organisations.create(db, data)
    assert caught.value.field == field


def test_the_berlin_office_as_the_press_release_gives_it(db):
    office = organisations.create(
        db,
        {
            "name": "PKS GmbH",
            "street": "Reinhardtstraße 34",
            "postcode": "10117",
            "town": "Berlin",
            "country": "Deutschland",
            "phone": "+49 (30) 25 79 72 – 23",
            "email": "isa@pks-gmbh.net",
            "advisory_board": False,
            "tags": ["Geschäftsstelle"],
        },
    )
    assert office.country == "DE"
    assert [t.name for t in office.tags] == ["Geschäftsstelle"]


def test_update_checks_the_version(db, city_hall):
    changed = organisations.update(db, city_hall.id, {"advisory_board": True}, city_hall.version)
    assert changed.advisory_board is True and changed.version == city_hall.version + 1
    with pytest.raises(ConflictError):
        organisations.update(db, city_hall.id, {"advisory_board": False}, city_hall.version)


def test_delete_keeps_the_contacts_without_organisation(db, city_hall, mueller):
    deleted = organisations.delete(db, [city_hall.id])
    assert "Kreisverwaltung Düren" in deleted.description
    assert contacts.get(db, mueller.id).organisation_id is None
    assert organisations.count(db, ListQuery()) == 0


def test_choices_are_sorted_by_name(db, city_hall):
    organisations.create(db, {"name": "apfel AG"})
    organisations.create(db, {"name": "Zeitung"})
    assert [name for _id, name in organisations.choices(db)] == [
        "apfel AG",
        "Kreisverwaltung Düren",
        "Zeitung",
    ]
