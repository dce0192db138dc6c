"""The contact editor's consents: a row per purpose with the day it was given, how, and
the day it was withdrawn, and whether it is in force now.

Each part is a field of the form of its own (contact_consents.field_key), so that
unsaved changes, problems and a colleague's change meanwhile are handled field by field
as for every other field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.domain import labels
from isa_desk.core.privacy.consent import PURPOSES, ConsentState
from isa_desk.core.services.contact_consents import GIVEN_ON, SOURCE, WITHDRAWN_ON, field_key
from isa_desk.ui.common import style
from isa_desk.ui.records.editors.form import Form

translate = QCoreApplication.translate

PURPOSE, GIVEN, HOW, WITHDRAWN, STATE = range(5)


def add_fields(form: Form) -> None:
    """The three fields of every purpose, labelled for messages and the conflict dialog."""
    for purpose in PURPOSES:
        name = labels.label(ConsentPurpose, purpose)
        form.date(
            field_key(purpose, GIVEN_ON),
            translate("ContactEditor", "{purpose}: consent given on").format(purpose=name),
        )
        form.line(
            field_key(purpose, SOURCE),
            translate("ContactEditor", "{purpose}: consent source").format(purpose=name),
            placeholder=translate("ContactEditor", "e.g. registration form"),
        )
        form.date(
            field_key(purpose, WITHDRAWN_ON),
            translate("ContactEditor", "{purpose}: consent withdrawn on").format(purpose=name),
        )


def state_of(form: Form, purpose: ConsentPurpose) -> ConsentState:
    return ConsentState(
        form.value(field_key(purpose, GIVEN_ON)),
        form.value(field_key(purpose, SOURCE)),
        form.value(field_key(purpose, WITHDRAWN_ON)),
    )


def in_force_count(form: Form) -> int:
    return sum(state_of(form, purpose).in_force for purpose in PURPOSES)


class ConsentPage(QWidget):
    """A grid: purpose, given on, source, withdrawn on, and the state in words."""

    def __init__(self, form: Form, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.states: dict[ConsentPurpose, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        headers = {
            GIVEN: translate("ContactEditor", "Given on"),
            HOW: translate("ContactEditor", "Source"),
            WITHDRAWN: translate("ContactEditor", "Withdrawn on"),
            STATE: translate("ContactEditor", "Now"),
        }
        for column, text in headers.items():
            header = QLabel(text)
            header.setStyleSheet(f"color: {style.MUTED};")
            grid.addWidget(header, 0, column)
        for row, purpose in enumerate(PURPOSES, start=1):
            name = QLabel(labels.label(ConsentPurpose, purpose))
            name.setBuddy(form.fields[field_key(purpose, GIVEN_ON)].widget)
            name.setWordWrap(True)
            grid.addWidget(name, row, PURPOSE)
            for column, part in ((GIVEN, GIVEN_ON), (HOW, SOURCE), (WITHDRAWN, WITHDRAWN_ON)):
                field = form.fields[field_key(purpose, part)]
                if part != SOURCE:
                    field.widget.note.hide()  # the day in words: no room beside it here
                grid.addWidget(field.container, row, column)
            state = QLabel()
            state.setObjectName(f"consent_{purpose.value}_state")
            grid.addWidget(state, row, STATE)
            self.states[purpose] = state
        grid.setColumnStretch(HOW, 2)
        grid.setColumnStretch(GIVEN, 1)
        grid.setColumnStretch(WITHDRAWN, 1)
        hint = QLabel(
            translate(
                "ContactEditor",
                "A consent is in force from the day it was given until the day it is withdrawn.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {style.MUTED};")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        for purpose, label in self.states.items():
            state = state_of(self.form, purpose)
            if state.in_force:
                label.setText(translate("ContactEditor", "In force"))
                label.setStyleSheet(f"color: {style.PLAIN};")
            elif state.withdrawn_on is not None:
                label.setText(translate("ContactEditor", "Withdrawn"))
                label.setStyleSheet(f"color: {style.WARNING};")
            else:
                label.setText(translate("ContactEditor", "None"))
                label.setStyleSheet(f"color: {style.MUTED};")
