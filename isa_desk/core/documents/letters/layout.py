"""DIN 5008 geometry of an A4 business letter, in millimetres from the top-left corner.

Form B (default) has a 45 mm letterhead, Form A a 27 mm one; everything else follows from
that. The address field fits the 90 × 45 mm window of DL and C6/5 envelopes when the sheet is
folded at the first fold mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0

FIELD_X, FIELD_WIDTH, FIELD_HEIGHT = 20.0, 85.0, 45.0
UPPER_ZONE, LOWER_ZONE = 17.7, 27.3  # return address and notes / the recipient
FIELD_INDENT = 5.0  # text starts 5 mm inside the field ...
TEXT_LEFT = FIELD_X + FIELD_INDENT  # ... on the 25 mm line, the left margin of the body
TEXT_RIGHT = PAGE_WIDTH - 20.0  # right margin at least 20 mm
INFO_X, INFO_WIDTH = 125.0, 75.0
HOLE_MARK = 148.5
BODY_BOTTOM = 252.0  # lowest baseline of the body; the page number comes below
PAGE_NUMBER_Y = 258.0
FOOTER_TOP = 268.0
FOLLOWING_HEADER_Y = 15.0  # short header of pages 2, 3, ...
FOLLOWING_BODY_TOP = 30.0

FONT_SIZE = 11.0  # body text
LEADING = 13.5
ADDRESS_SIZE = 10.0
ADDRESS_LEADING = 12.0  # 6 lines × 12 pt = 25.4 mm, inside the 27.3 mm lower zone
ADDRESS_LINES = 6
RETURN_SIZE = 7.0
SMALL_SIZE = 7.5
INFO_SIZE = 8.5
INFO_LEADING = 11.0


@dataclass(frozen=True)
class Form:
    name: str
    letterhead_height: float
    field_top: float
    info_top: float
    fold_marks: tuple[float, float]
    subject_top: float

    @property
    def upper_zone_bottom(self) -> float:
        """The boundary between return line / notes and the recipient."""
        return round(self.field_top + UPPER_ZONE, 1)

    @property
    def field_bottom(self) -> float:
        return self.field_top + FIELD_HEIGHT


FORM_A = Form(
    "A",
    letterhead_height=27.0,
    field_top=27.0,
    info_top=32.0,
    fold_marks=(87.0, 192.0),
    subject_top=80.4,
)
FORM_B = Form(
    "B",
    letterhead_height=45.0,
    field_top=45.0,
    info_top=50.0,
    fold_marks=(105.0, 210.0),
    subject_top=97.4,
)
FORMS = {"A": FORM_A, "B": FORM_B}


def form(name: str | None) -> Form:
    return FORMS.get((name or "B").upper(), FORM_B)


def x(millimetres: float) -> float:
    """Points from the left edge."""
    return millimetres * mm


def y(millimetres: float) -> float:
    """Points from the bottom edge for a distance from the top (PDF counts upwards)."""
    return (PAGE_HEIGHT - millimetres) * mm
