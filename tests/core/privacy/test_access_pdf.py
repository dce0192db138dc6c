"""The access export as a PDF, read back with pdftotext: every section with its data, the
contact's language for a Chinese reader, long texts wrapped over pages."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from isa_desk.core import i18n
from isa_desk.core.db.models import Contact
from isa_desk.core.privacy import access
from tests.core.documents.pdf_text import fonts, needs_poppler, page_count, text
from tests.core.privacy.test_access import person_with_everything

pytestmark = needs_poppler


def flat(pdf) -> str:
    """The PDF's text with line breaks as spaces (a wrapped value reads as one)."""
    return " ".join(text(pdf).split())


def test_every_section_and_its_data_is_in_the_pdf(db, tmp_path):
    i18n.set_translator(lambda context, text, *more: text, "en")
    person = person_with_everything(db)
    written = flat(access.write_export(db, person.contact, tmp_path / "Auskunft.pdf"))
    assert "Information about the data we hold about you" in written
    assert "For: Anna Müller" in written
    for heading in (
        "Your contact record",
        "Your organisation",
        "Member city or region",
        "Lists and tags",
        "Your consents",
        "Notes, calls, e-mails and meetings",
        "Letters",
        "Membership inquiries",
        "Events",
        "E-mails sent to you",
        "Imports from lists",
        "Decisions about possible duplicates",
        "History of changes",
    ):
        assert heading in written, heading
    for value in (
        "anna.mueller@example.org",
        "Prefers calls in the morning.",
        "Kreisverwaltung Düren",
        "迪伦县",
        "Plenarversammlung",
        "Newsletter",
        "02/05/2024",  # an English reader's date
        "Called about the forum",
        "Einladung zum Städteforum",
        "Asks about joining in 2027",
        "Städteforum 2026",
        "Einladung Städteforum",
        "Teilnehmer.xlsx",
        "Town: Jülich",  # the value the import replaced
        "Purpose: Press list",  # the withdrawn consent, in the history
        "PKS Kommunikations- und Strategieberatung GmbH",  # the office, from the settings
        "Page 1 of",
    ):
        assert value in written, value
    assert "Stranger's note" not in written


ZH = {
    "Information about the data we hold about you": "关于我们保存的您的数据的说明",
    "Your contact record": "您的联系人记录",
    "History of changes": "更改记录",
    "Female": "女",
}


@pytest.fixture
def chinese_catalogue():
    """The program in English; a Chinese catalogue when the export asks for one."""
    i18n.set_translator(lambda context, text, *more: text, "en")
    i18n.set_catalogue_loader(
        lambda language: (
            (lambda context, text, *more: ZH.get(text, text)) if language == "zh" else None
        )
    )
    yield
    i18n.set_catalogue_loader(None)


def test_a_chinese_readers_pdf_is_in_chinese(db, tmp_path, chinese_catalogue):
    person = person_with_everything(db, language="zh")
    pdf = access.write_export(db, person.contact, tmp_path / "zh.pdf")
    written = flat(pdf)
    for heading in ZH.values():
        assert heading in written, heading
    assert "第1页" in written  # the page number in the reader's language
    used = fonts(pdf)
    assert ("AAAAAA+DroidSansFallback", "yes") in used
    assert all(embedded == "yes" for _name, embedded in used)
    assert i18n.language() == "en"
    assert i18n.translate("Privacy", "History of changes") == "History of changes"


def test_long_texts_wrap_and_run_over_pages(db, tmp_path):
    person = person_with_everything(db)
    long_note = " ".join(f"word{number}" for number in range(1500)) + " THE-END"
    address = "https://example.org/" + "a" * 170  # within the column's 200
    with db.transaction() as session:
        session.execute(
            update(Contact)
            .where(Contact.id == person.contact)
            .values(notes=long_note, department="长" * 150, salutation_override=address)
        )
    pdf = access.write_export(db, person.contact, tmp_path / "long.pdf")
    written = flat(pdf)
    assert "word0 word1" in written and "THE-END" in written
    assert "长" * 20 in written.replace(" ", "")
    assert page_count(pdf) > 3
