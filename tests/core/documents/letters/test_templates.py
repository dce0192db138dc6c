"""Merge fields, templates in the database, the sender settings and dates in words."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import delete, select

from isa_desk.core.db.models import LetterTemplate
from isa_desk.core.documents.letters import merge, sender, templates
from isa_desk.core.documents.wording import date_in_words, time_span
from isa_desk.core.errors import ConflictError, ValidationError


def test_dates_in_words_in_the_letters_language():
    day = dt.date(2021, 10, 15)
    assert date_in_words(day, "de") == "15. Oktober 2021"
    assert date_in_words(day, "en") == "15 October 2021"
    assert date_in_words(day, "zh") == "2021年10月15日"
    assert date_in_words(dt.date(2021, 3, 1), "de") == "1. März 2021"
    start, end = dt.datetime(2021, 10, 15, 9), dt.datetime(2021, 10, 15, 12, 30)
    assert time_span(start, end, "de") == "9:00 bis 12:30 Uhr"
    assert time_span(start, None, "en") == "9:00"


def test_fields_are_found_and_filled_once():
    text = "Liebe {{contact.given_name}}, am {{ event.date }} {{  contact.given_name }}."
    assert merge.fields_used(text) == ["contact.given_name", "event.date"]
    filled = merge.fill(text, {"contact.given_name": "{{ event.date }}", "event.date": "X"})
    # a value is never read as a field again
    assert filled == "Liebe {{ event.date }}, am X {{ event.date }}."


def test_unknown_field_names_field_and_template():
    template = SimpleNamespace(
        key="rundbrief",
        subject="Hallo",
        body="{{ contact.shoe_size }}",
        closing="",
        signature_name="",
        signature_function="",
    )
    with pytest.raises(merge.TemplateError) as caught:
        merge.check(template)
    assert "rundbrief" in str(caught.value) and "contact.shoe_size" in str(caught.value)
    assert caught.value.field == "contact.shoe_size"


def test_event_field_without_event():
    template = SimpleNamespace(
        key="einladung",
        subject="{{ event.title }}",
        body="",
        closing="",
        signature_name="",
        signature_function="",
    )
    merge.check(template, has_event=True)
    with pytest.raises(merge.EventNeeded):
        merge.check(template, has_event=False)


def test_values_for_a_contact_and_event():
    organisation = SimpleNamespace(
        name="Stadt Aachen",
        name_zh="",
        town="Aachen",
        member=SimpleNamespace(name="Aachen", name_zh="亚琛"),
    )
    contact = SimpleNamespace(
        title="Dr.",
        given_name="Anna",
        family_name="Beispiel",
        name_order="western",
        name_zh="",
        position="Oberbürgermeisterin",
        department="",
        email="a@example.org",
        organisation=organisation,
        member=None,
    )
    event = SimpleNamespace(
        title="10. Plenarversammlung der ISA",
        starts_at=dt.datetime(2021, 10, 15, 9),
        ends_at=dt.datetime(2021, 10, 15, 12),
        place="Online",
        registration_deadline=dt.date(2021, 10, 11),
        description="",
    )
    values = merge.values_for(
        contact,
        "de",
        dt.date(2021, 9, 30),
        "Sehr geehrte Frau X,",
        event,
        merge.SenderFields(email="isa@pks-gmbh.net"),
    )
    assert set(values) == set(merge.FIELDS)
    assert values["today"] == "30. September 2021"
    assert values["event.date"] == "15. Oktober 2021"
    assert values["event.registration_deadline"] == "11. Oktober 2021"
    assert values["member.name_zh"] == "亚琛"
    assert values["contact.full_name"] == "Anna Beispiel"
    assert values["sender.email"] == "isa@pks-gmbh.net"


def test_builtins_are_there_and_come_back_when_missing(db):
    assert templates.keys(db) == ["brief", "einladung", "invitation", "yaoqing"]
    with db.transaction() as session:
        session.execute(delete(LetterTemplate).where(LetterTemplate.key == "brief"))
    assert "brief" in templates.keys(db)
    einladung = templates.get(db, "einladung")
    assert einladung.builtin and einladung.language.value == "de"
    assert "{{ event.title }}" in einladung.subject
    for key in templates.BUILTINS:
        merge.check(templates.get(db, key))  # the built-in texts use known fields only


def test_create_edit_delete_a_template(db):
    created = templates.save(
        db,
        {
            "key": "dank",
            "name": "Dank",
            "language": "de",
            "subject": "Dank",
            "body": "vielen Dank, {{ salutation }}",
            "closing": "Herzliche Grüße",
        },
    )
    assert not created.builtin
    changed = templates.save(
        db,
        {
            "key": "dank",
            "name": "Dankesbrief",
            "language": "en",
            "subject": "Thanks",
            "body": "thank you",
        },
        created.id,
    )
    assert changed.name == "Dankesbrief" and changed.language.value == "en"
    with pytest.raises(ConflictError):
        templates.save(db, {"key": "dank", "name": "again", "language": "de"})
    templates.delete(db, "dank")
    assert "dank" not in templates.keys(db)


def test_saving_an_unknown_field_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        templates.save(
            db, {"key": "x", "name": "X", "language": "de", "body": "Hallo {{ kontakt.name }}"}
        )
    assert caught.value.field == "body" and "kontakt.name" in str(caught.value)
    with pytest.raises(ValidationError):
        templates.save(db, {"key": "Not a key!", "name": "X", "language": "de"})


def test_builtin_cannot_be_deleted_but_reset(db):
    einladung = templates.get(db, "einladung")
    templates.save(
        db,
        {**{k: getattr(einladung, k) for k in templates.EDITABLE}, "subject": "Geändert"},
        einladung.id,
    )
    with pytest.raises(ConflictError):
        templates.delete(db, "einladung")
    assert templates.reset(db, "einladung").subject == templates.BUILTINS["einladung"]["subject"]
    assert templates.get(db, "einladung").subject.startswith("Einladung:")


def test_sender_defaults_to_the_berlin_office(db):
    berlin = sender.load(db)
    assert berlin.organisation == "PKS Kommunikations- und Strategieberatung GmbH"
    assert berlin.address_line() == "Reinhardtstraße 34, 10117 Berlin"
    assert berlin.email == "isa@pks-gmbh.net"
    assert berlin.phone == "+49 (30) 25 79 72 – 23" and berlin.fax.endswith("– 25")
    assert berlin.web == "https://isa-portal.de" and berlin.form == "B"


def test_sender_is_stored_in_the_settings(db, tmp_path):
    changed = sender.Sender(organisation="ISA-Sekretariat", form="A", show_chinese=True)
    sender.save(db, changed)
    assert sender.load(db) == changed
    from isa_desk.core.db.models import Setting

    with db.session() as session:
        keys = set(session.scalars(select(Setting.key)))
    assert "letters.sender.organisation" in keys
    with pytest.raises(ValidationError):
        sender.save(db, sender.Sender(form="C"))
    assert sender.reset(db) == sender.Sender()
    assert sender.load(db) == sender.Sender()
