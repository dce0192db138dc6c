"""A person's data on request (Art. 15 GDPR): everything held about one contact, as a
plain structure of sections, written as JSON or as a PDF a person can read.

Each section follows the tables of coverage.py. Dates are ISO texts; a stored code comes
with its label (`{"code": "female", "label": "Female"}`), in the contact's language when
the program has its catalogue (i18n.speaking), else in the program's.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from isa_desk.core import i18n
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import ActivityKind, Contact, utcnow
from isa_desk.core.documents.letters import sender as letter_sender
from isa_desk.core.documents.letters.file_names import safe_file_name
from isa_desk.core.documents.wording import language_of
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.files import atomic_write, check_target, database_files, write_error
from isa_desk.core.i18n import translate
from isa_desk.core.privacy import access_sections as sections
from isa_desk.core.privacy.access_history import history
from isa_desk.core.privacy.access_pdf import write_pdf
from isa_desk.core.services import contacts

FORMAT = "isa-desk-access"
SUFFIXES = (".json", ".pdf")


def collect(db: Database, contact_id: int) -> dict[str, Any]:
    """Every section about the contact, ready for json.dumps; NotFoundError when there is
    no such contact."""
    contact = contacts.get(db, contact_id)
    with db.session() as session:
        activities = sections.activities(session, contact_id)
        return {
            "about": _about(db, contact),
            "contact": sections.record(contact),
            "organisation": sections.record(contact.organisation) if contact.organisation else None,
            "member": sections.record(contact.member) if contact.member else None,
            "tags": [tag.name for tag in contact.tags],
            "consents": [sections.consent_row(row) for row in contact.consents],
            "activities": [a for a in activities if a["kind"]["code"] != ActivityKind.LETTER],
            "letters": [a for a in activities if a["kind"]["code"] == ActivityKind.LETTER],
            "inquiries": sections.inquiries(session, contact_id),
            "events": sections.participations(session, contact_id),
            "emails": sections.emails(session, contact_id),
            "imports": sections.imports(session, contact_id),
            "not_duplicates": sections.not_duplicates(session, contact_id),
            "history": history(session, contact_id),
        }


def write_export(db: Database, contact_id: int, path: Path) -> Path:
    """Write the contact's data to `path`: JSON for .json, a PDF for .pdf, in the
    contact's language; the file appears only when complete."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise IsaDeskError(
            translate(
                "Privacy", "{path}: choose a file name ending in .json or .pdf for the export."
            ).format(path=target)
        )
    protect = database_files(db)
    check_target(target, protect)
    language = language_of(contacts.get(db, contact_id).language)
    with i18n.speaking(language):
        data = collect(db, contact_id)
        try:
            with atomic_write(target, protect=protect) as partial:
                if suffix == ".json":
                    partial.write_text(
                        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                    )
                else:
                    write_pdf(data, partial)
        except OSError as error:
            raise write_error(error, target) from error
    return target


def suggested_name(db: Database, contact_id: int, suffix: str = ".pdf", today=None) -> str:
    """A file name for the export: "Information Müller Anna 2026-12-03.pdf", safe on
    every file system."""
    contact = contacts.get(db, contact_id)
    name = " ".join(p for p in (contact.family_name, contact.given_name) if p)
    name = name or contact.name_zh or str(contact_id)
    day = (today or dt.date.today()).isoformat()
    stem = translate("Privacy", "Information {name} {date}").format(name=name, date=day)
    return safe_file_name(stem) + suffix


def _about(db: Database, contact: Contact) -> dict[str, Any]:
    office = letter_sender.load(db)
    return {
        "format": FORMAT,
        "version": 1,
        "made_at": sections.plain(utcnow().replace(microsecond=0)),
        "language": i18n.language(),
        "contact_id": contact.id,
        "name": " ".join(part for part in (contact.full_name, contact.name_zh) if part),
        "office": {
            "name": office.letterhead_title,
            "organisation": office.organisation,
            "address": office.address_line(),
            "email": office.email,
            "phone": office.phone,
            "web": office.web,
        },
    }
