"""Window tests of an editor that meets a colleague's change: the colleague's save from a
second program on the same database, and the answer to the conflict dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from isa_desk.core.db.engine import Database
from isa_desk.ui.records.editors.conflict_dialog import FIELD, ConflictDialog
from tests.ui.dialogs import answer_next_dialog


def colleague_saves(db: Database, service, record_id: int, **values) -> int:
    """A second program on the same database changes the record through `service` (a
    services module: contacts, inquiries, events); the new version."""
    other = Database.open(db.target)
    try:
        stored = service.get(other, record_id)
        return service.update(other, record_id, values, stored.version).version
    finally:
        other.close()


def table_rows(conflict: ConflictDialog) -> dict[str, list[str]]:
    """The dialog's rows by the field's label, each the texts of its six columns."""
    table = conflict.table
    rows = {}
    for row in range(table.rowCount()):
        texts = [table.item(row, c).text() if table.item(row, c) else "" for c in range(6)]
        rows[texts[FIELD]] = texts
    return rows


def answer_conflict(*clicks: str) -> tuple[list[dict[str, list[str]]], list]:
    """Click the buttons of the next conflict dialog by their names ("theirs:place", then
    "save_mine" or "reload"); cancel it when none are named. Returns the rows it showed
    (once it has shown them) and a list of what went wrong in the dialog."""
    shown: list[dict[str, list[str]]] = []

    def answer(conflict: ConflictDialog) -> None:
        shown.append(table_rows(conflict))
        for name in clicks:
            button = conflict.findChild(QAbstractButton, name)
            assert button is not None, f"no button {name!r} in the conflict dialog"
            button.click()
        if not clicks:
            conflict.reject()

    return shown, answer_next_dialog(answer, ConflictDialog)
