"""The lower half of the events area: the chosen event (title, when, where, deadline),
what can be done with it (invite, set status, letters, badges, attendance list, Excel),
its participant list filtered by status, and the quick registration box."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.documents.attendance import make_attendance_list
from isa_desk.core.documents.badges import COMING, make_badges
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import events
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.events import EventRow
from isa_desk.ui.common import display, errors, style
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.events import event_widgets
from isa_desk.ui.events.event_widgets import deadline_text, when_text
from isa_desk.ui.events.participants_view import ParticipantsList
from isa_desk.ui.events.quick_registration import QuickRegistration

translate = QCoreApplication.translate
PDF_FOLDER_KEY = "event_pdfs"


class EventPanel(QWidget):
    """Everything about one event; `changed` after participants changed."""

    changed = Signal()
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        db,
        settings,
        undo_stack=None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.today = today
        self.row: EventRow | None = None
        self.contacts_source = None  # callable: (selected ids, ListQuery) of the Contacts list

        self.title = plain_label(objectName="eventTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="eventDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)  # the place in it is escaped
        self.participants = ParticipantsList(db, settings, undo_stack, today=today)
        self.participants.statusesChanged.connect(self._participants_changed)
        self.quick = QuickRegistration(db, today=today)
        self.quick.setFixedWidth(260)
        self.quick.answered.connect(self._answered)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.participants, 1)
        body.addWidget(self.quick)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.details)
        column.addLayout(self._commands())
        column.addLayout(body, 1)
        self.empty = QLabel(
            translate("EventPanel", "Choose an event above, or make a new one with Ctrl+N.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self.show_event(None)

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _commands(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.invite_button = self._button(
            "inviteButton",
            translate("EventPanel", "Invite…"),
            translate(
                "EventPanel",
                "Invite the contacts of a tag, of members, or chosen in the Contacts list",
            ),
            self.invite,
        )
        self.status_button = QPushButton(translate("EventPanel", "Set status"))
        self.status_button.setObjectName("statusButton")
        self.status_button.setMenu(self.participants.status_menu)
        self.letters_button = self._button(
            "lettersButton",
            translate("EventPanel", "Letters…"),
            translate(
                "EventPanel",
                "Invitation letters for the participants (the status "
                "chosen below, or invited and registered)",
            ),
            self.letters,
        )
        self.badges_button = self._button(
            "badgesButton",
            translate("EventPanel", "Name badges…"),
            translate(
                "EventPanel",
                "Name badges as PDF, four per A4 page, for the status "
                "chosen below (or registered and attended)",
            ),
            self.badges,
        )
        self.attendance_button = self._button(
            "attendanceButton",
            translate("EventPanel", "Attendance list…"),
            translate("EventPanel", "The list to sign on the day, as PDF"),
            self.attendance,
        )
        self.export_button = self._button(
            "exportButton",
            translate("EventPanel", "Export to Excel…"),
            translate(
                "EventPanel", "The participants (of the status chosen below) as an Excel workbook"
            ),
            self.export,
        )
        for widget in (self.invite_button, self.status_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (
            self.letters_button,
            self.badges_button,
            self.attendance_button,
            self.export_button,
        ):
            row.addWidget(widget)
        return row

    # showing ---------------------------------------------------------------------------------
    def event_id(self) -> int | None:
        return self.row.id if self.row is not None else None

    def show_event(self, event_id: int | None) -> None:
        try:
            self.row = events.row(self.db, event_id) if event_id is not None else None
        except IsaDeskError:
            self.row = None
        self.pages.setCurrentIndex(0 if self.row is None else 1)
        self.participants.set_event(self.event_id())
        self.quick.set_event(self.event_id())
        self._show_header()

    def refresh(self) -> None:
        """The event's counts and header again (after a change anywhere)."""
        if self.row is not None:
            self.show_event_row()
            self.participants.reload()

    def show_event_row(self) -> None:
        try:
            self.row = events.row(self.db, self.row.id)
        except IsaDeskError:
            self.show_event(None)
            return
        self._show_header()

    def _show_header(self) -> None:
        row = self.row
        if row is None:
            self.participants.show_counts({})
            return
        self.title.setText(row.title)
        today = self.today or dt.date.today()
        parts = [when_text(row.starts_at, row.ends_at)]
        if row.place:
            parts.append(row.place)
        text = " · ".join(html.escape(p) for p in parts)
        deadline = deadline_text(row.registration_deadline, today)
        if deadline:
            near = (
                row.deadline_in(today) is not None
                and row.deadline_in(today) <= events.DEADLINE_NEAR_DAYS
            )
            color = style.DEADLINE_NEAR if near else style.DEADLINE_PASSED
            weight = "bold" if near else "normal"
            text += (
                f' · <span style="color:{color}; font-weight:{weight}">'
                f"{html.escape(deadline)}</span>"
            )
        self.details.setText(text)
        self.participants.show_counts(row.counts())

    def _participants_changed(self) -> None:
        self.show_event_row()
        self.changed.emit()

    def _answered(self, participant_id: int) -> None:
        self.participants.reload()
        self.participants.select_ids([participant_id], participant_id)
        self._participants_changed()

    def chosen_statuses(self, default: tuple[str, ...]) -> tuple[str, ...]:
        """The status the list is filtered to, else `default`."""
        chosen = self.participants.status_filter
        return (chosen,) if chosen else default

    # commands --------------------------------------------------------------------------------
    def invite(self) -> bool:
        from isa_desk.ui.events.invite_dialog import InviteDialog, result_text

        if self.row is None:
            return False
        selected, query = self.contacts_source() if self.contacts_source else ([], None)
        dialog = InviteDialog(
            self, self.db, self.row.id, self.row.title, selected, query, today=self.today
        )
        try:
            dialog.exec()
            result = dialog.result
        finally:
            dialog.deleteLater()
        if result is None:
            return False
        self.participants.reload()
        self._participants_changed()
        self.message.emit(result_text(result))
        return True

    def letters(self) -> None:
        from isa_desk.ui.letters.letters_dialog import LettersDialog

        if self.row is None:
            return
        dialog = LettersDialog(self.db, self, event_id=self.row.id)
        chosen = self.participants.status_filter
        if chosen:
            for status, check in dialog.statuses.items():
                check.setChecked(status == chosen)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()  # the letters run records the invitations
        self.changed.emit()

    def _pdf_path(self, title: str, stem: str) -> Path | None:
        folder = Path(self.settings.last_folder(PDF_FOLDER_KEY))
        suggested = folder / f"{stem} – {self.row.title}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(suggested), translate("EventPanel", "PDF files (*.pdf)")
        )
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.set_last_folder(PDF_FOLDER_KEY, path.parent)
        return path

    def _make_pdf(self, maker, title: str, stem: str, done) -> Path | None:
        """`done(people, pages)` says what was written, before ": {path}"."""
        if self.row is None:
            return None
        path = self._pdf_path(title, stem)
        if path is None:
            return None
        statuses = self.chosen_statuses(COMING)
        try:
            people, pages = maker(self.db, self.row.id, path, statuses, display.current_language())
        except (IsaDeskError, OSError) as error:
            errors.show_message(self, str(error), title)
            return None
        self.message.emit(f"{done(people, self._pages(pages))}: {path}")
        event_widgets.open_file(path)
        return path

    def badges(self) -> Path | None:
        return self._make_pdf(
            make_badges,
            translate("EventPanel", "Name badges"),
            translate("EventPanel", "Name badges"),
            lambda people, pages: translate(
                "EventPanel", "%n name badges on {pages}", None, people
            ).format(pages=pages),
        )

    @staticmethod
    def _pages(count: int) -> str:
        return translate("EventPanel", "%n pages", None, count)

    def attendance(self) -> Path | None:
        return self._make_pdf(
            make_attendance_list,
            translate("EventPanel", "Attendance list"),
            translate("EventPanel", "Attendance list"),
            lambda people, pages: translate(
                "EventPanel", "Attendance list of %n people on {pages}", None, people
            ).format(pages=pages),
        )

    def export(self) -> Path | None:
        from isa_desk.core.exchange.exporting.rows import Selection
        from isa_desk.ui.exchange.export_action import export_list

        if self.row is None:
            return None
        query = ListQuery(status=self.participants.status_filter)
        return export_list(
            self, self.db, self.settings, "participants", Selection(query, None, self.row.id)
        )
