"""Merge fields: `{{ field }}` in a template's subject, body, closing and signature.

Values are inserted as plain text in one pass: a value is never read as a field, markup
or code, so "<b>", "&" or "{{ today }}" in a name are printed as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from isa_desk.core.addressing import person as p
from isa_desk.core.documents.wording import date_in_words, language_of, time_span
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

FIELD = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
TEMPLATE_PARTS = ("subject", "body", "closing", "signature_name", "signature_function")

CONTACT_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "full_name",
    "name_zh",
    "position",
    "department",
    "email",
)
FIELDS: tuple[str, ...] = (
    "salutation",
    "today",
    *(f"contact.{name}" for name in CONTACT_FIELDS),
    "organisation.name",
    "organisation.name_zh",
    "organisation.town",
    "member.name",
    "member.name_zh",
    "event.title",
    "event.date",
    "event.time",
    "event.place",
    "event.registration_deadline",
    "event.description",
    "sender.organisation",
    "sender.contact_person",
    "sender.email",
    "sender.phone",
    "sender.web",
)
EVENT_FIELDS = tuple(name for name in FIELDS if name.startswith("event."))


class TemplateError(IsaDeskError):
    """A template that cannot be merged: an unknown field, or an event field without event."""

    def __init__(self, message: str, template: str, field: str):
        super().__init__(message)
        self.template = template
        self.field = field


class EventNeeded(TemplateError):
    """The template uses event fields but no event was chosen."""


def fields_used(*texts: str) -> list[str]:
    """Field names in order of first use, as written (stripped)."""
    found: list[str] = []
    for text in texts:
        for match in FIELD.finditer(text or ""):
            name = match.group(1).strip()
            if name not in found:
                found.append(name)
    return found


def template_texts(template) -> list[str]:
    return [getattr(template, part, "") or "" for part in TEMPLATE_PARTS]


def check(template, has_event: bool = True) -> None:
    """Raise TemplateError for the first unknown field (naming field and template)."""
    key = getattr(template, "key", "") or getattr(template, "name", "")
    used = fields_used(*template_texts(template))
    for name in used:
        if name not in FIELDS:
            raise TemplateError(
                translate(
                    "Letters",
                    "The template “{template}” uses the unknown merge field "
                    "“{field}”. Correct the template; no letter was made.",
                ).format(template=key, field="{{ " + name + " }}"),
                key,
                name,
            )
    if not has_event:
        for name in used:
            if name in EVENT_FIELDS:
                raise EventNeeded(
                    translate(
                        "Letters",
                        "The template “{template}” uses the merge field "
                        "“{field}”: choose an event.",
                    ).format(template=key, field="{{ " + name + " }}"),
                    key,
                    name,
                )


def fill(text: str, values: dict[str, str]) -> str:
    """Replace every field by its value (unknown ones must have been rejected by check())."""
    return FIELD.sub(lambda match: values.get(match.group(1).strip(), ""), text or "")


@dataclass(frozen=True)
class SenderFields:
    organisation: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    web: str = ""


def values_for(
    contact,
    language,
    today: dt.date,
    salutation: str,
    event=None,
    sender: SenderFields | None = None,
) -> dict[str, str]:
    """Every merge field's text for one letter."""
    language = language_of(language)
    organisation = getattr(contact, "organisation", None)
    member = getattr(contact, "member", None) or getattr(organisation, "member", None)
    values = {"salutation": salutation, "today": date_in_words(today, language)}
    for name in CONTACT_FIELDS:
        values[f"contact.{name}"] = (
            p.full_name(contact) if name == "full_name" else p.value(contact, name)
        )
    for name in ("name", "name_zh", "town"):
        values[f"organisation.{name}"] = p.value(organisation, name) if organisation else ""
    for name in ("name", "name_zh"):
        values[f"member.{name}"] = p.value(member, name) if member is not None else ""
    values.update(event_values(event, language))
    sender = sender or SenderFields()
    for name in ("organisation", "contact_person", "email", "phone", "web"):
        values[f"sender.{name}"] = getattr(sender, name)
    return values


def event_values(event, language: str) -> dict[str, str]:
    if event is None:
        return dict.fromkeys(EVENT_FIELDS, "")
    return {
        "event.title": event.title or "",
        "event.date": date_in_words(event.starts_at, language),
        "event.time": time_span(event.starts_at, event.ends_at, language),
        "event.place": event.place or "",
        "event.registration_deadline": date_in_words(event.registration_deadline, language),
        "event.description": event.description or "",
    }


def field_help() -> list[tuple[str, str]]:
    """Each field with a short description, for the template editor."""
    return [
        ("salutation", translate("Letters", "the salutation by the rules, or the contact's own")),
        ("today", translate("Letters", "the letter's date in words")),
        ("contact.title", translate("Letters", "academic title")),
        ("contact.given_name", translate("Letters", "given name")),
        ("contact.family_name", translate("Letters", "family name")),
        ("contact.full_name", translate("Letters", "name in the person's own order")),
        ("contact.name_zh", translate("Letters", "name in Chinese characters")),
        ("contact.position", translate("Letters", "office or position")),
        ("contact.department", translate("Letters", "department")),
        ("contact.email", translate("Letters", "e-mail address")),
        ("organisation.name", translate("Letters", "organisation")),
        ("organisation.name_zh", translate("Letters", "organisation in Chinese characters")),
        ("organisation.town", translate("Letters", "organisation's town")),
        ("member.name", translate("Letters", "member city or region")),
        ("member.name_zh", translate("Letters", "member in Chinese characters")),
        ("event.title", translate("Letters", "event title")),
        ("event.date", translate("Letters", "event date in words")),
        ("event.time", translate("Letters", "event start and end time")),
        ("event.place", translate("Letters", "event place")),
        ("event.registration_deadline", translate("Letters", "registration deadline")),
        ("event.description", translate("Letters", "event description")),
        ("sender.organisation", translate("Letters", "sender's organisation")),
        ("sender.contact_person", translate("Letters", "sender's contact person")),
        ("sender.email", translate("Letters", "sender's e-mail address")),
        ("sender.phone", translate("Letters", "sender's phone number")),
        ("sender.web", translate("Letters", "sender's website")),
    ]
