"""The letter run's language choices in the Serienbrief dialog: each recipient in their
preferred language (with a template per language), and addresses in China in Chinese order.

What the user chose goes to mailing.prepare as keyword arguments (`run_options`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from isa_desk.core.db.models import Language
from isa_desk.core.documents.letters import templates
from isa_desk.core.documents.wording import LANGUAGES, language_of
from isa_desk.core.domain import labels
from isa_desk.ui.common.plain import as_typed

# The closed combo shows about this many characters and elides the rest (the popup shows
# whole names): three combos share one row of the dialog's narrow left column.
SHOWN_CHARACTERS = 8

translate = QCoreApplication.translate


class LanguageOptions(QGroupBox):
    changed = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(translate("Letters", "Languages"), parent)
        self.db = db
        self.setObjectName("language_options")
        # the three combos side by side, between the two checkboxes: the group stays low
        grid = QGridLayout(self)
        self.per_language = QCheckBox(
            translate("Letters", "Each recipient in their preferred language"),
            objectName="per_language",
        )
        self.per_language.setToolTip(
            translate(
                "Letters",
                "Recipients get the template chosen for their language; without one, the "
                "built-in template of the same family, else the template above.",
            )
        )
        grid.addWidget(self.per_language, 0, 0, 1, 2 * len(LANGUAGES))
        self.choices: dict[str, QComboBox] = {}
        for number, language in enumerate(LANGUAGES):
            choice = NameChoice(SHOWN_CHARACTERS, objectName=f"template_{language}")
            label = QLabel(labels.label(Language, language))
            label.setBuddy(choice)
            self.choices[language] = choice
            grid.addWidget(label, 1, 2 * number)
            grid.addWidget(choice, 1, 2 * number + 1)
            grid.setColumnStretch(2 * number + 1, 1)
            choice.currentIndexChanged.connect(self.changed)
            choice.currentIndexChanged.connect(lambda _index, c=choice: self._tell_whole(c))
        self.chinese_order = QCheckBox(
            translate("Letters", "Addresses in China in Chinese order (中国 … 收)"),
            objectName="chinese_order",
        )
        grid.addWidget(self.chinese_order, 2, 0, 1, 2 * len(LANGUAGES))
        self.per_language.toggled.connect(self._enable)
        self.per_language.toggled.connect(self.changed)
        self.chinese_order.toggled.connect(self.changed)
        self.fill()
        self._enable(False)

    def fill(self) -> None:
        """The templates of each language, after "automatic"; keeps what was chosen."""
        found = templates.all_templates(self.db)
        for language, choice in self.choices.items():
            kept = choice.currentData()
            choice.blockSignals(True)
            choice.clear()
            choice.addItem(translate("Letters", "(automatic)"), None)
            for template in found:
                if language_of(template.language) == language:
                    choice.addItem(f"{template.name} ({template.key})", template.key)
            choice.setCurrentIndex(max(choice.findData(kept), 0) if kept else 0)
            choice.blockSignals(False)
            self._tell_whole(choice)
            fit_popup_to_names(choice)

    @staticmethod
    def _tell_whole(choice: QComboBox) -> None:
        """The whole name of the chosen template as the tooltip: the combo may elide it."""
        choice.setToolTip(as_typed(choice.currentText()))

    def _enable(self, on: bool) -> None:
        for choice in self.choices.values():
            choice.setEnabled(on)

    def run_options(self) -> dict:
        """The keyword arguments of mailing.prepare for these choices."""
        return dict(
            per_language=self.per_language.isChecked(),
            language_templates={
                language: choice.currentData() for language, choice in self.choices.items()
            },
            chinese_order=self.chinese_order.isChecked(),
        )


class ElidedNames:
    """For a QComboBox class: a name too long for the closed combo ends in "…" instead of
    being cut off (QComboBox paints it cut)."""

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class NameChoice(ElidedNames, QComboBox):
    """A combo of names as wide as `characters` characters (see `shorten_names`)."""

    def __init__(self, characters: int, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        shorten_names(self, characters)


def shorten_names(combo: QComboBox, characters: int) -> None:
    """`combo` as wide as `characters` characters, whatever its longest entry: longer
    names are elided when closed (with ElidedNames) and shown whole in the popup."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.setIconSize(QSize(0, 0))  # the entries have none: no room for one, wide or high
    fit_popup_to_names(combo)


def fit_popup_to_names(combo: QComboBox) -> None:
    """The popup as wide as the longest entry, however narrow the closed combo (again after
    the entries change): Fusion does this by itself, the Windows styles cut the names."""
    if not combo.count():
        return
    metrics = combo.view().fontMetrics()
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    scroll_bar = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    combo.view().setMinimumWidth(widest + scroll_bar + 2 * metrics.averageCharWidth())
