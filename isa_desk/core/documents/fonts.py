"""The letter fonts: Liberation Sans for Latin text, Droid Sans Fallback for Chinese.

Both are TrueType fonts shipped in resources/fonts (their licences beside them) and embedded
as subsets in every PDF. Text is split into runs: a character the Latin font has is set in
it, any other in the CJK font, so Latin text keeps its look and Chinese characters render.
Droid Sans Fallback has no bold face; bold Chinese is drawn filled and stroked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate
from isa_desk.core.paths import resource_path

REGULAR, BOLD, CJK = "IsaSans", "IsaSans-Bold", "IsaCJK"
FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
FAKE_BOLD_STROKE = 0.035  # of the font size

_latin_chars: frozenset[int] = frozenset()
_cjk_chars: frozenset[int] = frozenset()


def font_file(name: str):
    return resource_path("resources", "fonts", FILES[name])


def register() -> None:
    """Register the three fonts with reportlab once per process."""
    global _latin_chars, _cjk_chars
    if _latin_chars:
        return
    fonts = {}
    for name in FILES:
        path = font_file(name)
        if not path.exists():
            raise IsaDeskError(
                translate(
                    "Letters", "The letter font {path} is missing: reinstall ISA Desk."
                ).format(path=path)
            )
        fonts[name] = TTFont(name, str(path))
        pdfmetrics.registerFont(fonts[name])
    _cjk_chars = frozenset(fonts[CJK].face.charToGlyph)
    _latin_chars = frozenset(fonts[REGULAR].face.charToGlyph)


@lru_cache(maxsize=20000)
def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """(font name, text) pieces of `text`, each set in one font."""
    register()
    latin = BOLD if bold else REGULAR
    pieces: list[tuple[str, str]] = []
    current, start = None, 0
    for index, char in enumerate(text):
        code = ord(char)
        if char == " " and current is not None:
            continue  # a space stays with the run it is in
        font = latin if code in _latin_chars or code not in _cjk_chars else CJK
        if font != current:
            if current is not None:
                pieces.append((current, text[start:index]))
            current, start = font, index
    if current is not None:
        pieces.append((current, text[start:]))
    return tuple(pieces)


@lru_cache(maxsize=50000)
def _unit_width(text: str, bold: bool) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, 1.0) for font, piece in runs(text, bold))


def width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` in points at `size`."""
    return _unit_width(text, bold) * size


def fitting_size(text: str, size: float, room: float, smallest: float, bold=False) -> float:
    """`size`, or a smaller one down to `smallest` so that `text` fits `room` points."""
    needed = width(text, size, bold)
    if needed <= room:
        return size
    return max(smallest, size * room / needed)


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw `text` with its baseline at y; returns the x after it."""
    for font, piece in runs(text, bold):
        if bold and font == CJK:
            _draw_fake_bold(canvas, x, y, piece, size)
        else:
            canvas.setFont(font, size)
            canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
    return x


def draw_right(canvas, right: float, y: float, text: str, size: float, bold=False) -> None:
    draw(canvas, right - width(text, size, bold), y, text, size, bold)


def _draw_fake_bold(canvas, x: float, y: float, text: str, size: float) -> None:
    canvas.saveState()  # the text render mode outlives the text object
    canvas.setLineWidth(size * FAKE_BOLD_STROKE)
    text_object = canvas.beginText(x, y)
    text_object.setFont(CJK, size)
    text_object.setTextRenderMode(2)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


# -- line breaking ----------------------------------------------------------------------

# a word, a single CJK character (lines may break between any two), or spaces
_TOKENS = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
    r"[，。：；！？、）》」』]?|"
    r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+"
)


@lru_cache(maxsize=20000)
def wrap(text: str, room: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """Break one paragraph into lines no wider than `room` points."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        candidate = line + token
        if not token.isspace() and line and width(candidate.rstrip(), size, bold) > room:
            lines.append(line.rstrip())
            line = token
            while width(line, size, bold) > room and len(line) > 1:  # e.g. a long web address
                cut = _longest_fitting(line, room, size, bold)
                lines.append(line[:cut])
                line = line[cut:]
        elif not line and token.isspace():
            continue
        else:
            line = candidate
            while width(line.rstrip(), size, bold) > room and len(line) > 1:
                cut = _longest_fitting(line, room, size, bold)
                lines.append(line[:cut])
                line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return tuple(lines)


def _longest_fitting(text: str, room: float, size: float, bold: bool) -> int:
    cut = len(text)
    while cut > 1 and width(text[:cut], size, bold) > room:
        cut -= 1
    return cut
