"""The whole database searched for contacts stored twice, and the pairs someone decided are
two people (they do not come again).

Comparing every contact with every other is 50 million pairs for 10,000 contacts. Only
contacts that share something are compared: the e-mail key, a phone key, the name in
characters, or the beginning of a word of the name (DIN 5007-2 folded, pinyin for a name
only in characters); a word each side shares the pair whatever the name order. Within
each such block the names are compared in C (rapidfuzz), each distinct name once, and
only the pairs with similar names are judged by the rules of domain/duplicates.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import full_name
from isa_desk.core.db.audit import current_user
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, NotDuplicate, Organisation
from isa_desk.core.domain.duplicates import (
    Person,
    Verdict,
    same_person,
    similar_to,
)
from isa_desk.core.errors import Cancelled, NotFoundError, ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services.editing import writing

PREFIX = 3  # letters of a word of the name that put two contacts into one block
_STEP = 200  # blocks between two progress reports

# what the rules read of a contact, with its organisation's member and town
PEOPLE: Select = select(
    Contact.id,
    Contact.given_name,
    Contact.family_name,
    Contact.name_order,
    Contact.name_zh,
    Contact.email,
    Contact.email_key,
    Contact.phone_key,
    Contact.mobile_key,
    Contact.organisation_id,
    Contact.member_id,
    Contact.town,
    Organisation.name.label("organisation"),
    Organisation.member_id.label("organisation_member_id"),
    Organisation.town.label("organisation_town"),
).outerjoin(Organisation, Contact.organisation_id == Organisation.id)


@dataclass(frozen=True)
class Side:
    """One contact of a pair, as the review list shows it."""

    id: int
    name: str
    organisation: str
    email: str


@dataclass(frozen=True)
class Pair:
    """Two contacts that look like one person; the smaller id first."""

    first: Side
    second: Side
    verdict: Verdict

    @property
    def reason(self) -> str:
        return self.verdict.reason

    @property
    def score(self) -> float:
        return self.verdict.score

    def text(self) -> str:
        """Why the two look like one person, as the user reads it."""
        return self.verdict.text()


def person(row) -> Person:
    """The rules' view of a row of PEOPLE (or of a form's values with the same names)."""
    members = {row.member_id, row.organisation_member_id} - {None}
    return Person(
        given=row.given_name or "",
        family=row.family_name or "",
        name_zh=row.name_zh or "",
        email_key=row.email_key or "",
        phone_keys=tuple(key for key in (row.phone_key, row.mobile_key) if key),
        organisation_id=row.organisation_id,
        member_ids=tuple(sorted(members)),
        town=row.town or row.organisation_town or "",
    )


def side(row) -> Side:
    name = full_name(row)
    if row.name_zh and name != row.name_zh:
        name = f"{name} {row.name_zh}"
    return Side(row.id, name, row.organisation or "", row.email or "")


def people(session: Session, *where) -> list:
    """The rows of PEOPLE for the contacts `where` names (all without), by id."""
    return list(session.execute(PEOPLE.where(*where).order_by(Contact.id)))


def blocks(persons: list[Person]) -> list[tuple[str, list[int]]]:
    """(kind, indexes) of the `persons` that share a key, in blocks of two or more; the
    kind is "email", "phone", "zh" (the name in characters) or "word"."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, one in enumerate(persons):
        keys = {("email", one.email_key)} if one.email_key else set()
        keys |= {("phone", phone) for phone in one.phone_keys}
        if one.zh:
            keys.add(("zh", one.zh))
        keys |= {("word", word[:PREFIX]) for word in one.key.split() if len(word) > 1}
        for key in keys:
            found[key].append(index)
    return [(kind, block) for (kind, _key), block in found.items() if len(block) > 1]


def similar_in(block: list[int], persons: list[Person]) -> Iterator[tuple[int, int, float]]:
    """(index, index, name score) of the people of a block whose names are similar; each
    distinct name is compared once, with the names after it."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for index in block:
        by_key[persons[index].key].append(index)
    keys = list(by_key)
    for position, key in enumerate(keys):
        group = by_key[key]
        if key:
            for number, first in enumerate(group):
                for second in group[number + 1 :]:
                    yield first, second, 100.0
        for offset, score in similar_to(key, keys[position + 1 :]).items():
            for first in group:
                for second in by_key[keys[position + 1 + offset]]:
                    yield first, second, score


def all_in(block: list[int]) -> Iterator[tuple[int, int, float | None]]:
    """Every pair of a block (one e-mail key or one name in characters: few people)."""
    for number, first in enumerate(block):
        for second in block[number + 1 :]:
            yield first, second, None


def find_pairs(
    db: Database,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Pair]:
    """Every pair of contacts that look like one person, surest first, without the pairs
    someone marked as two people."""
    progress = or_silent(progress)
    progress.step(0, 0)
    with db.session() as session:
        rows = people(session)
        decided = set(session.execute(select(NotDuplicate.first_id, NotDuplicate.second_id)))
    persons = [person(row) for row in rows]
    found = blocks(persons)
    judged: set[tuple[int, int]] = set()
    pairs: list[Pair] = []
    for number, (kind, block) in enumerate(found):
        if number % _STEP == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            progress.step(number, len(found))
        # one address or one name in characters: all are alike; else compare the names
        candidates: Iterator[tuple[int, int, float | None]]
        candidates = all_in(block) if kind in ("email", "zh") else similar_in(block, persons)
        for first, second, score in candidates:
            first, second = min(first, second), max(first, second)
            ids = (rows[first].id, rows[second].id)
            if (first, second) in judged or ids in decided:
                continue
            judged.add((first, second))
            verdict = same_person(persons[first], persons[second], score)
            if verdict is not None:
                pairs.append(Pair(side(rows[first]), side(rows[second]), verdict))
    progress.step(len(found), len(found))
    pairs.sort(key=lambda p: (p.verdict.rank, p.first.name.casefold(), p.first.id))
    return pairs


def mark_not_duplicate(db: Database, first_id: int, second_id: int) -> None:
    """Remember that two contacts are two people: find_pairs does not show them again."""
    if first_id == second_id:
        raise ValidationError(
            translate("Duplicates", "A contact cannot be a duplicate of itself."), "id"
        )
    first_id, second_id = sorted((first_id, second_id))
    with writing(db) as session:
        if session.get(Contact, first_id) is None or session.get(Contact, second_id) is None:
            raise NotFoundError(
                translate("Contacts", "One of the two contacts does not exist (any more).")
            )
        known = session.scalar(
            select(NotDuplicate.id).where(
                NotDuplicate.first_id == first_id, NotDuplicate.second_id == second_id
            )
        )
        if known is None:  # the audit trail records the decision with the rest
            user = session.info.get("user") or current_user()
            session.add(NotDuplicate(first_id=first_id, second_id=second_id, user=user))
