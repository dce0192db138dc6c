"""The erased marker in the audit trail's changes."""

from __future__ import annotations

import json

from isa_desk.core.privacy.marker import ERASED, is_erased, scrub_changes


def test_values_give_way_to_the_marker_and_field_names_and_kept_ids_stay():
    changes = json.dumps(
        {
            "email": ["anna@example.org", "anna.berg@example.org"],
            "family_name": "Berg",
            "member_id": [3, 4],
            "notes": ["", "Rief an"],
            "no_post": False,
        }
    )

    scrubbed = json.loads(scrub_changes(changes, keep=frozenset({"member_id"})))

    assert scrubbed == {
        "email": [ERASED, ERASED],
        "family_name": ERASED,
        "member_id": [3, 4],
        "notes": ["", ERASED],
        "no_post": False,
    }
    assert is_erased(scrubbed["family_name"]) and not is_erased("Berg")
    assert "anna" not in scrub_changes(changes) and "Berg" not in scrub_changes(changes)


def test_broken_changes_become_an_empty_object():
    assert scrub_changes("not json") == "{}"
    assert scrub_changes("[1, 2]") == "{}"
    assert scrub_changes("") == "{}"
