"""Turning one row of a received list into the values of a record, with its problems.

The checks are those of the record editors (core/services/validation.py): e-mail syntax
after trimming, a German postcode of five digits (a number that lost its leading zero
is repaired first), phone numbers kept as written, country names in German, English or
Chinese as ISO codes. Each problem names the row as Excel shows it and the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from isa_desk.core.db.enums import NameOrder
from isa_desk.core.db.limits import limit
from isa_desk.core.db.models import Consent, Contact, Member, Organisation
from isa_desk.core.domain.countries import country_code
from isa_desk.core.domain.emails import read_address
from isa_desk.core.domain.person_names import split_name
from isa_desk.core.domain.text import too_long, without_controls
from isa_desk.core.domain.validation import (
    email_problem,
    phone_problem,
    postcode_problem,
    repair_postcode,
)
from isa_desk.core.exchange import values
from isa_desk.core.exchange.importing.read import ERROR_VALUES, SourceRow
from isa_desk.core.i18n import translate
from isa_desk.core.privacy.consent import PURPOSES
from isa_desk.core.services.contact_consents import DATE_PARTS, SOURCE, field_key

if TYPE_CHECKING:
    from isa_desk.core.exchange.importing.date_columns import DateColumns

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TEXT_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "name_zh",
        "position",
        "department",
        "street",
        "town",
        "region",
        "salutation_override",
        "notes",
        "name",
        "website",
        "organisation",
        "member",
    }
)
_PHONES = ("phone", "mobile", "fax")
_NAMES = frozenset({"given_name", "family_name", "full_name"})
_CONSENT_SOURCES = frozenset(field_key(p, SOURCE) for p in PURPOSES)
_TEXT_FIELDS |= _CONSENT_SOURCES
_DATES = frozenset(
    {"member_since", "left_on", *(field_key(p, part) for p in PURPOSES for part in DATE_PARTS)}
)
_BOOLS = ("no_post", "no_email", "active")
# the text fields _convert takes as they are (the others are read by their own rules)
_PLAIN_TEXT = _TEXT_FIELDS - _DATES - {"id", "salutation", "title", "full_name"}
_ENUMS = ("gender", "name_order", "language", "status", "kind")


def _limits(list_name: str) -> dict[str, int | None]:
    """The most characters each text field of the list holds (see core.db.limits)."""
    model = {"members": Member, "organisations": Organisation}.get(list_name, Contact)
    found = {key: limit(model, key) for key in _TEXT_FIELDS | {"email", *_PHONES, "postcode"}}
    found.update(dict.fromkeys(_CONSENT_SOURCES, limit(Consent, "source")))
    found["organisation"] = limit(Organisation, "name")
    found["member"] = limit(Member, "name")
    return found


@dataclass(frozen=True)
class Problem:
    row: int  # as Excel shows it; 0 for the file as a whole
    column: str  # the header as written in the file ("" for the whole row)
    message: str
    warning: bool = False  # a warning does not stop the import
    column_index: int | None = None  # 0-based

    def text(self) -> str:
        """One line for people: row, column (with its letter) and message."""
        if not self.row:  # the file as a whole
            return self.message
        if self.column_index is None:
            return translate("Exchange", "Row {row}: {message}").format(
                row=self.row, message=self.message
            )
        from openpyxl.utils import get_column_letter  # 0.1 s: only when a problem is told

        return translate("Exchange", "Row {row}, column “{column}” ({letter}): {message}").format(
            row=self.row,
            column=self.column,
            letter=get_column_letter(self.column_index + 1),
            message=self.message,
        )


class RowReader:
    """Reads the rows of one list with one column mapping."""

    def __init__(
        self,
        list_name: str,
        headers: list[str],
        mapping: list[str | None],
        member_keys: dict[str, int] | None = None,
    ):
        self.list_name = list_name
        self.headers = headers
        self.columns = [(i, key) for i, key in enumerate(mapping) if key]
        self.member_keys = member_keys or {}
        self.words = values.Words()
        self.limits = _limits(list_name)
        # the same few countries, languages and salutations come in every row
        self._countries: dict[str, str | None] = {}
        self._codes: dict[tuple[str, str], str | None] = {}
        self._salutations: dict[str, tuple[str | None, str]] = {}
        self.dates: DateColumns | None = None  # set by the importer: one order a column

    def country(self, text: str) -> str | None:
        if text not in self._countries:
            self._countries[text] = country_code(text)
        return self._countries[text]

    def code(self, key: str, text: str) -> str | None:
        if (key, text) not in self._codes:
            self._codes[(key, text)] = self.words.code(key, text)
        return self._codes[(key, text)]

    def salutation(self, value) -> tuple[str | None, str]:
        text = values.text_value(value)
        if text not in self._salutations:
            self._salutations[text] = values.salutation(text)
        return self._salutations[text]

    def header(self, index: int) -> str:
        text = values.text_value(self.headers[index]) if index < len(self.headers) else ""
        if text:
            return text
        from openpyxl.utils import get_column_letter  # see Problem.text

        return get_column_letter(index + 1)

    def read(self, row: SourceRow) -> tuple[dict, list[Problem]]:
        """The record's values from the row, and what is wrong with them. An empty cell
        gives no value (a new record gets the default, an existing one keeps its own)."""
        data: dict = {}
        problems: list[Problem] = []
        cells: dict[str, tuple[int, object]] = {}
        row_values, width, notes = row.values, len(row.values), row.notes
        for index, key in self.columns:
            value = row_values[index] if index < width else None
            if value is None:
                continue
            if type(value) is str:
                text = value.strip()
                if not value.isprintable():  # a printable text holds no control character
                    cleaned = without_controls(value).strip()
                    if cleaned != text:
                        problems.append(
                            self._problem(
                                row,
                                index,
                                translate(
                                    "Exchange", "Control characters (such as NUL) were removed."
                                ),
                                warning=True,
                            )
                        )
                        value = text = cleaned
                if not text:
                    continue
                if text[0] == "#" and text in ERROR_VALUES:
                    problems.append(
                        self._problem(
                            row,
                            index,
                            translate("Exchange", "The cell holds the Excel error {error}.").format(
                                error=text
                            ),
                        )
                    )
                    continue
            if notes and index in notes:
                problems.append(self._problem(row, index, notes[index], warning=True))
            cells[key] = (index, value)
        limits, text_value = self.limits, values.text_value
        for key, (index, value) in cells.items():
            if key in _PLAIN_TEXT:  # most columns: the text as it is, within its limit
                data[key] = text = text_value(value)
                message = too_long(text, limits.get(key))
                if message:
                    problems.append(self._problem(row, index, message))
                continue
            if key in _DATES:
                message = self._date(key, index, row.number, value, data)
            else:
                message = self._convert(key, value, data, cells)
            if not message and isinstance(data.get(key), str):
                message = too_long(data[key], limits.get(key))
            if message:
                problems.append(self._problem(row, index, message))
            elif key in _PHONES:  # a number that is not valid is kept, with a warning
                warning = phone_problem(data[key], self._country_of(cells) or None)
                if warning:
                    problems.append(self._problem(row, index, warning, warning=True))
        return data, problems

    def _problem(self, row: SourceRow, index: int, message: str, warning=False) -> Problem:
        return Problem(row.number, self.header(index), message, warning, index)

    def _convert(self, key: str, value, data: dict, cells: dict) -> str | None:
        """Put the cell's value into `data`; a message when it is not valid."""
        if key == "id":
            return self._id(value, data)
        if key in ("salutation", "title"):
            gender, title = self.salutation(value)
            # Outlook's "Geschlecht: Nicht angegeben" beside "Anrede: Frau" says nothing
            if gender and data.get("gender", "unknown") == "unknown":
                data["gender"] = gender
            if title and (key == "title" or "title" not in cells or not data.get("title")):
                data["title"] = title
            return None
        if key == "full_name":
            _split_name(values.text_value(value), data, *self._name_hints(cells))
            return None
        if key in _TEXT_FIELDS:
            data[key] = values.text_value(value)
            return None
        if key == "email":
            return self._email(value, data, cells)
        if key in _PHONES:
            data[key] = values.text_value(value)  # kept as written, checked by read()
            return None
        if key == "country":
            return self._country(value, data)
        if key == "postcode":
            return self._postcode(value, data, cells)
        if key in _ENUMS:
            return self._enum(key, value, data)
        if key in _BOOLS:
            return self._bool(key, value, data)
        if key in ("tags", "places"):
            data[key] = values.names_list(value)
            return None
        return None

    def _email(self, value, data: dict, cells: dict) -> str | None:
        """The address of "Zhang Wei <zhang@163.com>"; its name fills a contact's empty
        name as a whole-name cell would."""
        text = values.text_value(value)
        name, data["email"] = read_address(text)
        if name and self.list_name == "contacts" and not _NAMES & cells.keys():
            _split_name(name, data, *self._name_hints(cells))
        return email_problem(text)

    def _date(self, key: str, index: int, number: int, value, data: dict) -> str | None:
        """A date; "05/06/2021" as the column's other dates say (see date_columns.py)."""
        try:
            if self.dates is None:
                data[key] = values.date_value(value)
            else:
                data[key] = self.dates.read(key, index, number, value)
        except ValueError:
            return translate("Exchange", "“{value}” is not a date.").format(
                value=values.text_value(value)
            )
        return None

    def _name_hints(self, cells: dict) -> tuple[str, str]:
        """The row's name in characters and country, which tell a Chinese name order."""
        name_zh = values.text_value(cells["name_zh"][1]) if "name_zh" in cells else ""
        country = values.text_value(cells["country"][1]) if "country" in cells else ""
        return name_zh, (self.country(country) or "") if country else ""

    def _postcode(self, value, data: dict, cells: dict) -> str | None:
        country = self._country_of(cells)
        text = values.text_value(value)
        if country != "DE" or not text:
            data["postcode"] = text
            return None
        if len(text) == 5 and text.isdigit():  # the usual case, quickly
            data["postcode"] = text
            return None
        if len(text) == 4 and text.isdecimal():  # lost its zero: what repair_postcode gives
            data["postcode"] = "0" + text
            return None
        # only a four-digit number can be a German postcode that lost its zero ("D-" too)
        data["postcode"] = (
            repair_postcode(value, country) if len(text) == 4 or text[:2].upper() == "D-" else text
        )
        return postcode_problem(data["postcode"], country)

    def _id(self, value, data: dict) -> str | None:
        text = values.text_value(value)
        if not text:
            return None
        if not text.isdigit():
            return translate("Exchange", "The ID “{value}” is not a whole number.").format(
                value=text
            )
        data["id"] = int(text)
        return None

    def _country_of(self, cells: dict) -> str:
        """The row's country for checking its postcode (Germany when not given)."""
        if "country" in cells:
            code = self.country(values.text_value(cells["country"][1]))
            if code:
                return code
            if values.text_value(cells["country"][1]):
                return ""  # unknown country: its own problem, postcode left as it is
        return "DE"

    def _country(self, value, data: dict) -> str | None:
        text = values.text_value(value)
        if not text:
            return None
        code = self.country(text)
        if code is None:
            return translate("Exchange", "“{country}” is not a country ISA Desk knows.").format(
                country=text
            )
        data["country"] = code
        return None

    def _enum(self, key: str, value, data: dict) -> str | None:
        text = values.text_value(value)
        if not text:
            return None
        code = self.code(key, text)
        if code is None:
            return translate("Exchange", "“{value}” is not one of: {choices}.").format(
                value=text, choices=self.words.choices(key)
            )
        if code == "unknown" and data.get(key):
            return None  # a gender the salutation told already
        data[key] = code
        return None

    def _bool(self, key: str, value, data: dict) -> str | None:
        if values.text_value(value) == "":
            return None  # an empty cell: no value (a new record gets the default)
        found = values.boolean(value)
        if found is None:
            return translate("Exchange", "“{value}” is neither yes nor no.").format(
                value=values.text_value(value)
            )
        data[key] = found
        return None


def _split_name(text: str, data: dict, name_zh: str = "", country: str = "") -> None:
    """A whole name in one cell (see domain.person_names): the name in characters goes to
    the Chinese name, the Latin one to given and family name, titles to the title and a
    word of address ("Frau", "Mr") to the gender; columns of their own come first."""
    if not text:
        return
    found = split_name(text, name_zh=name_zh, country=country)
    if found.chinese:
        data.setdefault("name_zh", found.chinese)
    if not _CJK.search(found.family):  # a name in characters only has no Latin name
        for key, part in (("family_name", found.family), ("given_name", found.given)):
            if part:
                data.setdefault(key, part)
    if found.title:
        data.setdefault("title", found.title)
    if found.gender:
        data.setdefault("gender", found.gender)
    if found.order == NameOrder.CHINESE:
        data.setdefault("name_order", found.order.value)
