"""The audit trail in words: what kind of record an entry is about, the label of each field,
and each stored value as the window shows it (the label of a code, a date in the reader's
form, a linked record by its name, "(erased)" for a value erased for good)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Date, DateTime, Enum, select
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.models import Base, Contact, Event, Inquiry, Member, Organisation
from isa_desk.core.domain import countries, dates, labels
from isa_desk.core.exchange import columns
from isa_desk.core.i18n import translate
from isa_desk.core.privacy.marker import is_erased


class _Source(NamedTuple):
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> _Source:  # the extractor's name
    """Marks a source text for the translation extractor; translated when shown."""
    return _Source(text)


KINDS: dict[str, _Source] = {
    "member": QT_TRANSLATE_NOOP("Trail", "Member"),
    "organisation": QT_TRANSLATE_NOOP("Trail", "Organisation"),
    "contact": QT_TRANSLATE_NOOP("Trail", "Contact"),
    "consent": QT_TRANSLATE_NOOP("Trail", "Consent"),
    "inquiry": QT_TRANSLATE_NOOP("Trail", "Inquiry"),
    "activity": QT_TRANSLATE_NOOP("Trail", "History entry"),
    "event": QT_TRANSLATE_NOOP("Trail", "Event"),
    "participant": QT_TRANSLATE_NOOP("Trail", "Participant"),
    "member_place": QT_TRANSLATE_NOOP("Trail", "Place of a member"),
    "letter_template": QT_TRANSLATE_NOOP("Trail", "Letter template"),
    "setting": QT_TRANSLATE_NOOP("Trail", "Setting"),
    "not_duplicate": QT_TRANSLATE_NOOP("Trail", "Not a duplicate"),
    "column_mapping": QT_TRANSLATE_NOOP("Trail", "Column mapping"),
}

# the labels of fields that no exported list has, or that mean something else there
_FIELDS: dict[str, dict[str, _Source]] = {
    "contact": {
        "organisation_id": QT_TRANSLATE_NOOP("Columns", "Organisation"),
        "member_id": QT_TRANSLATE_NOOP("Columns", "Member"),
    },
    "organisation": {"member_id": QT_TRANSLATE_NOOP("Columns", "Member")},
    "inquiry": {
        "member_id": QT_TRANSLATE_NOOP("Columns", "Interested city"),
        "contact_id": QT_TRANSLATE_NOOP("Columns", "Contact person"),
    },
    "participant": {
        "event_id": QT_TRANSLATE_NOOP("Columns", "Event"),
        "contact_id": QT_TRANSLATE_NOOP("Columns", "Contact"),
        "status": QT_TRANSLATE_NOOP("Columns", "Participation"),
        "notes": QT_TRANSLATE_NOOP("Columns", "Participation notes"),
    },
    "event": {
        "title": QT_TRANSLATE_NOOP("Columns", "Title"),
        "starts_at": QT_TRANSLATE_NOOP("Columns", "Begins"),
        "ends_at": QT_TRANSLATE_NOOP("Columns", "Ends"),
        "place": QT_TRANSLATE_NOOP("Columns", "Place"),
        "registration_deadline": QT_TRANSLATE_NOOP("Columns", "Registration deadline"),
        "description": QT_TRANSLATE_NOOP("Columns", "Description"),
    },
    "consent": {
        "contact_id": QT_TRANSLATE_NOOP("Columns", "Contact"),
        "purpose": QT_TRANSLATE_NOOP("Columns", "Purpose"),
        "given_on": QT_TRANSLATE_NOOP("Columns", "Given on"),
        "source": QT_TRANSLATE_NOOP("Columns", "How given"),
        "withdrawn_on": QT_TRANSLATE_NOOP("Columns", "Withdrawn on"),
    },
    "activity": {
        "kind": QT_TRANSLATE_NOOP("Columns", "Kind"),
        "occurred_at": QT_TRANSLATE_NOOP("Columns", "Date"),
        "author": QT_TRANSLATE_NOOP("Columns", "Author"),
        "subject": QT_TRANSLATE_NOOP("Columns", "Subject"),
        "text": QT_TRANSLATE_NOOP("Columns", "Text"),
        "contact_id": QT_TRANSLATE_NOOP("Columns", "Contact"),
        "member_id": QT_TRANSLATE_NOOP("Columns", "Member"),
        "inquiry_id": QT_TRANSLATE_NOOP("Columns", "Inquiry"),
    },
    "letter_template": {
        "key": QT_TRANSLATE_NOOP("Columns", "Key"),
        "name": QT_TRANSLATE_NOOP("Columns", "Name"),
        "language": QT_TRANSLATE_NOOP("Columns", "Language"),
        "subject": QT_TRANSLATE_NOOP("Columns", "Subject"),
        "body": QT_TRANSLATE_NOOP("Columns", "Text"),
        "closing": QT_TRANSLATE_NOOP("Columns", "Closing"),
        "signature_name": QT_TRANSLATE_NOOP("Columns", "Signed by"),
        "signature_function": QT_TRANSLATE_NOOP("Columns", "Signer's position"),
        "builtin": QT_TRANSLATE_NOOP("Columns", "Built in"),
    },
    "setting": {
        "key": QT_TRANSLATE_NOOP("Columns", "Setting"),
        "value": QT_TRANSLATE_NOOP("Columns", "Value"),
    },
    "column_mapping": {
        "name": QT_TRANSLATE_NOOP("Columns", "Name"),
        "entity": QT_TRANSLATE_NOOP("Columns", "List"),
        "mapping": QT_TRANSLATE_NOOP("Columns", "Columns"),
    },
    "not_duplicate": {
        "first_id": QT_TRANSLATE_NOOP("Columns", "Contact"),
        "second_id": QT_TRANSLATE_NOOP("Columns", "Other contact"),
        "decided_at": QT_TRANSLATE_NOOP("Columns", "Decided at"),
        "user": QT_TRANSLATE_NOOP("Columns", "User"),
    },
    "member_place": {
        "name": QT_TRANSLATE_NOOP("Columns", "Place"),
        "member_id": QT_TRANSLATE_NOOP("Columns", "Member"),
        "position": QT_TRANSLATE_NOOP("Columns", "Order"),
    },
}
_LISTS = {
    "member": "members",
    "organisation": "organisations",
    "contact": "contacts",
    "inquiry": "inquiries",
    "participant": "participants",
}
# the linked record a field's id names, and how its name is read
_LINKS: dict[str, Any] = {  # models with an id
    "member_id": Member,
    "organisation_id": Organisation,
    "contact_id": Contact,
    "event_id": Event,
    "inquiry_id": Inquiry,
    "first_id": Contact,  # the two contacts of a "not a duplicate" decision
    "second_id": Contact,
}


def kind_label(entity: str) -> str:
    """What kind of record a table's rows are ("Contact"), in the loaded language."""
    found = KINDS.get(entity)
    return translate("Trail", found.text) if found else entity


def kind_choices() -> list[tuple[str, str]]:
    """(table, label) of the kinds of record the trail names, for a filter."""
    return [(entity, kind_label(entity)) for entity in KINDS]


def field_label(entity: str, field: str) -> str:
    """The label of a record's field ("Given name"); the field's own name when it has none."""
    own = _FIELDS.get(entity, {}).get(field)
    if own is not None:
        return translate("Columns", own.text)
    list_name = _LISTS.get(entity)
    if list_name is not None:
        for exported in columns.fields(list_name):
            if exported.key == field:
                return exported.title()
    return field


def field_order(entity: str, field: str) -> tuple[int, str]:
    """Where a field stands among its record's: in the order of the table's columns (the
    editor's, near enough), fields the table no longer has last."""
    table = Base.metadata.tables.get(entity)
    keys = list(table.columns.keys()) if table is not None else []
    return (keys.index(field) if field in keys else len(keys), field)


def erased_text() -> str:
    return translate("Trail", "(erased)")


class Names:
    """The names of the records that ids in a page of the trail link to, read at once."""

    def __init__(self, session: Session, wanted: dict[str, set[int]]):
        self._names: dict[tuple[str, int], str] = {}
        for field, ids in wanted.items():
            model = _LINKS[field]
            if not ids:
                continue
            found = session.scalars(select(model).where(model.id.in_(sorted(ids))))
            for record in found:
                self._names[(field, record.id)] = _name_of(record)

    def name(self, field: str, record_id) -> str | None:
        return self._names.get((field, record_id))


def _name_of(record) -> str:
    if isinstance(record, Contact):
        return full_name(record) or record.name_zh or f"#{record.id}"
    if isinstance(record, Inquiry):
        return record.member.name if record.member else f"#{record.id}"
    return getattr(record, "name", None) or getattr(record, "title", None) or f"#{record.id}"


def linked_ids(pairs: Iterable[tuple[str, object]]) -> dict[str, set[int]]:
    """For (field, value) pairs, the ids per link field, to read their names at once."""
    wanted: dict[str, set[int]] = {field: set() for field in _LINKS}
    for field, value in pairs:
        if field in _LINKS and isinstance(value, int) and not isinstance(value, bool):
            wanted[field].add(value)
    return wanted


def value_text(entity: str, field: str, value, names: Names, language: str) -> str:
    """A stored value as the window shows it."""
    if value is None or value == "":
        return ""
    if is_erased(value):
        return erased_text()
    if field in _LINKS:
        return names.name(field, value) or f"#{value}"
    column = _column(entity, field)
    kind = getattr(column, "type", None)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return labels.label(kind.enum_class, value)
    if isinstance(kind, Boolean) or isinstance(value, bool):
        return labels.yes() if value else labels.no()
    if isinstance(kind, DateTime):
        return _when(value, language, with_time=True)
    if isinstance(kind, Date):
        return _when(value, language, with_time=False)
    if field == "country" and isinstance(value, str):
        return countries.country_name(value, language)
    return str(value)


def _column(entity: str, field: str):
    table = Base.metadata.tables.get(entity)
    return None if table is None else table.columns.get(field)


def _when(value, language: str, with_time: bool) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if with_time:
        return dates.format_datetime(moment, language)
    return dates.format_date(moment.date(), language)
