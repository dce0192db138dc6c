"""The participant list of the chosen event: a status bar of buttons with counts (all,
invited, registered, ...), a search, and the shared list machinery (sorting in the
database, columns, copy). Statuses change from the context menu or the event area's
buttons; a double click opens the participant."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMenu,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from isa_desk.core.db.models import Language, ParticipantStatus
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import participants
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.participants import EventParticipants
from isa_desk.ui.common import display, errors
from isa_desk.ui.common.deleting import ask_then_delete
from isa_desk.ui.common.list_view import ListArea
from isa_desk.ui.common.table_model import CENTER, RIGHT, Column, RecordTableModel
from isa_desk.ui.events.event_widgets import status_icon, status_label

translate = QCoreApplication.translate


def _interpreting(code: str) -> str:
    return labels.label(Language, code)


def _count(value: int) -> str:
    return str(value) if value else ""


COLUMNS = [
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), 120, format=status_label),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 200),
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name"), 105),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), 230),
    Column("member", QT_TRANSLATE_NOOP("Columns", "Member"), 120),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), 210, visible=False),
    Column(
        "registered_on",
        QT_TRANSLATE_NOOP("Columns", "Registered on"),
        105,
        format=display.date_text,
    ),
    Column(
        "accompanying", QT_TRANSLATE_NOOP("Columns", "Accompanying"), 95, align=RIGHT, format=_count
    ),
    Column(
        "interpreting_language",
        QT_TRANSLATE_NOOP("Columns", "Interpreting"),
        90,
        align=CENTER,
        format=_interpreting,
    ),
    Column(
        "invited_on",
        QT_TRANSLATE_NOOP("Columns", "Invited on"),
        100,
        format=display.date_text,
        visible=False,
    ),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), 220),
]


class StatusDelegate(QStyledItemDelegate):
    """A coloured dot before the status."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        row = index.data(RecordTableModel.RowRole)
        if row is not None and index.column() == 0:
            option.icon = status_icon(row.status)
            option.decorationSize = QSize(12, 12)
            option.features |= option.ViewItemFeature.HasDecoration


class ParticipantsList(ListArea):
    """The participants of one event (`set_event`); empty while no event is chosen."""

    key = "participants"
    kind = "participant"
    default_sort = "name"

    statusesChanged = Signal()  # a status changed, someone was added or removed

    def __init__(
        self,
        db,
        settings,
        undo_stack=None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        self.bound = EventParticipants(None)
        self.today = today
        self.status_filter: str | None = None
        super().__init__(db, settings, undo_stack, parent)
        self.table.setItemDelegateForColumn(0, StatusDelegate(self.table))
        self.layout().setContentsMargins(0, 0, 0, 0)
        self._build_status_buttons()

    # configuration ---------------------------------------------------------------------------
    def service(self) -> ModuleType:
        return self.bound

    def columns(self) -> list[Column]:
        return COLUMNS

    def placeholder(self) -> str:
        return translate("Participants", "Search participants: name, e-mail, organisation …")

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return translate("Participants", "{shown} of {total} participants").format(
                shown=shown, total=total
            )
        return translate("Participants", "%n participants", None, total)

    def can_edit(self) -> bool:
        return self.bound.event_id is not None

    def can_delete(self) -> bool:
        return True

    def _build_status_buttons(self) -> None:
        """All / Invited / Registered / ...: exclusive buttons with their counts."""
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[str | None, QToolButton] = {}
        # a row of their own above the search: in every language the panel fits 1280 pixels
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.layout().insertLayout(0, bar)
        for position, status in enumerate([None, *(s.value for s in ParticipantStatus)]):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"status_{status or 'all'}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if status is not None:
                button.setIcon(status_icon(status))
            button.clicked.connect(lambda _c=False, s=status: self.set_status_filter(s))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            bar.insertWidget(position, button)
        self.status_buttons[None].setChecked(True)
        # the status buttons are the filters: "All" is the way back, no reset button needed
        self.filter_bar.reset_button.hide()
        self.filter_bar.search.setMinimumWidth(110)
        bar.addStretch(1)
        self.show_counts({})

    def show_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        self.status_buttons[None].setText(
            translate("Participants", "All {count}").format(count=total)
        )
        for status, button in self.status_buttons.items():
            if status is not None:
                button.setText(f"{status_label(status)} {counts.get(status, 0)}")

    def build_actions(self) -> list[QAction | None]:
        self.status_menu = QMenu(translate("Participants", "Set status"), self)
        self.status_actions: dict[str, QAction] = {}
        for status in ParticipantStatus:
            action = self.status_menu.addAction(status_icon(status), status_label(status))
            action.triggered.connect(lambda _c=False, s=status.value: self.set_status(s))
            self.status_actions[status.value] = action
        self.open_action = QAction(translate("Participants", "Edit participant…"), self)
        self.open_action.triggered.connect(self.open_current)
        self.remove_action = QAction(translate("Participants", "Remove from the event…"), self)
        self.remove_action.triggered.connect(self.delete_selected)
        return [self.open_action, self.status_menu.menuAction(), None, self.remove_action]

    def update_actions(self) -> None:
        chosen = bool(self.selected_ids())
        self.status_menu.setEnabled(chosen)
        self.open_action.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    # the event -------------------------------------------------------------------------------
    def event_id(self) -> int | None:
        return self.bound.event_id

    def set_event(self, event_id: int | None) -> None:
        if event_id == self.bound.event_id and self.model.is_loaded():
            return
        self.bound = EventParticipants(event_id)
        self.model.service = self.bound
        self.filter_bar.search.clear()
        self.set_status_filter(None)

    def set_status_filter(self, status: str | None) -> None:
        self.status_filter = status
        self.status_buttons[status].setChecked(True)
        self.apply_filters()

    def query(self) -> ListQuery:
        current = self.model.query
        return ListQuery(
            text=self.filter_bar.text(),
            status=self.status_filter,
            sort=current.sort,
            descending=current.descending,
        )

    def row_objects(self) -> list:
        return [self.model.row_object(n) for n in range(self.model.rowCount())]

    # commands --------------------------------------------------------------------------------
    def open_record(
        self, record_id: int | None, initial: dict | None = None, kind: str | None = None
    ) -> int | None:
        from isa_desk.ui.events.participant_dialog import ParticipantDialog

        if record_id is None:
            return None
        try:
            dialog = ParticipantDialog(self, self.db, record_id, today=self.today)
        except IsaDeskError as error:
            errors.show_message(self, str(error))
            self.changed()
            return None
        try:
            dialog.exec()
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved:
            self.changed(record_id)
        return record_id if saved else None

    def new_record(self, initial: dict | None = None) -> int | None:
        return None

    def set_status(self, status: str, ids: list[int] | None = None) -> bool:
        """Give the selected participants (or `ids`) a status; a refusal is shown."""
        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return False
        try:
            participants.set_status(self.db, ids, status, today=self.today)
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("Participants", "Status not changed"))
            return False
        self.changed(ids[0] if len(ids) == 1 else None, keep=ids)
        return True

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        people = len(ids)  # a plain name: see core.i18n
        question = translate(
            "Participants",
            "Take %n people off the list of this event? Their contact records stay.",
            None,
            people,
        )
        title = translate("Participants", "Remove from the event")
        remove = lambda: participants.remove(self.db, ids)  # noqa: E731
        if not ask_then_delete(self, question, remove, self.undo_stack, title):
            return False
        self.changed()
        return True

    def changed(self, select_id: int | None = None, keep: list[int] | None = None) -> None:
        """Reload after a change here; the event area updates its counts."""
        self.reload()
        if keep:
            self.select_ids(keep, select_id)
        elif select_id is not None:
            self.select_ids([select_id], select_id)
        self.statusesChanged.emit()
        self.recordsChanged.emit()
