"""The lists: what a list service answers, and which service serves which list.

A list service counts the records a ListQuery matches and returns one page of their
rows, searched, filtered and sorted in the database; SORT_KEYS names the row fields it
sorts by. The list views and the export use a service only through this contract.

The record lists (members, organisations, contacts) also give the WHERE conditions and
the ORDER BY their pages use (`list_order`), so that the export reads a whole list in
one streamed query, in the order the window shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from isa_desk.core.db.engine import Database
from isa_desk.core.services import contacts, events, inquiries, members, organisations, participants
from isa_desk.core.services.common import ListQuery


class ListService(Protocol):
    """A list of records, counted and read page by page (see services.common)."""

    @property
    def SORT_KEYS(self) -> tuple[str, ...]:
        """The row fields the list sorts by."""
        ...

    def count(self, db: Database, query: ListQuery) -> int: ...

    def page(self, db: Database, query: ListQuery, offset: int, limit: int) -> Sequence[Any]: ...


class RecordListService(ListService, Protocol):
    """A list whose whole query the export reads in one statement."""

    def list_order(self, db: Database, query: ListQuery) -> tuple[list, list]:
        """The WHERE conditions and the ORDER BY of `query`, as `page` uses them."""
        ...


RECORD_LISTS: dict[str, RecordListService] = {
    "members": members,
    "organisations": organisations,
    "contacts": contacts,
}

# "participants" counts and pages a ParticipantQuery (one event's participants)
LISTS: dict[str, ListService] = {
    **RECORD_LISTS,
    "inquiries": inquiries,
    "events": events,
    "participants": participants,
}


def service(name: str) -> ListService:
    """The service of the list `name` ("members", "contacts", …)."""
    return LISTS[name]
