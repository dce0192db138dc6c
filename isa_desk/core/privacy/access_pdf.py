"""The access export as a PDF a person can read: A4, a heading per section, each record a
small table of field and value, long texts wrapped, Chinese characters in the CJK font,
"page x of y" at the foot. It reads the structure `access.collect` made, in the language
loaded while it runs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from isa_desk.core.documents import fonts
from isa_desk.core.documents.wording import page_number
from isa_desk.core.domain import dates, labels
from isa_desk.core.i18n import translate
from isa_desk.core.privacy.access_words import entity_names, field_titles, section_titles

MARGIN = 20 * mm
KEY_WIDTH = 46 * mm
LONG = 700  # a value longer than this follows its table as paragraphs (a row cannot split)
NAVY, LINE, SHADE, GREY = (
    HexColor("#1d3557"),
    HexColor("#c3c9d0"),
    HexColor("#f1f3f6"),
    HexColor("#5f6670"),
)
RECORDS = ("contact", "organisation", "member")  # one record each; the others are lists
# times the database keeps in UTC; shown on this computer's clock
UTC_FIELDS = {"created_at", "updated_at", "at", "decided_at", "sent_at", "finished_at", "made_at"}
# ids that link rows among themselves and mean nothing to a reader
_LINKS = re.compile(r"^(?:contact|organisation|member|inquiry|event|mailing)_id$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")

STYLES = {
    "body": ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5),
    "key": ParagraphStyle("key", fontName=fonts.REGULAR, fontSize=9, leading=12, textColor=GREY),
    "title": ParagraphStyle(
        "title", fontName=fonts.BOLD, fontSize=16, leading=20, textColor=NAVY, spaceAfter=4 * mm
    ),
    "heading": ParagraphStyle(
        "heading",
        fontName=fonts.BOLD,
        fontSize=12.5,
        leading=16,
        textColor=NAVY,
        spaceBefore=6 * mm,
        spaceAfter=2 * mm,
    ),
}


def write_pdf(data: dict[str, Any], path: Path) -> None:
    """Write the PDF of `data` (access.collect) to `path` (the caller writes atomically)."""
    fonts.register()
    about = data["about"]
    language = about["language"]
    title = translate("Privacy", "Information about the data we hold about you")
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        creator="ISA Desk",
        initialFontName=fonts.REGULAR,
    )
    story: list[Flowable] = [_paragraph(title, "title"), *_intro(data, language)]
    words = _Words(language)
    for key, heading in section_titles().items():
        story.append(_paragraph(heading, "heading"))
        story += _section(data[key], key, words)
    footer = about["office"]["name"]
    document.build(story, canvasmaker=_numbered(language, footer))


class _Words:
    """What the sections' values are shown with, fetched once per render."""

    def __init__(self, language: str):
        self.language = language
        self.fields = field_titles()
        self.entities = entity_names()

    def title(self, key: str) -> str:
        return self.fields.get(key) or self.fields.get(key.rsplit(".", 1)[-1]) or key


def _intro(data: dict[str, Any], language: str) -> list[Flowable]:
    about = data["about"]
    office = about["office"]
    made = _shown("made_at", about["made_at"], language)
    lines = [
        translate("Privacy", "For: {name}").format(name=about["name"]),
        translate("Privacy", "Prepared on {date} by {office}, {address}.").format(
            date=made, office=office["organisation"], address=office["address"]
        ),
        translate(
            "Privacy",
            "This is everything we hold about you. Questions and requests: {email}, {phone}.",
        ).format(email=office["email"], phone=office["phone"]),
    ]
    return [*(_paragraph(line, "body") for line in lines), Spacer(1, 2 * mm)]


def _section(value: Any, key: str, words: _Words) -> list[Flowable]:
    if key in RECORDS:
        return _record(value, words) if value else [_nothing()]
    if key == "tags":
        return [_paragraph(", ".join(value), "body")] if value else [_nothing()]
    if not value:
        return [_nothing()]
    flowables: list[Flowable] = []
    for item in value:
        flowables += _record(item, words, keep_id=False)
        flowables.append(Spacer(1, 3 * mm))
    return flowables


def _nothing() -> Flowable:
    return _paragraph(translate("Privacy", "Nothing recorded."), "body")


def _record(record: dict[str, Any], words: _Words, keep_id: bool = True) -> list[Flowable]:
    """A table of the record's filled fields; long texts below it, each under its title."""
    rows, long_texts = [], []
    for key, value in _fields(record, keep_id):
        shown = _value(key, value, words)
        if not shown:
            continue
        if len(shown) > LONG:
            long_texts.append((words.title(key), shown))
        else:
            rows.append([_paragraph(words.title(key), "key"), _paragraph(shown, "body")])
    flowables: list[Flowable] = []
    if rows:
        table = Table(rows, colWidths=[KEY_WIDTH, A4[0] - 2 * MARGIN - KEY_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        flowables.append(table)
    for title, text in long_texts:
        flowables.append(_paragraph(title, "key"))
        flowables += [_paragraph(part, "body") for part in text.split("\n\n")]
    return flowables


def _fields(record: dict[str, Any], keep_id: bool) -> Iterable[tuple[str, Any]]:
    """The record's fields, a nested record's (the event, the mailing) as "event.title"."""
    for key, value in record.items():
        if _LINKS.match(key) or (key == "id" and not keep_id):
            continue
        if isinstance(value, dict) and key in ("event", "mailing"):
            for inner, inner_value in value.items():
                if inner != "id":
                    yield f"{key}.{inner}", inner_value
        else:
            yield key, value


def _value(key: str, value: Any, words: _Words) -> str:
    """A value as a person reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return labels.yes() if value else labels.no()
    if isinstance(value, dict) and "code" in value and "label" in value:
        return str(value["label"] or value["code"])
    if key == "entity":
        return words.entities.get(value, value)
    if key in ("changes", "replaced_values") and isinstance(value, dict):
        shown = [(field, change) for field, change in value.items() if not _LINKS.match(field)]
        return "\n".join(_change(field, change, words) for field, change in shown)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str) and _DATE.match(value):
        return _shown(key.rsplit(".", 1)[-1], value, words.language)
    return str(value)


def _change(field: str, change: Any, words: _Words) -> str:
    title = words.title(field)
    if isinstance(change, list) and len(change) == 2:
        old, new = (_value(field, part, words) or "–" for part in change)
        return f"{title}: {old} → {new}"
    return f"{title}: {_value(field, change, words) or '–'}"


def _shown(key: str, text: str, language: str) -> str:
    """An ISO date or time in the reader's form; UTC times on this computer's clock."""
    if "T" not in text:
        return dates.format_date(dt.date.fromisoformat(text), language)
    moment = dt.datetime.fromisoformat(text)
    if key in UTC_FIELDS:
        moment = dates.local_time(moment)
    return dates.format_datetime(moment, language)


def _paragraph(text: str, style: str) -> Paragraph:
    """Text as text (never markup), each run in the font that has its characters; lines
    of Chinese may break between any two characters."""
    bold = STYLES[style].fontName == fonts.BOLD
    chinese = False
    lines = []
    for line in str(text).split("\n"):
        pieces = []
        for font, piece in fonts.runs(line, bold):
            chinese = chinese or font == fonts.CJK
            pieces.append(f'<font name="{font}">{escape(piece)}</font>')
        lines.append("".join(pieces))
    wanted = STYLES[style]
    if chinese:
        wanted = ParagraphStyle(f"{style}-cjk", parent=wanted, wordWrap="CJK")
    return Paragraph("<br/>".join(lines), wanted)


def _numbered(language: str, footer: str) -> type[Canvas]:
    """A canvas that writes "page x of y" (and the office's name) on every page once it
    knows how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFillColor(GREY)
                fonts.draw(self, MARGIN, 12 * mm, footer, 8)
                page = page_number(language, number, pages)
                fonts.draw_right(self, A4[0] - MARGIN, 12 * mm, page, 8)
                super().showPage()
            super().save()

    return NumberedCanvas
