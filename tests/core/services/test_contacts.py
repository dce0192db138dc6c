"""Contacts: create, read, change with validation and version check, audit trail."""

import getpass

import pytest

from isa_desk.core.db.models import Gender, Language
from isa_desk.core.errors import ConflictError, NotFoundError, ValidationError
from isa_desk.core.services import audit_log, contacts, tags
from isa_desk.core.services.common import ListQuery


def test_create_returns_a_detached_contact_with_its_links_loaded(db, mueller, city_hall, duren):
    assert mueller.id and mueller.version == 1
    # read after the session has closed: nothing may need a lazy load
    assert mueller.organisation.name == "Kreisverwaltung Düren"
    assert mueller.member.name == "Kreis Düren"
    assert [t.name for t in mueller.tags] == ["Newsletter", "Presse"]
    assert mueller.email_key == "hans.mueller@example.org"
    assert mueller.full_name == "Hans Müller"
    again = contacts.get(db, mueller.id)
    assert (again.organisation_id, again.member_id) == (city_hall.id, duren.id)


def test_values_are_trimmed_and_converted(db):
    person = contacts.create(
        db,
        {
            "family_name": "  Schmidt ",
            "gender": "female",
            "language": "zh",
            "country": "Deutschland",
            "consent_newsletter_given_on": "2024-03-01",
            "notes": "Line one\n  indented\n",
        },
    )
    assert person.family_name == "Schmidt"
    assert person.gender == Gender.FEMALE and person.language == Language.ZH
    assert person.country == "DE"
    assert [(c.purpose, str(c.given_on)) for c in person.consents] == [("newsletter", "2024-03-01")]
    assert person.notes == "Line one\n  indented"


def test_get_of_a_missing_contact_says_so(db):
    with pytest.raises(NotFoundError, match="4711"):
        contacts.get(db, 4711)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"given_name": "Anna"}, "family_name"),
        ({"family_name": "Li", "email": "li@"}, "email"),
        ({"family_name": "Li", "postcode": "1234", "country": "DE"}, "postcode"),
        ({"family_name": "Li", "country": "Atlantis"}, "country"),
        ({"family_name": "Li", "organisation_id": 999}, "organisation_id"),
        ({"family_name": "Li", "member_id": 999}, "member_id"),
        ({"family_name": "Li", "gender": "robot"}, "gender"),
        (
            {"family_name": "Li", "consent_press_withdrawn_on": "yesterday"},
            "consent_press_withdrawn_on",
        ),
        ({"family_name": "Li", "consents": {"mailing": {"given_on": "2024-01-01"}}}, "consents"),
        ({"family_name": "Li", "tags": ["x" * 81]}, "tags"),
    ],
)
def test_invalid_values_are_refused_with_the_field_named(db, data, field):
    with pytest.raises(ValidationError) as caught:
        contacts.create(db, data)
    assert caught.value.field == field
    assert str(caught.value)
    assert contacts.count(db, ListQuery()) == 0


def test_phone_numbers_that_are_not_valid_are_kept_as_written(db):
    person = contacts.create(
        db, {"family_name": "Li", "phone": "call me", "mobile": "12345", "fax": "+++++12345"}
    )
    again = contacts.get(db, person.id)
    assert (again.phone, again.mobile, again.fax) == ("call me", "12345", "+++++12345")


def test_an_address_pasted_with_its_name_is_stored_alone(db):
    person = contacts.create(db, {"family_name": "Zhang", "email": "Zhang Wei <zhang@163.com>"})
    assert contacts.get(db, person.id).email == "zhang@163.com"
    with pytest.raises(ValidationError, match="already belongs to Zhang"):
        contacts.create(db, {"family_name": "Other", "email": "mailto:Zhang@163.com"})


def test_an_address_with_a_chinese_domain_is_one_address_in_both_spellings(db):
    contacts.create(db, {"family_name": "Wang", "email": "buero@stadt.xn--fiqs8s"})
    with pytest.raises(ValidationError) as caught:
        contacts.create(db, {"family_name": "Other", "email": "Buero@Stadt.中国"})
    assert caught.value.field == "email"


def test_an_organisation_alone_is_enough(db, city_hall):
    press_office = contacts.create(
        db, {"organisation_id": city_hall.id, "position": "Pressestelle"}
    )
    assert press_office.family_name == ""


def test_a_chinese_postcode_is_not_held_to_german_rules(db):
    assert contacts.create(db, {"family_name": "Li", "postcode": "528000", "country": "CN"})


def test_an_email_address_belongs_to_one_contact_whatever_the_case(db, mueller):
    with pytest.raises(ValidationError) as caught:
        contacts.create(db, {"family_name": "Other", "email": " HANS.MUELLER@EXAMPLE.ORG "})
    assert caught.value.field == "email"
    assert "Hans Müller" in str(caught.value)
    other = contacts.create(db, {"family_name": "Other", "email": "other@example.org"})
    with pytest.raises(ValidationError, match="Hans Müller"):
        contacts.update(db, other.id, {"email": "hans.mueller@EXAMPLE.org"}, other.version)
    # a contact keeps its own address when saved again
    same = contacts.update(db, mueller.id, {"email": "HANS.MUELLER@example.org"}, mueller.version)
    assert same.email == "HANS.MUELLER@example.org"


def test_update_changes_fields_and_counts_the_version_up(db, mueller):
    changed = contacts.update(db, mueller.id, {"position": "Landrat a. D."}, mueller.version)
    assert changed.position == "Landrat a. D."
    assert changed.version == mueller.version + 1
    assert changed.organisation.name == "Kreisverwaltung Düren"


def test_a_change_of_tags_alone_counts_the_version_up(db, mueller):
    changed = contacts.update(
        db, mueller.id, {"tags": ["Presse", "Beirat", " beirat "]}, mueller.version
    )
    assert [t.name for t in changed.tags] == ["Beirat", "Presse"]
    assert changed.version == mueller.version + 1
    assert tags.names(db) == ["Beirat", "Newsletter", "Plenarversammlung", "Presse"]
    unchanged = contacts.update(db, mueller.id, {"tags": ["presse", "BEIRAT"]}, changed.version)
    assert unchanged.version == changed.version
    assert tags.names(db) == ["Beirat", "Newsletter", "Plenarversammlung", "Presse"]


def test_an_edit_of_a_record_someone_else_changed_is_refused(db, mueller):
    contacts.update(db, mueller.id, {"position": "Erster"}, mueller.version)
    with pytest.raises(ConflictError) as caught:
        contacts.update(db, mueller.id, {"position": "Zweiter"}, mueller.version)
    assert "Hans Müller" in str(caught.value)
    assert "someone else" in str(caught.value)
    assert contacts.get(db, mueller.id).position == "Erster"


def test_an_edit_of_a_deleted_record_is_refused(db, mueller):
    contacts.delete(db, [mueller.id])
    with pytest.raises(NotFoundError):
        contacts.update(db, mueller.id, {"position": "x"}, mueller.version)


def test_unknown_fields_are_a_programming_error_but_protected_ones_are_ignored(db, mueller):
    with pytest.raises(ValueError, match="no_such_field"):
        contacts.update(db, mueller.id, {"no_such_field": 1}, mueller.version)
    kept = contacts.update(
        db,
        mueller.id,
        {"id": 99, "version": 42, "search_text": "x", "position": "Landrätin"},
        mueller.version,
    )
    assert (kept.id, kept.version) == (mueller.id, mueller.version + 1)
    assert "landratin" in kept.search_text


def test_create_update_and_delete_leave_an_audit_trail_with_the_os_user(db, mueller):
    contacts.update(
        db, mueller.id, {"position": "Landrätin", "phone": "02421 220"}, mueller.version
    )
    contacts.delete(db, [mueller.id])
    trail = audit_log.trail(db, "contact", mueller.id)
    assert [entry.action.value for entry in trail] == ["delete", "update", "create"]
    assert {entry.user for entry in trail} == {getpass.getuser()}
    assert '"position": ["Landrat", "Landrätin"]' in trail[1].changes
    assert '"phone": ["", "02421 220"]' in trail[1].changes
    assert trail[2].summary == "Hans Müller"
    assert audit_log.trail(db, "contact", 12345) == []


def test_a_refused_change_writes_nothing_not_even_to_the_trail(db, mueller):
    before = audit_log.trail(db, "contact", mueller.id)
    with pytest.raises(ValidationError):
        contacts.update(db, mueller.id, {"position": "Neu", "email": "kaputt"}, mueller.version)
    assert contacts.get(db, mueller.id).position == "Landrat"
    assert len(audit_log.trail(db, "contact", mueller.id)) == len(before)
