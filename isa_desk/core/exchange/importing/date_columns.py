"""One reading of "05/06/2021" for a whole date column of an import.

A date of numbers with a slash or dash and the year last is 5 June in Germany and 6 May
in the United States, and a list holds dates of one origin. So each date column gets one
decision: a value whose first number is above 12 proves the day first, one whose second
number is, the month first; without proof, the day comes first (a German office). The
decision is told as a warning naming the column. Where a column proves both orders, the
values of the fewer are errors, each naming its cell.

The rows are read in one pass and kept in the plan's row store as they are checked; the
dates that could be read either way are read day first, and once the whole column is
known, the rows whose reading changes are changed in the store (usually none).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from isa_desk.core.documents.wording import date_in_words
from isa_desk.core.domain.dates import DAY_FIRST, EITHER, MONTH_FIRST, day_month_order
from isa_desk.core.exchange import values
from isa_desk.core.exchange.importing.plan import Plan, PlannedRow
from isa_desk.core.exchange.importing.read import Source
from isa_desk.core.exchange.importing.validate import Problem
from isa_desk.core.i18n import language, translate


@dataclass
class _Column:
    """What the values of one date column say about the order of day and month."""

    key: str
    # Excel row numbers, 4 bytes each: a column of 200,000 dates takes little memory
    rows: dict[str, array] = field(
        default_factory=lambda: {order: array("I") for order in (DAY_FIRST, MONTH_FIRST, EITHER)}
    )
    first: dict[str, tuple[int, str]] = field(default_factory=dict)  # order -> (row, text)

    def add(self, order: str, row: int, text: str) -> None:
        self.rows[order].append(row)
        self.first.setdefault(order, (row, text))

    @property
    def month_first(self) -> bool:
        """The column's decision: the order more values prove; the day first on a tie."""
        return len(self.rows[MONTH_FIRST]) > len(self.rows[DAY_FIRST])


class DateColumns:
    """The date columns of one import: reads their values and keeps what they prove."""

    def __init__(self, header: Callable[[int], str]):
        self.header = header  # the column's name for people, by its index
        self.columns: dict[int, _Column] = {}

    def read(self, key: str, index: int, row: int, value) -> dt.date | None:
        """The date in a cell (day first where it could be either, until `settle`);
        raises ValueError when it is none."""
        if type(value) is not str:
            return values.date_value(value)
        text = value.strip()
        order = day_month_order(text)
        if order is None:
            return values.date_value(text)
        found = values.date_value(text, month_first=order == MONTH_FIRST)
        if index not in self.columns:  # (a value that is no date proves nothing)
            self.columns[index] = _Column(key)
        self.columns[index].add(order, row, text)
        return found

    def settle(self, plan: Plan, source: Source) -> list[Problem]:
        """Change the rows whose reading the columns' decisions change, and the warnings
        that tell each decision."""
        notices: list[Problem] = []
        swaps: dict[int, list[str]] = {}  # row -> keys of dates to read month first
        conflicts: dict[int, list[tuple[int, _Column]]] = {}  # row -> minority cells
        for index, column in self.columns.items():
            if column.month_first:
                for row in column.rows[EITHER]:
                    swaps.setdefault(row, []).append(column.key)
            minority = column.rows[DAY_FIRST if column.month_first else MONTH_FIRST]
            for row in minority:
                conflicts.setdefault(row, []).append((index, column))
            if column.rows[EITHER]:
                notices.append(self._notice(index, column))
        if not swaps and not conflicts:
            return notices
        cells = _cells(source, set(conflicts))

        def change(row: PlannedRow) -> None:
            for key in swaps.get(row.number, ()):
                day = row.data.get(key)
                if isinstance(day, dt.date):
                    row.data[key] = dt.date(day.year, day.day, day.month)
            for index, column in conflicts.get(row.number, ()):
                row.values = cells.get(row.number, row.values)
                text = values.text_value(row.values[index]) if index < len(row.values) else ""
                row.problems.append(
                    Problem(row.number, self.header(index), _conflict(column, text), False, index)
                )

        plan.rows.update(swaps.keys() | conflicts.keys(), change)
        return notices

    def _notice(self, index: int, column: _Column) -> Problem:
        text = column.first[EITHER][1]
        found = _read(text, column.month_first)
        name, shown = self.header(index), date_in_words(found, language())
        proof = column.first.get(MONTH_FIRST if column.month_first else DAY_FIRST)
        if proof is None:
            message = translate(
                "Exchange",
                "Column “{column}”: {value} read as {date} (day before month); no value in "
                "the column says otherwise.",
            ).format(column=name, value=text, date=shown)
        elif column.month_first:
            message = translate(
                "Exchange",
                "Column “{column}”: {value} read as {date} (month before day), as “{proof}” "
                "in row {row} shows.",
            ).format(column=name, value=text, date=shown, proof=proof[1], row=proof[0])
        else:
            message = translate(
                "Exchange",
                "Column “{column}”: {value} read as {date} (day before month), as “{proof}” "
                "in row {row} shows.",
            ).format(column=name, value=text, date=shown, proof=proof[1], row=proof[0])
        return Problem(0, name, message, True, index)


def _read(text: str, month_first: bool) -> dt.date | None:
    try:
        return values.date_value(text, month_first=month_first)
    except ValueError:  # a year the office does not keep (1850): its own error
        return None


def _conflict(column: _Column, text: str) -> str:
    """The error of a value whose order is not the column's."""
    if column.month_first:
        row, proof = column.first[MONTH_FIRST]
        return translate(
            "Exchange",
            "“{value}” puts the day before the month, but other dates of this column put "
            "the month first (“{proof}” in row {row}).",
        ).format(value=text, proof=proof, row=row)
    row, proof = column.first[DAY_FIRST]
    return translate(
        "Exchange",
        "“{value}” puts the month before the day, but other dates of this column put "
        "the day first (“{proof}” in row {row}).",
    ).format(value=text, proof=proof, row=row)


def _cells(source: Source, wanted: set[int]) -> dict[int, list]:
    """The cells of the rows `wanted`, read again from the file: the store keeps the
    cells of rows with errors only, and these rows have just turned out to have one."""
    found: dict[int, list] = {}
    if not wanted:
        return found
    last = max(wanted)
    rows = source.rows()
    try:
        for row in rows:
            if row.number in wanted:
                found[row.number] = row.values
            if row.number >= last:
                break
    finally:
        rows.close()
    return found
