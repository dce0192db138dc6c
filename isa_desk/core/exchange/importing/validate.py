"""Turning one row of a received list into the values of a record, with its problems.

The checks are those of the record editors (core/services/validation.py): e-mail syntax
after trimming, a German postcode of five digits (a number that lost its leading zero
is repaired first), phone numbers kept as written, country names in German, English or
Chinese as ISO codes. Each problem names the row as Excel shows it and the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from isa_desk.core.db.limits import limit
from isa_desk.core.db.models import Contact, Member, Organisation
from isa_desk.core.domain.text import search_key, too_long, without_controls
from isa_desk.core.domain.validation import (
    country_code,
    email_problem,
    phone_problem,
    postcode_problem,
    repair_postcode,
)
from isa_desk.core.exchange import values
from isa_desk.core.exchange.importing.read import ERROR_VALUES, SourceRow
from isa_desk.core.i18n import translate

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
        "consent_source",
        "notes",
        "name",
        "website",
        "organisation",
        "member",
    }
)
_PHONES = ("phone", "mobile", "fax")
_DATES = ("consent_on", "member_since", "left_on")
_BOOLS = ("no_post", "no_email", "active")
_ENUMS = ("gender", "name_order", "language", "status", "kind")


def _limits(list_name: str) -> dict[str, int | None]:
    """The most characters each text field of the list holds (see core.db.limits)."""
    model = {"members": Member, "organisations": Organisation}.get(list_name, Contact)
    found = {key: limit(model, key) for key in _TEXT_FIELDS | {"email", *_PHONES, "postcode"}}
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
        if self.column_index is None:
            return translate("Exchange", "Row {row}: {message}").format(
                row=self.row, message=self.message
            )
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
        return text or get_column_letter(index + 1)

    def read(self, row: SourceRow) -> tuple[dict, list[Problem]]:
        """The record's values from the row, and what is wrong with them. An empty cell
        gives no value (a new record gets the default, an existing one keeps its own)."""
        data: dict = {}
        problems: list[Problem] = []
        cells: dict[str, tuple[int, object]] = {}
        row_values, width = row.values, len(row.values)
        for index, key in self.columns:
            value = row_values[index] if index < width else None
            if value is None:
                continue
            if type(value) is str:
                text = without_controls(value).strip()
                if text != value.strip():
                    problems.append(
                        self._problem(
                            row,
                            index,
                            translate("Exchange", "Control characters (such as NUL) were removed."),
                            warning=True,
                        )
                    )
                    value = text
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
            if index in row.notes:
                problems.append(self._problem(row, index, row.notes[index], warning=True))
            cells[key] = (index, value)
        for key, (index, value) in cells.items():
            message = self._convert(key, value, data, cells)
            if not message and isinstance(data.get(key), str):
                message = too_long(data[key], self.limits.get(key))
            if message:
                problems.append(self._problem(row, index, message))
        return data, problems

    def _problem(self, row: SourceRow, index: int, message: str, warning=False) -> Problem:
        return Problem(row.number, self.header(index), message, warning, index)

    def _convert(self, key: str, value, data: dict, cells: dict) -> str | None:
        """Put the cell's value into `data`; a message when it is not valid."""
        if key == "id":
            return self._id(value, data)
        if key in ("salutation", "title"):
            gender, title = self.salutation(value)
            if gender and "gender" not in cells:
                data["gender"] = gender
            if title and (key == "title" or "title" not in cells or not data.get("title")):
                data["title"] = title
            return None
        if key == "full_name":
            _split_name(values.text_value(value), data)
            return None
        if key in _TEXT_FIELDS:
            data[key] = values.text_value(value)
            return None
        if key == "email":
            data[key] = values.text_value(value)
            return email_problem(data[key])
        if key in _PHONES:
            data[key] = values.text_value(value)  # kept as written
            return phone_problem(data[key])
        if key == "country":
            return self._country(value, data)
        if key == "postcode":
            return self._postcode(value, data, cells)
        if key in _ENUMS:
            return self._enum(key, value, data)
        if key in _DATES:
            try:
                data[key] = values.date_value(value)
            except ValueError:
                return translate("Exchange", "“{value}” is not a date.").format(
                    value=values.text_value(value)
                )
            return None
        if key in _BOOLS:
            return self._bool(key, value, data)
        if key in ("tags", "places"):
            data[key] = values.names_list(value)
            return None
        return None

    def _postcode(self, value, data: dict, cells: dict) -> str | None:
        country = self._country_of(cells)
        text = values.text_value(value)
        if country != "DE" or not text:
            data["postcode"] = text
            return None
        if len(text) == 5 and text.isdigit():  # the usual case, quickly
            data["postcode"] = text
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


def _split_name(text: str, data: dict) -> None:
    """A whole name in one cell: Chinese characters go to the Chinese name, a Latin name is
    split into given names and the family name (the last word); a title stays a title."""
    if not text:
        return
    if _CJK.search(text):
        data.setdefault("name_zh", text.replace(" ", ""))
        return
    gender, rest = values.salutation(text)
    if gender:
        data.setdefault("gender", gender)
    words = rest.split()
    titles = []
    while words and (words[0].endswith(".") or search_key(words[0]) in ("prof", "dr")):
        titles.append(words.pop(0))
    if titles:
        data.setdefault("title", " ".join(titles))
    if words:
        data.setdefault("family_name", words[-1])
        if len(words) > 1:
            data.setdefault("given_name", " ".join(words[:-1]))
