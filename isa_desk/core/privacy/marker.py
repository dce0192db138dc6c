"""The marker that takes a personal value's place in the audit trail when the value is
erased (a person erased for good, or old values past their retention): the entry stays,
so the history of other records remains readable, but the value is gone."""

from __future__ import annotations

import json

ERASED = "\u2205erased"  # stored as is; shown as "(erased)" in the reader's language


def is_erased(value: object) -> bool:
    return value == ERASED


def scrub_changes(changes: str, keep: frozenset[str] = frozenset()) -> str:
    """An audit entry's changes (a JSON object of field: value or field: [old, new]) with
    every value replaced by the marker, except the fields in `keep` (ids that name no
    one, such as "member_id"). The field names stay: the trail still says what changed."""
    try:
        loaded = json.loads(changes or "{}")
    except ValueError:
        return json.dumps({})
    if not isinstance(loaded, dict):
        return json.dumps({})
    scrubbed: dict[str, object] = {}
    for field, value in loaded.items():
        if field in keep:
            scrubbed[field] = value
        elif isinstance(value, list) and len(value) == 2:
            scrubbed[field] = [_blank(value[0]), _blank(value[1])]
        else:
            scrubbed[field] = _blank(value)
    return json.dumps(scrubbed, ensure_ascii=False, sort_keys=True)


def _blank(value: object) -> object:
    return value if value in (None, "", False) else ERASED
