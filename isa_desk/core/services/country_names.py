"""How the office shows the names of countries, kept in the database's settings (shared by
everyone who uses it): one row "countries.name.<language>.<CODE>" for each name that differs
from the default (core.domain.countries.DEFAULT_NAMES, else CLDR's).

`load` and `save` also make the names the ones the program shows (countries.use), so the
window, the exports and the address lines follow the open database.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Setting
from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import CountryNames
from isa_desk.core.domain.text import without_controls
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate

PREFIX = "countries.name."
MAX_LENGTH = 80


def _stored(db: Database) -> dict[tuple[str, str], str]:
    with db.session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX))).all()
    found = {}
    for row in rows:
        language, _dot, code = row.key[len(PREFIX) :].partition(".")
        found[(language, code)] = row.value
    return found


def read(db: Database) -> CountryNames:
    """The office's names as the database keeps them."""
    return CountryNames.from_stored(_stored(db))


def load(db: Database) -> CountryNames:
    """The office's names, now shown everywhere (the window, address lines)."""
    names = read(db)
    countries.use(names)
    return names


def check(names: CountryNames) -> None:
    """A chosen name is one line of text and names its own country only: a list exported
    with it must come back to the same country."""
    for (language, code), name in names.differences().items():
        if (
            without_controls(name) != name
            or any(c in name for c in "\t\r\n")
            or len(name) > MAX_LENGTH
        ):
            raise ValidationError(
                translate("Countries", "“{name}” cannot be the name of a country.").format(
                    name=name
                ),
                f"{language}.{code}",
            )
    conflict = countries.name_conflict(names)
    if conflict is not None:
        language, code, name, other = conflict
        raise ValidationError(
            translate("Countries", "“{name}” already names another country ({code}).").format(
                name=name, code=other
            ),
            f"{language}.{code}",
        )


def save(db: Database, names: CountryNames) -> CountryNames:
    """Keep the names (one transaction) and show them from now on."""
    check(names)
    with db.transaction() as session:
        session.execute(delete(Setting).where(Setting.key.startswith(PREFIX)))
        for (language, code), name in sorted(names.differences().items()):
            session.add(Setting(key=f"{PREFIX}{language}.{code}", value=name))
    countries.use(names)
    return names


def reset(db: Database) -> CountryNames:
    """Back to the default names."""
    return save(db, CountryNames())
