"""Consent per purpose: the one rule for whether a person may be written to for a purpose.

A consent is in force when it was given and not withdrawn since: withdrawn on or after the
day it was given ends it; given again after a withdrawal starts it anew.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.sql.elements import ColumnElement

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Consent, Contact

PURPOSES: tuple[ConsentPurpose, ...] = tuple(ConsentPurpose)


@dataclass(frozen=True)
class ConsentState:
    """One purpose's consent as the editor, the import and the export see it."""

    given_on: dt.date | None = None
    source: str = ""
    withdrawn_on: dt.date | None = None

    @property
    def in_force(self) -> bool:
        return in_force(self.given_on, self.withdrawn_on)

    @property
    def empty(self) -> bool:
        return self.given_on is None and not self.source and self.withdrawn_on is None


def in_force(given_on: dt.date | None, withdrawn_on: dt.date | None) -> bool:
    return given_on is not None and (withdrawn_on is None or withdrawn_on < given_on)


def in_force_clause(purpose: ConsentPurpose | str) -> ColumnElement[bool]:
    """SQL: the Consent row is the purpose's and in force (the same rule as `in_force`)."""
    return and_(
        Consent.purpose == ConsentPurpose(purpose),
        Consent.given_on.is_not(None),
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on < Consent.given_on),
    )


def has_consent_clause(purpose: ConsentPurpose | str) -> ColumnElement[bool]:
    """SQL: the contact (Contact.id) has consent in force for the purpose; for WHERE."""
    return (
        select(Consent.id)
        .where(Consent.contact_id == Contact.id, in_force_clause(purpose))
        .exists()
    )


def consenting(
    session: Session, contact_ids: Iterable[int], purpose: ConsentPurpose | str
) -> set[int]:
    """Which of the contacts have consent in force for the purpose."""
    wanted = list(dict.fromkeys(contact_ids))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):  # stays below every backend's parameter limit
        chunk = wanted[start : start + 500]
        found.update(
            session.scalars(
                select(Consent.contact_id).where(
                    Consent.contact_id.in_(chunk), in_force_clause(purpose)
                )
            )
        )
    return found


def states(contact: Contact) -> dict[ConsentPurpose, ConsentState]:
    """Every purpose's consent of a contact (an empty state where none was recorded)."""
    kept = {ConsentPurpose(row.purpose): row for row in contact.consents}
    result = {}
    for purpose in PURPOSES:
        row = kept.get(purpose)
        if row is None:
            result[purpose] = ConsentState()
        else:
            result[purpose] = ConsentState(row.given_on, row.source or "", row.withdrawn_on)
    return result


def apply(
    contact: Contact,
    wanted: Mapping[ConsentPurpose, ConsentState] | Mapping[str, ConsentState],
) -> None:
    """Set the contact's consents to `wanted` (purposes left out stay as they are); an
    empty state removes the purpose's row. Changes go through the session, so the audit
    trail records them."""
    rows = {ConsentPurpose(row.purpose): row for row in contact.consents}
    for key, state in wanted.items():
        purpose = ConsentPurpose(key)
        row = rows.get(purpose)
        if state.empty:
            if row is not None:
                contact.consents.remove(row)
                session = object_session(row)
                if session is not None and row.id is not None:
                    session.delete(row)  # an orphan removed at flush escapes the trail
            continue
        if row is None:
            row = Consent(purpose=purpose, source="")
            contact.consents.append(row)
        if (row.given_on, row.source, row.withdrawn_on) != (
            state.given_on,
            state.source,
            state.withdrawn_on,
        ):
            row.given_on, row.source, row.withdrawn_on = (
                state.given_on,
                state.source,
                state.withdrawn_on,
            )
