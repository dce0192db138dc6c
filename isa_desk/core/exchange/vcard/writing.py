"""Contacts written as vCards (see the package's description for what each card holds):
all in one .vcf file, or one file per contact in a folder. The contacts are those of
the list's selection, read a page at a time (exporting/rows.py), as the Excel export
reads them. The files are written under temporary names and put in place when complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import vobject
from vobject.vcard import Address, Name

from isa_desk.core.addressing.person import latin_name, value
from isa_desk.core.db.engine import Database
from isa_desk.core.documents.letters.file_names import safe_file_name
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.errors import ValidationError
from isa_desk.core.exchange.exporting.rows import Selection, contact_pages, count
from isa_desk.core.exchange.vcard import VERSIONS
from isa_desk.core.files import (
    Publication,
    atomic_write,
    database_files,
    remove_stale,
    write_error,
)
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services import country_names

PRODUCT = "-//ISA Desk//ISA Desk//DE"
HOME_COUNTRY = "DE"  # a contact's country when none was chosen: not worth an address alone
_GENDERS = {"female": "F", "male": "M", "diverse": "O"}
_X_GENDERS = {"female": "Female", "male": "Male", "diverse": "Other"}


def check_version(version: str) -> str:
    if version not in VERSIONS:
        raise ValidationError(
            translate("Exchange", "vCard {version} is not offered: choose {choices}.").format(
                version=version, choices=", ".join(VERSIONS)
            ),
            "version",
        )
    return version


def card_text(record: dict, version: str, names: CountryNames, language: str) -> str:
    """One contact (a row of the contacts export) as a vCard, lines ending in CRLF."""
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = PRODUCT
    _names(card, record, version)
    gender = value(record, "gender")
    if version == "3.0" and gender in _GENDERS:  # as Android and ez-vcard write it
        card.add("x-gender").value = _X_GENDERS[gender]
    if version == "4.0":
        if gender in _GENDERS:
            card.add("gender").value = _GENDERS[gender]
        if value(record, "language"):
            card.add("lang").value = value(record, "language")
    organisation = [value(record, "organisation"), value(record, "department")]
    if any(organisation):
        card.add("org").value = organisation if organisation[1] else organisation[:1]
    _add(card, "title", value(record, "position"))
    _add(card, "email", value(record, "email"), _types(version, "INTERNET", "WORK", "PREF"))
    _add(card, "tel", value(record, "phone"), _types(version, "WORK", "VOICE"))
    _add(card, "tel", value(record, "mobile"), _types(version, "CELL", "VOICE"))
    _add(card, "tel", value(record, "fax"), _types(version, "WORK", "FAX"))
    _address(card, record, version, names, language)
    tags = [tag for tag in value(record, "tags").split(", ") if tag]
    if tags:
        card.add("categories").value = tags
    _add(card, "note", value(record, "notes"))
    if version == "3.0":
        _mark_utf8(card)
    return card.serialize()


def _add(card, name: str, text: str, types: list[str] | None = None) -> None:
    if not text:
        return
    line = card.add(name)
    line.value = text
    if types:
        line.params["TYPE"] = types


def _types(version: str, *types: str) -> list[str]:
    """TYPE values as each version writes them; 4.0 has no INTERNET and says PREF=1."""
    if version == "3.0":
        return list(types)
    return [t.lower() for t in types if t not in ("INTERNET", "PREF")]


def _names(card, record: dict, version: str) -> None:
    latin = latin_name(record)
    in_characters = value(record, "name_zh")
    family, given = value(record, "family_name"), value(record, "given_name")
    card.add("n").value = Name(family=family, given=given, prefix=value(record, "title"))
    shown = latin or in_characters or value(record, "organisation") or value(record, "email")
    first = card.add("fn")
    first.value = shown or "-"  # FN may not be missing: a card of nothing but a phone number
    if not (latin and in_characters):
        if in_characters and version == "4.0":
            first.params["LANGUAGE"] = ["zh"]
        return
    if version == "4.0":  # the two forms of one name (RFC 6350, 5.4)
        first.params["ALTID"] = ["1"]
        second = card.add("fn")
        second.value = in_characters
        second.params["ALTID"] = ["1"]
        second.params["LANGUAGE"] = ["zh"]
    nickname = card.add("nickname")  # the field Outlook and Thunderbird keep and show
    nickname.value = in_characters
    nickname.params["LANGUAGE"] = ["zh"]


def _address(card, record: dict, version: str, names: CountryNames, language: str) -> None:
    parts = [value(record, key) for key in ("street", "town", "region", "postcode")]
    country = value(record, "country")
    if not any(parts) and country in ("", HOME_COUNTRY):
        return
    street, town, region, postcode = parts
    line = card.add("adr")
    line.value = Address(
        street=street,
        city=town,
        region=region,
        code=postcode,
        country=names.name(country, language) if country else "",
    )
    line.params["TYPE"] = _types(version, "WORK")


def _mark_utf8(card) -> None:
    """CHARSET=UTF-8 on the lines beyond ASCII: Outlook reads a 3.0 card without it in
    the Windows code page."""
    for line in card.getChildren():
        if line.name in ("VERSION", "PRODID"):
            continue
        shown = line.value if isinstance(line.value, str) else str(line.value)
        if isinstance(line.value, list):
            shown = "".join(line.value)
        if not shown.isascii():
            line.params["CHARSET"] = ["UTF-8"]


def _records(db: Database, selection: Selection, progress: Progress) -> Iterator[dict]:
    total = count(db, "contacts", selection)
    done = 0
    for page in contact_pages(db, selection):
        yield from page
        done += len(page)
        progress.step(done, total)


def export_vcards(
    db: Database,
    path: str | Path,
    selection: Selection | None = None,
    version: str = "3.0",
    language: str = "de",
    progress: Progress | None = None,
) -> int:
    """Write the contacts into one .vcf file; returns the number of cards. Raises
    Cancelled, leaving no file, when the progress is cancelled."""
    check_version(version)
    path = Path(path)
    names = country_names.read(db)
    remove_stale(path.parent)
    written = 0
    try:
        with (
            atomic_write(path, protect=database_files(db)) as temp,
            temp.open("w", encoding="utf-8", newline="") as handle,
        ):
            for record in _records(db, selection or Selection(), or_silent(progress)):
                handle.write(card_text(record, version, names, language))
                written += 1
    except OSError as error:
        raise write_error(error, path) from error
    return written


def export_vcard_folder(
    db: Database,
    folder: str | Path,
    selection: Selection | None = None,
    version: str = "3.0",
    language: str = "de",
    progress: Progress | None = None,
) -> int:
    """Write one .vcf file per contact into `folder` (made when missing), named after the
    person ("Müller_Hans.vcf"); returns the number of files. They are put in place
    together when all are written, or none is."""
    check_version(version)
    names = country_names.read(db)
    folder = Path(folder)
    used: set[str] = set()
    try:
        with Publication(protect=database_files(db)) as publication:
            for record in _records(db, selection or Selection(), or_silent(progress)):
                target = publication.file(folder / _file_name(record, used))
                target.write_bytes(card_text(record, version, names, language).encode("utf-8"))
            publication.publish()
            return len(publication.targets)
    except OSError as error:
        raise write_error(error) from error


def _file_name(record: dict, used: set[str]) -> str:
    """ "Müller_Hans.vcf", "王力.vcf", or "Müller_Hans_2.vcf" for a second of that name."""
    parts = [value(record, "family_name"), value(record, "given_name")]
    stem = "_".join(part for part in parts if part) or value(record, "name_zh")
    stem = safe_file_name(stem or value(record, "organisation") or str(record["id"]))
    candidate, number = stem, 2
    while candidate.casefold() in used:
        candidate, number = f"{stem}_{number}", number + 1
    used.add(candidate.casefold())
    return f"{candidate}.vcf"
