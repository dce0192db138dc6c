"""A contact's consent per purpose through the contacts service: saved part by part,
withdrawn, counted in the version, merged, and brought back by an undone delete."""

import datetime as dt

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import Consent
from isa_desk.core.errors import ConflictError
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentState
from isa_desk.core.services import contact_consents, contacts, undo

DAY = dt.date(2024, 3, 1)


def stored(db, contact_id) -> dict:
    """The contact's consents as stored, by purpose code."""
    with db.session() as session:
        rows = session.scalars(select(Consent).where(Consent.contact_id == contact_id))
        return {r.purpose.value: (r.given_on, r.source, r.withdrawn_on) for r in rows}


def test_consents_are_saved_from_fields_and_read_back_with_the_contact(db, mueller):
    contacts.update(
        db,
        mueller.id,
        {
            "consent_newsletter_given_on": "2024-03-01",
            "consent_newsletter_source": "  Anmeldeformular ",
            "consents": {"press": {"given_on": DAY, "source": "Pressekonferenz"}},
        },
        mueller.version,
    )
    assert stored(db, mueller.id) == {
        "newsletter": (DAY, "Anmeldeformular", None),
        "press": (DAY, "Pressekonferenz", None),
    }
    again = contacts.get(db, mueller.id)  # read after the session: loaded with the contact
    assert consent.states(again)[consent.ConsentPurpose.PRESS].in_force


def test_a_part_left_out_keeps_its_value_and_a_withdrawal_ends_the_consent(db, mueller):
    data = {"consent_invitations_given_on": DAY, "consent_invitations_source": "E-Mail"}
    first = contacts.update(db, mueller.id, data, mueller.version)
    second = contacts.update(
        db, mueller.id, {"consent_invitations_withdrawn_on": "2025-01-10"}, first.version
    )
    assert stored(db, mueller.id) == {"invitations": (DAY, "E-Mail", dt.date(2025, 1, 10))}
    assert mueller.id not in _consenting(db, [mueller.id], "invitations")
    # a change of consents alone moves the contact's version on: a colleague's editor
    # that loaded the first version is refused
    assert second.version == first.version + 1
    with pytest.raises(ConflictError):
        contacts.update(db, mueller.id, {"consent_press_given_on": DAY}, first.version)


def test_all_parts_empty_remove_the_purpose(db, mueller):
    made = contacts.update(db, mueller.id, {"consent_press_given_on": DAY}, mueller.version)
    contacts.update(
        db,
        mueller.id,
        {"consent_press_given_on": None, "consent_press_source": ""},
        made.version,
    )
    assert stored(db, mueller.id) == {}


def test_the_same_consent_again_changes_nothing(db, mueller):
    made = contacts.update(db, mueller.id, {"consent_press_given_on": DAY}, mueller.version)
    again = contacts.update(db, mueller.id, {"consent_press_given_on": "2024-03-01"}, made.version)
    assert again.version == made.version


def _consenting(db, ids, purpose):
    with db.session() as session:
        return consent.consenting(session, ids, purpose)


@pytest.mark.parametrize(
    "kept, dropped, result",
    [
        # the one in force against none
        (ConsentState(), ConsentState(DAY, "A"), ConsentState(DAY, "A")),
        # both in force: the later consent
        (
            ConsentState(DAY, "A"),
            ConsentState(dt.date(2025, 1, 1), "B"),
            ConsentState(dt.date(2025, 1, 1), "B"),
        ),
        # withdrawn after the other record's consent: the withdrawal stands
        (
            ConsentState(dt.date(2020, 1, 1), "A", dt.date(2025, 1, 1)),
            ConsentState(DAY, "B"),
            ConsentState(dt.date(2020, 1, 1), "A", dt.date(2025, 1, 1)),
        ),
        # given again after the other record's withdrawal: in force
        (
            ConsentState(dt.date(2020, 1, 1), "A", dt.date(2021, 1, 1)),
            ConsentState(DAY, "B"),
            ConsentState(DAY, "B"),
        ),
    ],
)
def test_a_merge_keeps_the_consent_with_the_latest_word(db, mueller, kept, dropped, result):
    other = contacts.create(
        db, {"given_name": "Hans", "family_name": "Mueller", "consents": {"press": dropped}}
    )
    contacts.update(db, mueller.id, {"consents": {"press": kept}}, mueller.version)
    merged = contacts.merge(db, mueller.id, other.id, {})
    assert consent.states(merged)[consent.ConsentPurpose.PRESS] == result
    assert stored(db, other.id) == {}
    assert contact_consents.merged(dropped, kept) == result  # whichever side is kept


def test_a_merge_keeps_the_purposes_of_both(db, mueller):
    other = contacts.create(db, {"family_name": "Mueller", "consent_secretariat_given_on": DAY})
    contacts.update(db, mueller.id, {"consent_newsletter_given_on": DAY}, mueller.version)
    contacts.merge(db, mueller.id, other.id, {})
    assert set(stored(db, mueller.id)) == {"newsletter", "secretariat"}


def test_a_deleted_contact_comes_back_with_its_consents(db, mueller):
    data = {
        "consent_newsletter_given_on": DAY,
        "consent_newsletter_source": "Formular",
        "consent_press_given_on": DAY,
        "consent_press_withdrawn_on": dt.date(2025, 2, 2),
    }
    contacts.update(db, mueller.id, data, mueller.version)
    before = stored(db, mueller.id)
    deleted = contacts.delete(db, [mueller.id])
    assert deleted.count("consent") == 2
    assert stored(db, mueller.id) == {}
    undo.restore(db, deleted)
    assert stored(db, mueller.id) == before
    assert _consenting(db, [mueller.id], "newsletter") == {mueller.id}
