"""Edit › Find duplicates…: every pair of contacts that may be one person stored twice,
searched in the background, to merge or to mark as two people (remembered: the pair does
not come again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import duplicate_finder
from isa_desk.core.services.duplicate_finder import Pair
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp, show_failure
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.records import record_actions

translate = QCoreApplication.translate

SETTINGS_NAME = "duplicates"  # where the dialog's size is remembered
# columns: each side's name, organisation and e-mail, then why and how sure
WIDTHS = (170, 170, 180, 170, 170, 180, 250, 80)
SCORE = 7


def headers() -> list[str]:
    return [
        translate("Duplicates", "First contact"),
        translate("Duplicates", "Organisation"),
        translate("Duplicates", "E-mail"),
        translate("Duplicates", "Second contact"),
        translate("Duplicates", "Organisation"),
        translate("Duplicates", "E-mail"),
        translate("Duplicates", "Why"),
        translate("Duplicates", "Similarity"),
    ]


def row_texts(pair: Pair) -> list[str]:
    first, second = pair.first, pair.second
    texts = [first.name, first.organisation, first.email]
    texts += [second.name, second.organisation, second.email]
    return texts + [pair.text(), f"{round(pair.score)} %"]


class DuplicatesDialog(QDialog):
    """The review list of possible duplicates with Merge…, Not a duplicate and Close."""

    changed = Signal()  # contacts were merged: lists showing them are out of date

    def __init__(self, parent: QWidget | None, db: Database, settings=None):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.pairs: list[Pair] = []
        self.op: BackgroundOp | None = None
        self._started = False
        self.setWindowTitle(translate("Duplicates", "Find duplicates"))
        intro = QLabel(
            translate(
                "Duplicates",
                "Contacts that may be one person stored twice: the same e-mail address, the "
                "same phone number and a similar name, or a very similar name at the same "
                "organisation, member or town. Merge a pair into one contact, or mark it as "
                "two people so that it does not come again.",
            )
        )
        intro.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("status")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(translate("Duplicates", "Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.stop)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress, 1)
        status_row.addWidget(self.stop_button)

        self.table = self._make_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self._button(buttons, translate("Duplicates", "Merge…"), "merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.apart_button = self._button(
            buttons, translate("Duplicates", "Not a duplicate"), "notDuplicate"
        )
        self.apart_button.clicked.connect(self.mark_selected)
        self.search_button = self._button(
            buttons, translate("Duplicates", "Search again"), "search"
        )
        self.search_button.clicked.connect(self.search)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._restore_size()
        self._show_idle()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(WIDTHS), self)
        table.setObjectName("pairs")
        table.setHorizontalHeaderLabels(headers())
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemActivated.connect(lambda *_: self.merge_selected())
        return table

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # --- size -------------------------------------------------------------------------

    def _restore_size(self) -> None:
        geometry = self.settings.dialog_geometry(SETTINGS_NAME) if self.settings else None
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 620)

    def done(self, result: int) -> None:
        """Closing stops a search still running (and waits for it: its answer would go
        to a dialog that is gone) and remembers the size."""
        if self.op is not None and self.op.running:
            self.op.cancel()
            self.op.wait()
        if self.settings is not None:
            self.settings.set_dialog_geometry(SETTINGS_NAME, self.saveGeometry())
        super().done(result)

    # --- searching --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first time it is shown: the window is drawn first
            self._started = True
            QTimer.singleShot(0, self.search)

    def search(self) -> None:
        if self.op is not None and self.op.running:
            return
        self.pairs = []
        self._fill()
        self.status.setText(translate("Duplicates", "Comparing the contacts…"))
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.search_button.setEnabled(False)
        db = self.db
        self.op = BackgroundOp(
            self,
            lambda progress: duplicate_finder.find_pairs(db, progress),
            success=self._found,
            failure=self._failed,
            cancelled=self._stopped,
        )
        self.op.with_progress(bar=self.progress).run_in_background()

    def stop(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def searching(self) -> bool:
        return self.op is not None and self.op.running

    def _found(self, pairs: list[Pair]) -> None:
        self.pairs = pairs
        self._fill()
        self._show_idle()

    def _failed(self, error: BaseException) -> None:
        self._show_idle()
        show_failure(self, error)

    def _stopped(self) -> None:
        self._show_idle(translate("Duplicates", "Search stopped."))

    def _show_idle(self, text: str | None = None) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.search_button.setEnabled(True)
        if text is None and self.op is not None:
            text = self._count_text()
        self.status.setText(text or "")

    def _count_text(self) -> str:
        count = len(self.pairs)
        if not count:
            return translate("Duplicates", "No possible duplicates found.")
        return translate("Duplicates", "%n possible duplicates", None, count)

    # --- the list ---------------------------------------------------------------------

    def _fill(self, select_row: int = 0) -> None:
        self.table.setRowCount(len(self.pairs))
        for y, pair in enumerate(self.pairs):
            for x, text in enumerate(row_texts(pair)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long name or address cut off in its column
                if x == SCORE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(y, x, item)
        if self.pairs:
            self.table.selectRow(min(select_row, len(self.pairs) - 1))
        self._update_buttons()

    def selected(self) -> Pair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    def _without(self, pair: Pair, gone: int | None = None) -> None:
        """The list without `pair`, and without every pair of the contact `gone`."""
        row = self.pairs.index(pair)
        self.pairs = [
            p for p in self.pairs if p is not pair and gone not in (p.first.id, p.second.id)
        ]
        self._fill(row)
        if not self.searching():
            self.status.setText(self._count_text())

    # --- actions ----------------------------------------------------------------------

    def merge_selected(self) -> int | None:
        """Merge the selected pair in the merge dialog; the id of the contact kept."""
        pair = self.selected()
        if pair is None:
            return None
        kept = record_actions.merge_contacts(self, self.db, [pair.first.id, pair.second.id])
        if kept is None:
            return None
        self._without(pair, pair.second.id if kept == pair.first.id else pair.first.id)
        self.changed.emit()
        return kept

    def mark_selected(self) -> bool:
        """Remember that the selected pair are two people."""
        pair = self.selected()
        if pair is None:
            return False
        try:
            duplicate_finder.mark_not_duplicate(self.db, pair.first.id, pair.second.id)
        except IsaDeskError as error:
            errors.show_error(self, error)
            return False
        self._without(pair)
        return True


def open_duplicates(window) -> DuplicatesDialog:
    """Edit › Find duplicates…: the dialog over the window, which reloads its lists after
    a merge."""
    dialog = DuplicatesDialog(window, window.db, window.settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.reload)
    dialog.open()
    return dialog
