"""Letters rendered to PDF and read back: geometry (Form A and B), pages, dates, fonts,
Chinese characters, and text that looks like markup."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.documents.letters import flow, layout
from isa_desk.core.documents.letters.render import Letter, Renderer
from isa_desk.core.documents.letters.sender import Sender
from tests.core.documents.pdf_text import (
    fonts,
    line_of,
    needs_poppler,
    page_count,
    page_texts,
    text,
    words,
)

pytestmark = needs_poppler

DAY = dt.date(2021, 10, 15)
ADDRESS = (
    "Frau Oberbürgermeisterin",
    "Dr. Anna Beispiel",
    "Stadt Aachen",
    "Büro für Internationales",
    "Markt 1",
    "52062 Aachen",
)
PARAGRAPH = (
    "Die Chinesisch-Deutsche Industriestädteallianz ist ein Bündnis von 48 "
    "Industriestandorten und Städten aus China und Deutschland. "
) * 6


def letter(**changes) -> Letter:
    values = dict(
        language="de",
        address=ADDRESS,
        salutation="Sehr geehrte Frau Oberbürgermeisterin,",
        subject="Einladung zur 10. Plenarversammlung",
        body="wir laden Sie herzlich ein.",
        closing="Mit freundlichen Grüßen",
        signature_name="Stefanie Behmer",
        signature_function="Ansprechpartnerin",
        date=DAY,
        recipient="Dr. Anna Beispiel",
    )
    return Letter(**{**values, **changes})


def write(tmp_path, letters, form="B", name="letter.pdf", sender=None):
    path = tmp_path / name
    Renderer(sender or Sender(), form).write(letters, path, len(letters))
    return path


@pytest.mark.parametrize("form", ["A", "B"])
def test_recipient_inside_the_window_fields_lower_zone(tmp_path, form):
    geometry = layout.form(form)
    page = words(write(tmp_path, [letter()], form))[0]
    lower_top, bottom = geometry.upper_zone_bottom, geometry.field_bottom
    window = [w for w in page if geometry.field_top - 5 < w.top < bottom + 5]
    for line in ADDRESS:
        found = line_of(window, line.split()[0])
        assert " ".join(w.text for w in found) == line
        for word in found:
            assert lower_top <= word.top and word.bottom <= bottom, (line, word)
            assert word.left >= layout.FIELD_X and word.right <= layout.FIELD_X + 85
        assert abs(found[0].left - layout.TEXT_LEFT) < 0.3  # on the 25 mm line
    # the return line sits in the upper zone, just above the recipient
    sender_line = line_of(page, "PKS", top_near=lower_top - 2)
    assert all(geometry.field_top <= w.top and w.bottom <= lower_top for w in sender_line)


@pytest.mark.parametrize("form", ["A", "B"])
def test_subject_info_block_and_margins(tmp_path, form):
    geometry = layout.form(form)
    page = words(write(tmp_path, [letter(body=PARAGRAPH)], form))[0]
    subject = line_of(page, "Einladung", top_near=geometry.subject_top)
    assert abs(subject[0].top - geometry.subject_top) < 1.0
    date = line_of(page, "Datum", top_near=geometry.info_top + 15)
    assert [w.text for w in date] == ["Datum", "15.", "Oktober", "2021"]
    assert date[0].left == pytest.approx(layout.INFO_X, abs=0.3)
    contact = line_of(page, "Ihr", top_near=geometry.info_top)
    assert contact[0].top == pytest.approx(geometry.info_top, abs=1.0)
    body = [w for w in page if geometry.subject_top <= w.top < 258]
    assert min(w.left for w in body) == pytest.approx(layout.TEXT_LEFT, abs=0.3)
    assert max(w.right for w in page) <= layout.TEXT_RIGHT + 0.3  # right margin 20 mm
    assert max(w.bottom for w in body) <= 257.5


def test_two_pages_with_page_numbers_and_short_header(tmp_path):
    body = "\n\n".join([PARAGRAPH] * 5)
    path = write(tmp_path, [letter(body=body)])
    assert page_count(path) == 2
    first, second = page_texts(path)
    assert "Seite 1 von 2" in first and "Seite 2 von 2" in second
    assert "Dr. Anna Beispiel · 15. Oktober 2021" in second  # the short header
    assert "Stadt Aachen" not in second  # no address on following pages
    assert "Mit freundlichen Grüßen" in second and "Stefanie Behmer" in second
    header = words(path)[1]
    assert min(w.top for w in header) < 20  # the header at the top of page 2


def test_single_page_letter_has_no_page_number(tmp_path):
    path = write(tmp_path, [letter()])
    assert page_count(path) == 1
    assert "Seite" not in text(path)


def test_english_letter_date_and_labels(tmp_path):
    english = letter(
        language="en",
        salutation="Dear Mayor Beispiel,",
        body="\n\n".join([PARAGRAPH] * 5),
        closing="Yours sincerely",
    )
    path = write(tmp_path, [english])
    first = page_texts(path)[0]
    assert "15 October 2021" in first and "Page 1 of 2" in first
    assert "Date" in first and "Datum" not in first


def test_combined_pdf_pages_add_up(tmp_path):
    long = letter(body="\n\n".join([PARAGRAPH] * 5))
    path = write(tmp_path, [letter(), long, letter()])
    assert page_count(path) == 4
    assert [t.count("Sehr geehrte Frau") for t in page_texts(path)] == [1, 1, 0, 1]


def test_every_font_embedded_and_chinese_renders(tmp_path):
    chinese = letter(
        language="zh",
        salutation="尊敬的刘女士：",
        subject="邀请函：第十届全体大会",
        address=("Frau", "Liu Yi 刘毅", "No. 5 Jiefang Road", "FOSHAN 528000", "CHINA"),
        body="我们诚挚地邀请您参加中德工业城市联盟大会。",
        closing="此致\n敬礼",
    )
    path = write(tmp_path, [chinese, letter()])
    used = fonts(path)
    assert {name.split("+")[-1] for name, _ in used} >= {
        "LiberationSans",
        "LiberationSans-Bold",
        "DroidSansFallback",
    }
    assert all(embedded == "yes" for _, embedded in used), used
    content = text(path)
    for expected in ("尊敬的刘女士：", "Liu Yi 刘毅", "邀请函：第十届全体大会", "2021年10月15日"):
        assert expected in content
    lines = content.splitlines()
    assert lines.index("此致") + 1 == lines.index("敬礼")  # the closing's two lines
    assert "第1页" not in content  # one page each: no page numbers


def test_latin_text_keeps_the_latin_font(tmp_path):
    path = write(tmp_path, [letter()])
    assert {name.split("+")[-1] for name, _ in fonts(path)} == {
        "LiberationSans",
        "LiberationSans-Bold",
    }


def test_markup_characters_print_as_typed(tmp_path):
    tricky = "<b>Müller & Söhne</b> &amp; <i>{{ today }}</i>"
    path = write(
        tmp_path,
        [
            letter(
                address=("Herrn", tricky, "Markt 1", "52062 Aachen"),
                body=f"Firma {tricky} schreibt.",
                subject=tricky,
            )
        ],
    )
    content = text(path)
    assert content.count(tricky) == 3


def test_closing_and_signature_never_torn_apart():
    for lines in range(20, 70):
        rows = flow.letter_rows(
            "Betreff",
            "Sehr geehrte Damen und Herren,",
            "\n".join(["Zeile"] * lines),
            "Mit freundlichen Grüßen",
            "Stefanie Behmer",
            "Ansprechpartnerin",
        )
        pages = flow.paginate(rows, layout.FORM_B.subject_top)
        closing_page = next(
            i
            for i, page in enumerate(pages)
            if any(p.row.text == "Mit freundlichen Grüßen" for p in page)
        )
        assert any(p.row.text == "Ansprechpartnerin" for p in pages[closing_page]), lines
        for page in pages:
            assert page[0].row.text, "a page starts with a blank line"
            assert max(p.baseline for p in page) <= layout.BODY_BOTTOM + 0.01


def test_long_words_and_chinese_text_wrap_inside_the_margin(tmp_path):
    body = "https://isa-portal.de/" + "x" * 200 + "\n\n" + "中德工业城市联盟" * 30
    page = words(write(tmp_path, [letter(body=body)]))[0]
    assert max(w.right for w in page) <= layout.TEXT_RIGHT + 0.3
