"""Search, filters, sorting and paging of the three lists, with and without the
trigram index (SQLite with FTS5, and the LIKE search every database has)."""

import pytest
from sqlalchemy import insert

from isa_desk.core.db import Database
from isa_desk.core.models import Contact
from isa_desk.core.services import contacts, members, organisations, search, search_index
from isa_desk.core.services.common import ListQuery
from isa_desk.core.text import search_key


@pytest.fixture(scope="module", params=["like", "trigram"])
def sdb(request, tmp_path_factory):
    """A database with a few members, organisations and contacts, searched both ways.
    The tests only read it, so it is made once."""
    db = Database.open(str(tmp_path_factory.mktemp("search") / "s.sqlite"))
    if request.param == "trigram":
        assert search_index.install(db.engine)
    duren = members.create(db, {"name": "Kreis Düren", "country": "DE",
                                "region": "Nordrhein-Westfalen",
                                "status": "member", "kind": "district", "places": ["Jülich"],
                                "tags": ["Beirat"]})
    foshan = members.create(db, {"name": "Foshan", "name_zh": "佛山市", "country": "CN",
                                 "region": "Guangdong", "status": "member"})
    members.create(db, {"name": "Rüsselsheim am Main", "country": "DE", "region": "Hessen",
                        "status": "applicant", "places": ["Raunheim", "Kelsterbach"]})
    office = organisations.create(db, {"name": "Stadtverwaltung Foshan", "name_zh": "佛山市人民政府",
                                       "country": "CN", "member_id": foshan.id, "town": "佛山市"})
    agency = organisations.create(db, {"name": "Wirtschaftsförderung Düren", "country": "DE",
                                       "member_id": duren.id, "town": "Düren", "tags": ["Presse"]})
    people = [
        ("Hans", "Müller", "", agency.id, duren.id, "Düren", "DE", ["Presse"], True),
        ("Anna", "Schmidt", "", agency.id, duren.id, "Jülich", "DE", [], True),
        ("Wei", "Li", "李伟", office.id, foshan.id, "佛山市", "CN", ["Presse"], True),
        ("Jing", "Zhang", "张静", office.id, foshan.id, "佛山市", "CN", [], False),
        ("Petra", "Mueller-Lüdenscheidt", "", None, None, "Köln", "DE", [], True),
        ("Max", "100%_Sicher", "", None, None, "Berlin", "DE", [], True),
    ]
    for given, family, zh, org, member, town, country, tags, active in people:
        contacts.create(db, {"given_name": given, "family_name": family, "name_zh": zh,
                             "organisation_id": org, "member_id": member, "town": town,
                             "country": country, "tags": tags, "active": active,
                             "region": "Guangdong" if country == "CN" else ""})
    yield db
    db.close()


def names(rows):
    return [getattr(row, "family_name", None) or row.name for row in rows]


def found(db, service, **query):
    q = ListQuery(**query)
    rows = service.page(db, q, 0, 100)
    assert service.count(db, q) == len(rows)
    return names(rows)


def test_umlauts_and_accents_are_found_from_plain_letters(sdb):
    assert found(sdb, members, text="duren") == ["Kreis Düren"]
    assert found(sdb, members, text="DÜREN") == ["Kreis Düren"]
    assert found(sdb, members, text="russelsheim") == ["Rüsselsheim am Main"]
    assert found(sdb, contacts, text="mueller") == ["Mueller-Lüdenscheidt", "Müller"]
    assert found(sdb, contacts, text="Müller") == ["Mueller-Lüdenscheidt", "Müller"]
    assert found(sdb, organisations, text="wirtschaftsforderung") == ["Wirtschaftsförderung Düren"]


def test_chinese_characters_are_found_as_written(sdb):
    assert found(sdb, members, text="佛山") == ["Foshan"]
    assert found(sdb, members, text="佛山市") == ["Foshan"]
    assert found(sdb, organisations, text="人民政府") == ["Stadtverwaltung Foshan"]
    assert found(sdb, contacts, text="佛山") == ["Li", "Zhang"]
    assert found(sdb, contacts, text="李伟") == ["Li"]
    assert found(sdb, contacts, text="伟") == ["Li"]


def test_places_of_a_member_are_searched_too(sdb):
    assert found(sdb, members, text="kelsterbach") == ["Rüsselsheim am Main"]
    assert found(sdb, members, text="julich") == ["Kreis Düren"]


def test_every_word_must_occur_in_any_order(sdb):
    assert found(sdb, contacts, text="hans muller") == ["Müller"]
    assert found(sdb, contacts, text="muller hans") == ["Müller"]
    assert found(sdb, contacts, text="hans schmidt") == []
    assert found(sdb, contacts, text="  anna   ") == ["Schmidt"]


def test_percent_and_underscore_are_taken_literally(sdb):
    assert found(sdb, contacts, text="100%_") == ["100%_Sicher"]
    assert found(sdb, contacts, text="%") == ["100%_Sicher"]
    assert found(sdb, contacts, text="_") == ["100%_Sicher"]
    assert found(sdb, contacts, text='"') == []


def test_filters_by_country_region_status_and_tag(sdb):
    assert found(sdb, members, country="CN") == ["Foshan"]
    assert found(sdb, members, region="Hessen") == ["Rüsselsheim am Main"]
    assert found(sdb, members, status="applicant") == ["Rüsselsheim am Main"]
    assert found(sdb, members, status="member", country="DE") == ["Kreis Düren"]
    assert found(sdb, members, tag="Beirat") == ["Kreis Düren"]
    assert found(sdb, members, tag="Nobody") == []
    assert found(sdb, organisations, country="CN") == ["Stadtverwaltung Foshan"]
    assert found(sdb, organisations, tag="Presse") == ["Wirtschaftsförderung Düren"]
    assert found(sdb, contacts, country="CN", region="Guangdong") == ["Li", "Zhang"]
    assert found(sdb, contacts, tag="Presse") == ["Li", "Müller"]
    assert found(sdb, contacts, tag="Presse", text="wei") == ["Li"]


def test_contacts_of_one_member_or_organisation_and_only_active_ones(sdb):
    foshan = members.page(sdb, ListQuery(text="foshan"), 0, 1)[0]
    office = organisations.page(sdb, ListQuery(country="CN"), 0, 1)[0]
    assert found(sdb, contacts, member_id=foshan.id) == ["Li", "Zhang"]
    assert found(sdb, contacts, organisation_id=office.id) == ["Li", "Zhang"]
    assert found(sdb, contacts, organisation_id=office.id, active_only=True) == ["Li"]
    assert found(sdb, organisations, member_id=foshan.id) == ["Stadtverwaltung Foshan"]


def test_rows_carry_the_names_of_linked_records(sdb):
    row = contacts.page(sdb, ListQuery(text="hans"), 0, 1)[0]
    assert (row.organisation, row.member, row.language, row.active) == (
        "Wirtschaftsförderung Düren", "Kreis Düren", "de", True)
    member = members.page(sdb, ListQuery(text="russelsheim"), 0, 1)[0]
    assert member.places == "Raunheim, Kelsterbach"
    assert (member.status, member.kind, member.contacts) == ("applicant", "city", 0)
    duren = members.page(sdb, ListQuery(text="duren"), 0, 1)[0]
    assert duren.contacts == 2
    org = organisations.page(sdb, ListQuery(text="stadtverwaltung"), 0, 1)[0]
    assert (org.member, org.kind, org.advisory_board) == ("Foshan", "other", False)


@pytest.mark.parametrize("service", [members, organisations, contacts])
def test_every_sort_key_sorts_both_ways(sdb, service):
    everything = service.count(sdb, ListQuery())
    for key in service.SORT_KEYS:
        for descending in (False, True):
            for text in ("", "e"):
                q = ListQuery(sort=key, descending=descending, text=text)
                rows = service.page(sdb, q, 0, 100)
                assert len(rows) == service.count(sdb, q) <= everything
                values = [getattr(row, key) for row in rows]
                present = [v for v in values if v is not None]
                assert present == sorted(present, reverse=descending), (key, descending)


def test_contacts_sort_by_family_then_given_name_by_default(sdb):
    assert found(sdb, contacts) == ["100%_Sicher", "Li", "Mueller-Lüdenscheidt", "Müller",
                                    "Schmidt", "Zhang"]
    rows = contacts.page(sdb, ListQuery(sort="organisation"), 0, 100)
    assert [r.organisation for r in rows][:2] == ["", ""]
    assert [r.organisation for r in rows][-1] == "Wirtschaftsförderung Düren"


def test_an_unknown_sort_key_falls_back_to_the_default(sdb):
    assert found(sdb, contacts, sort="search_text; DROP TABLE contact") == found(sdb, contacts)
    assert found(sdb, members, sort="notes") == ["Foshan", "Kreis Düren", "Rüsselsheim am Main"]


def _bulk_contacts(db, count, family="Gleich"):
    rows = []
    for i in range(count):
        given = f"Vorname{i % 7}"
        rows.append({"given_name": given, "family_name": family, "email_key": None,
                     "search_text": search_key(f"{given} {family}")})
    with db.transaction() as session:
        session.execute(insert(Contact), rows)


@pytest.mark.parametrize("index", [False, True])
def test_pages_neither_repeat_nor_skip_rows_when_sort_values_tie(db, index, monkeypatch):
    if index:
        search_index.install(db.engine)
    _bulk_contacts(db, 95)
    for text in ("", "gleich", "vorname3"):
        for probe in (search.PROBE_LIMIT, 5):  # few matches, and "many" for the index
            monkeypatch.setattr(search, "PROBE_LIMIT", probe)
            q = ListQuery(text=text, sort="given_name")
            whole = [r.id for r in contacts.page(db, q, 0, 500)]
            pages = [r.id for offset in range(0, len(whole), 10)
                     for r in contacts.page(db, q, offset, 10)]
            assert pages == whole
            assert len(set(whole)) == len(whole) == contacts.count(db, q)
    assert contacts.count(db, ListQuery(text="vorname3")) == 14


def test_the_index_follows_inserts_updates_and_deletes(indexed_db):
    db = indexed_db
    _bulk_contacts(db, 3, family="Massenimport")  # written around the services
    assert found(db, contacts, text="massenimport") == ["Massenimport"] * 3
    person = contacts.create(db, {"given_name": "Erika", "family_name": "Musterfrau"})
    assert found(db, contacts, text="musterfrau") == ["Musterfrau"]
    contacts.update(db, person.id, {"family_name": "Beispiel"}, person.version)
    assert found(db, contacts, text="musterfrau") == []
    assert found(db, contacts, text="beispiel") == ["Beispiel"]
    contacts.delete(db, [person.id])
    assert found(db, contacts, text="beispiel") == []


def test_installing_the_index_twice_is_harmless_and_finds_old_rows(db):
    _bulk_contacts(db, 4, family="Vorhanden")
    assert search_index.install(db.engine)
    assert search_index.install(db.engine)
    assert search_index.available(db.engine) == {"contact_search"}
    assert found(db, contacts, text="vorhanden") == ["Vorhanden"] * 4


def test_search_words_are_folded_and_unique():
    assert search.words("  Müller  mueller DÜREN ") == ["muller", "duren"]
    assert search.words("") == []
    assert search_index.fts_query(['a"b', "c"]) == '"a""b" AND "c"'
