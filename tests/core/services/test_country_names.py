"""Countries beyond the old short list: contacts in Hong Kong, Taiwan, Macao, Kazakhstan and
Mongolia saved through the service, and the office's names kept in the database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Setting
from isa_desk.core.domain import countries
from isa_desk.core.domain.countries import CountryNames, country_name
from isa_desk.core.errors import ValidationError
from isa_desk.core.services import contacts, country_names

# (as typed, the code, the country line of the address)
ABROAD = [
    ("Hongkong", "HK", "HONGKONG"),
    ("台湾", "TW", "TAIWAN"),
    ("澳門", "MO", "MACAU"),
    ("Kasachstan", "KZ", "KASACHSTAN"),
    ("Mongolei", "MN", "MONGOLEI"),
]


@pytest.fixture(autouse=True)
def default_names():
    """The names shown are process-wide: each test ends with the defaults again."""
    yield
    countries.use(CountryNames())


def stored_settings(db: Database) -> dict[str, str]:
    fresh = Database.open(db.target)
    try:
        with fresh.session() as session:
            rows = session.scalars(
                select(Setting).where(Setting.key.startswith(country_names.PREFIX))
            )
            return {row.key: row.value for row in rows}
    finally:
        fresh.close()


def test_contacts_abroad_are_saved_with_the_iso_code(db):
    for number, (typed, _code, _line) in enumerate(ABROAD):
        contacts.create(
            db,
            {
                "gender": "female",
                "given_name": "Mei",
                "family_name": f"Chan{number}",
                "street": f"{number + 1} Queen's Road",
                "postcode": "",
                "town": "Hauptstadt",
                "country": typed,
            },
        )
    fresh = Database.open(db.target)
    try:
        with fresh.session() as session:
            stored = session.scalars(select(Contact).order_by(Contact.family_name)).all()
            assert [c.country for c in stored] == [code for _t, code, _l in ABROAD]
            for contact, (_typed, _code, line) in zip(stored, ABROAD, strict=True):
                lines = address_lines(contact)
                assert lines[-1] == line
                assert lines[-2] == "HAUPTSTADT"
    finally:
        fresh.close()


def test_an_unknown_country_is_refused(db):
    with pytest.raises(ValidationError, match="Atlantis"):
        contacts.create(db, {"family_name": "Nemo", "country": "Atlantis"})


def test_the_defaults_need_no_row(db):
    names = country_names.load(db)
    assert names == CountryNames()
    assert country_name("HK", "zh") == "中国香港"
    assert stored_settings(db) == {}


def test_chosen_names_are_kept_in_the_database(db):
    chosen = CountryNames().with_name("HK", "zh", "").with_name("KZ", "de", "Republik Kasachstan")
    country_names.save(db, chosen)
    assert stored_settings(db) == {
        "countries.name.zh.HK": "中国香港特别行政区",
        "countries.name.de.KZ": "Republik Kasachstan",
    }
    assert country_name("HK", "zh") == "中国香港特别行政区"  # shown from now on
    countries.use(CountryNames())
    fresh = Database.open(db.target)
    try:
        assert country_names.load(fresh) == chosen
    finally:
        fresh.close()
    assert country_name("KZ", "de") == "Republik Kasachstan"
    astana = {"family_name": "Li", "street": "Abai 1", "town": "Astana", "country": "KZ"}
    assert address_lines(astana)[-1] == "REPUBLIK KASACHSTAN"

    country_names.reset(db)
    assert stored_settings(db) == {}
    assert country_name("HK", "zh") == "中国香港"


def test_a_name_that_names_another_country_is_refused_and_nothing_is_written(db):
    country_names.save(db, CountryNames().with_name("TW", "de", "Republik China (Taiwan)"))
    before = stored_settings(db)
    for bad in ("China", "Zeile\nzwei", "x" * 81):
        with pytest.raises(ValidationError):
            country_names.save(db, CountryNames().with_name("TW", "de", bad))
        assert stored_settings(db) == before
    assert country_name("TW", "de") == "Republik China (Taiwan)"
