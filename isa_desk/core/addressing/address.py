"""The recipient's address block for the window field (at most six lines, no blank lines).

Germany: "Frau"/"Herrn", an office of address on that line ("Frau Oberbürgermeisterin"),
the name with its academic title, organisation, department, street, postcode and town.
Abroad: the town (and postcode) in capitals and the country, in German and in capitals,
as the last line. Names in Chinese characters follow the Latin ones only when the sender
chose so.
"""

from __future__ import annotations

from dataclasses import dataclass

from isa_desk.core.addressing import person as p
from isa_desk.core.addressing.salutation import address_title, held_office
from isa_desk.core.domain.countries import country_name

MAX_LINES = 6
HOME_COUNTRY = "DE"
# Countries that write the town before the postcode (in Latin script).
TOWN_FIRST = frozenset(
    {"CN", "GB", "US", "CA", "AU", "IN", "JP", "KR", "SG", "IE", "TH", "MY", "ID", "VN", "BR", "MX"}
)


@dataclass(frozen=True)
class PostalAddress:
    street: str
    postcode: str
    town: str
    country: str


def postal_address(contact) -> PostalAddress | None:
    """Where a letter to the contact goes: their own address, else their organisation's.

    None when neither has a town and a street or postcode: such a letter cannot be sent.
    """
    for source in (contact, p.field(contact, "organisation")):
        if source is None:
            continue
        town = p.value(source, "town")
        street, postcode = p.value(source, "street"), p.value(source, "postcode")
        if town and (street or postcode):
            country = (p.value(source, "country") or HOME_COUNTRY).upper()
            return PostalAddress(street, postcode, town, country)
    return None


def country_line(country: str) -> str:
    """ "CHINA", "HONGKONG", "VEREINIGTES KÖNIGREICH": the country in German, in capitals
    (DIN 5008), as the office chose to write it in German."""
    return country_name(country, "de").upper()


def town_line(address: PostalAddress) -> str:
    if address.country == HOME_COUNTRY:
        return " ".join(part for part in (address.postcode, address.town) if part)
    town = address.town.upper()
    parts = (town, address.postcode) if address.country in TOWN_FIRST else (address.postcode, town)
    return " ".join(part for part in parts if part)


def name_line(contact, show_chinese: bool = False) -> str:
    """Academic title and name: "Dr. Anna Beispiel", "Liu Yi" (+ "刘毅" when chosen)."""
    title = address_title(p.value(contact, "title"))
    name_zh = p.value(contact, "name_zh")
    if not p.latin_name(contact):
        return " ".join(part for part in (title, name_zh) if part)
    line = p.latin_name(contact, title)
    return f"{line} {name_zh}" if show_chinese and name_zh else line


def courtesy_line(contact) -> str:
    """ "Frau", "Herrn", "Frau Oberbürgermeisterin", "Herrn Staatssekretär a. D." or ""."""
    gender = p.gender(contact)
    held = held_office(p.value(contact, "position"))
    word = {"female": "Frau", "male": "Herrn"}.get(gender, "")
    if held is None or held.office is None:
        return word
    office = (
        held.office.german(gender)
        if gender in ("female", "male")
        else p.value(contact, "position").split()[0]
    )
    former = " a. D." if held.former else ""
    return " ".join(part for part in (word, office) if part) + former


def address_lines(contact, show_chinese: bool = False) -> list[str]:
    """The block for the window field; [] when the contact has no postal address.

    The contact is a Contact or a dict of its fields (a form's values); a dict carries the
    contact's organisation, if any, as the record under "organisation".
    """
    address = postal_address(contact)
    if address is None:
        return []
    organisation = p.field(contact, "organisation")
    person_lines: list[str] = []
    if not p.is_organisation_only(contact):
        person_lines = [courtesy_line(contact), name_line(contact, show_chinese)]
    org_name = p.value(organisation, "name")
    org_zh = p.value(organisation, "name_zh") if show_chinese else ""
    department = p.value(contact, "department")
    place = [address.street, town_line(address)]
    country = [] if address.country == HOME_COUNTRY else [country_line(address.country)]

    # what gives way first when the block is too long: the department, then "Frau"/"Herrn"
    # joins the name, then the organisation in characters, then the organisation itself
    joined = [" ".join(x for x in person_lines if x)]
    variants: tuple[tuple[list[str], list[str]], ...] = (
        (person_lines, [org_name, org_zh, department]),
        (person_lines, [org_name, org_zh]),
        (joined, [org_name, org_zh]),
        (joined, [org_name]),
        (joined, []),
    )
    for people, organisation_lines in variants:
        lines = [line for line in (*people, *organisation_lines, *place, *country) if line]
        if len(lines) <= MAX_LINES:
            return lines
    return lines[: MAX_LINES - 1] + lines[-1:]


def recipient_label(contact) -> str:
    """A one-line name for headers and lists: "Frau Dr. Anna Beispiel", "Liu Yi"."""
    if p.is_organisation_only(contact):
        return p.value(p.field(contact, "organisation"), "name")
    word = {"female": "Frau", "male": "Herrn"}.get(p.gender(contact), "")
    return " ".join(part for part in (word, name_line(contact)) if part)
