"""The frame every record editor shares: header, message banner, Save/Cancel, the save flow.

A subclass builds its fields into `self.form`, says how to read a record into values
(`values_of`) and how to write values (`write`). The frame keeps Save disabled while a
field is invalid, asks before unsaved changes are thrown away and shows a service's
ValidationError or ConflictError inside the dialog, leaving every typed value in place.
The write runs off the GUI thread and waits out another program's write (ui.common.saving).
When someone else saved the record meanwhile, the conflict dialog shows both versions
field by field and only the fields the user changed are written over the newer version
(conflicts.py). Names and other user text in the heading are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.errors import ConflictError, IsaDeskError, NotFoundError, ValidationError
from isa_desk.ui.common import saving, style
from isa_desk.ui.privacy.history_panel import changes_button, show_changes
from isa_desk.ui.records.editors.conflict_dialog import Sides
from isa_desk.ui.records.editors.conflicts import SettlesConflicts
from isa_desk.ui.records.editors.form import Form, ask_unsaved

translate = QCoreApplication.translate

TABLES = {"members": "member", "organisations": "organisation", "contacts": "contact"}


class Banner(QFrame):
    """A message across the top of the dialog, with optional action buttons."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("banner")
        self._colour(style.ERROR_BANNER, style.ERROR)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names users typed
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.text, 1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def _colour(self, background: str, text: str) -> None:
        self.setStyleSheet(
            f"#banner {{ background: {background}; border: 1px solid {text}; "
            f"border-radius: 4px; }}"
            f"#banner QLabel {{ color: {text}; }}"
        )

    def show_message(
        self, message: str, actions: list[tuple[str, object]] = (), notice: bool = False
    ) -> None:
        """An error (the form cannot be saved), or with `notice` news that stops nothing
        (a colleague changed the record), in the colours of a warning."""
        if notice:
            self._colour(style.WARNING_ROW, style.WARNING)
        else:
            self._colour(style.ERROR_BANNER, style.ERROR)
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.text.setText(message)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()


class RelatedList(QTreeWidget):
    """A read-only list of related records; double click or Enter opens one."""

    def __init__(
        self, headers: list[str], open_record, parent: QWidget | None = None, sortable: bool = True
    ):
        super().__init__(parent)
        self.sortable = sortable
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSortingEnabled(sortable)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)
        self._open_record = open_record
        self.itemActivated.connect(self._activated)

    def set_rows(self, rows: list[tuple[int, list[str]]]) -> None:
        self.setSortingEnabled(False)
        self.clear()
        for record_id, texts in rows:
            item = QTreeWidgetItem([t or "" for t in texts])
            item.setData(0, Qt.ItemDataRole.UserRole, record_id)
            self.addTopLevelItem(item)
        self.setSortingEnabled(self.sortable)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column) + 16, 320))

    def ids(self) -> list[int]:
        return [
            self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.topLevelItemCount())
        ]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_record(item.data(0, Qt.ItemDataRole.UserRole))


class EditorDialog(QDialog, SettlesConflicts):
    """Base of the member, organisation and contact editors."""

    entity = ""  # the service module's name: "members", "organisations", "contacts"

    def __init__(
        self, parent: QWidget | None, db, record_id: int | None = None, initial: dict | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.version: int | None = None
        self._opened: dict = {}  # the record's values as loaded: what a colleague changed
        self.saved_id: int | None = None
        self.form = Form(self)
        self.setModal(True)
        self.setSizeGripEnabled(True)

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(f"color: {style.MUTED};")
        self.banner = Banner(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        for label in (self.title, self.subtitle, self.hint):  # they show what users typed
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.build(), 1)
        footer = QHBoxLayout()
        self.changes_button = changes_button(self, self.show_changes)
        self.changes_button.setEnabled(record_id is not None)  # a new record has none yet
        footer.addWidget(self.changes_button)
        for button in self.extra_buttons():
            footer.addWidget(button)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)

        self.form.changed.connect(self._form_changed)
        self.load(initial or {})
        self.form.focus(self.first_field())  # where typing starts, not on a button

    # --- to be provided by the editors ----------------------------------------------

    def build(self) -> QWidget:
        raise NotImplementedError

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def first_field(self) -> str:
        """The key of the field that has the focus when the editor opens."""
        return next(iter(self.form.fields))

    def service(self):
        raise NotImplementedError

    def defaults(self) -> dict:
        return {}

    def values_of(self, record) -> dict:
        raise NotImplementedError

    def show_record(self, record) -> None:
        """Fill the read-only parts (related lists, history) from a loaded record."""

    def heading(self) -> tuple[str, str]:
        """The title and subtitle for the current form values."""
        raise NotImplementedError

    def kind_label(self) -> str:
        """What the record is ("Contact"), for the window title."""
        raise NotImplementedError

    def write(self, values: dict) -> int | None:
        """Create or update; None means the user backed out (the dialog stays open)."""
        service, record_id, version = self.service(), self.record_id, self.version
        if record_id is None:
            return saving.in_background(self, lambda: service.create(self.db, values)).id
        record = saving.in_background(
            self, lambda: service.update(self.db, record_id, values, version)
        )
        self.version = record.version
        self._opened = self.values_of(record)
        return record.id

    # --- loading ------------------------------------------------------------------

    def load(self, initial: dict) -> None:
        if self.record_id is None:
            values = {**self.defaults(), **initial}
            self.form.load(values)
            self.show_record(None)
        else:
            self.reload()
        self._form_changed()

    def reload(self) -> None:
        """Read the record again: the form shows the stored values, unsaved edits are gone."""
        record = self.service().get(self.db, self.record_id)
        self.version = record.version
        self._opened = self.values_of(record)
        self.form.load(self._opened)
        self.show_record(record)
        self.banner.clear()
        self._form_changed()

    def refresh_related(self) -> None:
        """Read the related lists again after another editor changed them."""
        if self.record_id is not None:
            self.show_record(self.service().get(self.db, self.record_id))

    # --- state --------------------------------------------------------------------

    def _form_changed(self) -> None:
        title, subtitle = self.heading()
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.setWindowTitle(
            translate("Editor", "{name} – {kind}").format(name=title, kind=self.kind_label())
        )
        problems = self.form.problems()
        self.save_button.setEnabled(not problems)
        if problems:
            key, message = next(iter(problems.items()))
            label = self.form.fields[key].label.text().split("<")[0].strip() or key
            self.hint.setText(
                translate("Editor", "Cannot save yet: {field}: {problem}").format(
                    field=label, problem=message
                )
            )
            self.save_button.setToolTip(self.hint.text())
            self.hint.setStyleSheet(f"color: {style.ERROR};")
        else:
            self.hint.setStyleSheet(f"color: {style.MUTED};")
            self.hint.setText(
                translate("Editor", "Unsaved changes") if self.form.is_dirty() else ""
            )
            self.save_button.setToolTip("")

    def flash(self, text: str) -> None:
        """A short note in the footer (e.g. "Address copied")."""
        self.hint.setStyleSheet(f"color: {style.MUTED};")
        self.hint.setText(text)

    # --- saving and closing -------------------------------------------------------

    def save(self) -> bool:
        self.form.reveal_problems()
        problems = self.form.problems()
        if problems:
            self.form.focus(next(iter(problems)))
            return False
        try:
            saved = self.write(self.form.values())
        except ValidationError as error:
            self.show_validation_error(error)
            return False
        except ConflictError as error:
            return self.settle_conflict(error)
        except NotFoundError as error:
            self.banner.show_message(str(error))
            return False
        except IsaDeskError as error:
            self.banner.show_message(str(error))
            return False
        if saved is None:
            return False
        self.saved_id = self.record_id = saved
        self.form.mark_saved()
        super().accept()
        return True

    def show_validation_error(self, error: ValidationError) -> None:
        self.banner.show_message(str(error))
        if error.field in self.form.fields:
            self.form.set_problem(error.field, str(error))
            self.form.focus(error.field)
            self._form_changed()

    # --- after a colleague's change (conflicts.py) -----------------------------------

    def stored(self):
        return None if self.record_id is None else self.service().get(self.db, self.record_id)

    def sides(self, fresh) -> Sides:
        return Sides.of_form(self.form, self.heading()[0], self._opened, self.values_of(fresh))

    def save_changes(self, changes: dict, version: int) -> None:
        service, record_id = self.service(), self.record_id
        record = saving.in_background(
            self, lambda: service.update(self.db, record_id, changes, version)
        )
        self.version = record.version
        self._opened = self.values_of(record)
        self.form.load(self._opened)
        self.show_record(record)
        self.banner.clear()
        self.saved_id = record.id
        super().accept()

    def tell(self, message: str) -> None:
        self.banner.show_message(message)

    def accept(self) -> None:  # Enter in a line edit: same as Save
        self.save()

    def reject(self) -> None:
        if self.form.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def show_changes(self) -> None:
        """Who changed what in the record, and when (the audit trail)."""
        if self.record_id is not None:
            table = TABLES[self.entity]
            show_changes(self, self.db, table, self.record_id, self.heading()[0])

    def open_other(self, kind: str, record_id: int | None = None, initial: dict | None = None):
        """Open another editor on top of this one; refresh the related lists after a save."""
        from isa_desk.ui.records.editors import open_editor

        saved = open_editor(self, self.db, kind, record_id, initial)
        if saved is not None:
            self.refresh_related()
        return saved
