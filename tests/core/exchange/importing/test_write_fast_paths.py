"""The import writer's quick ways (write.py: search text folded in parts, the keys' sources,
the audit trail entry; the index text and a row's Latin name) give exactly what the
general ways give, over many varied inputs."""

from __future__ import annotations

import datetime as dt
import enum
import json
import random
from types import SimpleNamespace

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db import search_index
from isa_desk.core.db.contact_search import names_of
from isa_desk.core.db.models import (
    CONTACT_KEY_SOURCES,
    SEARCH_FIELDS,
    Contact,
    Gender,
    Language,
    NameOrder,
    contact_search_text,
)
from isa_desk.core.domain.phones import region
from isa_desk.core.exchange.importing import write
from isa_desk.core.exchange.importing.match import fold_text

_PIECES = [
    "Müller",
    "Straße",
    "ÆØÅ",
    "Łódź",
    "Dueren",
    "MAE",
    "ﬃ",
    "Ｆｕｌｌ",
    "e\u0301",
    "\u0301a",  # a combining mark first
    "\u0308",
    "¨x",  # decomposes to a space and a mark
    "İ",
    "ς",
    "佛山",
    "𠀀",
    "가나",
    "Дмитрий",
    "ı",
    "\u00a0",
    "\u3000",
    " ",
    "\t",
    "a",
    "e",
    "ue",
    "+4930123",
    "",
]


def _texts(pick: random.Random) -> str:
    parts = pick.choices(_PIECES, k=pick.randrange(0, 4))
    return pick.choice(["", " ", "  "]).join(parts)


def _values(pick: random.Random) -> dict:
    values: dict = {field: _texts(pick) for field in SEARCH_FIELDS[Contact]}
    values[pick.choice(SEARCH_FIELDS[Contact])] = pick.choice([None, 0, 12])
    return values


def test_search_text_in_parts_is_the_whole_text_folded():
    pick = random.Random(11)
    for _ in range(3000):
        values = _values(pick)
        organisation = pick.choice([None, SimpleNamespace(name=_texts(pick), name_zh=_texts(pick))])
        member = pick.choice([None, SimpleNamespace(name=_texts(pick), name_zh=None)])
        whole = contact_search_text(values, names_of(organisation, member))
        parts = write.search_texts(
            values, write.folded_names(organisation), write.folded_names(member)
        )
        assert parts == (whole, search_index.index_text(whole)), (values, organisation, member)
        assert contact_search_text(values, names_of(organisation, member), fold_text) == whole


def test_index_text_as_the_pattern_makes_it():
    pick = random.Random(5)
    texts = ["", "abc", "Müller 佛山", "佛", "가나 x", "𠀀", "ﬃ 伟"]
    texts += [_texts(pick) for _ in range(2000)]
    for text in texts:
        expected = search_index._CJK.sub(r"\1\1\1", text)
        assert search_index.index_text(text) == expected, text
    assert search_index.index_text(None) == ""  # type: ignore[arg-type]


def test_latin_name_of_a_row_as_of_a_record():
    pick = random.Random(3)
    names = ["", " ", " Anna ", "Liu", "曾", "\u00a0Yi", None, 7]
    orders = [None, "", NameOrder.CHINESE, NameOrder.WESTERN, "chinese", " chinese ", "x", 1]
    for _ in range(2000):
        values = {
            "given_name": pick.choice(names),
            "family_name": pick.choice(names),
            "name_order": pick.choice(orders),
        }
        if pick.random() < 0.2:
            del values[pick.choice(list(values))]
        title = pick.choice(["", "Dr."])
        record = SimpleNamespace(**values)
        assert latin_name(values, title) == latin_name(record, title), values


def test_key_sources_as_written_out():
    pick = random.Random(9)
    choices = ["", "DE", "de", "cn", " Müller ", "+49 30 1", None, 0, 49, "XX"]
    for _ in range(2000):
        values = {f: pick.choice(choices) for f in CONTACT_KEY_SOURCES if pick.random() < 0.9}
        expected = tuple(
            region(str(values.get(f) or "")) if f == "country" else str(values.get(f) or "")
            for f in CONTACT_KEY_SOURCES
        )
        assert write._key_sources(values) == expected


class _Number(enum.IntEnum):
    TWO = 2


def _reference_changes(row: dict) -> str:
    """The changes as core/audit.py writes them for a record."""
    changes = {
        key: write.plain(value)
        for key, value in row.items()
        if value and key not in write._NOT_IN_TRAIL
    }
    return json.dumps(changes, ensure_ascii=False, sort_keys=True)


def test_trail_changes_as_json_writes_them():
    now = dt.datetime(2026, 5, 1, 12, 30)
    pick = random.Random(2)
    values = [
        None, "", 0, False, True, 1, -12, 10**20, 1.5, float("nan"), "a", 'a "b" \\ c\n\t',
        "\x00\x1f\u2028", "刘一", "\ud800", Gender.FEMALE, NameOrder.CHINESE, Language.DE,
        _Number.TWO, dt.date(1990, 1, 2), now, ["x", 1],
    ]  # fmt: skip
    keys = ["zeta", "alpha", "given_name", "family_name", "ä", "a b", 'q"', "id", "sort_name"]
    for _ in range(1500):
        row = {key: pick.choice(values) for key in pick.sample(keys, len(keys))}
        changes = write.TrailChanges(key for key in row if key not in write._NOT_IN_TRAIL)
        assert changes(row) == changes.encoded(row) == _reference_changes(row), row


def test_trail_entry_as_the_audit_trail_writes_it():
    now = dt.datetime(2026, 5, 1, 12, 30)
    row = {
        "id": 7,
        "gender": Gender.FEMALE,
        "name_order": NameOrder.CHINESE,
        "given_name": "Yi",
        "family_name": "Liu",
        "name_zh": "刘一",
        "email": "",
        "no_post": False,
        "member_id": 0,
        "organisation_id": 3,
        "search_text": "liu yi",
        "search_index_text": "liu yi",
        "sort_name": "liu",
        "created_at": now,
        "version": 1,
    }
    changes = write.TrailChanges(key for key in row if key not in write._NOT_IN_TRAIL)
    entry = write._trail(row, 7, "anna", now, changes)
    assert json.loads(entry["changes"]) == {
        "gender": "female",
        "name_order": "chinese",
        "given_name": "Yi",
        "family_name": "Liu",
        "name_zh": "刘一",
        "organisation_id": 3,
    }
    assert entry["summary"] == "Liu Yi"
    assert entry["entity_id"] == 7
