"""Who last changed each field of a record, and when, as the conflict dialog shows it."""

from __future__ import annotations

import datetime as dt

from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts, field_history


def test_the_latest_change_of_each_field_names_who_and_when(db, mueller):
    colleague = Database.open(db.target)
    try:
        colleague.user = "weber"
        changes = {"position": "Landrat a. D.", "phone": "02421 1"}
        version = contacts.update(colleague, mueller.id, changes, mueller.version).version
    finally:
        colleague.close()
    db.user = "schulz"
    contacts.update(db, mueller.id, {"phone": "02421 2", "tags": ["Beirat"]}, version)

    found = field_history.last_changes(
        db, "contact", mueller.id, ["position", "phone", "town", "tags"]
    )

    assert found["position"].user == "weber"
    assert found["phone"].user == "schulz"  # the later change of the two
    assert "town" not in found  # never changed since it was made
    assert "tags" not in found  # not a column: the trail does not keep it
    assert abs(found["phone"].at - dt.datetime.now()) < dt.timedelta(minutes=2)  # local time
    assert field_history.last_changes(db, "contact", mueller.id + 1, ["phone"]) == {}
