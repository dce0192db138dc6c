"""Name badges for an event: A6, four on an A4 sheet (cut along the dashed lines).

Each badge carries the event in a band at the top, the name large, the name in Chinese
characters where known, the organisation and the member city. Fonts are the letters'
embedded fonts, so Chinese characters print on any computer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import ParticipantStatus
from isa_desk.core.documents import fonts
from isa_desk.core.documents.wording import date_in_words
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.files import PathLike, atomic_write, database_files
from isa_desk.core.i18n import translate
from isa_desk.core.services import events as event_service
from isa_desk.core.services import participants

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
BADGE_WIDTH, BADGE_HEIGHT = PAGE_WIDTH / 2, PAGE_HEIGHT / 2  # A6
PER_PAGE = 4
MARGIN = 8.0
BAND_HEIGHT = 22.0
ROOM = BADGE_WIDTH - 2 * MARGIN - 4.0  # text width inside the badge, in mm
NAVY, ACCENT, GREY = HexColor("#1d3557"), HexColor("#c8102e"), HexColor("#6b7280")
CUT_LINE = HexColor("#b8bec6")
ALLIANCE = "Chinesisch-Deutsche Industriestädteallianz (ISA) · 中德工业城市联盟"
# who gets a badge unless the caller chooses: whoever is expected or already came
COMING = (ParticipantStatus.REGISTERED.value, ParticipantStatus.ATTENDED.value)


@dataclass(frozen=True)
class Badge:
    name: str
    name_zh: str = ""
    organisation: str = ""
    member: str = ""  # "Foshan 佛山市": the member city, with its name in characters


def badge_of(row: participants.ParticipantRow) -> Badge:
    member = " ".join(part for part in (row.member, row.member_zh) if part)
    # an organisation named like the member city says nothing more on a badge
    organisation = row.organisation if row.organisation != row.member else ""
    return Badge(row.name or row.name_zh, row.name_zh if row.name else "", organisation, member)


def event_line(event, language: str = "de") -> str:
    """ "15. Oktober 2021 · Berlin": the date in words and the place."""
    parts = [date_in_words(event.starts_at, language), event.place or ""]
    return " · ".join(part for part in parts if part)


def make_badges(
    db: Database, event_id: int, path: Path, statuses: Iterable[str] = COMING, language: str = "de"
) -> tuple[int, int]:
    """Write the badges of an event's participants in `statuses`; (badges, pages)."""
    event = event_service.get(db, event_id)
    badges = [badge_of(row) for row in participants.rows(db, event_id, tuple(statuses))]
    if not badges:
        raise IsaDeskError(
            translate(
                "Badges",
                "Nobody on the list of “{event}” has one of the chosen statuses: no "
                "badges were made.",
            ).format(event=event.title)
        )
    pages = write_badges(
        badges, path, event.title, event_line(event, language), protect=database_files(db)
    )
    return len(badges), pages


def write_badges(
    badges: Sequence[Badge],
    path: Path,
    title: str,
    subtitle: str = "",
    protect: Sequence[PathLike] = (),
) -> int:
    """Four badges per A4 page, row by row; returns the number of pages."""
    fonts.register()
    pages = 0
    with atomic_write(path, protect=protect) as partial:
        canvas = Canvas(str(partial), pagesize=A4, initialFontName=fonts.REGULAR)
        canvas.setTitle(translate("Badges", "Name badges: {event}").format(event=title))
        canvas.setCreator("ISA Desk")
        for index, badge in enumerate(badges):
            if index % PER_PAGE == 0:
                if index:
                    canvas.showPage()
                pages += 1
                _cut_lines(canvas)
            left, top = badge_origin(index)
            _badge(canvas, left, top, badge, title, subtitle)
        canvas.showPage()
        canvas.save()
    return pages


def badge_origin(index: int) -> tuple[float, float]:
    """Top-left corner (mm from the page's top-left) of badge `index` on its page."""
    row, column = divmod(index % PER_PAGE, 2)
    return column * BADGE_WIDTH, row * BADGE_HEIGHT


def _y(top_mm: float) -> float:
    return (PAGE_HEIGHT - top_mm) * mm


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    canvas.line(BADGE_WIDTH * mm, 0, BADGE_WIDTH * mm, PAGE_HEIGHT * mm)
    canvas.line(0, _y(BADGE_HEIGHT), PAGE_WIDTH * mm, _y(BADGE_HEIGHT))
    canvas.restoreState()


def _centred(
    canvas: Canvas, left: float, top: float, text: str, size: float, bold: bool = False
) -> None:
    """`text` centred on the badge, its baseline `top` mm from the page's top."""
    x = (left + BADGE_WIDTH / 2) * mm - fonts.width(text, size, bold) / 2
    fonts.draw(canvas, x, _y(top), text, size, bold)


def _band(canvas: Canvas, left: float, top: float, title: str, subtitle: str) -> None:
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.roundRect(
        (left + MARGIN) * mm,
        _y(top + MARGIN + BAND_HEIGHT),
        (BADGE_WIDTH - 2 * MARGIN) * mm,
        BAND_HEIGHT * mm,
        2.5 * mm,
        stroke=0,
        fill=1,
    )
    canvas.setFillColor(white)
    canvas.setStrokeColor(white)  # bold Chinese is drawn stroked too
    lines = fonts.wrap(title, ROOM * mm, 11.0, bold=True)[:2]
    baseline = top + MARGIN + (8.5 if len(lines) == 1 else 6.8)
    for line in lines:
        _centred(canvas, left, baseline, line, 11.0, bold=True)
        baseline += 4.6
    if subtitle:
        size = fonts.fitting_size(subtitle, 8.0, ROOM * mm, 5.5)
        _centred(canvas, left, top + MARGIN + BAND_HEIGHT - 4.2, subtitle, size)
    canvas.restoreState()


def _pieces(name: str) -> list[str]:
    """The name's words, a double name split after its hyphens: where a line may break."""
    return [piece for word in name.split() for piece in re.findall(r"[^-]+-?|-", word)]


def _fill(name: str, size: float) -> list[str]:
    """Greedy lines of the name at `size`; a piece ending in "-" joins without a space."""
    lines: list[str] = []
    line = ""
    for piece in _pieces(name):
        candidate = line + piece if not line or line.endswith("-") else f"{line} {piece}"
        if line and fonts.width(candidate, size, bold=True) > ROOM * mm:
            lines.append(line)
            line = piece
        else:
            line = candidate
    return [*lines, line] if line else lines


def _name_lines(name: str) -> tuple[float, tuple[str, ...]]:
    """One line as large as fits (28 pt down to 18); else two lines at the largest size
    (18 pt down to 11) that holds the name in two."""
    size = fonts.fitting_size(name, 28.0, ROOM * mm, 18.0, bold=True)
    if fonts.width(name, size, bold=True) <= ROOM * mm:
        return size, (name,)
    for size in (18.0, 16.0, 14.0, 12.5, 11.0):
        lines = _fill(name, size)
        if len(lines) <= 2 and all(fonts.width(line, size, True) <= ROOM * mm for line in lines):
            return size, tuple(lines)
    return 11.0, tuple(fonts.wrap(name, ROOM * mm, 11.0, bold=True)[:2])


@dataclass(frozen=True)
class _Line:
    """One line of a badge's middle block: `gap` mm from the previous baseline."""

    text: str
    size: float
    gap: float
    bold: bool = False
    color: object = None


PT = 25.4 / 72  # millimetres per point


def _block(badge: Badge) -> list[_Line]:
    size, lines = _name_lines(badge.name)
    block = [
        _Line(line, size, size * 1.15 * PT if n else 0.0, True, NAVY)
        for n, line in enumerate(lines)
    ]
    if badge.name_zh:
        block.append(_Line(badge.name_zh, 24.0, 24.0 * 1.5 * PT))
    block.append(_Line("", 0.0, 9.5))  # the red rule, drawn 3 mm above this "baseline"
    organisation = fonts.wrap(badge.organisation, ROOM * mm, 12.0)[:3] if badge.organisation else ()
    block += [_Line(line, 12.0, 5.5 if n == 0 else 5.4) for n, line in enumerate(organisation)]
    if badge.member:
        member_size = fonts.fitting_size(badge.member, 14.0, ROOM * mm, 8.0, bold=True)
        block.append(_Line(badge.member, member_size, 7.5 if organisation else 6.0, True))
    return block


def _badge(
    canvas: Canvas, left: float, top: float, badge: Badge, title: str, subtitle: str
) -> None:
    _band(canvas, left, top, title, subtitle)
    block = _block(badge)
    height = block[0].size * 0.72 * PT + sum(line.gap for line in block)
    space_top = top + MARGIN + BAND_HEIGHT
    space = BADGE_HEIGHT - 2 * MARGIN - BAND_HEIGHT - 6.0
    # a little above the middle: a centred block looks low on a card
    baseline = space_top + (space - height) * 0.42 + block[0].size * 0.72 * PT
    for number, line in enumerate(block):
        if number:
            baseline += line.gap
        if not line.text:
            _rule(canvas, left, baseline - 3.0)
            continue
        canvas.saveState()
        color = line.color or HexColor("#111111")
        canvas.setFillColor(color)
        canvas.setStrokeColor(color)  # bold Chinese is drawn stroked too
        _centred(canvas, left, baseline, line.text, line.size, line.bold)
        canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(GREY)
    footer = fonts.fitting_size(ALLIANCE, 6.5, ROOM * mm, 5.0)
    _centred(canvas, left, top + BADGE_HEIGHT - MARGIN, ALLIANCE, footer)
    canvas.restoreState()


def _rule(canvas: Canvas, left: float, top: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    middle = left + BADGE_WIDTH / 2
    canvas.line((middle - 14) * mm, _y(top), (middle + 14) * mm, _y(top))
    canvas.restoreState()
