"""The built-in Chinese invitation rendered to PDF and read back: the Chinese letter form
(salutation, 您好！, paragraphs two characters in, 此致 / 敬礼！, sender and date at the right),
dates in Chinese, every glyph in an embedded font, the address in Chinese order when the
sender chooses so, and the DIN 5008 geometry unchanged."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from isa_desk.core.documents import fonts as letter_fonts
from isa_desk.core.documents.letters import layout, mailing, recipients, templates
from tests.core.documents.letters.three_languages import EVENT, TODAY, add_people
from tests.core.documents.pdf_text import MM, fonts, line_of, needs_poppler, run, text, words

pytestmark = needs_poppler

INDENT = 2 * layout.FONT_SIZE / MM  # two full-width characters, in mm


@pytest.fixture
def people(db):
    return add_people(db)


def chinese_letter(db, people, tmp_path, chinese_order=False, name="liu.pdf"):
    selection = recipients.Selection(contact_ids=(people.liu,), event=EVENT)
    plan = mailing.prepare(db, "yaoqing", selection, TODAY, chinese_order=chinese_order)
    path = tmp_path / name
    mailing.produce(db, plan, path)
    return path, plan


def layout_text(path) -> str:
    return run("pdftotext", "-enc", "UTF-8", "-layout", str(path), "-")


def test_the_chinese_letter_form(db, people, tmp_path):
    path, _plan = chinese_letter(db, people, tmp_path)
    lines = layout_text(path).splitlines()

    def line(start: str) -> str:
        return next(row for row in lines if row.strip().startswith(start))

    for expected in ("尊敬的刘女士：", "您好！", "此致", "敬礼！", "2027年3月18日 14:00–17:30"):
        assert any(expected in row for row in lines), expected
    assert "邀请函：11. Plenarversammlung der ISA（2027年3月18日）" in layout_text(path)
    assert "敬请于2027年3月1日前" in text(path)  # the deadline in Chinese too
    # the indents show as leading spaces: 您好！ and 此致 two characters in, the rest not
    margin = len(line("尊敬的刘女士：")) - len(line("尊敬的刘女士：").lstrip())
    assert len(line("您好！")) - len(line("您好！").lstrip()) > margin
    assert len(line("此致")) - len(line("此致").lstrip()) > margin
    assert len(line("敬礼！")) - len(line("敬礼！").lstrip()) == margin
    # and exactly, by position: the margin at 25 mm, the indent two characters
    page = words(path)[0]
    left = {w.text: w.left for w in page}
    assert left["尊敬的刘女士："] == pytest.approx(layout.TEXT_LEFT, abs=0.3)
    assert left["敬礼！"] == pytest.approx(layout.TEXT_LEFT, abs=0.3)
    for indented in ("您好！", "此致", "时间：2027年3月18日"):
        assert left[indented] == pytest.approx(layout.TEXT_LEFT + INDENT, abs=0.3), indented
    # a paragraph's second line goes back to the margin
    wrapped = line_of(page, "以及是否需要翻译。")
    assert wrapped[0].left == pytest.approx(layout.TEXT_LEFT, abs=0.3)
    # sender, organisation and date below 敬礼！, flush right; the date in Chinese
    closing = next(w for w in page if w.text == "敬礼！")
    ending = [w for w in page if closing.bottom < w.top < layout.FOOTER_TOP - 5]
    assert [w.text for w in ending] == [
        "Stefanie",
        "Behmer",
        "中德工业城市联盟德国联络处",
        "2027年2月15日",
    ]
    for word in ending[1:]:
        assert word.right == pytest.approx(layout.TEXT_RIGHT, abs=0.3), word
    assert not any(w.text == "日期" for w in page)  # the date is not in the info block


def test_every_character_has_a_glyph_in_an_embedded_font(db, people, tmp_path):
    path, plan = chinese_letter(db, people, tmp_path)
    used = fonts(path)
    assert "DroidSansFallback" in {name.split("+")[-1] for name, _ in used}
    assert all(embedded == "yes" for _, embedded in used), used
    letter = plan.letter(plan.contacts[0])
    written = "".join(
        (letter.salutation, letter.subject, letter.body, letter.closing, *letter.address)
    )
    letter_fonts.register()
    missing = {
        char
        for char in written
        if not char.isspace()
        and ord(char) not in letter_fonts._latin_chars
        and ord(char) not in letter_fonts._cjk_chars
    }
    assert missing == set()
    # what was drawn reads back as written (no box or question mark for a missing glyph)
    read = "".join(text(path).split())
    for part in (letter.salutation, *letter.body.split("\n"), *letter.closing.split("\n")):
        assert "".join(part.split()) in read, part


def test_chinese_address_order_is_the_senders_choice(db, people, tmp_path):
    path, _plan = chinese_letter(db, people, tmp_path, chinese_order=True)
    page = words(path)[0]
    field = layout.FORM_B
    block = sorted(
        (w for w in page if field.upper_zone_bottom <= w.top and w.bottom <= field.field_bottom),
        key=lambda w: (w.top, w.left),
    )
    lines: list[list] = []
    for word in block:  # Latin and Chinese glyphs of one line differ a little in height
        if lines and abs(word.top - lines[-1][0].top) < 1.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    assert [" ".join(w.text for w in sorted(line, key=lambda w: w.left)) for line in lines] == [
        "中国广东省佛山市 528000",
        "禅城区岭南大道北12号",
        "佛山市人民政府",
        "刘毅女士 收",
        "CHINA",
    ]
    assert all(w.left >= layout.TEXT_LEFT - 0.3 and w.right <= 105 for w in block)
    # without the choice: the DIN 5008 block, in Latin script, the country last
    path, _plan = chinese_letter(db, people, tmp_path, name="latin.pdf")
    content = text(path)
    for expected in ("Frau\nLiu Yi\nVolksregierung der Stadt Foshan\n", "FOSHAN 528000\nCHINA"):
        assert expected in content
    assert "中国广东省" not in content


def test_the_chinese_template_has_the_fields_of_the_invitations():
    from isa_desk.core.documents.letters import merge

    def used(key):
        return set(merge.fields_used(*merge.template_texts(_Template(templates.BUILTINS[key]))))

    assert used("yaoqing") == used("invitation")
    assert templates.family("yaoqing") == ("einladung", "invitation", "yaoqing")
    assert templates.BUILTINS["yaoqing"]["closing"] == "此致\n敬礼！"


class _Template:
    def __init__(self, values):
        self.__dict__.update(values)


def test_the_indent_shows_on_the_page_image(db, people, tmp_path):
    """The page as the office sees it (pdftoppm at 80 dpi): the ink of 您好！ and 此致 begins two
    characters right of the ink of the salutation and of 敬礼！."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    from PIL import Image

    path, _plan = chinese_letter(db, people, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(path), str(tmp_path / "liu")], check=True)
    page = Image.open(tmp_path / "liu-1.png").convert("L")
    pixels_per_mm = page.width / layout.PAGE_WIDTH
    found = {w.text: w for w in words(path)[0]}

    def ink_left(text: str) -> float:
        """mm from the page's left edge to the first dark pixel of the line of `text`."""
        word = found[text]
        top, bottom = round(word.top * pixels_per_mm), round(word.bottom * pixels_per_mm)
        band = page.crop((0, top, round(100 * pixels_per_mm), bottom))
        columns = [
            x
            for x in range(band.width)
            if min(band.getpixel((x, y)) for y in range(band.height)) < 128
        ]
        return columns[0] / pixels_per_mm

    margin = ink_left("尊敬的刘女士：")
    assert margin == pytest.approx(layout.TEXT_LEFT, abs=1.0)
    assert ink_left("敬礼！") == pytest.approx(margin, abs=0.7)
    for indented in ("您好！", "此致"):
        assert ink_left(indented) - margin == pytest.approx(INDENT, abs=0.7), indented


def test_dates_in_chinese_letters_are_the_long_form_of_babel():
    import datetime as dt

    from babel.dates import format_date

    from isa_desk.core.documents.wording import date_in_words

    for day in (dt.date(2027, 3, 18), dt.date(2021, 10, 15)):
        assert date_in_words(day, "zh") == format_date(day, "long", locale="zh")
