"""Address labels on A4 sheets of 3 × 8 labels, 70 × 37 mm each (e.g. Avery Zweckform 3475)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from isa_desk.core.documents import fonts
from isa_desk.core.documents.letters import layout as L
from isa_desk.core.files import PathLike, atomic_write

COLUMNS, ROWS = 3, 8
LABEL_WIDTH, LABEL_HEIGHT = 70.0, 37.0
TOP_MARGIN = (L.PAGE_HEIGHT - ROWS * LABEL_HEIGHT) / 2  # 0.5 mm
LEFT_MARGIN = (L.PAGE_WIDTH - COLUMNS * LABEL_WIDTH) / 2  # 0
PADDING = 6.0  # printers cannot print up to the label's edge
SIZE, LEADING = 9.5, 11.5
PER_SHEET = COLUMNS * ROWS


def label_origin(index: int) -> tuple[float, float]:
    """Top-left corner (mm from the page's top-left) of label `index` on its sheet."""
    position = index % PER_SHEET
    row, column = divmod(position, COLUMNS)
    return LEFT_MARGIN + column * LABEL_WIDTH, TOP_MARGIN + row * LABEL_HEIGHT


def write_labels(
    addresses: Sequence[Sequence[str]],
    path: Path,
    title: str = "",
    protect: Sequence[PathLike] = (),
    staged: bool = False,
) -> int:
    """One label per address, filled row by row; returns the number of sheets. With
    `staged`, `path` is a temporary file of the caller's (see files.Publication)."""
    fonts.register()
    sheets = 0
    with nullcontext(path) if staged else atomic_write(path, protect=protect) as partial:
        canvas = Canvas(
            str(partial), pagesize=A4, initialFontName=fonts.REGULAR, initialFontSize=SIZE
        )
        canvas.setTitle(title)
        canvas.setCreator("ISA Desk")
        for index, lines in enumerate(addresses):
            if index and index % PER_SHEET == 0:
                canvas.showPage()
            if index % PER_SHEET == 0:
                sheets += 1
            _label(canvas, index, lines)
        if sheets:
            canvas.showPage()
        canvas.save()
    return sheets


def _label(canvas: Canvas, index: int, lines: Sequence[str]) -> None:
    left, top = label_origin(index)
    room = (LABEL_WIDTH - 2 * PADDING) * mm
    block = len(lines) * LEADING / mm
    # the block sits in the middle of the label, whatever its number of lines
    baseline = top + (LABEL_HEIGHT - block) / 2 + SIZE * 0.905 / mm
    for line in lines:
        size = fonts.fitting_size(line, SIZE, room, 6.0)
        fonts.draw(canvas, L.x(left + PADDING), L.y(baseline), line, size)
        baseline += LEADING / mm
