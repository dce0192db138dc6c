"""A list whose records have contacts (members, organisations): show them, add one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction

from isa_desk.ui.common.list_view import ListArea


class ContactOwnerView(ListArea):
    """Adds "show contacts of this record" and "new contact for this record".

    Subclasses name the contact field that links to them and give the translated texts.
    """

    scope_field = ""  # "member_id" or "organisation_id"
    showContactsRequested = Signal(str, int, str)  # scope field, id, chip label

    def show_contacts_text(self) -> str:
        raise NotImplementedError

    def new_contact_text(self) -> str:
        raise NotImplementedError

    def scope_label(self, name: str) -> str:
        raise NotImplementedError

    def build_actions(self) -> list[QAction | None]:
        self.show_contacts_action = QAction(self.show_contacts_text(), self)
        self.show_contacts_action.triggered.connect(self.show_contacts)
        self.new_contact_action = QAction(self.new_contact_text(), self)
        self.new_contact_action.triggered.connect(self.new_contact)
        return [self.show_contacts_action, self.new_contact_action]

    def update_actions(self) -> None:
        one = len(self.selected_rows()) == 1
        self.show_contacts_action.setEnabled(one)
        self.new_contact_action.setEnabled(one and self.can_edit())

    def _current_row(self):
        rows = self.selected_rows()
        return self.model.row_object(rows[0]) if len(rows) == 1 else None

    def show_contacts(self) -> None:
        row = self._current_row()
        if row is not None:
            self.showContactsRequested.emit(self.scope_field, row.id, self.scope_label(row.name))

    def new_contact(self) -> None:
        row = self._current_row()
        if row is not None:
            if self.open_record(None, {self.scope_field: row.id}, kind="contact") is not None:
                self.after_change(row.id)
