"""Similar names within a list: the row store hands over only the earlier rows that could
be similar, and that never loses a pair the name rules accept; a row is compared with
those of the same organisation only, and never with one of another e-mail address."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from isa_desk.core.db import contact_search
from isa_desk.core.db.models import Contact
from isa_desk.core.domain.duplicates import NAME_SIMILARITY, name_score, names_match
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.match import earlier_similar, name_lengths
from isa_desk.core.exchange.importing.plan import PlannedRow
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.exchange.importing.store import RowStore
from tests.core.exchange.files import workbook

# few letters and short words: many names are similar, many are not
WORD = st.text(alphabet="aabeiknorsüß中", min_size=1, max_size=7)
NAME = st.lists(WORD, min_size=0, max_size=3).map(" ".join)
EMAIL = st.sampled_from(["", "", "a@example.org", "b@example.org"])
ZH = st.sampled_from(["", "", "", "王伟", "李娜"])
ORGANISATION = st.sampled_from(["#1", "stadt koln"])
ROW = st.tuples(NAME, EMAIL, ZH, ORGANISATION)
LONG_NAME = st.lists(
    st.text(alphabet="abcdefghiklmnorstuü", min_size=1, max_size=12), min_size=1, max_size=4
).map(" ".join)


@st.composite
def near(draw, name: str) -> str:
    """`name` with a few letters put in, left out or changed: often just similar enough."""
    letters = list(name)
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(letters)))
        letter = draw(st.sampled_from("aeinrsx"))
        kind = draw(st.sampled_from(["insert", "delete", "change"]))
        if kind == "insert" or at == len(letters):
            letters.insert(at, letter)
        elif kind == "delete":
            del letters[at]
        else:
            letters[at] = letter
    return " ".join("".join(letters).split())


PAIR = LONG_NAME.flatmap(lambda name: st.tuples(st.just(name), near(name)))


def first_similar_by_hand(rows, organisation, email, wanted, wanted_zh):
    """What the match was before the row store chose the rows: every earlier row."""
    for number, (name, their_email, their_zh, their_organisation) in enumerate(rows, start=2):
        if their_organisation != organisation or (email and their_email and email != their_email):
            continue
        if names_match(wanted, wanted_zh, name, their_zh) is not None:
            return number
    return None


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(ROW, max_size=12), wanted=ROW)
def test_the_rows_chosen_in_advance_lose_no_similar_name(rows, wanted):
    store = RowStore()
    try:
        for number, (name, email, zh, organisation) in enumerate(rows, start=2):
            keys = {"email": email or None, "organisation": organisation, "name": name}
            store.add(PlannedRow(number, [], {}), {**keys, "name_zh": zh, "label": name})
        name, email, zh, organisation = wanted
        found = earlier_similar(store, organisation, email, name, zh)
        expected = first_similar_by_hand(rows, organisation, email, name, zh)
        assert (found[0] if found else None) == expected
    finally:
        store.close()


@settings(max_examples=2000, deadline=None)
@given(pair=PAIR)
def test_a_similar_name_passes_every_test_made_in_advance(pair):
    first, second = pair
    if name_score(first, second) < NAME_SIMILARITY:
        return
    shortest, longest = name_lengths(first)
    assert shortest <= len(second) <= longest


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(PAIR, min_size=1, max_size=6), data=st.data())
def test_a_close_name_among_many_is_found(pairs, data):
    """Earlier rows of names just similar enough, and not quite: the first similar wins."""
    rows = [(first, "", "", "#1") for first, _second in pairs]
    wanted = data.draw(st.sampled_from([second for _first, second in pairs]))
    store = RowStore()
    try:
        for number, (name, *_rest) in enumerate(rows, start=2):
            keys = {"organisation": "#1", "name": name, "name_zh": "", "label": name}
            store.add(PlannedRow(number, [], {}), keys)
        found = earlier_similar(store, "#1", "", wanted, "")
        assert (found[0] if found else None) == first_similar_by_hand(rows, "#1", "", wanted, "")
    finally:
        store.close()


def test_similar_names_without_addresses_at_a_new_organisation_are_suspected(db, tmp_path):
    rows = [
        ["Vorname", "Nachname", "E-Mail", "Organisation", "Chinesischer Name"],
        ["Anna", "Schmidt", "", "Stadt Zwickau", ""],
        ["Wei", "Wang", "", "Stadt Zwickau", ""],
        ["Anna", "Schmitt", "", "Stadt Zwickau", ""],  # like row 2
        ["Wang", "Wei", "wang@example.cn", "Stadt Zwickau", ""],  # row 3, words turned
        ["Anna", "Schmitt", "", "Stadt Plauen", ""],  # another organisation
        ["Anna", "Schmidt", "anna@example.org", "Stadt Zwickau", ""],  # row 2 had none
        ["", "", "", "Stadt Zwickau", "李娜"],
        ["Na", "Li", "", "Stadt Zwickau", "李娜"],  # the same Chinese name as row 8
        ["Anna", "Schmid", "anna.schmid@example.org", "Stadt Aue", ""],
        ["Anna", "Schmid", "a.schmid@example.org", "Stadt Aue", ""],  # another address
        ["Anna", "Schmid", "", "Stadt Aue", ""],  # no address: like row 10
    ]
    path = workbook(tmp_path / "liste.xlsx", rows)
    plan = importer.analyse(db, open_source(path), "contacts")
    found = {row.number: row.match.row for row in plan.duplicates()}
    assert found == {4: 2, 5: 3, 7: 2, 9: 8, 12: 10}
    plan.close()


def test_different_addresses_keep_a_long_list_of_one_organisation_apart(db, tmp_path):
    rows = [["Vorname", "Nachname", "E-Mail", "Organisation"]]
    rows += [["Anna", f"Absturz{n}", f"a{n}@example.de", "Stadt Köln"] for n in range(600)]
    rows.append(["Anna", "Absturz7", "", "Stadt Köln"])  # no address: like row 2 at least
    path = workbook(tmp_path / "liste.xlsx", rows)
    plan = importer.analyse(db, open_source(path), "contacts")
    [duplicate] = plan.duplicates()
    assert (duplicate.number, duplicate.match.row, duplicate.match.reason) == (602, 2, "name")
    plan.close()


def test_new_contacts_are_found_by_their_organisation_and_member(db, tmp_path, city_hall):
    rows = [["Vorname", "Nachname", "Organisation"], ["Jan", "Becker", "Kreisverwaltung Düren"]]
    plan = importer.analyse(db, open_source(workbook(tmp_path / "a.xlsx", rows)), "contacts")
    assert importer.run(db, plan).created == 1
    with db.session() as session:
        made = session.scalars(select(Contact).where(Contact.family_name == "Becker")).one()
        written = made.search_text
        assert made.member_id == city_hall.member_id
        contact_search.refresh(session.connection(), Contact.id == made.id)  # as saved alone
        session.expire_all()
        assert session.get(Contact, made.id).search_text == written
    assert "kreisverwaltung duren" in written and "迪伦县" in written


def _stores(rows) -> tuple[RowStore, RowStore]:
    """The same rows in two stores: in one written to its table, in the other waiting."""
    written, waiting = RowStore(), RowStore()
    for number, (name, email, zh, organisation) in enumerate(rows, start=2):
        keys = {"email": email or None, "organisation": organisation, "name": name}
        for store in (written, waiting):
            store.add(PlannedRow(number, [], {}), {**keys, "name_zh": zh, "label": name})
    written.count("1")  # writes the waiting rows
    return written, waiting


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(NAME | st.just("ab\0c"), EMAIL, ZH, ORGANISATION), min_size=1, max_size=10
    )
)
def test_rows_waiting_to_be_written_are_found_as_written_ones(rows):
    written, waiting = _stores(rows)
    try:
        assert waiting._waiting and not written._waiting
        for name, email, zh, organisation in [*rows[:4], ("", "", "", "#1")]:
            lengths = name_lengths(name)
            found = [
                [
                    (*row[:4], bool(row[4]))
                    for row in store.at_organisation(organisation, email, lengths, zh, name)
                ]
                for store in (written, waiting)
            ]
            assert found[0] == found[1]
            assert written.first("email", email) == waiting.first("email", email)
    finally:
        written.close()
        waiting.close()
