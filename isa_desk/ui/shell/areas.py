"""The main window's areas by key, each built when it is first used.

A list area costs its module's imports and its first queries; the window starts without
them and builds an area when it is first shown or asked for (`areas["events"]`). What
was built is in `built()`: reloading, saving column widths and the like concern only
those, an area built later reads its data fresh anyway. The overview's sections and the
list areas' modules are imported when first needed, too: none is imported before the
window's frame is on the screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from isa_desk.ui.common.list_view import ListArea
    from isa_desk.ui.overview.overview_view import OverviewArea


def inquiry_section(db, overview: OverviewArea) -> QWidget | None:
    """Due follow-ups and open inquiries per status (imported when the overview reads)."""
    from isa_desk.ui.overview.inquiry_section import overview_section

    return overview_section(db, overview)


def event_section(db, overview: OverviewArea) -> QWidget | None:
    """The next event with its counts and deadline (imported when the overview reads)."""
    from isa_desk.ui.overview.event_section import overview_section

    return overview_section(db, overview)


def overview_area(db) -> OverviewArea:
    """The overview, with the sections of the inquiries and events; its module (and the
    database layer with it) is imported now, after the window's frame is shown."""
    from isa_desk.ui.overview.overview_view import SECTIONS, OverviewArea

    for section in (inquiry_section, event_section):
        if section not in SECTIONS:
            SECTIONS.append(section)
    return OverviewArea(db)


def list_area_class(key: str) -> type[ListArea]:
    """The class of the list area `key`, its module imported now (not at start)."""
    if key == "members":
        from isa_desk.ui.records.members_view import MembersView

        return MembersView
    if key == "organisations":
        from isa_desk.ui.records.organisations_view import OrganisationsView

        return OrganisationsView
    if key == "contacts":
        from isa_desk.ui.records.contacts_view import ContactsView

        return ContactsView
    if key == "inquiries":
        from isa_desk.ui.inquiries.inquiries_view import InquiriesView

        return InquiriesView
    from isa_desk.ui.events.events_view import EventsView

    return EventsView


def is_list(area: QWidget | None) -> bool:
    """Whether `area` is a list area; none can be before the lists' module is imported."""
    list_view = sys.modules.get("isa_desk.ui.common.list_view")
    return list_view is not None and isinstance(area, list_view.ListArea)


class Areas(Mapping[str, QWidget]):
    """Every area's key, in the navigation's order; `self[key]` builds the area if needed.

    `before_use` runs whenever an area is handed out by key: the window finishes what
    its start left for after the first paint (the overview's figures), so an area asked
    for by key is always one that shows its data."""

    def __init__(
        self,
        keys: Iterable[str],
        build: Callable[[str], QWidget],
        before_use: Callable[[], None] | None = None,
    ):
        self._keys = list(keys)
        self._build = build
        self._before_use = before_use
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        area = self.area(key)
        if self._before_use is not None:
            self._before_use()
        return area

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def area(self, key: str) -> QWidget:
        """The area of `key`, built now if it was not yet."""
        if key not in self._keys:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def built(self) -> dict[str, QWidget]:
        """The areas built so far, in the navigation's order."""
        return {key: self._built[key] for key in self._keys if key in self._built}

    def is_built(self, key: str) -> bool:
        return key in self._built
