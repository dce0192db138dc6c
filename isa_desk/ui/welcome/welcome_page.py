"""The first-start page: what a new, empty database offers instead of a page of zeros.

Four ways to begin (a member, a contact, a list from Excel, the demo data) and where the
data is kept. The page only asks for them through its signals; `welcome.attach` shows
it in the overview while the database is empty and connects it to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate

COLUMN_WIDTH = 760  # wide enough for two choices side by side, narrow enough to read
# each choice a card, as the overview's tiles
CHOICE_STYLE = """
QCommandLinkButton { background: palette(base); border: 1px solid palette(midlight);
                     border-radius: 6px; padding: 10px; }
QCommandLinkButton:hover { border-color: palette(highlight); }
"""


class WelcomePage(QWidget):
    """The page; `set_location` names the database it welcomes to."""

    newMemberRequested = Signal()
    newContactRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self._heading())
        column.addWidget(
            _label(
                translate(
                    "Welcome",
                    "This database is still empty. Start with one of these; everything can "
                    "be changed later.",
                ),
                muted=True,
            )
        )
        column.addLayout(self._choices())
        column.addWidget(_line())
        column.addLayout(self._location())
        column.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_WIDTH)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    def _heading(self) -> QLabel:
        heading = _label(translate("Welcome", "Welcome to ISA Desk"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _choices(self) -> QGridLayout:
        choices = [
            (
                "newMemberButton",
                translate("Welcome", "New member"),
                translate("Welcome", "A member city, district or region of the alliance."),
                self.newMemberRequested,
            ),
            (
                "newContactButton",
                translate("Welcome", "New contact"),
                translate("Welcome", "A person the office writes to or calls."),
                self.newContactRequested,
            ),
            (
                "importButton",
                translate("Welcome", "Import a list…"),
                translate("Welcome", "Members or contacts from an Excel workbook or CSV file."),
                self.importRequested,
            ),
            (
                "demoButton",
                translate("Welcome", "Open the demo data"),
                translate(
                    "Welcome",
                    "A separate database with the alliance's members and made-up contacts, "
                    "to try everything out. This database stays as it is.",
                ),
                self.demoRequested,
            ),
        ]
        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for number, (name, title, description, signal) in enumerate(choices):
            button = QCommandLinkButton(title, description)
            button.setObjectName(name)
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)  # as high as its text needs at the width it gets
            button.setSizePolicy(policy)
            button.setStyleSheet(CHOICE_STYLE)
            button.clicked.connect(lambda _checked=False, s=signal: s.emit())
            grid.addWidget(button, number // 2, number % 2)
            self.buttons[name] = button
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _location(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        title = _label(translate("Welcome", "Where the data lives"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.location = _label("")
        self.location.setObjectName("welcomeLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = _label(
            translate(
                "Welcome",
                "Everything you enter is saved in this one file at once. ISA Desk makes a "
                "backup of it every day (File › Backups…); File › Open database… opens "
                "another one.",
            ),
            muted=True,
        )
        for widget in (title, self.location, hint):
            box.addWidget(widget)
        return box

    def set_location(self, location: str) -> None:
        self.location.setText(location)


def _label(text: str, muted: bool = False) -> QLabel:
    label = plain_label(text)  # a path or a name is never markup
    label.setWordWrap(True)
    if muted:
        label.setStyleSheet(f"color: {style.MUTED};")
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
