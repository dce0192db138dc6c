"""The text of a letter as rows of lines, and their distribution over pages.

Subject, salutation, body and closing become rows (one printed line each, or a blank);
pagination puts them on pages: no blank line at the top of a page, no first or last line of
a paragraph alone on a page, closing and signature never torn apart.

A Chinese letter is set the Chinese way: the salutation at the left margin, directly
followed by the text; each line of the text begins two characters in; of the closing,
"此致" is indented two characters and "敬礼！" stands at the left margin; the sender's name,
organisation and the date follow at the right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reportlab.lib.units import mm

from isa_desk.core.documents import fonts
from isa_desk.core.documents.letters import layout as L

POINT = 1 / mm  # millimetres per point
BULLET = re.compile(r"^\s*[-–•]\s+")
BULLET_INDENT = 5.0
SIGNATURE_SPACE = 3  # blank lines for the hand-written signature
ASCENT = 0.905  # of the font size: Liberation Sans' ascent, to put a line's top on a mark
CHINESE_INDENT = 2 * L.FONT_SIZE * POINT  # two full-width characters, in mm


@dataclass(frozen=True)
class Row:
    text: str = ""
    bold: bool = False
    indent: float = 0.0  # mm from the text's left margin
    bullet: bool = False
    height: float = L.LEADING * POINT  # mm down to the next row's baseline
    keep_with_next: bool = False
    droppable: bool = False  # a blank that disappears at the top of a page
    right: bool = False  # set flush with the right margin (a Chinese letter's signature)


BLANK = Row(droppable=True)
SPACER = Row(keep_with_next=True)


def text_rows(text: str, room: float, bold: bool = False, indent: float = 0.0) -> list[Row]:
    """Rows of a block of text: paragraphs at blank lines, a line break at each newline;
    the first printed line of each written line begins `indent` mm in."""
    rows: list[Row] = []
    paragraphs = re.split(r"\n[ \t]*\n", (text or "").strip("\n"))
    for number, paragraph in enumerate(paragraphs):
        if number:
            rows.append(BLANK)
        lines: list[Row] = []
        for source in paragraph.split("\n"):
            bullet = BULLET.match(source)
            if bullet or not indent:
                content = source[bullet.end() :] if bullet else source.rstrip()
                shift = BULLET_INDENT if bullet else 0.0
                wrapped = fonts.wrap(content, room - shift / POINT, L.FONT_SIZE, bold)
                for index, line in enumerate(wrapped):
                    lines.append(Row(line, bold, shift, bullet=bool(bullet) and index == 0))
            else:
                for index, line in enumerate(indented_lines(source, room, indent, bold)):
                    lines.append(Row(line, bold, indent if index == 0 else 0.0))
        rows += _without_orphans(lines)
    return rows


def indented_lines(text: str, room: float, indent: float, bold: bool = False) -> list[str]:
    """The lines of one written line whose first printed line begins `indent` mm in and
    whose following lines use the full width `room` (points)."""
    content = text.strip()
    if not content:
        return [""]
    first = fonts.wrap(content, room - indent / POINT, L.FONT_SIZE, bold)[0]
    rest = content[len(first) :]
    return [first, *(fonts.wrap(rest.strip(), room, L.FONT_SIZE, bold) if rest.strip() else ())]


def _without_orphans(lines: list[Row]) -> list[Row]:
    """Tie the first two and the last two lines of a paragraph together."""
    if len(lines) < 2:
        return lines
    tied = {0, len(lines) - 2}
    return [_tie(r) if i in tied else r for i, r in enumerate(lines)]


def letter_rows(
    subject: str,
    salutation: str,
    body: str,
    closing: str,
    signature_name: str,
    signature_function: str,
    chinese: bool = False,
    date: str = "",
) -> list[Row]:
    """The rows of a letter; a Chinese one (`chinese`) ends with `date` at the right."""
    room = (L.TEXT_RIGHT - L.TEXT_LEFT) / POINT
    if chinese:
        return _chinese_rows(
            subject, salutation, body, closing, signature_name, signature_function, date, room
        )
    rows: list[Row] = []
    if subject.strip():
        rows += [_tie(row) for row in text_rows(subject, room, bold=True)]
        rows.append(BLANK)
    if salutation.strip():
        rows += text_rows(salutation, room)
        rows.append(BLANK)
    rows += text_rows(body, room)
    # closing and signature may have several lines ("此致" / "敬礼")
    ending = [
        Row(line)
        for part in closing.strip().split("\n")
        if part.strip()
        for line in fonts.wrap(part.strip(), room, L.FONT_SIZE)
    ]
    ending += [SPACER] * SIGNATURE_SPACE if ending else []
    ending += [
        Row(line)
        for part in (signature_name, signature_function)
        for piece in part.strip().split("\n")
        if piece.strip()
        for line in fonts.wrap(piece.strip(), room, L.FONT_SIZE)
    ]
    if ending:
        rows.append(BLANK)
        rows += [_tie(row) for row in ending[:-1]] + ending[-1:]
    return rows


def _chinese_rows(
    subject: str,
    salutation: str,
    body: str,
    closing: str,
    signature_name: str,
    signature_function: str,
    date: str,
    room: float,
) -> list[Row]:
    rows: list[Row] = []
    if subject.strip():
        rows += [_tie(row) for row in text_rows(subject, room, bold=True)]
        rows.append(BLANK)
    if salutation.strip():  # the text follows on the next line, without a blank
        rows += [_tie(row) for row in text_rows(salutation, room)]
    rows += text_rows(body, room, indent=CHINESE_INDENT)
    closing_lines = [part.strip() for part in closing.strip().split("\n") if part.strip()]
    ending: list[Row] = []
    for number, part in enumerate(closing_lines):
        indent = CHINESE_INDENT if number == 0 else 0.0
        ending += [
            Row(line, indent=indent if index == 0 else 0.0)
            for index, line in enumerate(indented_lines(part, room, indent))
        ]
    signature = [
        Row(line, right=True)
        for part in (signature_name, signature_function, date)
        for piece in part.strip().split("\n")
        if piece.strip()
        for line in fonts.wrap(piece.strip(), room, L.FONT_SIZE)
    ]
    if ending and signature:
        ending += [SPACER] * SIGNATURE_SPACE
    ending += signature
    if ending:
        rows.append(BLANK)
        rows += [_tie(row) for row in ending[:-1]] + ending[-1:]
    return rows


def _tie(row: Row) -> Row:
    return replace(row, keep_with_next=True)


@dataclass(frozen=True)
class Placed:
    row: Row
    baseline: float  # mm from the top of the page


def first_baseline(top: float) -> float:
    """The baseline of a line whose top touches `top` (mm)."""
    return top + L.FONT_SIZE * ASCENT * POINT


def paginate(
    rows: list[Row],
    first_top: float,
    following_top: float = L.FOLLOWING_BODY_TOP,
    bottom: float = L.BODY_BOTTOM,
) -> list[list[Placed]]:
    """Rows placed on pages; the first page's text starts at `first_top` (mm)."""
    pages: list[list[Row]] = [[]]
    index = 0
    cursor = first_baseline(first_top)
    while index < len(rows):
        row, page = rows[index], pages[-1]
        if not page and row.droppable:
            index += 1
            continue
        if cursor <= bottom + 1e-6 or not page:
            page.append(row)
            cursor += row.height
            index += 1
            continue
        # the row does not fit: the rows tied to it go to the next page with it
        start = len(page)
        while start > 0 and page[start - 1].keep_with_next:
            start -= 1
        moved = page[start:] if start > 0 else []
        del page[len(page) - len(moved) :]
        while page and page[-1].droppable:
            page.pop()
        pages.append(list(moved))
        cursor = first_baseline(following_top) + sum(r.height for r in moved)
    return [
        _place(page, first_baseline(first_top if number == 0 else following_top))
        for number, page in enumerate(pages)
        if page or number == 0
    ]


def _place(page: list[Row], baseline: float) -> list[Placed]:
    placed = []
    for row in page:
        placed.append(Placed(row, baseline))
        baseline += row.height
    return placed
