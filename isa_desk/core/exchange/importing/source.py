"""What every received list is read as: rows with the number Excel shows, one at a time."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
ERROR_VALUES = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA"}
)


class ReadError(IsaDeskError):
    """The file cannot be read as a list (exit code 2 on the command line)."""


@dataclass
class SourceRow:
    number: int  # the row number Excel shows
    values: list
    notes: dict[int, str] = field(default_factory=dict)  # column index -> a note on the cell

    def is_blank(self) -> bool:
        for value in self.values:  # (a loop: three times as quick as all() for each row)
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
        return True


def fail(path: Path, reason: str) -> ReadError:
    return ReadError(
        translate(
            "Exchange",
            "{file} cannot be read: {reason} Expected an Excel workbook (.xlsx), an old "
            "Excel workbook (.xls), an OpenDocument spreadsheet (.ods), a CSV file (.csv) "
            "or a vCard file (.vcf).",
        ).format(file=path.name, reason=reason)
    )


class Source:
    path: Path
    sheet: str
    sheets: list[str]

    def rows(self) -> Generator[SourceRow, None, None]:
        raise NotImplementedError

    def head(self, count: int = 30) -> list[SourceRow]:
        """The first rows (for finding the header row and for the column mapping)."""
        cached = getattr(self, "_head", None)  # (rows asked for, rows found)
        if cached is not None and cached[0] >= count:
            return cached[1][:count]
        found = []
        rows = self.rows()
        for row in rows:
            found.append(row)
            if len(found) >= count:
                break
        rows.close()
        self._head = (count, found)
        return found

    def close(self) -> None:
        """Let go of the file (a workbook stays open while it is being read)."""

    def notices(self) -> list[str]:
        """What the reading found doubtful about the file as a whole (a warning each),
        complete once every row has been read."""
        return []

    def description(self) -> str:
        return self.path.name if len(self.sheets) <= 1 else f"{self.path.name} [{self.sheet}]"
