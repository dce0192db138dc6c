"""The deletions that can still be undone (Ctrl+Z), newest last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the database layer loads after the window is shown
    from isa_desk.core.services.undo import Deleted

# Enough for a working session; each snapshot holds only the rows one delete removed.
LIMIT = 50


class UndoStack(QObject):
    """Snapshots of deletions; `undo` restores the newest one."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stack: list[Deleted] = []

    def push(self, deleted: Deleted) -> None:
        self._stack.append(deleted)
        del self._stack[:-LIMIT]
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._stack)

    def description(self) -> str | None:
        """What the next undo would undo, e.g. "Delete contact “Anna Berg”"."""
        return self._stack[-1].description if self._stack else None

    def undo(self, db) -> str | None:
        """Restore the newest deletion; returns its description (None when there is none).

        When the restore fails (the data changed meanwhile: a ConflictError with a message
        for the user) the snapshot stays, so the undo can be tried again after a fix.
        """
        if not self._stack:
            return None
        from isa_desk.core.services import undo as undo_service

        undo_service.restore(db, self._stack[-1])
        deleted = self._stack.pop()
        self.changed.emit()
        return deleted.description

    def forget_contact(self, contact_id: int) -> int:
        """An erased contact out of every snapshot: a snapshot of theirs alone goes, one
        that holds others too keeps them. Returns how many snapshots changed."""
        from isa_desk.core.privacy import erasure_undo

        kept: list[Deleted] = []
        changed = 0
        for deleted in self._stack:
            left = erasure_undo.without_contact(deleted, contact_id)
            changed += left is not deleted
            if left is not None:
                kept.append(left)
        if changed:
            self._stack = kept
            self.changed.emit()
        return changed

    def clear(self) -> None:
        self._stack.clear()
        self.changed.emit()
