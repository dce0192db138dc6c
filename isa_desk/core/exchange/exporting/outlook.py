"""Contacts as Outlook's own CSV file, for Outlook's "Import from another program or file
→ Comma Separated Values": its column names in German or English (Outlook matches them
in the language it runs in), UTF-8 with a byte order mark, commas, every field quoted,
lines ending in CRLF, as Outlook writes the file itself.

The columns are the business ones of Outlook's contact export. Two fields Outlook has
no column of its own for go where Outlook keeps them: the name in characters into
"Benutzer 1" / "User 1", the gender into "Geschlecht" / "Gender" (and with the title
into "Anrede" / "Title"). Brought back from Outlook, the file is recognised by the import
(columns.py knows these names), so a list can go to Outlook's address book and return.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from isa_desk.core.addressing.person import latin_name, value
from isa_desk.core.db.engine import Database
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.exporting.rows import Selection, contact_pages, count
from isa_desk.core.files import atomic_write, database_files, remove_stale, write_error
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services import country_names

LANGUAGES = ("de", "en")

# (field, Outlook's German column, Outlook's English column), in Outlook's order
COLUMNS = (
    ("salutation", "Anrede", "Title"),
    ("given_name", "Vorname", "First Name"),
    ("family_name", "Nachname", "Last Name"),
    ("organisation", "Firma", "Company"),
    ("department", "Abteilung", "Department"),
    ("position", "Position", "Job Title"),
    ("street", "Straße geschäftlich", "Business Street"),
    ("town", "Ort geschäftlich", "Business City"),
    ("region", "Region geschäftlich", "Business State"),
    ("postcode", "Postleitzahl geschäftlich", "Business Postal Code"),
    ("country", "Land/Region geschäftlich", "Business Country/Region"),
    ("fax", "Fax geschäftlich", "Business Fax"),
    ("phone", "Telefon geschäftlich", "Business Phone"),
    ("mobile", "Mobiltelefon", "Mobile Phone"),
    ("name_zh", "Benutzer 1", "User 1"),
    ("email", "E-Mail-Adresse", "E-mail Address"),
    ("email_type", "E-Mail-Typ", "E-mail Type"),
    ("email_name", "E-Mail: Angezeigter Name", "E-mail Display Name"),
    ("gender", "Geschlecht", "Gender"),
    ("tags", "Kategorien", "Categories"),
    ("language", "Sprache", "Language"),
    ("notes", "Notizen", "Notes"),
)
# Outlook's own words for its choices, in each language
_WORDS = {
    "de": {
        "female": "Weiblich",
        "male": "Männlich",
        "Frau": "Frau",
        "Herr": "Herr",
        "de": "Deutsch",
        "en": "Englisch",
        "zh": "Chinesisch",
    },
    "en": {
        "female": "Female",
        "male": "Male",
        "Frau": "Ms.",
        "Herr": "Mr.",
        "de": "German",
        "en": "English",
        "zh": "Chinese",
    },
}
# what Excel, opening the file, would take for a formula; "+" and "-" begin phone numbers
_FORMULA_START = ("=", "@", "+", "-")
_NUMBER = re.compile(r"[+-][\d\s()./-]*")


def headers(language: str) -> list[str]:
    return [german if language == "de" else english for _key, german, english in COLUMNS]


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            translate(
                "Exchange", "Outlook's column names are offered in {choices}, not in “{language}”."
            ).format(choices=", ".join(LANGUAGES), language=language),
            "language",
        )
    return language


def outlook_row(record: dict, language: str, names: CountryNames) -> list[str]:
    """One contact (a row of the contacts export) in the columns of COLUMNS."""
    words = _WORDS[language]
    gender = value(record, "gender")
    title = value(record, "title")
    if language == "de" or not title:
        word = {"female": "Frau", "male": "Herr"}.get(gender, "")
        salutation = " ".join(part for part in (words.get(word, ""), title) if part)
    else:
        salutation = title  # in English the title alone: "Dr."
    email = value(record, "email")
    shown = latin_name(record) or value(record, "name_zh") or value(record, "organisation")
    country = value(record, "country")
    found = {
        "salutation": salutation,
        "country": names.name(country, language) if country else "",
        "email_type": "SMTP" if email else "",
        "email_name": f"{shown} ({email})" if email and shown else email,
        "gender": words.get(gender, ""),
        "tags": ";".join(tag for tag in value(record, "tags").split(", ") if tag),
        "language": words.get(value(record, "language"), ""),
    }
    row = [found[key] if key in found else value(record, key) for key, _de, _en in COLUMNS]
    return [_as_text(cell) for cell in row]


def _as_text(cell: str) -> str:
    """A value Excel would take for a formula, opening the file, starts with an
    apostrophe (Outlook shows it); a phone number "+49 …" stays as it is."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return f"'{cell}"
    return cell


def export_outlook(
    db: Database,
    path: str | Path,
    selection: Selection | None = None,
    language: str = "de",
    progress: Progress | None = None,
) -> int:
    """Write the contacts to `path` as Outlook's CSV file with column names in `language`
    (de or en); returns the number of contacts. Raises Cancelled, leaving no file, when
    the progress is cancelled."""
    check_language(language)
    selection = selection or Selection()
    progress = or_silent(progress)
    path = Path(path)
    names = country_names.read(db)
    total = count(db, "contacts", selection)
    written = 0
    remove_stale(path.parent)
    try:
        with (
            atomic_write(path, protect=database_files(db)) as temp,
            temp.open("w", encoding="utf-8-sig", newline="") as handle,
        ):
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            writer.writerow(headers(language))
            for page in contact_pages(db, selection):
                writer.writerows(outlook_row(record, language, names) for record in page)
                written += len(page)
                progress.step(written, total)
    except OSError as error:
        raise write_error(error, path) from error
    return written
