"""What an import found in a file before anything is written: the rows with their values,
problems and duplicates. The wizard shows it page by page; `importer.run` writes it.
The rows are kept on disk (store.py), so a plan of 100,000 rows takes little memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from isa_desk.core.exchange.importing.store import RowStore
from isa_desk.core.exchange.importing.validate import Problem

SKIP = "skip"
UPDATE = "update"
FILL = "fill"
NEW = "new"  # a suspected duplicate the user says is another person
POLICIES = (SKIP, UPDATE, FILL)


@dataclass(frozen=True)
class Match:
    """The record (or earlier row of the file) a row is taken to be."""

    reason: str  # "id", "email", "name" (suspected: a similar name), "same" (member name)
    record_id: int | None  # the record in the database
    row: int | None  # or an earlier row of the same file (its Excel row number)
    label: str  # who or what it is, for people

    @property
    def sure(self) -> bool:
        return self.reason != "name"


@dataclass
class PlannedRow:
    number: int  # as Excel shows it
    values: list  # the cells as read, for the workbook of rows with errors
    data: dict
    problems: list[Problem] = field(default_factory=list)
    match: Match | None = None
    decision: str | None = None  # the user's choice for this duplicate; None: the policy
    target: bool = False  # a later row of the file matches this one
    # a new contact's keys and what they were worked out from (write.known_keys), made
    # once when the row was checked; the writer uses them while its values are the same
    keys: tuple[tuple, dict] | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def valid(self) -> bool:
        return not self.problems or all(p.warning for p in self.problems)

    def action(self, policy: str) -> str:
        """create, skip, update or fill."""
        if self.match is None or self.decision == NEW:
            return "create"
        return self.decision or policy


@dataclass
class Plan:
    list_name: str  # "contacts" or "members"
    path: Path
    sheet: str
    description: str  # file name and sheet, kept with the import batch
    header_row: int
    headers: list[str]
    mapping: list[str | None]
    rows: RowStore = field(default_factory=RowStore)
    new_organisations: list[str] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)  # on the file as a whole (row 0)
    _duplicates: list[PlannedRow] | None = field(default=None, repr=False)

    def column(self, key: str) -> tuple[str, int | None]:
        """The header and index of the column mapped to `key`."""
        if key not in self.mapping:
            return "", None
        index = self.mapping.index(key)
        header = self.headers[index] if index < len(self.headers) else ""
        return str(header or ""), index

    def _where(self, where: str) -> list[PlannedRow]:
        return [row for chunk in self.rows.chunks(where) for row in chunk]

    def errors(self) -> list[Problem]:
        return [p for row in self._where("NOT valid") for p in row.errors]

    def warnings(self) -> list[Problem]:
        found = [p for row in self._where("problems > 0") for p in row.problems if p.warning]
        return self.notices + found

    def invalid_rows(self) -> list[PlannedRow]:
        return self._where("NOT valid")

    def valid_count(self) -> int:
        return self.rows.count("valid")

    def duplicate_count(self) -> int:
        return self.rows.count("matched AND valid")

    def duplicates(self) -> list[PlannedRow]:
        """The valid rows that match a record or an earlier row; the same objects each
        time, so that the user's decision set on one is the one `importer.run` follows."""
        if self._duplicates is None:
            self._duplicates = self._where("matched AND valid")
        return self._duplicates

    def decisions(self) -> dict[int, str | None]:
        """The user's decision for each duplicate row (by row number) taken so far."""
        return {row.number: row.decision for row in self._duplicates or ()}

    def close(self) -> None:
        """Let go of the rows (the temporary file they are kept in)."""
        self.rows.close()


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: list[Problem] = field(default_factory=list)
    written: bool = False  # False: nothing was written (errors, or a dry run)
    batch_id: int | None = None

    def as_json(self) -> dict:
        """The shape `isa-desk import --json` prints."""
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "errors": [
                {"row": p.row or None, "column": p.column or None, "message": p.message}
                for p in self.errors
            ],
        }
