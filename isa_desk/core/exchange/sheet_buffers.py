"""Streamed (write-only) workbooks whose sheets are buffered in the output folder.

openpyxl's write-only mode streams a sheet's rows into a file of its own until the
workbook is saved, by default in the system's temporary folder: contact data that a
killed program would leave there. Here each sheet is buffered next to the workbook being
written, under a name starting with ".~" (see `files.temp_name`), and removed however the
block ends; a killed run leaves only that name in the output folder, which the next
export into the folder removes once it is old (`files.remove_stale`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter

from isa_desk.core.files import temp_name


class _BufferWriter(WorksheetWriter):
    """openpyxl's sheet writer, with a buffer file that is ours to remove."""

    def cleanup(self) -> None:
        Path(self.out).unlink(missing_ok=True)


class _BufferedSheet(WriteOnlyWorksheet):
    def __init__(self, parent: Workbook, title: str | None, buffer: Path):
        super().__init__(parent, title)
        self.buffer = buffer

    def _get_writer(self) -> None:
        # as openpyxl's own, begun at the first row so that widths and panes set before it
        # are written, but into our buffer
        if getattr(self, "_writer", None) is None:
            writer = _BufferWriter(self, out=str(self.buffer))
            writer.write_top()
            self._writer = writer


class _Book(Workbook):
    def __init__(self, folder: Path):
        super().__init__(write_only=True)
        self.folder = folder

    def create_sheet(self, title=None, index=None):
        sheet = _BufferedSheet(self, title, temp_name(self.folder / "sheet.xml"))
        self._add_sheet(sheet=sheet, index=index)
        return sheet


@contextmanager
def buffered_workbook(folder: Path) -> Iterator[Workbook]:
    """A write-only workbook whose sheets are buffered in `folder` (the output's own);
    every buffer is gone when the block ends, saved or not."""
    book = _Book(Path(folder))
    try:
        yield book
    finally:
        for sheet in book.worksheets:
            # a half sheet: its row stream, then its file, are closed before it is removed
            for stream in (getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)):
                if stream is not None:
                    with suppress(Exception):
                        stream.close()
            if isinstance(sheet, _BufferedSheet):
                sheet.buffer.unlink(missing_ok=True)
