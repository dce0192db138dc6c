"""The search field and filter combos above a list.

The search filters as the user types (debounced, so a fast typist causes one query,
not one per key); the combos offer only values that occur in the data. The bar knows
nothing of SQL: it yields the fields of a ListQuery. The countries and states offered
are those of the member cities.
"""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import MemberStatus
from isa_desk.core.domain import labels
from isa_desk.core.services import members as members_service
from isa_desk.core.services import tags as tags_service
from isa_desk.ui.common import display
from isa_desk.ui.common.collation import collated

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 150
FILTERS = ("country", "region", "status", "member", "tag", "active")
COMBO_MINIMUM_WIDTH = 90
COMBO_MAXIMUM_WIDTH = 190


class SearchField(QLineEdit):
    """A line edit that hands the keyboard to the list on Down or Return."""

    leaveDown = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leaveDown.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Search text and the filters a list offers; `changed` fires when any of them changes."""

    changed = Signal()
    leaveDown = Signal()  # the user wants to go on in the list below

    def __init__(
        self,
        db: Database,
        filters: tuple[str, ...],
        placeholder: str,
        parent: QWidget | None = None,
        *,
        tooltip: str = "",
    ):
        super().__init__(parent)
        self.db = db
        self.filters = filters
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = SearchField()
        self.search.setPlaceholderText(placeholder)
        self.search.setToolTip(tooltip)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.leaveDown.connect(self.leaveDown)
        layout.addWidget(self.search, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)

        self.combos: dict[str, QComboBox] = {}
        for name in filters:
            if name == "active":
                continue
            combo = QComboBox()
            # As wide as the texts when there is room, narrower in a small window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(COMBO_MINIMUM_WIDTH)
            combo.setMaximumWidth(COMBO_MAXIMUM_WIDTH)
            combo.view().setMinimumWidth(260)
            combo.setObjectName(f"filter_{name}")
            self.combos[name] = combo
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._combo_changed(n))

        self.active = None
        if "active" in filters:
            self.active = QCheckBox(translate("FilterBar", "Active only"))
            self.active.toggled.connect(self.changed)
            layout.addWidget(self.active)

        self.reset_button = QToolButton()
        self.reset_button.setText(translate("FilterBar", "Reset filters"))
        self.reset_button.setToolTip(translate("FilterBar", "Show all records again"))
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.reset_button)
        self._filling = False
        self.refill()
        self.changed.connect(self._update_reset_button)
        self._update_reset_button()

    # choices -----------------------------------------------------------------------------
    def refill(self) -> None:
        """Fill the combos from the data, keeping what is chosen where it still exists."""
        self._filling = True
        try:
            if "country" in self.combos:
                codes = self._countries()
                items = collated(((display.country_name(c), c) for c in codes), itemgetter(0))
                self._fill(self.combos["country"], translate("FilterBar", "All countries"), items)
            self._fill_regions()
            if "status" in self.combos:
                self._fill(
                    self.combos["status"],
                    translate("FilterBar", "Any status"),
                    [(label, code) for code, label in labels.choices(MemberStatus)],
                )
            if "member" in self.combos:
                self._fill(
                    self.combos["member"],
                    translate("FilterBar", "All members"),
                    [(name, member_id) for member_id, name in members_service.choices(self.db)],
                )
            if "tag" in self.combos:
                self._fill(
                    self.combos["tag"],
                    translate("FilterBar", "Any tag"),
                    [(name, name) for name in tags_service.names(self.db)],
                )
        finally:
            self._filling = False

    def _countries(self) -> list[str]:
        return list(members_service.countries(self.db))

    def _fill_regions(self) -> None:
        if "region" not in self.combos:
            return
        regions = members_service.regions(self.db, self.value("country"))
        self._fill(
            self.combos["region"],
            translate("FilterBar", "All states and provinces"),
            collated(((display.region_name(name), name) for name in regions), itemgetter(0)),
        )

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _combo_changed(self, name: str) -> None:
        if self._filling:
            return
        if name == "country":
            self._filling = True
            self._fill_regions()
            self._filling = False
        self.changed.emit()

    # values ------------------------------------------------------------------------------
    def value(self, name: str):
        combo = self.combos.get(name)
        return combo.currentData() if combo is not None else None

    def set_value(self, name: str, value) -> bool:
        """Choose `value` in a filter combo; False when it is not offered."""
        combo = self.combos.get(name)
        if combo is None:
            return False
        index = combo.findData(value) if value is not None else 0
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def text(self) -> str:
        return self.search.text().strip()

    def query_fields(self) -> dict:
        """The ListQuery fields this bar sets."""
        fields = {"text": self.text()}
        for name in ("country", "region", "status", "tag"):
            if name in self.combos:
                fields[name] = self.value(name)
        if "member" in self.combos:
            fields["member_id"] = self.value("member")
        if self.active is not None:
            fields["active_only"] = self.active.isChecked()
        return fields

    def is_filtered(self) -> bool:
        fields = self.query_fields()
        return any(value not in (None, "", False) for value in fields.values())

    def flush(self) -> None:
        """Apply a pending search at once (e.g. before opening the first hit)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def reset(self) -> None:
        self._filling = True
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self._fill_regions()
        if self.active is not None:
            self.active.blockSignals(True)
            self.active.setChecked(False)
            self.active.blockSignals(False)
        self._filling = False
        self.changed.emit()

    def _update_reset_button(self) -> None:
        self.reset_button.setEnabled(self.is_filtered())
