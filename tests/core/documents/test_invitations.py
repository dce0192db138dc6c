"""Inviting to an event for a purpose: those without consent in force for it are left out
and listed; no purpose invites everyone the sources name."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.documents import invitations
from isa_desk.core.documents.invitations import Sources
from isa_desk.core.errors import NotFoundError
from isa_desk.core.services import contacts, events, participants
from tests.core.documents.consenting import NEWSLETTER, add_people

INVITATIONS = "no consent for “Invitations”"


@pytest.fixture
def event(db):
    return events.create(
        db, {"title": "Jahrestagung", "starts_at": dt.datetime(2026, 11, 5, 10, 0)}
    ).id


def invited(db, event_id) -> set[int]:
    return {row.contact_id for row in participants.rows(db, event_id, ("invited",))}


def test_only_those_who_agreed_to_invitations_are_invited(db, event):
    people = add_people(db)
    sources = Sources(tag=NEWSLETTER)
    assert [
        s.contact_id for s in invitations.left_out(db, ConsentPurpose.INVITATIONS, sources)
    ] == [
        people.agreed,
        people.again,
        people.never,
        people.withdrawn,
    ]

    found = invitations.invite(db, event, ConsentPurpose.INVITATIONS, sources)

    assert (found.added, found.already, found.inactive) == (1, 0, 0)
    assert {s.reason for s in found.skipped} == {INVITATIONS}
    assert invited(db, event) == {people.invitations}


def test_the_inactive_are_counted_and_chosen_contacts_checked_too(db, event):
    people = add_people(db)
    current = contacts.get(db, people.invitations)
    contacts.update(db, people.invitations, {"active": False}, current.version)

    found = invitations.invite(
        db,
        event,
        ConsentPurpose.NEWSLETTER,
        Sources(contact_ids=(people.never,), tag=NEWSLETTER),
    )

    assert (found.added, found.inactive) == (2, 1)
    assert invited(db, event) == {people.agreed, people.again}
    assert {s.contact_id for s in found.skipped} == {people.never, people.withdrawn}


def test_without_a_purpose_everyone_is_invited(db, event):
    add_people(db)
    assert invitations.left_out(db, None, Sources(tag=NEWSLETTER)) == []
    found = invitations.invite(db, event, None, Sources(tag=NEWSLETTER))
    assert (found.added, found.skipped) == (5, [])


def test_an_unknown_tag_invites_nobody(db, event):
    add_people(db)
    with pytest.raises(NotFoundError, match="no tag"):
        invitations.invite(db, event, ConsentPurpose.INVITATIONS, Sources(tag="Beirat"))
    assert invited(db, event) == set()
