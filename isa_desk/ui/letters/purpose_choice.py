"""What a letter run, a mailing or an invitation is for: correspondence, which needs no
consent, or one of the purposes people consent to (the newsletter, invitations …).

The choice starts as recipients.default_purpose says (invitations for an event) and
follows the event until the user picks a purpose; from then on it stays as picked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.documents.letters import recipients
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.letters.language_options import NameChoice

translate = QCoreApplication.translate


class PurposeChoice(NameChoice):
    def __init__(self, characters: int, parent: QWidget | None = None, for_event: bool = False):
        super().__init__(characters, parent, objectName="purpose")
        for purpose, text in recipients.purpose_choices():
            self.addItem(text, purpose.value if purpose is not None else None)
        self.picked = False  # by the user: the event no longer decides
        self.activated.connect(self._picked)
        self.currentIndexChanged.connect(self._tell_whole)
        self.follow_event(for_event)
        self._tell_whole()

    def purpose(self) -> ConsentPurpose | None:
        code = self.currentData()
        return ConsentPurpose(code) if code else None

    def set_purpose(self, purpose: ConsentPurpose | str | None) -> None:
        code = ConsentPurpose(purpose).value if purpose else None
        self.setCurrentIndex(max(self.findData(code), 0))

    def follow_event(self, for_event: bool) -> None:
        """The default for a run with or without an event, unless the user picked one."""
        if not self.picked:
            self.set_purpose(recipients.default_purpose(for_event))

    def _picked(self, _index: int) -> None:
        self.picked = True

    def _tell_whole(self, *_args) -> None:
        """The whole name as the tooltip: the closed combo may elide it."""
        self.setToolTip(
            translate(
                "Letters",
                "Contacts without consent in force for this purpose are left out and listed.",
            )
            + "\n"
            + as_typed(self.currentText())
        )
