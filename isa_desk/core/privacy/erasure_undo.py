"""An erased person out of the snapshots that undo keeps of deletes (services/undo.py):
an undo must never bring them back. What else a snapshot holds (an event's other
participants, the other contacts of a delete of several) can still be restored."""

from __future__ import annotations

from dataclasses import replace

from isa_desk.core.services.undo import Deleted


def _theirs(table: str, row: dict, contact_id: int) -> bool:
    if table == "contact":
        return row.get("id") == contact_id
    if table == "not_duplicate":
        return contact_id in (row.get("first_id"), row.get("second_id"))
    return row.get("contact_id") == contact_id


def holds(deleted: Deleted, contact_id: int) -> bool:
    """Whether the snapshot holds the contact, a row of theirs or a link to them."""
    return without_contact(deleted, contact_id) is not deleted


def without_contact(deleted: Deleted, contact_id: int) -> Deleted | None:
    """The snapshot without the contact's rows and links to them: the same object when
    it holds none, None when nothing else is left in it."""
    rows = {
        table: [row for row in found if not _theirs(table, row, contact_id)]
        for table, found in deleted.rows.items()
    }
    links: dict[str, list[dict]] = {}
    for table, found in deleted.links.items():
        kept = []
        for link in found:
            if table == "contact" and link.get("id") == contact_id:
                continue
            link = {k: v for k, v in link.items() if k != "contact_id" or v != contact_id}
            if set(link) - {"id"}:
                kept.append(link)
        links[table] = kept
    if rows == deleted.rows and links == deleted.links:
        return deleted
    rows = {table: found for table, found in rows.items() if found}
    links = {table: found for table, found in links.items() if found}
    if not rows and not links:
        return None
    return replace(deleted, rows=rows, links=links)
