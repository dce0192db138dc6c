"""Quick registration: when an answer to an invitation comes in by e-mail, type the name
or paste the address, and Enter marks the person registered (Ctrl+Enter: declined).
Someone not invited yet is put on the list and marked at once."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import quick
from isa_desk.ui.common import errors, saving, style
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.events.event_widgets import status_icon, status_label

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 120
HITS = 8


class QuickField(QLineEdit):
    """Enter answers "registered", Ctrl+Enter "declined"; Up and Down choose the person."""

    answered = Signal(str)
    moved = Signal(int)

    def event(self, event) -> bool:
        # Return belongs to this field, not to the window's "open record" shortcut
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            declined = bool(
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            self.answered.emit("declined" if declined else "registered")
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class QuickRegistration(QGroupBox):
    """The box beside the participant list. `answered(participant_id)` after each answer."""

    answered = Signal(int)

    def __init__(self, db, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(translate("QuickRegistration", "Quick registration"), parent)
        self.setObjectName("quickRegistration")
        self.db = db
        self.today = today
        self.event_id: int | None = None
        self.hits: list[quick.PersonHit] = []

        self.field = QuickField()
        self.field.setObjectName("quickField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(translate("QuickRegistration", "Name or e-mail address"))
        self.field.answered.connect(self.answer)
        self.field.moved.connect(self._move)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.field.textChanged.connect(self.timer.start)

        hint = QLabel(translate("QuickRegistration", "Enter: registered · Ctrl+Enter: declined"))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("quickHits")
        self.list.setIconSize(QSize(12, 12))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        self.list.itemDoubleClicked.connect(lambda _item: self.answer("registered"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.register_button = QPushButton(translate("QuickRegistration", "Registered"))
        self.register_button.setObjectName("quickRegistered")
        self.register_button.setIcon(status_icon("registered"))
        self.register_button.clicked.connect(lambda: self.answer("registered"))
        self.decline_button = QPushButton(translate("QuickRegistration", "Declined"))
        self.decline_button.setObjectName("quickDeclined")
        self.decline_button.setIcon(status_icon("declined"))
        self.decline_button.clicked.connect(lambda: self.answer("declined"))
        self.result = QLabel()
        self.result.setObjectName("quickResult")
        self.result.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self._update_buttons()

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.setEnabled(event_id is not None)
        self.field.clear()
        self.result.clear()
        self.search()

    # finding ---------------------------------------------------------------------------------
    def search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        self.hits = (
            quick.find_people(self.db, self.event_id, text, HITS)
            if text and self.event_id is not None
            else []
        )
        self.list.clear()
        for hit in self.hits:
            self.list.addItem(self._item(hit))
        if self.hits:
            self.list.setCurrentRow(0)
        elif text:
            item = QListWidgetItem(
                translate(
                    "QuickRegistration",
                    "Nobody found. New people are added in the Contacts area first.",
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def _item(self, hit: quick.PersonHit) -> QListWidgetItem:
        name = f"{hit.name} {hit.name_zh}" if hit.name_zh and hit.name_zh != hit.name else hit.name
        where = hit.organisation or hit.email
        if hit.status is None:
            state = translate("QuickRegistration", "not invited yet: will be added")
            icon = style.dot_icon(style.NOT_INVITED, inset=1.5)
        else:
            state = status_label(hit.status)
            icon = status_icon(hit.status)
        item = QListWidgetItem(icon, f"{name}\n{where} · {state}" if where else f"{name}\n{state}")
        item.setToolTip(as_typed(hit.email))
        return item

    def _move(self, step: int) -> None:
        if self.hits:
            row = min(max(self.list.currentRow() + step, 0), len(self.hits) - 1)
            self.list.setCurrentRow(row)

    def current_hit(self) -> quick.PersonHit | None:
        row = self.list.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def _update_buttons(self) -> None:
        chosen = self.current_hit() is not None
        self.register_button.setEnabled(chosen)
        self.decline_button.setEnabled(chosen)

    # answering -------------------------------------------------------------------------------
    def answer(self, status: str) -> bool:
        """Mark the chosen person (the first hit unless another was chosen)."""
        if self.timer.isActive():
            self.search()  # typed fast and pressed Enter: find first
        hit = self.current_hit()
        if hit is None or self.event_id is None:
            return False
        event_id = self.event_id
        try:
            result = saving.in_background(
                self,
                lambda: quick.quick_register(
                    self.db, event_id, hit.contact_id, status, today=self.today
                ),
            )
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("QuickRegistration", "Not changed"))
            return False
        self.result.setText(self._result_text(result))
        self.field.clear()
        self.search()
        self.field.setFocus()
        self.answered.emit(result.participant_id)
        return True

    @staticmethod
    def _result_text(result: quick.QuickResult) -> str:
        status = status_label(result.status)
        if result.previous is None:
            text = translate("QuickRegistration", "{name}: added to the list and {status}.")
        elif result.previous == result.status:
            text = translate("QuickRegistration", "{name} was {status} already.")
        else:
            text = translate("QuickRegistration", "{name}: {status}.")
        color = style.PARTICIPANT_STATUS.get(result.status, style.PLAIN)
        return f'<span style="color:{color}">●</span> ' + html.escape(
            text.format(name=result.name, status=status.lower())
        )
