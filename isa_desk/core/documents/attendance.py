"""The attendance list of an event, to be signed on the day: A4 pages with a numbered
table (name, organisation, a column for the signature), the event on every page and
"page x of y" at the foot. A few empty rows at the end take people who come unannounced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from isa_desk.core.db.engine import Database
from isa_desk.core.documents import fonts
from isa_desk.core.documents.badges import COMING
from isa_desk.core.documents.wording import date_in_words, page_number, time_span
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.files import PathLike, atomic_write, database_files
from isa_desk.core.i18n import translate
from isa_desk.core.services import events as event_service
from isa_desk.core.services import participants

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
LEFT, RIGHT = 18.0, 192.0
TABLE_TOP = 52.0  # the header row's top
HEADER_ROW = 8.0
ROW = 12.5  # room to sign
BOTTOM = 276.0  # the last row ends here; the page number goes below
ROWS_PER_PAGE = int((BOTTOM - TABLE_TOP - HEADER_ROW) // ROW)
MIN_BLANK_ROWS = 3
# column x positions (mm): number, name, organisation, signature, end
COLUMNS = (LEFT, LEFT + 9.0, LEFT + 66.0, LEFT + 126.0, RIGHT)
LINE, SHADE, GREY, NAVY = (
    HexColor("#9aa1a9"),
    HexColor("#e9edf2"),
    HexColor("#5f6670"),
    HexColor("#1d3557"),
)


@dataclass(frozen=True)
class Entry:
    name: str = ""
    name_zh: str = ""
    organisation: str = ""
    member: str = ""


def entry_of(row: participants.ParticipantRow) -> Entry:
    member = " ".join(part for part in (row.member, row.member_zh) if part)
    return Entry(
        row.name or row.name_zh,
        row.name_zh if row.name else "",
        row.organisation,
        member if member != row.organisation else "",
    )


def make_attendance_list(
    db: Database, event_id: int, path: Path, statuses: Iterable[str] = COMING, language: str = "de"
) -> tuple[int, int]:
    """Write the list for an event's participants in `statuses`; (people, pages)."""
    event = event_service.get(db, event_id)
    entries = [entry_of(row) for row in participants.rows(db, event_id, tuple(statuses))]
    if not entries:
        raise IsaDeskError(
            translate(
                "Attendance",
                "Nobody on the list of “{event}” has one of the chosen statuses: "
                "no attendance list was made.",
            ).format(event=event.title)
        )
    when = date_in_words(event.starts_at, language)
    time = time_span(event.starts_at, event.ends_at, language)
    details = " · ".join(
        part for part in (f"{when}, {time}" if time else when, event.place) if part
    )
    pages = write_attendance_list(
        entries, path, event.title, details, language, protect=database_files(db)
    )
    return len(entries), pages


def page_count(people: int) -> int:
    rows = people + MIN_BLANK_ROWS
    return max(1, -(-rows // ROWS_PER_PAGE))


def write_attendance_list(
    entries: Sequence[Entry],
    path: Path,
    title: str,
    details: str,
    language: str = "de",
    protect: Sequence[PathLike] = (),
) -> int:
    """The table over as many pages as needed, the last one filled with empty rows."""
    fonts.register()
    pages = page_count(len(entries))
    rows: list[Entry | None] = [*entries, *[None] * (pages * ROWS_PER_PAGE - len(entries))]
    with atomic_write(path, protect=protect) as partial:
        canvas = Canvas(str(partial), pagesize=A4, initialFontName=fonts.REGULAR)
        canvas.setTitle(translate("Attendance", "Attendance list: {event}").format(event=title))
        canvas.setCreator("ISA Desk")
        for page in range(pages):
            _header(canvas, title, details)
            chunk = rows[page * ROWS_PER_PAGE : (page + 1) * ROWS_PER_PAGE]
            _table(canvas, chunk, page * ROWS_PER_PAGE)
            _footer(canvas, title, page_number(language, page + 1, pages))
            canvas.showPage()
        canvas.save()
    return pages


def _y(top_mm: float) -> float:
    return (PAGE_HEIGHT - top_mm) * mm


def _header(canvas: Canvas, title: str, details: str) -> None:
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.setStrokeColor(NAVY)
    fonts.draw(
        canvas, LEFT * mm, _y(24.0), translate("Attendance", "Attendance list"), 17.0, bold=True
    )
    canvas.restoreState()
    room = (RIGHT - LEFT) * mm
    size = fonts.fitting_size(title, 12.0, room, 8.0, bold=True)
    fonts.draw(canvas, LEFT * mm, _y(33.0), title, size, bold=True)
    canvas.saveState()
    canvas.setFillColor(GREY)
    fonts.draw(canvas, LEFT * mm, _y(39.5), details, fonts.fitting_size(details, 9.5, room, 6.5))
    canvas.restoreState()


def _table(canvas: Canvas, rows: Sequence[Entry | None], first_number: int) -> None:
    headings = (
        "#",
        translate("Attendance", "Name"),
        translate("Attendance", "Organisation"),
        translate("Attendance", "Signature"),
    )
    canvas.saveState()
    canvas.setFillColor(SHADE)
    canvas.rect(
        LEFT * mm,
        _y(TABLE_TOP + HEADER_ROW),
        (RIGHT - LEFT) * mm,
        HEADER_ROW * mm,
        stroke=0,
        fill=1,
    )
    canvas.restoreState()
    for x, text in zip(COLUMNS, headings, strict=False):
        fonts.draw(canvas, (x + 1.8) * mm, _y(TABLE_TOP + 5.5), text, 9.0, bold=True)
    top = TABLE_TOP + HEADER_ROW
    for offset, entry in enumerate(rows):
        _row(canvas, top + offset * ROW, first_number + offset + 1, entry)
    bottom = top + len(rows) * ROW
    canvas.saveState()
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.5)
    canvas.rect(LEFT * mm, _y(bottom), (RIGHT - LEFT) * mm, (bottom - TABLE_TOP) * mm)
    for x in COLUMNS[1:-1]:
        canvas.line(x * mm, _y(TABLE_TOP), x * mm, _y(bottom))
    canvas.restoreState()


def _row(canvas: Canvas, top: float, number: int, entry: Entry | None) -> None:
    canvas.saveState()
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT * mm, _y(top), RIGHT * mm, _y(top))
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(GREY)
    fonts.draw_right(canvas, (COLUMNS[1] - 1.8) * mm, _y(top + 7.4), str(number), 8.5)
    canvas.restoreState()
    if entry is None:
        return
    _two_lines(canvas, top, 1, entry.name, entry.name_zh, bold=True)
    _two_lines(canvas, top, 2, entry.organisation, entry.member)


# baselines (mm below the row's top) for one, two or three lines in a row
BASELINES = {1: (7.4,), 2: (5.4, 10.0), 3: (4.3, 7.8, 11.2)}


def _two_lines(
    canvas: Canvas, top: float, column: int, first: str, second: str, bold: bool = False
) -> None:
    """A cell's main text (on two lines when long), and below it a quieter second text."""
    room = (COLUMNS[column + 1] - COLUMNS[column] - 3.6) * mm
    x = (COLUMNS[column] + 1.8) * mm
    size = 9.5
    lines = list(fonts.wrap(first, room, size, bold)) if first else []
    if len(lines) > 1:
        size = 8.5
        lines = list(fonts.wrap(first, room, size, bold))[:2]
    texts = [(line, size, bold, False) for line in lines]
    if second:
        texts.append((second, 8.0 if len(lines) < 2 else 7.5, False, True))
    for (text, text_size, text_bold, quiet), baseline in zip(
        texts, BASELINES.get(len(texts), ()), strict=False
    ):
        canvas.saveState()
        if quiet:
            canvas.setFillColor(GREY)
            canvas.setStrokeColor(GREY)
        fitted = fonts.fitting_size(text, text_size, room, 5.5, text_bold)
        fonts.draw(canvas, x, _y(top + baseline), text, fitted, text_bold)
        canvas.restoreState()


def _footer(canvas: Canvas, title: str, page_text: str) -> None:
    canvas.saveState()
    canvas.setFillColor(GREY)
    fonts.draw(canvas, LEFT * mm, _y(284.0), title, fonts.fitting_size(title, 7.5, 120 * mm, 5.5))
    fonts.draw_right(canvas, RIGHT * mm, _y(284.0), page_text, 7.5)
    canvas.restoreState()
