"""A painted horizontal bar chart: one labelled bar per item, the count at its end.

Painted with QPainter rather than QtCharts so it needs no extra Qt module and uses the
widget's font, which falls back to a CJK font for Chinese labels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from isa_desk.ui.common import style

MAX_LABEL_SHARE = 0.45  # long names are elided rather than squeezing the bars


class BarChart(QWidget):
    """Horizontal bars for (label, value) pairs, in the order given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self._items = list(items)
        self.updateGeometry()
        self.update()

    def items(self) -> list[tuple[str, int]]:
        return list(self._items)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._items)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        if not self._items:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_height = self._row_height()
        width = self.width()
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self._items) + 12,
            int(width * MAX_LABEL_SHARE),
        )
        count_width = metrics.horizontalAdvance(str(max(v for _, v in self._items))) + 10
        bar_space = max(10, width - label_width - count_width - 4)
        largest = max(1, max(v for _, v in self._items))
        text_color = self.palette().color(QPalette.ColorRole.WindowText)

        for number, (label, value) in enumerate(self._items):
            top = 4 + number * row_height
            label_rect = QRectF(0, top, label_width - 8, row_height)
            painter.setPen(text_color)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown
            )
            bar_length = bar_space * value / largest
            bar = QRectF(label_width, top + 4, max(2.0, bar_length), row_height - 8)
            painter.fillRect(bar, QColor(style.CHART_BAR))
            count_rect = QRectF(label_width + bar.width() + 6, top, count_width, row_height)
            painter.drawText(
                count_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.end()
