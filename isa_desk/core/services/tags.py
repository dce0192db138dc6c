"""Tags: short labels on members, organisations and contacts, given by name."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Tag
from isa_desk.core.domain.sorting import text_sort_key
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate

MAX_LENGTH = 80


def names(db: Database) -> list[str]:
    """All tag names, sorted as Excel does (DIN 5007, pinyin)."""
    with db.session() as session:
        return sorted(session.scalars(select(Tag.name)), key=text_sort_key)


def clean(names_given: Iterable[str]) -> list[str]:
    """Trimmed names without blanks and without repeats that differ only in case."""
    seen: set[str] = set()
    cleaned = []
    for name in names_given or ():
        name = " ".join(str(name).split())
        if name and name.casefold() not in seen:
            if len(name) > MAX_LENGTH:
                raise ValidationError(
                    translate("Tags", "The tag “{name}” is longer than {limit} characters.").format(
                        name=name, limit=MAX_LENGTH
                    ),
                    "tags",
                )
            seen.add(name.casefold())
            cleaned.append(name)
    return cleaned


def get_or_create(session: Session, names_given: Iterable[str]) -> list[Tag]:
    """The tags of these names, made where missing; an existing tag matches in any case."""
    wanted = clean(names_given)
    if not wanted:
        return []
    # the tag table stays small (tens of names), so matching in Python is cheap
    existing = {tag.name.casefold(): tag for tag in session.scalars(select(Tag))}
    missing = [name for name in wanted if name.casefold() not in existing]
    if missing:
        _insert_new(session, missing)
        made = session.scalars(select(Tag).where(Tag.name.in_(missing)))
        existing |= {tag.name.casefold(): tag for tag in made}
    return [existing[name.casefold()] for name in wanted]


def _insert_new(session: Session, names_new: list[str]) -> None:
    """Insert the names no tag has yet. A colleague saving the same new tag at the same
    moment (team server) made it already: that one is taken, rather than the save
    failing on the unique name."""
    from sqlalchemy.dialects import postgresql, sqlite

    rows = [{"name": name} for name in names_new]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(Tag).values(rows).on_conflict_do_nothing())
