"""Invite people to an event: everyone with a tag, the contacts chosen or filtered in the
Contacts list, all contacts of chosen members. The sources add up; nobody is invited
twice. Invitations are a purpose people consent to: those without consent in force for
the chosen purpose are left out, and the dialog lists them before anyone is invited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.documents import invitations
from isa_desk.core.documents.letters.recipients import Skipped
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import contacts, members, tags
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.common import errors, style
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.common.screen import scrolled
from isa_desk.ui.letters.purpose_choice import PurposeChoice
from isa_desk.ui.letters.skipped import skipped_names

translate = QCoreApplication.translate

PURPOSE_CHARACTERS = 30  # the purpose combo's width: a longer name is elided


class InviteDialog(QDialog):
    """`result` holds the invitations.Invited once people were invited."""

    def __init__(
        self,
        parent: QWidget | None,
        db,
        event_id: int,
        event_title: str,
        selected_ids: list[int] = (),
        contacts_query: ListQuery | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.today = today
        self.selected_ids = list(selected_ids)
        self.contacts_query = contacts_query
        self.result: invitations.Invited | None = None
        self._check = QTimer(self, singleShot=True, interval=250)
        self._check.timeout.connect(self.show_left_out)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(translate("InviteDialog", "Invite to the event"))

        heading = plain_label(
            translate("InviteDialog", "Invite to “{event}”").format(event=event_title)
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            translate(
                "InviteDialog",
                "Choose one or more sources; they add up. People already on the "
                "list keep their status. Inactive contacts of a tag or member are left out.",
            )
        )
        explanation.setWordWrap(True)
        explanation.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(self._sources(), 1)
        layout.addLayout(self._purpose_row())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.invite_button = self.buttons.addButton(
            translate("InviteDialog", "Invite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.invite_button.setObjectName("invite")
        self.buttons.accepted.connect(self.invite)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.show_left_out()
        self.resize(560, 560)

    def _purpose_row(self) -> QFormLayout:
        form = QFormLayout()
        self.purpose = PurposeChoice(PURPOSE_CHARACTERS, for_event=True)
        self.purpose.currentIndexChanged.connect(self._changed)
        form.addRow(translate("InviteDialog", "Purpose"), self.purpose)
        self.left_out = plain_label(objectName="leftOut", wordWrap=True)
        self.left_out.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        area = scrolled(self.left_out)
        area.setFixedHeight(3 * self.left_out.fontMetrics().lineSpacing() + 4)
        form.addRow(area)
        return form

    def _sources(self) -> QGridLayout:
        grid = QGridLayout()
        self.by_tag = QCheckBox(translate("InviteDialog", "Contacts with the tag"))
        self.by_tag.setObjectName("byTag")
        self.tag = QComboBox(objectName="tag")
        self.tag.addItems(tags.names(self.db))
        self.by_tag.setEnabled(self.tag.count() > 0)
        self.tag.currentIndexChanged.connect(lambda _i: self.by_tag.setChecked(True))
        grid.addWidget(self.by_tag, 0, 0)
        grid.addWidget(self.tag, 0, 1)

        self.by_selection = QCheckBox(
            translate(
                "InviteDialog", "The contacts selected in the Contacts list ({count})"
            ).format(count=len(self.selected_ids))
        )
        self.by_selection.setObjectName("bySelection")
        self.by_selection.setEnabled(bool(self.selected_ids))
        grid.addWidget(self.by_selection, 1, 0, 1, 2)

        shown = contacts.count(self.db, self.contacts_query) if self.contacts_query else 0
        self.by_filter = QCheckBox(
            translate(
                "InviteDialog",
                "All contacts the Contacts list shows with its search and filters ({count})",
            ).format(count=shown)
        )
        self.by_filter.setObjectName("byFilter")
        self.by_filter.setEnabled(self.contacts_query is not None and shown > 0)
        grid.addWidget(self.by_filter, 2, 0, 1, 2)

        self.by_members = QCheckBox(translate("InviteDialog", "All contacts of these members:"))
        self.by_members.setObjectName("byMembers")
        grid.addWidget(self.by_members, 3, 0, 1, 2)
        self.member_filter = QLineEdit(objectName="memberFilter")
        self.member_filter.setPlaceholderText(translate("InviteDialog", "Filter members"))
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.textChanged.connect(self._filter_members)
        self.members = QListWidget(objectName="members")
        for member_id, name in members.choices(self.db):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.itemChanged.connect(self._member_checked)
        grid.addWidget(self.member_filter, 4, 0, 1, 2)
        grid.addWidget(self.members, 5, 0, 1, 2)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(1, 1)
        for box in (self.by_tag, self.by_selection, self.by_filter, self.by_members):
            box.toggled.connect(self._update)
        self.tag.currentIndexChanged.connect(self._changed)
        return grid

    def _filter_members(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.members.count()):
            item = self.members.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _member_checked(self, _item) -> None:
        if self.member_ids():
            self.by_members.setChecked(True)
        self._update()

    def member_ids(self) -> list[int]:
        return [
            self.members.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.members.count())
            if self.members.item(n).checkState() == Qt.CheckState.Checked
        ]

    def choose_members(self, names: list[str]) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def _update(self, *_args) -> None:
        chosen = (
            (self.by_tag.isChecked() and self.tag.count() > 0)
            or self.by_selection.isChecked()
            or self.by_filter.isChecked()
            or (self.by_members.isChecked() and bool(self.member_ids()))
        )
        self.invite_button.setEnabled(bool(chosen))
        self._changed()

    def _changed(self, *_args) -> None:
        self._check.start()

    def sources(self) -> invitations.Sources:
        return invitations.Sources(
            contact_ids=tuple(self.selected_ids) if self.by_selection.isChecked() else (),
            tag=self.tag.currentText() if self.by_tag.isChecked() else None,
            query=self.contacts_query if self.by_filter.isChecked() else None,
            member_ids=tuple(self.member_ids()) if self.by_members.isChecked() else (),
        )

    def show_left_out(self) -> None:
        """Who of the chosen would be left out for want of consent, with the reason."""
        self._check.stop()
        purpose = self.purpose.purpose()
        try:
            found = invitations.left_out(self.db, purpose, self.sources())
        except IsaDeskError as error:
            self.left_out.setStyleSheet(f"color: {style.ERROR};")
            self.left_out.setText(str(error))
            return
        self.left_out.setStyleSheet(f"color: {style.WARNING};" if found else "")
        self.left_out.setText(left_out_text(found, purpose))

    def invite(self) -> bool:
        try:
            self.result = invitations.invite(
                self.db, self.event_id, self.purpose.purpose(), self.sources(), self.today
            )
        except IsaDeskError as error:
            errors.show_message(self, str(error), translate("InviteDialog", "Nobody invited"))
            return False
        self.accept()
        return True


def left_out_text(found: list[Skipped], purpose: ConsentPurpose | None) -> str:
    """ "2 left out without consent for “Invitations”: Name; Name" ("" for none)."""
    if purpose is None or not found:
        return ""
    count = len(found)  # a plain name: see core.i18n
    return translate(
        "InviteDialog", "%n left out without consent for “{purpose}”: {names}", None, count
    ).format(
        purpose=labels.label(ConsentPurpose, purpose), names=skipped_names(found, reasons=False)
    )


def result_text(result: invitations.Invited) -> str:
    """ "12 invited; 3 were on the list already; 1 inactive contact left out; 2 left out
    without consent"."""
    parts = [translate("InviteDialog", "{count} invited").format(count=result.added)]
    already, inactive = result.already, result.inactive  # plain names: see core.i18n
    if already:
        parts.append(translate("InviteDialog", "%n were on the list already", None, already))
    if inactive:
        parts.append(translate("InviteDialog", "%n inactive contacts left out", None, inactive))
    lacking = len(result.skipped)
    if lacking:
        parts.append(translate("InviteDialog", "%n left out without consent", None, lacking))
    return "; ".join(parts)
