"""What an editor does when its save meets a colleague's newer version: the conflict
dialog compares both field by field; "Save my changes" writes only the fields the user
changed (but those where they chose the colleague's value) over the newer version,
checked against its version number, so that a third change in between is caught and
compared again; "Discard mine and reload" shows the newer version; Cancel goes back to
the editor with every typed value in place.

The record editors, the inquiry editor and the event editor mix in SettlesConflicts and
provide, besides `db` and `version` (the version the editor loaded):

    stored()                      the record as stored now (None for a new record);
                                  NotFoundError when it was deleted
    sides(fresh)                  conflict_dialog.Sides: the fields, the editor's values,
                                  the record's values as loaded and as stored now
    save_changes(changes, version)  write exactly `changes`, checked against `version`,
                                  and go on as after the editor's own save
    reload()                      show the record as stored now, the typed values gone
    tell(message)                 a message in the editor
    show_validation_error(error)  a broken rule, at its field
"""

from __future__ import annotations

from isa_desk.core.errors import ConflictError, IsaDeskError, NotFoundError, ValidationError
from isa_desk.core.services import field_history
from isa_desk.ui.records.editors.conflict_dialog import ConflictDialog, Sides, differences


class SettlesConflicts:
    """Mixed into an editor (a QDialog) that provides the methods named above."""

    def settle_conflict(self, error: ConflictError) -> bool:
        """Someone else saved the record meanwhile: both versions side by side, then the
        user's changes over the newer one, or the newer one reloaded. True when saved."""
        seen = None
        while True:
            try:
                fresh = self.stored()
            except NotFoundError as gone:
                self.tell(str(gone))
                return False
            if fresh is None or fresh.version in (self.version, seen):
                break  # not a newer version: a rule was broken, the message says which
            sides = self.sides(fresh)
            dialog = self._compare(sides, fresh)
            answer, kept_theirs = dialog.exec(), dialog.kept_theirs()
            dialog.deleteLater()
            if answer == ConflictDialog.RELOAD:
                self.reload()
                return False
            if answer != ConflictDialog.SAVE:
                break
            # only the user's fields are sent: a colleague's field is never written back
            # with the value the editor loaded
            changes = {k: v for k, v in sides.mine().items() if k not in kept_theirs}
            try:
                self.save_changes(changes, fresh.version)
                return True
            except ConflictError as again:  # a third change in between: compare again
                error, seen = again, fresh.version
            except ValidationError as problem:
                self.show_validation_error(problem)
                return False
            except IsaDeskError as problem:  # deleted meanwhile, or the database is locked
                self.tell(str(problem))
                return False
        self.tell(str(error))
        return False

    def conflict_with(self, fresh) -> ConflictDialog:
        """The dialog that compares the editor with `fresh`, the record as stored now."""
        return self._compare(self.sides(fresh), fresh)

    def _compare(self, sides: Sides, fresh) -> ConflictDialog:
        who = field_history.last_changes(self.db, type(fresh).__tablename__, fresh.id, sides.fields)
        return ConflictDialog(self, sides.name, differences(sides, who))

    # provided by the editor
    db: object
    version: int | None

    def stored(self):
        raise NotImplementedError

    def sides(self, fresh) -> Sides:
        raise NotImplementedError

    def save_changes(self, changes: dict, version: int) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def tell(self, message: str) -> None:
        raise NotImplementedError

    def show_validation_error(self, error: ValidationError) -> None:
        raise NotImplementedError
