"""File › Connect to team server… and File › Move to team server…; the dialogs are
imported when first opened, not when the window starts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate


def add_to_menu(window, menu: QMenu) -> None:
    window.connect_team_action = QAction(
        translate("MainWindow", "Connect to &team server…"), window
    )
    window.connect_team_action.triggered.connect(lambda _c=False: open_connect(window))
    menu.addAction(window.connect_team_action)
    window.move_team_action = QAction(translate("MainWindow", "&Move to team server…"), window)
    window.move_team_action.triggered.connect(lambda _c=False: open_move(window))
    menu.addAction(window.move_team_action)


def open_connect(window) -> None:
    from isa_desk.ui.team.connect_dialog import ConnectDialog

    ConnectDialog(window, window.settings, window.switch_database).exec()


def open_move(window) -> None:
    from isa_desk.ui.team.move_dialog import MoveDialog

    MoveDialog(window, window.db, window.settings, window.switch_database).exec()
