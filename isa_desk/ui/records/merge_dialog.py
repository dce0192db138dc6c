"""Merge two contacts into one: per field the user picks the left or the right value.

The left contact is kept (with the chosen values, both contacts' tags and the right
one's history); the right one is deleted. "Swap sides" keeps the other one instead.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db.models import ConsentPurpose, Gender
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.privacy.consent import ConsentState
from isa_desk.core.services import activities, contacts
from isa_desk.core.services.contact_consents import merged_states
from isa_desk.ui.common import display, style
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.plain import as_typed, plain_label
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.records.editors.form import enum_label
from isa_desk.ui.records.editors.widgets import country_label

translate = QCoreApplication.translate

LEFT, RIGHT, BOTH = 0, 1, 2


def merge_fields() -> list[tuple[str, str]]:
    """The contact's fields a merge chooses between, with their labels, in form order."""
    return [
        ("gender", translate("Merge", "Gender")),
        ("title", translate("Merge", "Academic title")),
        ("given_name", translate("Merge", "Given name")),
        ("family_name", translate("Merge", "Family name")),
        ("name_order", translate("Merge", "Name order")),
        ("name_zh", translate("Merge", "Name in Chinese characters")),
        ("position", translate("Merge", "Office or position")),
        ("organisation_id", translate("Merge", "Organisation")),
        ("member_id", translate("Merge", "Member")),
        ("department", translate("Merge", "Department")),
        ("email", translate("Merge", "E-mail")),
        ("phone", translate("Merge", "Phone")),
        ("mobile", translate("Merge", "Mobile")),
        ("fax", translate("Merge", "Fax")),
        ("street", translate("Merge", "Street")),
        ("postcode", translate("Merge", "Postcode")),
        ("town", translate("Merge", "Town")),
        ("region", translate("Merge", "State or province")),
        ("country", translate("Merge", "Country")),
        ("language", translate("Merge", "Preferred language")),
        ("salutation_override", translate("Merge", "Own salutation")),
        ("no_post", translate("Merge", "No post")),
        ("no_email", translate("Merge", "No e-mail")),
        ("active", translate("Merge", "Active")),
        ("notes", translate("Merge", "Notes")),
    ]


def is_empty(value) -> bool:
    # False and "unknown" carry no information: the other side's value is the better default
    return value in (None, "", False) or value == Gender.UNKNOWN


def shown_value(contact, key: str) -> str:
    value = getattr(contact, key)
    if key == "organisation_id":
        return contact.organisation.name if contact.organisation else ""
    if key == "member_id":
        return contact.member.name if contact.member else ""
    if key == "country":
        return country_label(value) if value else ""
    if isinstance(value, bool):
        return translate("Merge", "yes") if value else translate("Merge", "no")
    if isinstance(value, enum.Enum):
        return enum_label(value)
    if isinstance(value, dt.date):
        return display.date_text(value)
    return value or ""


def consent_lines(states: dict[ConsentPurpose, ConsentState]) -> list[str]:
    """A line per purpose with a consent: what the merged contact keeps."""
    lines = []
    for purpose, state in states.items():
        if state.empty:
            continue
        parts = []
        if state.given_on is not None:
            parts.append(
                translate("Merge", "given on {day}").format(day=display.date_text(state.given_on))
            )
        if state.source:
            parts.append(state.source)
        if state.withdrawn_on is not None:
            parts.append(
                translate("Merge", "withdrawn on {day}").format(
                    day=display.date_text(state.withdrawn_on)
                )
            )
        name = labels.label(ConsentPurpose, purpose)
        lines.append(f"{name}: {', '.join(parts)}")
    return lines


class MergeDialog(QDialog):
    def __init__(self, parent: QWidget | None, db, left_id: int, right_id: int):
        super().__init__(parent)
        self.db = db
        self.kept_id: int | None = None
        self.sides = [contacts.get(db, left_id), contacts.get(db, right_id)]
        self.setWindowTitle(translate("Merge", "Merge contacts"))
        fit_to_screen(self, 1000, 720)

        intro = QLabel(
            translate(
                "Merge",
                "Choose for each field which value the merged contact keeps. The left contact is "
                "kept; the right one's activities, event participations and inquiries move over, "
                "the tags of both are combined, then the right contact is deleted.",
            )
        )
        intro.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        preview_box = QGroupBox(translate("Merge", "Result"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        preview_box.setMaximumWidth(300)

        middle = QHBoxLayout()
        middle.addWidget(self.scroll, 1)
        middle.addWidget(preview_box)
        buttons = QDialogButtonBox(self)
        self.swap_button = QPushButton(translate("Merge", "Swap sides"))
        self.swap_button.setObjectName("swap")
        self.swap_button.setToolTip(translate("Merge", "Keep the right contact instead"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = buttons.addButton(
            translate("Merge", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.swap_button)
        footer.addStretch(1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self._build_grid()

    # --- the grid of choices --------------------------------------------------------

    def _heading(self, contact, kept: bool) -> QLabel:
        name = latin_name(contact, contact.title)
        role = translate("Merge", "kept") if kept else translate("Merge", "deleted")
        history = len(activities.for_contact(self.db, contact.id))
        label = plain_label(
            translate("Merge", "{name} (no. {id}, {role})\n{count} activities").format(
                name=name or contact.name_zh, id=contact.id, role=role, count=history
            )
        )
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_grid(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._heading(self.sides[LEFT], True), 0, 1)
        grid.addWidget(self._heading(self.sides[RIGHT], False), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        self.same: dict[str, object] = {}
        row = 1
        for key, label in merge_fields():
            if self._add_row(grid, row, key, label):
                row += 1
        tags = collated({t.name for side in self.sides for t in side.tags})
        if tags:
            grid.addWidget(QLabel(translate("Merge", "Tags")), row, 0)
            grid.addWidget(plain_label(", ".join(tags)), row, 1, 1, 2)
            row += 1
        consents = consent_lines(merged_states(*self.sides))
        if consents:
            grid.addWidget(QLabel(translate("Merge", "Consent")), row, 0)
            shown = plain_label("\n".join(consents))
            shown.setObjectName("consents")
            shown.setToolTip(
                translate(
                    "Merge",
                    "Per purpose the merged contact keeps the consent with the person's latest "
                    "word: given or withdrawn.",
                )
            )
            grid.addWidget(shown, row, 1, 1, 2)
            row += 1
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(page)
        self.update_preview()

    def _add_row(self, grid: QGridLayout, row: int, key: str, label: str) -> bool:
        """One field's row; False when both sides are empty (nothing to show)."""
        texts = [shown_value(side, key) for side in self.sides]
        values = [getattr(side, key) for side in self.sides]
        name = QLabel(label)
        if values[LEFT] == values[RIGHT]:
            self.same[key] = values[LEFT]
            if not texts[LEFT]:
                return False
            value = plain_label(texts[LEFT])
            value.setStyleSheet(f"color: {style.MUTED};")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1, 1, 2)
            return True
        font = QFont(name.font())
        font.setBold(True)  # the rows that need a decision stand out
        name.setFont(font)
        grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        self.groups[key] = group
        for side in (LEFT, RIGHT):
            # a "&" of the value is shown, not taken for a shortcut key
            button = QRadioButton(texts[side].replace("&", "&&") or translate("Merge", "(empty)"))
            button.setObjectName(f"{key}_{'left' if side == LEFT else 'right'}")
            group.addButton(button, side)
            grid.addWidget(button, row, 1 + side)
        if key == "notes" and all(texts):
            both = QRadioButton(translate("Merge", "both"))
            both.setObjectName("notes_both")
            group.addButton(both, BOTH)
            grid.addWidget(both, row, 3)
        default = RIGHT if is_empty(values[LEFT]) and not is_empty(values[RIGHT]) else LEFT
        group.button(default).setChecked(True)
        group.idToggled.connect(lambda *_: self.update_preview())
        return True

    # --- values -------------------------------------------------------------------

    def values(self) -> dict:
        """The field values the kept contact gets."""
        chosen = dict(self.same)
        for key, group in self.groups.items():
            side = group.checkedId()
            if side == BOTH:
                chosen[key] = "\n\n".join(getattr(s, key) for s in self.sides)
            else:
                chosen[key] = getattr(self.sides[side], key)
        return chosen

    def choose(self, key: str, side: int) -> None:
        """Pick a side for a field that differs (used by the tests as a user would click)."""
        self.groups[key].button(side).setChecked(True)

    def update_preview(self) -> None:
        values = self.values()
        lines = address_lines(
            {**values, "organisation": self._chosen_side("organisation_id").organisation}
        )
        extra = [
            values["email"],
            values["phone"],
            values["mobile"],
            shown_value(self._chosen_side("member_id"), "member_id"),
        ]
        self.preview.setPlainText("\n".join(lines + [""] + [e for e in extra if e]))

    def _chosen_side(self, key: str):
        group = self.groups.get(key)
        return self.sides[RIGHT if group is not None and group.checkedId() == RIGHT else LEFT]

    # --- actions ------------------------------------------------------------------

    def swap(self) -> None:
        self.sides.reverse()
        self._build_grid()

    def merge(self) -> None:
        keep, drop = self.sides
        answer = QMessageBox.question(
            self,
            translate("Merge", "Merge contacts"),
            translate(
                "Merge",
                "Merge the two contacts now? The right one is deleted; this cannot be undone.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            merged = contacts.merge(self.db, keep.id, drop.id, self.values())
        except IsaDeskError as error:
            QMessageBox.warning(self, translate("Merge", "Not merged"), as_typed(str(error)))
            return
        self.kept_id = merged.id
        super().accept()
