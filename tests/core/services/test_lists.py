"""Every registered list service keeps the list contract (core.services.lists), and the
export of a list has the rows the service counts and pages, in the service's order."""

from __future__ import annotations

import pytest

from isa_desk.core.exchange.exporting import rows
from isa_desk.core.services import events, lists
from isa_desk.core.services.common import ListQuery
from isa_desk.core.services.participants import ParticipantQuery

EVERYTHING = 10**6


def test_the_registry_names_the_lists():
    assert set(lists.LISTS) == {
        "members",
        "organisations",
        "contacts",
        "inquiries",
        "participants",
        "events",
    }
    assert set(lists.RECORD_LISTS) <= set(lists.LISTS)
    assert set(rows.PAGES) <= set(lists.LISTS)  # what is exported is a registered list


@pytest.mark.parametrize("name", list(lists.LISTS))
def test_every_service_keeps_the_contract(name):
    service = lists.service(name)
    assert callable(service.count) and callable(service.page)
    assert isinstance(service.SORT_KEYS, tuple) and service.SORT_KEYS
    assert all(isinstance(key, str) for key in service.SORT_KEYS)
    if name in lists.RECORD_LISTS:
        assert callable(service.list_order)


def _event_with_participants(db) -> int:
    return next(row.id for row in events.page(db, ListQuery(), 0, EVERYTHING) if row.total)


def _queries(db, name: str) -> list[ListQuery]:
    service = lists.service(name)
    if name == "participants":
        event_id = _event_with_participants(db)
        return [ParticipantQuery(event_id=event_id)]
    return [ListQuery(), ListQuery(country="DE", sort=service.SORT_KEYS[-1], descending=True)]


@pytest.mark.parametrize("name", list(lists.LISTS))
def test_count_and_page_agree_on_the_demo_data(demo_db, name):
    service = lists.service(name)
    for query in _queries(demo_db, name):
        total = service.count(demo_db, query)
        page = service.page(demo_db, query, 0, EVERYTHING)
        assert total == len(page) and len({row.id for row in page}) == total
        assert service.page(demo_db, query, 1, 2) == page[1:3]
    assert (
        service.count(
            demo_db, ListQuery() if name != "participants" else _queries(demo_db, name)[0]
        )
        > 0
    )


@pytest.mark.parametrize("name", list(rows.PAGES))
def test_the_export_has_the_rows_of_the_service(demo_db, name):
    service = lists.service(name)
    for query in _queries(demo_db, name):
        event_id = query.event_id if isinstance(query, ParticipantQuery) else None
        selection = rows.Selection(
            ListQuery(status=query.status) if event_id else query, None, event_id
        )
        exported = [row["id"] for page in rows.PAGES[name](demo_db, selection) for row in page]
        listed = [
            row.contact_id if event_id else row.id
            for row in service.page(demo_db, query, 0, EVERYTHING)
        ]
        assert rows.count(demo_db, name, selection) == len(exported)
        assert service.count(demo_db, query) == len(exported)
        if event_id:  # the export sorts participants by name, the list by its own keys
            assert sorted(exported) == sorted(listed)
        else:
            assert exported == listed
