"""DIN 5008 letters as PDF, drawn with reportlab's canvas.

Everything that is the same on every letter (letterhead, return line, information block
labels, fold and hole marks, footer) is drawn once per document as a form and reused on
every page; a letter adds its address, date, text and page numbers. Text is drawn as text,
never parsed as markup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from isa_desk.core.documents import fonts
from isa_desk.core.documents.letters import flow
from isa_desk.core.documents.letters import layout as L
from isa_desk.core.documents.letters.sender import Sender
from isa_desk.core.documents.wording import date_in_words, label, page_number
from isa_desk.core.files import PathLike, atomic_write
from isa_desk.core.progress import Progress, or_silent

ACCENT = Color(0.09, 0.24, 0.42)  # the letterhead's dark blue
MUTED = Color(0.33, 0.33, 0.33)
MARKS = Color(0.55, 0.55, 0.55)


@dataclass(frozen=True)
class Letter:
    """One merged letter, ready to draw."""

    language: str
    address: tuple[str, ...]
    salutation: str
    subject: str
    body: str
    closing: str
    signature_name: str
    signature_function: str
    date: dt.date
    recipient: str = ""  # for the short header of following pages
    notes: tuple[str, ...] = ()  # e.g. "Einschreiben", above the recipient
    contact_id: int | None = None


class Renderer:
    def __init__(self, sender: Sender, form_name: str | None = None):
        fonts.register()
        self.sender = sender
        self.form = L.form(form_name or sender.form)

    # -- documents ----------------------------------------------------------------------

    def canvas(self, target, title: str = "") -> Canvas:
        # the initial font is set on every page: an unembedded Helvetica otherwise
        canvas = Canvas(
            target,
            pagesize=A4,
            pageCompression=1,
            initialFontName=fonts.REGULAR,
            initialFontSize=L.FONT_SIZE,
        )
        canvas.setTitle(title)
        canvas.setAuthor(self.sender.organisation)
        canvas.setCreator("ISA Desk")
        canvas._isa_forms = set()
        return canvas

    def write(
        self,
        letters: Iterable[Letter],
        path: Path,
        total: int,
        title: str = "",
        progress: Progress | None = None,
        protect: Sequence[PathLike] = (),
        staged: bool = False,
    ) -> int:
        """All letters in one PDF at `path`, put in place only when complete; raises
        Cancelled (and leaves no file) when the progress is cancelled. With `staged`,
        `path` is a temporary file of the caller's (see files.Publication), written
        straight."""
        progress = or_silent(progress)
        pages = 0
        whole = contextlib.nullcontext(path) if staged else atomic_write(path, protect=protect)
        with whole as partial:
            canvas = self.canvas(str(partial), title)
            for done, letter in enumerate(letters, start=1):
                progress.check()
                pages += self.draw(canvas, letter)
                progress.step(done, total)
            canvas.save()
        return pages

    def pdf_bytes(self, letter: Letter) -> bytes:
        buffer = io.BytesIO()
        canvas = self.canvas(buffer, letter.subject)
        self.draw(canvas, letter)
        canvas.save()
        return buffer.getvalue()

    # -- one letter ---------------------------------------------------------------------

    def draw(self, canvas: Canvas, letter: Letter) -> int:
        """Draw the letter's pages; returns how many there are."""
        chinese = letter.language == "zh"
        rows = flow.letter_rows(
            letter.subject,
            letter.salutation,
            letter.body,
            letter.closing,
            letter.signature_name,
            letter.signature_function,
            chinese=chinese,
            # a Chinese letter is dated at its end, below the sender, not in the info block
            date=date_in_words(letter.date, letter.language) if chinese else "",
        )
        pages = flow.paginate(rows, self.form.subject_top)
        for number, placed in enumerate(pages, start=1):
            if number == 1:
                canvas.doForm(self._fixed(canvas, letter.language, first=True))
                self._address(canvas, letter)
                if not chinese:
                    self._date(canvas, letter)
            else:
                canvas.doForm(self._fixed(canvas, letter.language, first=False))
                self._following_header(canvas, letter)
            for item in placed:
                self._row(canvas, item)
            if len(pages) > 1:
                fonts.draw_right(
                    canvas,
                    L.x(L.TEXT_RIGHT),
                    L.y(L.PAGE_NUMBER_Y),
                    page_number(letter.language, number, len(pages)),
                    L.SMALL_SIZE,
                )
            canvas.showPage()
        return len(pages)

    def _row(self, canvas: Canvas, item: flow.Placed) -> None:
        row = item.row
        if not row.text:
            return
        if row.right:
            fonts.draw_right(canvas, L.x(L.TEXT_RIGHT), L.y(item.baseline), row.text, L.FONT_SIZE)
            return
        left = L.TEXT_LEFT + row.indent
        if row.bullet:
            fonts.draw(
                canvas, L.x(left - flow.BULLET_INDENT + 1), L.y(item.baseline), "•", L.FONT_SIZE
            )
        fonts.draw(canvas, L.x(left), L.y(item.baseline), row.text, L.FONT_SIZE, row.bold)

    def _address(self, canvas: Canvas, letter: Letter) -> None:
        room = (L.FIELD_X + L.FIELD_WIDTH - L.TEXT_LEFT) * mm
        top = self.form.upper_zone_bottom
        baseline = top + L.ADDRESS_SIZE * flow.ASCENT * flow.POINT + 0.3
        for line in letter.address[: L.ADDRESS_LINES]:
            size = fonts.fitting_size(line, L.ADDRESS_SIZE, room, 6.5)
            fonts.draw(canvas, L.x(L.TEXT_LEFT), L.y(baseline), line, size)
            baseline += L.ADDRESS_LEADING * flow.POINT
        # notes ("Einschreiben") fill the upper zone upwards, above the return line
        note_baseline = top - 1.3 - L.RETURN_SIZE * 1.3 * flow.POINT
        for note in letter.notes[:4]:
            fonts.draw(canvas, L.x(L.TEXT_LEFT), L.y(note_baseline), note, L.SMALL_SIZE)
            note_baseline -= L.RETURN_SIZE * 1.4 * flow.POINT

    def _date(self, canvas: Canvas, letter: Letter) -> None:
        baseline = self._info_baselines()[-1]
        fonts.draw(
            canvas,
            L.x(self._info_value_x()),
            L.y(baseline),
            date_in_words(letter.date, letter.language),
            L.INFO_SIZE,
        )

    def _following_header(self, canvas: Canvas, letter: Letter) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        parts = [
            self.sender.letterhead_title or self.sender.organisation,
            letter.recipient,
            date_in_words(letter.date, letter.language),
        ]
        text = " · ".join(part for part in parts if part)
        size = fonts.fitting_size(text, L.SMALL_SIZE, (L.TEXT_RIGHT - L.TEXT_LEFT) * mm, 6)
        fonts.draw(canvas, L.x(L.TEXT_LEFT), L.y(L.FOLLOWING_HEADER_Y), text, size)
        canvas.setStrokeColor(MARKS)
        canvas.setLineWidth(0.4)
        rule = L.y(L.FOLLOWING_HEADER_Y + 2.5)
        canvas.line(L.x(L.TEXT_LEFT), rule, L.x(L.TEXT_RIGHT), rule)
        canvas.restoreState()

    # -- what every letter shares -------------------------------------------------------

    def _fixed(self, canvas: Canvas, language: str, first: bool) -> str:
        """The name of the form holding the page's fixed parts, drawn on first use."""
        name = f"{'first' if first else 'next'}-{language}"
        if name not in canvas._isa_forms:
            canvas.beginForm(name)
            if first:
                self._letterhead(canvas)
                self._return_line(canvas)
                self._info_block(canvas, language)
            self._marks(canvas)
            self._footer(canvas, language)
            canvas.endForm()
            canvas._isa_forms.add(name)
        return name

    def _letterhead(self, canvas: Canvas) -> None:
        sender, height = self.sender, self.form.letterhead_height
        canvas.saveState()
        rule = height - 6.0
        title_baseline = rule - 8.5
        canvas.setFillColor(ACCENT)
        title_size = fonts.fitting_size(sender.letterhead_title, 14, 120 * mm, 10, bold=True)
        fonts.draw_right(
            canvas,
            L.x(L.TEXT_RIGHT),
            L.y(title_baseline),
            sender.letterhead_title,
            title_size,
            bold=True,
        )
        canvas.setFillColor(MUTED)
        fonts.draw_right(
            canvas, L.x(L.TEXT_RIGHT), L.y(title_baseline + 4.8), sender.organisation, 8.5
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(L.x(L.TEXT_LEFT), L.y(rule), L.x(L.TEXT_RIGHT), L.y(rule))
        self._logo(canvas, top=max(6.0, title_baseline - 18), bottom=rule - 2)
        canvas.restoreState()

    def _logo(self, canvas: Canvas, top: float, bottom: float) -> None:
        path = Path(self.sender.logo) if self.sender.logo else None
        if path is None or not path.is_file():
            return
        height = max(bottom - top, 8.0)
        with contextlib.suppress(OSError):  # an unreadable image: no logo on the letter
            canvas.drawImage(
                str(path),
                L.x(L.TEXT_LEFT),
                L.y(bottom),
                width=60 * mm,
                height=height * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )

    def _return_line(self, canvas: Canvas) -> None:
        text = self.sender.return_line or " · ".join(
            part for part in (self.sender.organisation, self.sender.address_line()) if part
        )
        room = (L.FIELD_X + L.FIELD_WIDTH - L.TEXT_LEFT) * mm
        size = fonts.fitting_size(text, L.RETURN_SIZE, room, 5.5)
        baseline = self.form.upper_zone_bottom - 1.3
        fonts.draw(canvas, L.x(L.TEXT_LEFT), L.y(baseline), text, size)
        canvas.setLineWidth(0.3)
        canvas.line(
            L.x(L.TEXT_LEFT),
            L.y(baseline + 0.8),
            L.x(L.TEXT_LEFT) + fonts.width(text, size),
            L.y(baseline + 0.8),
        )

    def _info_value_x(self) -> float:
        return L.INFO_X + 22.0

    def _info_baselines(self) -> list[float]:
        first = self.form.info_top + L.INFO_SIZE * flow.ASCENT * flow.POINT
        step = L.INFO_LEADING * flow.POINT
        return [first + step * index for index in range(6)]  # five lines, a gap, the date

    def _info_block(self, canvas: Canvas, language: str) -> None:
        sender = self.sender
        rows = [
            ("contact", sender.contact_person),
            ("phone", sender.phone),
            ("fax", sender.fax),
            ("email", sender.email),
            ("", ""),
        ]
        baselines = self._info_baselines()
        canvas.saveState()
        for (key, value), baseline in zip(rows, baselines, strict=False):
            if key and value:
                canvas.setFillColor(MUTED)
                fonts.draw(
                    canvas, L.x(L.INFO_X), L.y(baseline), label(language, key), L.INFO_SIZE - 1
                )
                canvas.setFillColor(Color(0, 0, 0))
                fonts.draw(canvas, L.x(self._info_value_x()), L.y(baseline), value, L.INFO_SIZE)
        canvas.setFillColor(MUTED)
        if language != "zh":  # a Chinese letter has its date below the signature
            fonts.draw(
                canvas, L.x(L.INFO_X), L.y(baselines[-1]), label(language, "date"), L.INFO_SIZE - 1
            )
        canvas.restoreState()

    def _marks(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColor(MARKS)
        canvas.setLineWidth(0.3)
        for fold in self.form.fold_marks:
            canvas.line(L.x(3), L.y(fold), L.x(8), L.y(fold))
        canvas.line(L.x(3), L.y(L.HOLE_MARK), L.x(11), L.y(L.HOLE_MARK))
        canvas.restoreState()

    def _footer(self, canvas: Canvas, language: str) -> None:
        sender = self.sender
        columns = (
            (
                L.TEXT_LEFT,
                [
                    sender.organisation,
                    sender.street,
                    " ".join(p for p in (sender.postcode, sender.town) if p),
                ],
            ),
            (
                L.TEXT_LEFT + 62,
                [
                    f"{label(language, key)} {value}"
                    for key, value in (
                        ("phone", sender.phone),
                        ("fax", sender.fax),
                        ("email", sender.email),
                    )
                    if value
                ],
            ),
            (
                L.TEXT_LEFT + 119,
                [
                    line
                    for part in (sender.web, sender.footer)
                    if part
                    for line in fonts.wrap(part, 46 * mm, L.SMALL_SIZE - 0.5)
                ],
            ),
        )
        canvas.saveState()
        canvas.setStrokeColor(MARKS)
        canvas.setLineWidth(0.4)
        canvas.line(
            L.x(L.TEXT_LEFT), L.y(L.FOOTER_TOP - 3), L.x(L.TEXT_RIGHT), L.y(L.FOOTER_TOP - 3)
        )
        canvas.setFillColor(MUTED)
        step = (L.SMALL_SIZE + 2) * flow.POINT
        for left, lines in columns:
            baseline = L.FOOTER_TOP + L.SMALL_SIZE * flow.ASCENT * flow.POINT
            for line in lines[:4]:
                size = fonts.fitting_size(line, L.SMALL_SIZE - 0.5, 55 * mm, 5.5)
                fonts.draw(canvas, L.x(left), L.y(baseline), line, size)
                baseline += step
        canvas.restoreState()
