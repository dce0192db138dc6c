"""A colleague's change reaches the window within seconds.

Every two seconds the window asks its database whether other connections committed
something (core.db.changes: LISTEN/NOTIFY on PostgreSQL, the data version on SQLite).
When they did, the shown list reloads as View › Reload does (selection and scroll kept),
the overview and the status bar's due follow-ups refresh, and each open record editor
whose record was saved meanwhile says by whom and when: one without unsaved changes
shows the new values at once, one with typed changes offers Reload or Keep editing.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from isa_desk.core.db.changes import ChangeWatcher
from isa_desk.core.db.engine import Database
from isa_desk.core.errors import NotFoundError
from isa_desk.ui.common.display import date_text

if TYPE_CHECKING:
    from isa_desk.ui.records.editors.dialog import EditorDialog

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

INTERVAL_MS = 2000
# the editor's record version its banner told of, and the banner's text then
TOLD_VERSION = "liveUpdatesVersion"
TOLD_TEXT = "liveUpdatesText"


class LiveUpdates(QObject):
    """Polls the window's database for other connections' changes and shows them."""

    changed = Signal()  # the window took in a change

    def __init__(self, window, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.watcher: ChangeWatcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self, db: Database) -> None:
        """Watch `db` (the window's database, a new one after File › Open)."""
        self.stop()
        try:
            self.watcher = ChangeWatcher(db)
        except (OSError, sqlite3.Error, SQLAlchemyError) as error:  # the window works without
            log.warning("not watching %s for changes: %s", db.location, error)
            return
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

    def poll(self) -> None:
        watcher = self.watcher
        if watcher is None or watcher.db is not self.window.db:
            return
        if not watcher.poll():
            return
        self.window.reload()  # what is shown reloads now, the other areas when next shown
        self.window.due_notice.refresh()
        for editor in open_editors(watcher.db):
            tell_editor(editor)
        self.changed.emit()


def start(window) -> LiveUpdates:
    """Live updates for `window`, watching its database."""
    updates = LiveUpdates(window)
    updates.start(window.db)
    return updates


def open_editors(db: Database) -> list[EditorDialog]:
    """The record editors open on `db` (modal dialogs are top-level widgets)."""
    from isa_desk.ui.records.editors.dialog import EditorDialog  # not needed at start

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, EditorDialog)
        and widget.db is db
        and widget.record_id is not None
        and widget.isVisible()
    ]


def tell_editor(editor: EditorDialog) -> None:
    """Tell an editor that its record was saved meanwhile by someone else, once a version."""
    try:
        record = editor.service().get(editor.db, editor.record_id)
    except NotFoundError:  # deleted: saving says so, beside the typed values
        return
    if record.version == editor.version or editor.property(TOLD_VERSION) == record.version:
        return
    banner = editor.banner
    if banner.isVisible() and banner.text.text() != editor.property(TOLD_TEXT):
        return  # a conflict or an error is shown: it says more than this news would
    text = changed_text(editor.db, record)
    if editor.form.is_dirty():
        actions = [
            (translate("LiveUpdates", "Reload"), editor.reload),
            (translate("LiveUpdates", "Keep editing"), banner.clear),
        ]
    else:  # nothing typed would be lost: show the stored values at once
        editor.reload()
        text += " " + translate("LiveUpdates", "The form shows the new values.")
        actions = []
    editor.setProperty(TOLD_VERSION, record.version)
    editor.setProperty(TOLD_TEXT, text)
    banner.show_message(text, actions, notice=True)


def changed_text(db: Database, record) -> str:
    """ "Changed by anna at 12.03.2025, 14:05." from the record's newest audit entry."""
    from isa_desk.core.domain.dates import local_time  # babel's calendars: not at start
    from isa_desk.core.services import audit_log

    trail = audit_log.trail(db, record.__tablename__, record.id)
    if not trail or not trail[0].user:
        return translate("LiveUpdates", "Changed by someone else at {time}.").format(
            time=date_text(local_time(record.updated_at))
        )
    newest = trail[0]
    return translate("LiveUpdates", "Changed by {user} at {time}.").format(
        user=newest.user, time=date_text(local_time(newest.at))
    )
