"""The welcome page in the overview of an empty database, and what its choices do.

`attach(window, overview)` puts the page above the overview's figures and shows either
the page (no member, organisation or contact yet) or the figures, each time the overview
reads its figures again, which it does whenever the window says records changed (a new
record saved, an import, an undo, Reload). The choices use the window's own actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from isa_desk.core import paths
from isa_desk.core.db.engine import sqlite_file
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.overview.overview_view import OverviewArea
from isa_desk.ui.welcome.welcome_page import WelcomePage

translate = QCoreApplication.translate


def attach(window, overview: OverviewArea) -> WelcomePage:
    """Give the overview of `window` its welcome page, shown while the database is empty."""
    page = WelcomePage()
    figures = overview.takeWidget()  # kept whole: the overview goes on filling it
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(page)
    layout.addWidget(figures)
    overview.setWidget(holder)
    page.set_location(overview.db.location)
    page.setVisible(False)  # until the overview has looked at the data

    def follow() -> None:
        from isa_desk.core.services import overview as overview_service

        empty = overview_service.is_empty(overview.db)
        page.setVisible(empty)
        figures.setVisible(not empty)

    overview.refreshed.connect(follow)
    page.newMemberRequested.connect(lambda: new_record(window, "members"))
    page.newContactRequested.connect(lambda: new_record(window, "contacts"))
    page.importRequested.connect(window.import_action.trigger)
    page.demoRequested.connect(lambda: open_demo(window))
    overview.welcome = page  # for the window's tests and screenshots
    return page


def new_record(window, area: str) -> None:
    """Show the list, then its editor for a new record (saved, it is listed there)."""
    window.show_area(area)
    window.new_record()


def open_demo(window) -> BackgroundOp | None:
    """Open the demo database in the window, filled with the demo data on first use (in
    the background, with progress); the database that was open stays as it is."""
    from isa_desk.core.demo import dataset as demo

    target = paths.demo_database_path()
    current = sqlite_file(window.db.engine)
    if current is None or current.resolve() != Path(target).resolve():
        if not window.switch_database(str(target)):
            return None  # told the user why
    db = window.db
    op = BackgroundOp(
        window, lambda _progress: demo.fill_when_empty(db), lambda filled: done(window, filled)
    )
    return op.with_progress(translate("Welcome", "Filling the demo database…")).run_in_background()


def done(window, filled: bool) -> None:
    window.reload()  # the areas read the new records when shown
    if filled:
        window.statusBar().showMessage(
            translate("Welcome", "The demo data is ready; your own database was not changed."),
            8000,
        )
