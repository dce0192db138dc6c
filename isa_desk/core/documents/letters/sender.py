"""The sender of the letters: letterhead, return line, footer and signature.

Kept in the database's settings (shared by everyone who uses it), one row per field under
"letters.sender.<field>"; a field never saved takes the Berlin office's data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Setting
from isa_desk.core.documents.letters.merge import SenderFields
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate

PREFIX = "letters.sender."
FORMS = ("A", "B")


@dataclass(frozen=True)
class Sender:
    letterhead_title: str = "Chinesisch-Deutsche Industriestädteallianz (ISA)"
    organisation: str = "PKS Kommunikations- und Strategieberatung GmbH"
    street: str = "Reinhardtstraße 34"
    postcode: str = "10117"
    town: str = "Berlin"
    phone: str = "+49 (30) 25 79 72 – 23"
    fax: str = "+49 (30) 25 79 72 – 25"
    email: str = "isa@pks-gmbh.net"
    web: str = "https://isa-portal.de"
    contact_person: str = "Stefanie Behmer"
    # the one small line above the recipient; the full name would not fit the window
    return_line: str = "PKS GmbH · Reinhardtstraße 34 · 10117 Berlin"
    footer: str = "Ansprechpartner der ISA in Deutschland"
    signature_name: str = "Stefanie Behmer"
    signature_function: str = "Ansprechpartnerin ISA"
    logo: str = ""  # path of a PNG or JPEG shown in the letterhead
    form: str = "B"  # DIN 5008 Form A or B
    show_chinese: bool = False  # names in characters after the Latin ones in the address

    def merge_fields(self) -> SenderFields:
        return SenderFields(
            organisation=self.organisation,
            contact_person=self.contact_person,
            email=self.email,
            phone=self.phone,
            web=self.web,
        )

    def address_line(self) -> str:
        town = " ".join(part for part in (self.postcode, self.town) if part)
        return ", ".join(part for part in (self.street, town) if part)


DEFAULT = Sender()
FIELD_NAMES = tuple(field.name for field in fields(Sender))


def _decode(name: str, text: str):
    if isinstance(getattr(DEFAULT, name), bool):
        return text == "1"
    return text


def _encode(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def load(db: Database) -> Sender:
    with db.session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX))).all()
    stored = {row.key[len(PREFIX) :]: row.value for row in rows}
    values = {name: _decode(name, stored[name]) for name in FIELD_NAMES if name in stored}
    return replace(DEFAULT, **values)


def check(sender: Sender) -> None:
    if sender.form not in FORMS:
        raise ValidationError(translate("Letters", "The letter form must be A or B."), "form")
    if not sender.organisation.strip():
        raise ValidationError(
            translate("Letters", "Enter the sender's organisation."), "organisation"
        )


def save(db: Database, sender: Sender) -> Sender:
    """Store every field (one transaction); a value equal to the default is stored too, so a
    later change of the built-in defaults does not change a letterhead someone chose."""
    check(sender)
    values = asdict(sender)
    with db.transaction() as session:
        for name in FIELD_NAMES:
            row = session.get(Setting, PREFIX + name)
            text = _encode(values[name])
            if row is None:
                session.add(Setting(key=PREFIX + name, value=text))
            elif row.value != text:
                row.value = text
    return sender


def reset(db: Database) -> Sender:
    """Back to the Berlin office's data."""
    with db.transaction() as session:
        for row in session.scalars(select(Setting).where(Setting.key.startswith(PREFIX))):
            session.delete(row)
    return DEFAULT
