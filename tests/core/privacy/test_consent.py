"""Consent per purpose: the one rule, in Python and in SQL, and writing it to a contact."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import AuditEntry, Consent, Contact
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentState

D = dt.date


@pytest.mark.parametrize(
    ("given", "withdrawn", "expected"),
    [
        (None, None, False),
        (D(2024, 1, 1), None, True),
        (D(2024, 1, 1), D(2024, 1, 1), False),  # withdrawn the same day ends it
        (D(2024, 1, 1), D(2025, 6, 1), False),
        (D(2025, 7, 1), D(2025, 6, 1), True),  # given again after a withdrawal
        (None, D(2025, 6, 1), False),
    ],
)
def test_a_consent_is_in_force_when_given_and_not_withdrawn_since(given, withdrawn, expected):
    assert consent.in_force(given, withdrawn) is expected
    assert ConsentState(given, "", withdrawn).in_force is expected


def _person(db, name: str, states: dict) -> int:
    with db.transaction() as session:
        contact = Contact(family_name=name, given_name="Eva", country="DE")
        session.add(contact)
        consent.apply(contact, states)
        session.flush()
        return contact.id


def test_sql_and_python_agree_on_who_consented(db):
    cases = {
        "given": {ConsentPurpose.NEWSLETTER: ConsentState(D(2024, 1, 1), "Formular")},
        "withdrawn": {
            ConsentPurpose.NEWSLETTER: ConsentState(D(2024, 1, 1), "Formular", D(2024, 5, 1))
        },
        "again": {ConsentPurpose.NEWSLETTER: ConsentState(D(2025, 1, 1), "", D(2024, 5, 1))},
        "other purpose": {ConsentPurpose.PRESS: ConsentState(D(2024, 1, 1))},
        "none": {},
    }
    ids = {name: _person(db, name, states) for name, states in cases.items()}

    with db.session() as session:
        found = consent.consenting(session, ids.values(), ConsentPurpose.NEWSLETTER)
        by_clause = set(
            session.scalars(
                select(Contact.id).where(consent.has_consent_clause(ConsentPurpose.NEWSLETTER))
            )
        )
        press = consent.consenting(session, ids.values(), "press")
    assert found == by_clause == {ids["given"], ids["again"]}
    assert press == {ids["other purpose"]}


def test_states_and_apply_write_change_and_remove_rows_through_the_trail(db):
    contact_id = _person(
        db, "Berg", {ConsentPurpose.INVITATIONS: ConsentState(D(2023, 3, 18), "Anmeldung")}
    )
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        states = consent.states(contact)
        assert list(states) == list(ConsentPurpose)
        assert states[ConsentPurpose.INVITATIONS] == ConsentState(D(2023, 3, 18), "Anmeldung")
        assert states[ConsentPurpose.PRESS].empty
        consent.apply(
            contact,
            {
                ConsentPurpose.INVITATIONS: ConsentState(
                    D(2023, 3, 18), "Anmeldung", D(2026, 1, 2)
                ),
                ConsentPurpose.PRESS: ConsentState(D(2026, 1, 2), "E-Mail"),
            },
        )
    with db.session() as session:
        rows = {row.purpose: row for row in session.scalars(select(Consent))}
        assert rows[ConsentPurpose.INVITATIONS].withdrawn_on == D(2026, 1, 2)
        assert rows[ConsentPurpose.PRESS].source == "E-Mail"
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        consent.apply(contact, {"press": ConsentState()})  # emptied: the row goes
    with db.session() as session:
        assert set(session.scalars(select(Consent.purpose))) == {ConsentPurpose.INVITATIONS}
        trail = session.execute(
            select(AuditEntry.action, AuditEntry.changes).where(AuditEntry.entity == "consent")
        ).all()
    actions = [str(action) for action, _changes in trail]
    assert actions.count("create") == 2 and "update" in actions and "delete" in actions
    assert any("2026-01-02" in changes for _action, changes in trail)


def test_a_contacts_consents_go_with_it(db):
    contact_id = _person(db, "Weg", {ConsentPurpose.NEWSLETTER: ConsentState(D(2024, 1, 1))})
    with db.transaction() as session:
        session.delete(session.get(Contact, contact_id))
    with db.session() as session:
        assert session.scalars(select(Consent)).all() == []
