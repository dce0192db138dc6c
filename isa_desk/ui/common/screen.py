"""Room on the screen: a dialog opens no larger than the screen it is on, and a tall
form scrolls instead of growing past it (an office laptop has 1280 × 800 or 1366 × 768,
less the taskbar)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

FRAME = QSize(16, 40)  # a window's frame and title bar, which the screen must hold too


def room(widget: QWidget) -> QSize:
    """The largest size the widget's window can have on its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1280, 720)
    return screen.availableGeometry().size() - FRAME


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the size a dialog likes best, or to the screen's room when smaller."""
    space = room(widget)
    widget.resize(min(width, space.width()), min(height, space.height()))


def scrolled(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area: it needs only as much height as there is."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
