"""The board's closed column gives each closed status the height of its cards and an
empty status only its heading, instead of three equal parts that cut cards off."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from isa_desk.core.services import inquiries
from isa_desk.core.services.inquiries import InquiryQuery
from isa_desk.ui.inquiries.inquiry_board import InquiryBoard, card_height
from tests import DEMO_TODAY


def board_of(qtbot, db) -> InquiryBoard:
    board = InquiryBoard(db)
    qtbot.addWidget(board)
    board.resize(1000, 700)
    board.show()
    board.load(InquiryQuery(today=DEMO_TODAY))
    for _ in range(3):
        QApplication.processEvents()
    return board


def test_closed_statuses_take_the_height_of_their_cards(qtbot, demo_db):
    board = board_of(qtbot, demo_db)
    closed = [status.value for status in inquiries.CLOSED_STATUSES]
    for status in closed:
        column = board.columns[status]
        cards = column.count()
        assert cards >= 1  # the demo data has one inquiry in each closed status
        one = card_height(column.font())
        assert one <= column.height() <= cards * (one + 2) + 4, (status, column.height())
    heights = [board.columns[s].geometry() for s in closed]
    assert heights[0].bottom() < heights[1].top() < heights[2].top()  # stacked, not spread


def test_an_empty_closed_status_shows_only_its_heading(qtbot, db):
    board = board_of(qtbot, db)
    for status in inquiries.CLOSED_STATUSES:
        assert not board.columns[status.value].isVisible()
        assert board.headers[status.value].isVisible()
