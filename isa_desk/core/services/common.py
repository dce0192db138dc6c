"""Shapes shared by the services: list queries and pages of rows.

A list view asks `count(db, query)` and `page(db, query, offset, limit)` of a
service; filtering, searching and sorting happen in the database, and a page holds
plain frozen rows, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: search text, filters and the sort order.

    `text` is matched, folded (see core.text.search_key), against the record's
    search_text; every word must occur. A filter of None means "any".
    `sort` is one of the row's field names; unknown names fall back to the default.
    """

    text: str = ""
    country: str | None = None
    region: str | None = None
    status: str | None = None
    tag: str | None = None
    member_id: int | None = None
    organisation_id: int | None = None
    active_only: bool = False
    sort: str = ""
    descending: bool = False

    def with_(self, **changes) -> ListQuery:
        return replace(self, **changes)
