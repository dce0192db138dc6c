"""Name badges and the attendance list, read back from the PDF with poppler: who is on
them (with Chinese characters), four badges per page, page numbers, embedded fonts."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.documents import attendance, badges
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import events, participants
from tests.core.documents.pdf_text import fonts, needs_poppler, page_count, page_texts, words

pytestmark = needs_poppler


@pytest.fixture
def plenary(demo_db):
    return events.find(demo_db, "10. Plenarversammlung der ISA")


def coming(db, event_id):
    return participants.rows(db, event_id, badges.COMING)


def test_badges_four_per_page_with_chinese_names(demo_db, plenary, tmp_path):
    path = tmp_path / "badges.pdf"
    people = coming(demo_db, plenary.id)
    count, pages = badges.make_badges(demo_db, plenary.id, path)
    assert count == len(people) == 34
    assert pages == page_count(path) == 9  # 34 badges, four to a page
    texts = page_texts(path)
    for number, page in enumerate(texts):
        on_page = people[number * 4 : number * 4 + 4]
        for person in on_page:
            assert person.name in page
            if person.name_zh:
                assert person.name_zh in page
        assert page.count("10. Plenarversammlung der ISA") == len(on_page)
    chinese = [p for p in people if p.name_zh]
    assert chinese and all(p.name_zh in "".join(texts) for p in chinese)
    assert "Foshan 佛山市" in "".join(texts)  # the member city with its Chinese name
    assert "15. Oktober 2021" in texts[0]
    assert all(embedded == "yes" for _name, embedded in fonts(path))


def test_each_badge_stays_inside_its_quarter(demo_db, plenary, tmp_path):
    path = tmp_path / "badges.pdf"
    badges.make_badges(demo_db, plenary.id, path)
    first = coming(demo_db, plenary.id)[:4]
    page = words(path)[0]
    for index, person in enumerate(first):
        left, top = badges.badge_origin(index)
        family = person.family_name
        found = [w for w in page if w.text == family]
        assert any(
            left < w.left
            and w.right < left + badges.BADGE_WIDTH
            and top < w.top
            and w.bottom < top + badges.BADGE_HEIGHT
            for w in found
        ), (family, index)


def test_badges_for_chosen_statuses_and_nobody(demo_db, plenary, tmp_path):
    path = tmp_path / "invited.pdf"
    invited = participants.rows(demo_db, plenary.id, ("invited",))
    count, pages = badges.make_badges(demo_db, plenary.id, path, ("invited",))
    assert (count, pages) == (len(invited), -(-len(invited) // 4))
    empty = events.create(demo_db, {"title": "Leer", "starts_at": dt.datetime(2025, 1, 1, 9)})
    with pytest.raises(IsaDeskError, match="Leer"):
        badges.make_badges(demo_db, empty.id, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_a_long_name_is_made_smaller_or_broken(tmp_path):
    path = tmp_path / "long.pdf"
    long_name = "Prof. Dr. Maximiliane Zu Hohenlohe-Langenburg-Schillingsfürst"
    badge = badges.Badge(long_name, "", "Stadt Ingolstadt", "Ingolstadt 英戈尔施塔特")
    badges.write_badges([badge], path, "Treffen")
    assert "Ingolstadt 英戈尔施塔特" in page_texts(path)[0]
    page = words(path)[0]
    # broken after the hyphen, on two lines, nothing lost
    first, second = (
        next(w for w in page if w.text == t) for t in ("Hohenlohe-", "Langenburg-Schillingsfürst")
    )
    assert second.top > first.bottom
    assert all(w.right < badges.BADGE_WIDTH for w in page)  # nothing runs off the badge


def test_attendance_list_with_page_numbers(demo_db, plenary, tmp_path):
    path = tmp_path / "attendance.pdf"
    people = coming(demo_db, plenary.id)
    count, pages = attendance.make_attendance_list(demo_db, plenary.id, path)
    assert count == 34
    assert pages == page_count(path) == attendance.page_count(34)
    texts = page_texts(path)
    for number, page in enumerate(texts, start=1):
        assert f"Seite {number} von {pages}" in page
        assert "Signature" in page and "Organisation" in page
        assert "10. Plenarversammlung der ISA" in page
    everything = "".join(texts)
    positions = [everything.index(person.name) for person in people]
    assert positions == sorted(positions)  # by family name, as the list service sorts
    assert all(p.name_zh in everything for p in people if p.name_zh)
    assert "9:00 bis 12:00 Uhr" in texts[0]
    # the empty rows for people who come unannounced are numbered on
    assert f"{count + 1}" in texts[-1]


def test_attendance_list_in_english(demo_db, plenary, tmp_path):
    path = tmp_path / "attendance-en.pdf"
    attendance.make_attendance_list(demo_db, plenary.id, path, ("declined",), language="en")
    text = page_texts(path)[0]
    assert "Page 1 of 1" in text and "15 October 2021" in text
