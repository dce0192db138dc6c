"""Labels of stored codes: the one table of the words for every fixed choice.

The database keeps plain codes ("member", "female", "invited"); lists, forms, exports,
the history and the command line show them as these labels. The texts are English
source texts, translated when asked under one context, "Labels", so a status reads the
same everywhere and in every language.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from isa_desk.core.db.enums import (
    ActivityKind,
    AuditAction,
    ConsentPurpose,
    Gender,
    InquiryChannel,
    InquiryStatus,
    Language,
    MailMode,
    MailStatus,
    MemberKind,
    MemberStatus,
    NameOrder,
    OrganisationKind,
    ParticipantStatus,
)
from isa_desk.core.i18n import translate

CONTEXT = "Labels"


class _Source(NamedTuple):
    text: str
    disambiguation: str | None = None


def QT_TRANSLATE_NOOP(  # the name the translation extractor looks for
    context: str, text: str, disambiguation: str | None = None
) -> _Source:
    """Marks a source text for the translation extractor; translated by `label`."""
    return _Source(text, disambiguation)


# A source text that means two things ("Declined") carries a disambiguation.
_TEXTS: dict[type[enum.Enum], dict[str, _Source]] = {
    MemberStatus: {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
        "applicant": QT_TRANSLATE_NOOP("Labels", "Applicant"),
        "guest": QT_TRANSLATE_NOOP("Labels", "Guest"),
        "member": QT_TRANSLATE_NOOP("Labels", "Member"),
        "former": QT_TRANSLATE_NOOP("Labels", "Former member"),
    },
    MemberKind: {
        "city": QT_TRANSLATE_NOOP("Labels", "City"),
        "district": QT_TRANSLATE_NOOP("Labels", "District"),
        "region": QT_TRANSLATE_NOOP("Labels", "Region"),
        "city_network": QT_TRANSLATE_NOOP("Labels", "City network"),
    },
    OrganisationKind: {
        "city_administration": QT_TRANSLATE_NOOP("Labels", "City administration"),
        "economic_development": QT_TRANSLATE_NOOP("Labels", "Economic development agency"),
        "chamber": QT_TRANSLATE_NOOP("Labels", "Chamber"),
        "ministry_agency": QT_TRANSLATE_NOOP("Labels", "Ministry or agency"),
        "company": QT_TRANSLATE_NOOP("Labels", "Company"),
        "press": QT_TRANSLATE_NOOP("Labels", "Press"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    Gender: {
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "diverse": QT_TRANSLATE_NOOP("Labels", "Diverse"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    },
    NameOrder: {
        "western": QT_TRANSLATE_NOOP("Labels", "Given name first"),
        "chinese": QT_TRANSLATE_NOOP("Labels", "Family name first"),
    },
    Language: {
        "de": QT_TRANSLATE_NOOP("Labels", "German"),
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
        "zh": QT_TRANSLATE_NOOP("Labels", "Chinese"),
    },
    InquiryStatus: {
        "new": QT_TRANSLATE_NOOP("Labels", "New"),
        "in_contact": QT_TRANSLATE_NOOP("Labels", "In contact"),
        "documents_sent": QT_TRANSLATE_NOOP("Labels", "Documents sent"),
        "application_received": QT_TRANSLATE_NOOP("Labels", "Application received"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    InquiryChannel: {
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
        "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    },
    ActivityKind: {
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "call": QT_TRANSLATE_NOOP("Labels", "Call"),
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    },
    ParticipantStatus: {
        # everyone on the list was invited; the status is the one not answered yet
        "invited": QT_TRANSLATE_NOOP("Labels", "No answer yet"),
        "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined", "participation"),
        "attended": QT_TRANSLATE_NOOP("Labels", "Attended"),
        "no_show": QT_TRANSLATE_NOOP("Labels", "No-show"),
    },
    ConsentPurpose: {
        "newsletter": QT_TRANSLATE_NOOP("Labels", "Newsletter"),
        "invitations": QT_TRANSLATE_NOOP("Labels", "Invitations"),
        "press": QT_TRANSLATE_NOOP("Labels", "Press list"),
        "secretariat": QT_TRANSLATE_NOOP("Labels", "Sharing with the secretariat in Foshan"),
    },
    AuditAction: {
        "create": QT_TRANSLATE_NOOP("Labels", "Created"),
        "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
        "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
        "erase": QT_TRANSLATE_NOOP("Labels", "Erased for good"),
    },
    MailMode: {
        "smtp": QT_TRANSLATE_NOOP("Labels", "Sent through the mail server"),
        "eml": QT_TRANSLATE_NOOP("Labels", "Written as drafts"),
    },
    MailStatus: {
        "pending": QT_TRANSLATE_NOOP("Labels", "Not yet accepted"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
        "skipped": QT_TRANSLATE_NOOP("Labels", "Skipped"),
    },
}

KINDS: tuple[type[enum.Enum], ...] = tuple(_TEXTS)


def source(kind: type[enum.Enum], code) -> tuple[str, str | None] | None:
    """The English source text and its disambiguation; None for a code without a label."""
    return _TEXTS.get(kind, {}).get(str(getattr(code, "value", code)))


def label(kind: type[enum.Enum], code) -> str:
    """The label of a stored code (a member of `kind` or its plain string) in the loaded
    language; the code itself when it has no label, "" for no value."""
    if code is None or code == "":
        return ""
    found = source(kind, code)
    if found is None:
        return str(getattr(code, "value", code))
    return translate(CONTEXT, *found)


def choices(kind: type[enum.Enum]) -> list[tuple[str, str]]:
    """(code, label) pairs in the enumeration's order, for combo boxes and lookups."""
    return [(item.value, label(kind, item.value)) for item in kind]


def yes() -> str:
    return translate("Labels", "Yes")


def no() -> str:
    return translate("Labels", "No")
