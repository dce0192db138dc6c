"""Search, filters, sorting and paging of the three lists, with and without the
trigram index (SQLite with FTS5, and the LIKE search every database has)."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from isa_desk.core.db import search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Tag
from isa_desk.core.domain.sorting import person_sort_key
from isa_desk.core.domain.text import search_key
from isa_desk.core.services import contacts, members, organisations, search, undo
from isa_desk.core.services.common import ListQuery

STORED_0001 = Path(__file__).resolve().parents[2] / "data" / "schema-0001.sqlite"


@pytest.fixture(scope="module", params=["like", "trigram"])
def sdb(request, tmp_path_factory):
    """A database with a few members, organisations and contacts, searched both ways.
    The tests only read it, so it is made once."""
    db = Database.open(str(tmp_path_factory.mktemp("search") / "s.sqlite"))
    if request.param == "like":
        search_index.drop(db.engine)
    assert bool(search_index.available(db.engine)) == (request.param == "trigram")
    duren = members.create(
        db,
        {
            "name": "Kreis Düren",
            "country": "DE",
            "region": "Nordrhein-Westfalen",
            "status": "member",
            "kind": "district",
            "places": ["Jülich"],
            "tags": ["Beirat"],
        },
    )
    foshan = members.create(
        db,
        {
            "name": "Foshan",
            "name_zh": "佛山市",
            "country": "CN",
            "region": "Guangdong",
            "status": "member",
        },
    )
    members.create(
        db,
        {
            "name": "Rüsselsheim am Main",
            "country": "DE",
            "region": "Hessen",
            "status": "applicant",
            "places": ["Raunheim", "Kelsterbach"],
        },
    )
    office = organisations.create(
        db,
        {
            "name": "Stadtverwaltung Foshan",
            "name_zh": "佛山市人民政府",
            "country": "CN",
            "member_id": foshan.id,
            "town": "佛山市",
        },
    )
    agency = organisations.create(
        db,
        {
            "name": "Wirtschaftsförderung Düren",
            "country": "DE",
            "member_id": duren.id,
            "town": "Düren",
            "tags": ["Presse"],
        },
    )
    people = [
        ("Hans", "Müller", "", agency.id, duren.id, "Düren", "DE", ["Presse"], True),
        ("Anna", "Schmidt", "", agency.id, duren.id, "Jülich", "DE", [], True),
        ("Wei", "Li", "李伟", office.id, foshan.id, "佛山市", "CN", ["Presse"], True),
        ("Jing", "Zhang", "张静", office.id, foshan.id, "佛山市", "CN", [], False),
        ("Petra", "Mueller-Lüdenscheidt", "", None, None, "Köln", "DE", [], True),
        ("Max", "100%_Sicher", "", None, None, "Berlin", "DE", [], True),
    ]
    for given, family, zh, org, member, town, country, tags, active in people:
        contacts.create(
            db,
            {
                "given_name": given,
                "family_name": family,
                "name_zh": zh,
                "organisation_id": org,
                "member_id": member,
                "town": town,
                "country": country,
                "tags": tags,
                "active": active,
                "region": "Guangdong" if country == "CN" else "",
            },
        )
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
    assert found(sdb, contacts, text="佛") == ["Li", "Zhang"]
    assert found(sdb, contacts, text="山市") == ["Li", "Zhang"]
    assert found(sdb, contacts, text="伟李") == []
    assert found(sdb, contacts, text="伟伟") == []
    assert found(sdb, contacts, text="静 li") == []
    assert found(sdb, contacts, text="静 zhang") == ["Zhang"]


def test_chinese_words_of_one_character_are_looked_up_in_the_index(sdb):
    with sdb.session() as session:
        for text in ("佛", "佛山", "李伟"):
            hit = search.match(session, sdb, Contact.search_text, text, [])
            assert hit.few == bool(search_index.available(sdb.engine)), text
        short = search.match(session, sdb, Contact.search_text, "li", [])
        assert not short.few  # two Latin letters: tested with LIKE


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
    assert found(sdb, contacts, tag="Presse", text="李") == ["Li"]
    assert found(sdb, contacts, tag="Presse", text="m") == ["Müller"]
    assert found(sdb, contacts, tag="Presse", country="DE") == ["Müller"]


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
        "Wirtschaftsförderung Düren",
        "Kreis Düren",
        "de",
        True,
    )
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
    assert found(sdb, contacts) == [
        "100%_Sicher",
        "Li",
        "Mueller-Lüdenscheidt",
        "Müller",
        "Schmidt",
        "Zhang",
    ]
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
        rows.append(
            {
                "given_name": given,
                "family_name": family,
                "email_key": None,
                "search_text": search_key(f"{given} {family}"),
            }
        )
    with db.transaction() as session:
        session.execute(insert(Contact), rows)


@pytest.mark.parametrize("index", [False, True])
def test_pages_neither_repeat_nor_skip_rows_when_sort_values_tie(db, index, monkeypatch):
    if not index:
        search_index.drop(db.engine)
    _bulk_contacts(db, 95)
    for text in ("", "gleich", "vorname3"):
        for probe in (search.PROBE_LIMIT, 5):  # few matches, and "many" for the index
            monkeypatch.setattr(search, "PROBE_LIMIT", probe)
            q = ListQuery(text=text, sort="given_name")
            whole = [r.id for r in contacts.page(db, q, 0, 500)]
            pages = [
                r.id
                for offset in range(0, len(whole), 10)
                for r in contacts.page(db, q, offset, 10)
            ]
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
    search_index.drop(db.engine)
    _bulk_contacts(db, 4, family="Vorhanden")
    assert search_index.install(db.engine)
    assert search_index.install(db.engine)
    assert search_index.available(db.engine) == {"contact_search"}
    assert found(db, contacts, text="vorhanden") == ["Vorhanden"] * 4


def test_a_new_database_has_the_index(db):
    assert search_index.available(db.engine) == {"contact_search"}


@pytest.mark.sqlite_only  # PostgreSQL's index needs no triggers
def test_missing_triggers_are_put_back_and_the_index_filled_again(indexed_db):
    db = indexed_db
    with db.engine.begin() as connection:  # as after a batch migration rebuilt `contact`
        connection.exec_driver_sql("DROP TRIGGER contact_search_insert")
    contacts.create(db, {"given_name": "Ohne", "family_name": "Auslöser", "name_zh": "欧"})
    assert found(db, contacts, text="auslos") == []
    assert search_index.install(db.engine)
    assert found(db, contacts, text="auslos") == ["Auslöser"]
    assert found(db, contacts, text="欧") == ["Auslöser"]


def test_the_index_text_has_chinese_characters_tripled():
    assert search_index.index_text("wang wei 王伟 市长") == "wang wei 王王王伟伟伟 市市市长长长"
    assert search_index.index_text("") == ""
    assert search_index.indexable("刘") and search_index.indexable("abc")
    assert not search_index.indexable("ab")
    assert search_index.fts_query(["佛山", "li"]) == '"佛佛佛山山山" AND "li"'


def test_the_index_follows_chinese_names_through_every_kind_of_write(indexed_db):
    db = indexed_db
    person = contacts.create(db, {"given_name": "Yi", "family_name": "Liu", "name_zh": "刘毅"})
    assert found(db, contacts, text="刘") == ["Liu"]
    person = contacts.update(db, person.id, {"name_zh": "赵毅"}, person.version)
    assert found(db, contacts, text="刘") == []
    assert found(db, contacts, text="赵") == ["Liu"]
    contacts.update(db, person.id, {"notes": "kein Suchtext"}, person.version)
    assert found(db, contacts, text="赵毅") == ["Liu"]
    deleted = contacts.delete(db, [person.id])
    assert found(db, contacts, text="赵") == []
    undo.restore(db, deleted)  # written around the ORM, with the old id
    assert found(db, contacts, text="赵") == ["Liu"]
    with db.transaction() as session:  # a bulk insert that knows nothing of the index
        session.execute(
            insert(Contact),
            [
                {
                    "family_name": "Zhao",
                    "email_key": None,
                    "search_text": search_key("Zhao 赵静"),
                    "sort_name": person_sort_key("Zhao", ""),  # as the import's bulk insert
                }
            ],
        )
    assert found(db, contacts, text="赵") == ["Liu", "Zhao"]


def test_a_stored_database_of_the_first_schema_is_searched_through_the_index(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copy(STORED_0001, copy)
    connection = sqlite3.connect(copy)
    assert not connection.execute(
        "SELECT name FROM sqlite_master WHERE name = 'contact_search'"
    ).fetchall()
    connection.close()
    db = Database.open(str(copy))
    try:
        assert search_index.available(db.engine) == {"contact_search"}
        assert found(db, contacts, text="王") == ["Wang"]
        assert found(db, contacts, text="市长") == ["Wang"]
        assert found(db, contacts, text="ludenscheidt") == ["Müller-Lüdenscheidt"]
    finally:
        db.close()


def _expected(
    db, text="", country=None, tag=None, key=("sort_name",), descending=False
) -> list[int]:
    """The ids a query must give, worked out in Python from every row."""
    tagged = set()
    if tag:
        tagged = {c.id for c in contacts.page(db, ListQuery(tag=tag), 0, 10_000)}
    with db.session() as session:
        rows = session.execute(Contact.__table__.select().order_by(Contact.id)).mappings().all()
    keep = [
        r
        for r in rows
        if all(w in r["search_text"] for w in search.words(text))
        and (country is None or r["country"] == country)
        and (not tag or r["id"] in tagged)
    ]
    keep.sort(key=lambda r: tuple(r[k] for k in key) + (r["id"],), reverse=descending)
    return [r["id"] for r in keep]


@pytest.mark.parametrize("walk_rows", [5000, 12])
def test_every_way_of_finding_a_page_gives_the_same_rows(db, walk_rows, monkeypatch):
    monkeypatch.setattr(search, "WALK_ROWS", walk_rows)  # 12: the walk often gives up
    monkeypatch.setattr(search, "PROBE_LIMIT", 12)  # more common words walk, too
    families = ["Abel", "Müller", "Zhang", "Öztürk", "Wang"]
    with db.transaction() as session:
        press = Tag(name="Presse")
        for i in range(60):
            family = families[i % 5] if i < 45 else "Müller"  # a cluster late in the order
            session.add(
                Contact(
                    given_name=f"G{i % 4}",
                    family_name=family,
                    country="CN" if i % 3 else "DE",
                    name_zh="刘毅" if i % 7 == 0 else "",
                    tags=[press] if i % 4 == 0 else [],
                )
            )
    queries = [dict(text=t) for t in ("", "m", "mu", "muller", "g1", "刘", "刘毅", "x", "ab")]
    queries += [
        dict(text="m", country="DE"),
        dict(text="muller", tag="Presse"),
        dict(country="CN"),
        dict(tag="Presse"),
        dict(text="zhang", country="DE"),
        dict(text="刘", tag="Presse"),
        dict(text="刘毅", country="CN"),
    ]
    for query in queries:
        for descending in (False, True):
            q = ListQuery(**query, descending=descending)
            expected = _expected(db, **query, descending=descending)
            pages = [
                row.id for offset in range(0, 70, 5) for row in contacts.page(db, q, offset, 5)
            ]
            assert pages == expected, (query, descending)
            assert contacts.count(db, q) == len(expected), (query, descending)
            assert _read_on(db, q, 5) == expected, (query, descending)


def _read_on(db, query: ListQuery, size: int) -> list[int]:
    """The ids of every page, each read on from the last row of the page before, as the
    list does while it is scrolled."""
    ids: list[int] = []
    while True:
        page = contacts.page_after(db, query, len(ids), size, ids[-1] if ids else None)
        ids += [row.id for row in page]
        if len(page) < size:
            return ids


@pytest.mark.parametrize(
    "query",
    [
        dict(tag="Presse"),
        dict(country="CN"),
        dict(text="g"),  # too short for the index: tested on each entry of the sort index
        dict(text="presse"),  # more rows than PROBE_LIMIT: read along the sort index
        dict(text="xanten"),  # the few the index finds: fetched and sorted
        dict(text="g", country="CN", tag="Presse"),
    ],
)
@pytest.mark.parametrize("walk_rows", [5000, 3])
def test_a_filtered_list_reads_on_from_its_last_row(db, query, walk_rows, monkeypatch):
    # each page after the first is found after the last row shown, not counted off from
    # the start: a contact added before that row meanwhile neither repeats nor shifts a row
    monkeypatch.setattr(search, "WALK_ROWS", walk_rows)  # 3: the walk gives up
    monkeypatch.setattr(search, "PROBE_LIMIT", 15)
    monkeypatch.setattr(search, "SHORT_LIST", 4)  # the tag is walked, not fetched
    with db.transaction() as session:
        press = Tag(name="Presse")
        for i in range(40):
            session.add(
                Contact(
                    given_name=f"G{i}",
                    family_name=f"Family{i % 9}",
                    position="Presse",
                    town="Xanten" if i % 3 == 0 else "Foshan",  # 14 of 40
                    country="CN" if i % 3 else "DE",
                    tags=[press] if i % 2 else [],
                )
            )
    for descending in (False, True):
        q = ListQuery(**query, descending=descending)
        before = _read_on(db, q, 5)
        assert before == _expected(db, **query, descending=descending)
        first = contacts.page_after(db, q, 0, 5, None)
        with db.transaction() as session:  # sorts first, whichever way
            press = session.scalars(select(Tag).where(Tag.name == "Presse")).one()
            added = Contact(
                given_name="G",
                family_name="Aaa" if not descending else "Zzz",
                position="Presse",
                town="Xanten",
                country="CN",
                tags=[press],
            )
            session.add(added)
        following = contacts.page_after(db, q, 5, 5, first[-1].id)
        assert [r.id for r in following] == before[5:10], (query, descending)
        contacts.delete(db, [added.id])


def test_deleted_ids_are_never_handed_out_again(db):
    first = contacts.create(db, {"family_name": "Erste"})
    last = contacts.create(db, {"family_name": "Letzte"})
    contacts.delete(db, [last.id])
    again = contacts.create(db, {"family_name": "Neue"})
    assert again.id > last.id > first.id


def test_search_words_are_folded_and_unique():
    assert search.words("  Müller  mueller DÜREN ") == ["muller", "duren"]
    assert search.words("") == []
    assert search_index.fts_query(['a"b', "c"]) == '"a""b" AND "c"'
