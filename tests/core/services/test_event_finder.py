"""Finding an event by id or title: the exact title wins, else the one title that contains
the text (case and accents aside); several matches or none are refused with a message."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.documents.letters import recipients
from isa_desk.core.errors import NotFoundError, ValidationError
from isa_desk.core.services import events


@pytest.fixture
def plenaries(db):
    """Two events whose titles both contain "Plenar", and one in Düren."""
    return {
        "2025": events.create(
            db, {"title": "Plenarversammlung 2025", "starts_at": dt.datetime(2025, 10, 15, 9, 0)}
        ),
        "2027": events.create(
            db, {"title": "Plenarversammlung 2027", "starts_at": dt.datetime(2027, 6, 3, 9, 0)}
        ),
        "duren": events.create(
            db, {"title": "Städtekonferenz Düren", "starts_at": dt.datetime(2026, 5, 2, 10, 0)}
        ),
    }


def test_by_id(db, plenaries):
    wanted = plenaries["2027"]
    assert events.find(db, str(wanted.id)).id == wanted.id
    assert events.find(db, wanted.id).id == wanted.id
    assert events.find(db, f" {wanted.id} ").id == wanted.id


def test_the_exact_title_wins_over_a_longer_one(db, plenaries):
    short = events.create(
        db, {"title": "Plenarversammlung", "starts_at": dt.datetime(2024, 1, 1, 9, 0)}
    )
    assert events.find(db, "Plenarversammlung").id == short.id
    assert events.find(db, "plenarversammlung").id == short.id  # case aside
    assert events.find(db, "Plenarversammlung 2027").id == plenaries["2027"].id


def test_a_unique_part_of_the_title(db, plenaries):
    assert events.find(db, "2027").id == plenaries["2027"].id  # no event has the id 2027
    assert events.find(db, "versammlung 2025").id == plenaries["2025"].id
    assert events.find(db, "konferenz").id == plenaries["duren"].id


def test_accents_and_case_aside(db, plenaries):
    assert events.find(db, "Duren").id == plenaries["duren"].id
    assert events.find(db, "DÜREN").id == plenaries["duren"].id
    assert events.find(db, "stadtekonferenz duren").id == plenaries["duren"].id


def test_several_matches_are_refused_naming_each_with_its_date(db, plenaries):
    with pytest.raises(ValidationError) as refused:
        events.find(db, "plenar")
    message = str(refused.value)
    assert refused.value.field == "event"
    assert "Plenarversammlung 2025 (15.10.2025)" in message
    assert "Plenarversammlung 2027 (03.06.2027)" in message
    assert "Düren" not in message


def test_nothing_found(db, plenaries):
    with pytest.raises(NotFoundError, match="no event “Sommerfest”"):
        events.find(db, "Sommerfest")
    with pytest.raises(NotFoundError):
        events.find(db, "")
    with pytest.raises(NotFoundError):
        events.find(db, "999999")


def test_letters_use_the_same_finder(db, plenaries):
    with pytest.raises(ValidationError, match="Plenarversammlung 2027"):
        recipients.collect(db, recipients.Selection(event="Plenar"))
    found = recipients.collect(db, recipients.Selection(event="Duren"))
    assert found.event.id == plenaries["duren"].id and found.contacts == []


def test_choices_name_each_event_with_its_date_newest_first(db, plenaries):
    assert events.choices(db) == [
        (plenaries["2027"].id, "Plenarversammlung 2027 (03.06.2027)"),
        (plenaries["duren"].id, "Städtekonferenz Düren (02.05.2026)"),
        (plenaries["2025"].id, "Plenarversammlung 2025 (15.10.2025)"),
    ]
