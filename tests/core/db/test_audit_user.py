"""The audit trail names who changed a record: the database's user, by default the
operating-system user, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.services import audit_log, members, undo


def test_the_operating_system_user_by_default(db):
    assert db.user == audit.current_user()
    member = members.create(db, {"name": "Foshan", "kind": "city", "country": "CN"})
    [entry] = audit_log.trail(db, "member", member.id)
    assert entry.user == audit.current_user()


def test_two_colleagues_are_told_apart(db):
    db.user = "anna"
    colleague = Database.open(db.target)
    colleague.user = "ben"
    try:
        member = members.create(db, {"name": "Kreis Düren", "kind": "district", "country": "DE"})
        members.update(colleague, member.id, {"region": "Nordrhein-Westfalen"}, member.version)
        trail = audit_log.trail(db, "member", member.id)
        assert [(entry.user, entry.action.value) for entry in trail] == [
            ("ben", "update"),
            ("anna", "create"),
        ]

        deleted = members.delete(colleague, [member.id])
        undo.restore(db, deleted)  # undo writes its own trail entries, by whoever undid
        newest = audit_log.trail(db, "member", member.id)[0]
        assert newest.user == "anna"
    finally:
        colleague.close()
