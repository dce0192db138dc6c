"""Writing the rows of an import into the open transaction, noting what it needs for undo.

A row is created, or it goes into the record it matched: `update` overwrites the fields
the row has a value for (an empty cell never erases anything), `fill` only fills fields
that are empty, `skip` leaves the record alone. Tags are added, never taken away. A
contact's consent columns (contact_consents.py) go into its consent per purpose, part by
part as the other fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from array import array
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Boolean, Enum, Integer, String, Table, bindparam, insert, select
from sqlalchemy.orm import Session, selectinload

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db import audit
from isa_desk.core.db.contact_search import names_of
from isa_desk.core.db.models import (
    CONTACT_KEY_SOURCES,
    DERIVED_FIELDS,
    RELATED_NAMES,
    SEARCH_FIELDS,
    AuditAction,
    AuditEntry,
    Consent,
    Contact,
    Gender,
    ImportBatch,
    Member,
    MemberPlace,
    Organisation,
    OrganisationKind,
    Tag,
    contact_keys,
    contact_tag,
    utcnow,
)
from isa_desk.core.db.search_index import COLUMN as INDEX_COLUMN
from isa_desk.core.db.search_index import index_text
from isa_desk.core.domain.phones import region
from isa_desk.core.domain.text import search_key
from isa_desk.core.exchange.importing.background_writes import BackgroundWrites
from isa_desk.core.exchange.importing.bulk import (
    insert_returning_ids,
    insert_rows,
    insert_statements,
    next_id,
)
from isa_desk.core.exchange.importing.match import Organisations, chunks, fold, fold_text
from isa_desk.core.exchange.importing.plan import FILL, SKIP, Plan, PlannedRow
from isa_desk.core.privacy import consent
from isa_desk.core.services import contact_consents
from isa_desk.core.services.editing import PROTECTED, column_value

CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"
_NOT_IN_TRAIL = {"id", "created_at", "updated_at", "version", INDEX_COLUMN} | DERIVED_FIELDS
_CONSENT_FIELDS = contact_consents.FIELD_KEYS.keys()
_NAMES_KEPT = 20_000  # folded names of organisations (members) a ContactWriter keeps


def plain(value):
    """A column value as JSON keeps it (for the undo data)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_UNKNOWN = Gender.UNKNOWN


def is_empty(value) -> bool:
    return value is None or value == "" or value == _UNKNOWN


_COUNTRY = CONTACT_KEY_SOURCES.index("country")


def _key_sources(values: dict) -> tuple:
    """What models.contact_keys computes the keys from (the country only as the region
    a phone number is read in)."""
    found = [  # str(value or ""), which is the text itself for a text
        value if value.__class__ is str else str(value or "")
        for value in map(values.get, CONTACT_KEY_SOURCES)
    ]
    found[_COUNTRY] = region(found[_COUNTRY])
    return tuple(found)


_OWN_SEARCH_FIELDS = itemgetter(*SEARCH_FIELDS[Contact])


Texts = tuple[str, str]  # a search text and its index text (search_index.index_text)
_NO_NAMES: Texts = ("", "")


def folded_names(record) -> Texts:
    """The names (models.RELATED_NAMES) of an organisation or member folded for the
    search text of its contacts, and that as the index holds it (see search_texts);
    empty for None."""
    folded = " ".join([part for part in map(fold, names_of(record)) if part])
    return folded, index_text(folded)


def search_texts(values: dict, *related: Texts) -> Texts:
    """models.contact_search_text(values, names) and its index text: the contact's own
    fields folded together, joined to `related`, the names of its organisation and
    member, folded once (folded_names), not again for each of its contacts. Folding
    and the index text work a character at a time, the parts are folded apart from the
    space between them, and spaces are merged: parts folded alone and joined by a space
    give what the whole text folded gives (test_write_fast_paths.py holds it so)."""
    own = fold_text(
        " ".join([v if v.__class__ is str else str(v or "") for v in _OWN_SEARCH_FIELDS(values)])
    )
    text = " ".join([part for part in (own, *[r[0] for r in related]) if part])
    index = " ".join([part for part in (index_text(own), *[r[1] for r in related]) if part])
    return text, index


def known_keys(data: dict) -> tuple[tuple, dict]:
    """The keys of a new contact (models.contact_keys) beside what they were computed
    from: made while the row is checked, when its e-mail address and phone numbers have
    just been parsed (and are cached), and taken again by the writer while those values
    are the same; an import of thousands of addresses would otherwise parse each twice."""
    return _key_sources(data), contact_keys(data)


class TagCache:
    """Tags by folded name, loaded once; new ones made on first use."""

    def __init__(self, session: Session):
        self.session = session
        self.by_key = {tag.name.casefold(): tag for tag in session.scalars(select(Tag))}

    def get(self, names: list[str]) -> list[Tag]:
        found = []
        for name in names:
            name = " ".join(name.split())[:80]
            tag = self.by_key.get(name.casefold())
            if tag is None:
                tag = Tag(name=name)
                self.session.add(tag)
                self.by_key[name.casefold()] = tag
            if tag not in found:
                found.append(tag)
        return found


class Writer:
    model: Any = Contact  # the mapped class this writer fills
    entity = "contact"
    relations: frozenset[str] = frozenset({"tags"})

    def __init__(self, session: Session, plan: Plan, policy: str):
        self.session = session
        self.plan = plan
        self.policy = policy
        self.columns = self.model.__table__.c
        self.converters = {
            c.name: _converter(self.model, c) for c in self.columns if c.name not in PROTECTED
        }
        self.tags = TagCache(session)
        # the record each row wrote into, kept only for rows a later row matches
        self.made: dict[int, Any] = {}
        self.created: list = []  # made since the last checkpoint
        self.created_ids = array("q")  # made before it
        self.old: dict[int, dict] = {}  # record id -> field -> value before the import
        self.touched: dict[int, Any] = {}  # changed since the last checkpoint
        self.versions: dict[int, int] = {}  # record id -> its version after the change
        self.records: dict[int, Any] = {}  # the records the current chunk matched
        # made once (see _folded_names_by_id), with the relations the writing changes
        self.records_where = (
            select(self.model)
            .where(self.model.id.in_(bindparam("ids", expanding=True)))
            .options(*[selectinload(getattr(self.model, name)) for name in sorted(self.relations)])
        )

    def prepare(self, rows: list[PlannedRow]) -> None:
        """Load the records a chunk of rows matched (a few queries for the chunk)."""
        ids = {
            row.match.record_id
            for row in rows
            if row.match is not None and row.match.record_id is not None
        }
        self.records = {}
        for part in chunks(ids):
            found = self.session.scalars(self.records_where, {"ids": part})
            self.records.update({record.id: record for record in found})

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, error_type, _error, _traceback) -> None:
        self.close(failing=error_type is not None)

    def close(self, failing: bool = False) -> None:
        """Let go of what the writing holds; raise a late error of the writing unless
        the caller is `failing` already (with:  the transaction's end)."""

    def checkpoint(self) -> None:
        """Write what the rows so far made and changed, and note what undo needs, so
        that the records themselves can be let go."""
        self.session.flush()
        self.created_ids.extend(record.id for record in self.created)
        self.created.clear()
        self.versions.update({i: record.version for i, record in self.touched.items()})
        self.touched.clear()
        self.records = {}

    def write(self, row: PlannedRow) -> str:
        action = row.action(self.policy)
        target = self._target(row) if action != "create" else None
        if target is None:  # new, or the earlier row it matched was not written
            record = self.create(row.data, row.keys)
            self.created.append(record)
            if row.target:
                self.made[row.number] = record
            return CREATED
        if row.target:
            self.made[row.number] = target
        if action == SKIP:
            return SKIPPED
        return UPDATED if self.change(target, row.data, fill=action == FILL) else SKIPPED

    def _target(self, row: PlannedRow):
        match = row.match
        if match is None:
            return None
        if match.record_id is not None:
            return self.records.get(match.record_id)
        return self.made.get(match.row) if match.row is not None else None

    def column_fields(self, data: dict) -> dict:
        converters = self.converters
        return {  # (is_empty, written out: this runs for every value of every row)
            key: converters[key](value)
            for key, value in data.items()
            if key in converters and value is not None and value != "" and value != _UNKNOWN
        }

    def create(self, data: dict, keys: tuple[tuple, dict] | None = None):
        """A new record of the row's values (`keys`: see PlannedRow.keys)."""
        record = self.model(**self.column_fields(data))
        self.session.add(record)
        if data.get("tags"):
            record.tags = self.tags.get(data["tags"])
        return record

    def change(self, record, data: dict, fill: bool) -> bool:
        """Put the row's values into an existing record; True if anything changed."""
        old = self.old.setdefault(record.id, {}) if record.id is not None else {}
        changed = False
        for key, value in self.column_fields(data).items():
            current = getattr(record, key)
            if value == current or (fill and not is_empty(current)):
                continue
            old.setdefault(key, plain(current))
            setattr(record, key, value)
            changed = True
        changed = self.change_relations(record, data, fill, old) or changed
        if changed and record.id is not None:
            self.touched[record.id] = record
        return changed

    def change_relations(self, record, data: dict, fill: bool, old: dict) -> bool:
        wanted = self.tags.get(data.get("tags") or [])
        have = list(record.tags)
        new = [tag for tag in wanted if tag not in have]
        if not new or (fill and have):
            return False
        old.setdefault("tags", [tag.name for tag in have])
        record.tags = have + new
        record.updated_at = utcnow()  # a change of tags alone moves the version on, too
        return True

    def batch(self, extra: dict | None = None) -> ImportBatch:
        """The record of this import, with what undo needs; call after the last row.
        A created record no later row changed is not listed in "versions": it has the
        first version (undo.py knows)."""
        self.checkpoint()
        undo = {
            "created": self.created_ids.tolist(),
            "updated": {str(i): values for i, values in self.old.items() if i in self.versions},
            "versions": {str(i): v for i, v in self.versions.items()},
            **(extra or {}),
        }
        batch = ImportBatch(
            entity=self.entity,
            source=self.plan.description[:500],
            user=self.session.info.get("user") or audit.current_user(),
            undo_data=json.dumps(undo, ensure_ascii=False),
        )
        self.session.add(batch)
        self.session.flush()
        return batch


class _Pending:
    """A contact to be inserted at the end, in one statement with the others; it takes
    values like a record, so a later row of the file can update or fill it."""

    id = None
    organisation_id = None
    organisation = None
    known_keys: tuple[tuple, dict] | None = None

    def __init__(self, values: dict):
        self.__dict__.update(values)
        self.tags: list[Tag] = []
        self.consents: contact_consents.States = {}


class ContactWriter(Writer):
    """New contacts are inserted together at the end (thousands in one statement, with
    their audit trail entries), changes to existing ones go through the session."""

    relations = frozenset({"tags", "consents"})

    def __init__(self, session: Session, plan: Plan, policy: str):
        super().__init__(session, plan, policy)
        self.new_organisations: dict[str, Organisation] = {}
        self._organisations: Organisations | None = None  # read when first needed
        # columns whose default is computed (from the other values) are left to it
        self.insert_columns = [
            c.name
            for c in self.columns
            if c.name not in PROTECTED and not (c.default is not None and callable(c.default.arg))
        ]
        self.defaults = {name: _default(self.columns[name]) for name in self.insert_columns}
        self.insert_values = itemgetter(*self.insert_columns)
        # the folded names of organisations and members by id (folded_names), kept from
        # part to part of the list (the import renames none; its transaction holds the
        # write lock), up to _NAMES_KEPT of each
        self.related: dict[Any, dict[int, Texts]] = {Organisation: {}, Member: {}}
        # new contacts are stored in a second thread on SQLite (background_writes.py)
        sqlite = session.get_bind().dialect.name == "sqlite"
        self.writes = BackgroundWrites(session) if sqlite else None
        self.next_id: int | None = None  # the id of the next new contact (SQLite)

    def _organisation(self, record, data: dict) -> None:
        name = (data.get("organisation") or "").strip()
        if data.get("organisation_id") or not name:
            return
        key = search_key(name)
        organisation = self.new_organisations.get(key) or self._made_meanwhile(name)
        if organisation is None:
            organisation = Organisation(
                name=name, kind=OrganisationKind.OTHER, country=data.get("country") or "DE"
            )
            self.session.add(organisation)
            self.new_organisations[key] = organisation
        record.organisation = organisation

    def _made_meanwhile(self, name: str) -> Organisation | None:
        """An organisation of this name that is there now though the analysis did not find
        it (another import made it since): looked up again inside the writing transaction,
        so that two imports at once never make the same organisation twice."""
        if self._organisations is None:
            self._organisations = Organisations(self.session)
        found = self._organisations.find(name)
        return self.session.get(Organisation, found[0]) if found else None

    def create(self, data: dict, keys: tuple[tuple, dict] | None = None):
        record = _Pending({**self.defaults, **self.column_fields(data)})
        record.known_keys = keys
        if data.get("tags"):
            record.tags = self.tags.get(data["tags"])
        if not _CONSENT_FIELDS.isdisjoint(data) or data.get("consents"):
            record.consents = contact_consents.changes({}, data)  # (else none, {})
        if not data.get("organisation_id"):
            self._organisation(record, data)
        return record

    def change_relations(self, record, data: dict, fill: bool, old: dict) -> bool:
        changed = super().change_relations(record, data, fill, old)
        changed = self._change_consents(record, data, fill, old) or changed
        if not data.get("organisation_id") and (data.get("organisation") or "").strip():
            if not (fill and (record.organisation_id is not None or record.organisation)):
                old.setdefault("organisation_id", record.organisation_id)
                self._organisation(record, data)
                changed = True
        return changed

    def _change_consents(self, record, data: dict, fill: bool, old: dict) -> bool:
        if isinstance(record, _Pending):  # a later row of the file about a new contact
            record.consents.update(contact_consents.changes(record.consents, data, fill))
            return False
        before = consent.states(record)
        if not contact_consents.apply(record, data, fill):
            return False
        old.setdefault(
            "consents",
            {purpose.value: _plain_state(state) for purpose, state in before.items()},
        )
        record.updated_at = utcnow()  # a change of consents alone moves the version on
        return True

    def _target(self, row: PlannedRow):
        target = super()._target(row)
        if isinstance(target, _Pending) and target.id is not None:  # inserted at a checkpoint
            target = self.session.get(
                Contact,
                target.id,
                options=[selectinload(Contact.tags), selectinload(Contact.consents)],
            )
            self.made[row.match.row] = target
        return target

    def checkpoint(self) -> None:
        if self.writes is not None:
            self.writes.wait()  # the contacts of the part before, before anything else
        self.session.flush()  # changed contacts and new organisations (their ids)
        self._insert_new()
        super().checkpoint()

    def batch(self, extra: dict | None = None) -> ImportBatch:
        self.checkpoint()
        made = [o.id for o in self.new_organisations.values()]
        return super().batch({"organisations": made})

    def _insert_new(self) -> None:
        if not self.created:
            return
        now = utcnow()
        for model, column in ((Organisation, "organisation_id"), (Member, "member_id")):
            known = self.related[model]
            wanted = {getattr(r, column) for r in self.created}
            if len(known) + len(wanted) > _NAMES_KEPT:  # memory stays bounded
                known.clear()
            known.update(_folded_names_by_id(self.session, model, wanted - known.keys()))
        rows = [self._row(record, now) for record in self.created]
        contacts, trail = cast(Table, Contact.__table__), cast(Table, AuditEntry.__table__)
        if self.writes is None:
            ids = insert_returning_ids(self.session, contacts, rows)
        else:  # SQLite: numbered here, stored while the next part of the list is converted
            if self.next_id is None:
                self.next_id = next_id(self.session, contacts)
            ids = list(range(self.next_id, self.next_id + len(rows)))
            self.next_id += len(rows)
            for row, record_id in zip(rows, ids, strict=True):
                row["id"] = record_id
            statements = insert_statements(self.session, contacts, rows)
        links = []
        for record, record_id in zip(self.created, ids, strict=False):
            record.id, record.version = record_id, 1
            links += [{"contact_id": record_id, "tag_id": tag.id} for tag in record.tags]
        # few rows of a list carry consents: they go through the session and its trail
        self.session.add_all(
            Consent(contact_id=record.id, **dataclasses.asdict(state), purpose=purpose)
            for record in self.created
            for purpose, state in record.consents.items()
        )
        user = self.session.info.get("user") or audit.current_user()
        changes = TrailChanges(key for key in rows[0] if key not in _NOT_IN_TRAIL)  # every row's
        entries = [_trail(row, i, user, now, changes) for row, i in zip(rows, ids, strict=False)]
        if self.writes is None:
            if links:
                self.session.execute(insert(contact_tag), links)
            insert_rows(self.session, trail, entries)
            return
        statements += insert_statements(self.session, contact_tag, links)
        statements += insert_statements(self.session, trail, entries)
        self.writes.run(statements)

    def close(self, failing: bool = False) -> None:
        if self.writes is not None:
            self.writes.close(failing)

    def _row(self, record: _Pending, now: dt.datetime) -> dict:
        # every insert column is set (from the defaults at least)
        row = dict(zip(self.insert_columns, self.insert_values(record.__dict__), strict=True))
        if record.organisation is not None:
            row["organisation_id"] = record.organisation.id
        # what models._refresh_search_text does for records saved through the session
        known = record.known_keys
        row.update(known[1] if known and known[0] == _key_sources(row) else contact_keys(row))
        if record.organisation is not None:
            organisation = folded_names(record.organisation)
        else:
            organisation = self.related[Organisation].get(row["organisation_id"], _NO_NAMES)
        member = self.related[Member].get(row["member_id"], _NO_NAMES)
        # the index text as its default would make it (models._index_text_default)
        row["search_text"], row[INDEX_COLUMN] = search_texts(row, organisation, member)
        row.update(created_at=now, updated_at=now, version=1)
        return row


def _plain_state(state) -> dict:
    return {key: plain(value) for key, value in dataclasses.asdict(state).items()}


def _folded_names_by_id(session: Session, model, ids: set) -> dict[int, Texts]:
    """The folded names (folded_names) of the records with these ids, in a query for
    each 500 ids. The statement is made once, its ids given when it runs: a statement
    made with the values in it holds them in reference cycles, which only the garbage
    collector's rare full runs free, so that memory would grow with the rows."""
    ids.discard(None)
    stmt = _NAMES[model]
    found: dict[int, Texts] = {}
    for part in chunks(ids):
        found.update({row.id: folded_names(row) for row in session.execute(stmt, {"ids": part})})
    return found


_NAMES = {
    model: select(model.id, *[getattr(model, name) for name in RELATED_NAMES]).where(
        model.id.in_(bindparam("ids", expanding=True))
    )
    for model in (Organisation, Member)
}


def _converter(model, column):
    """services.editing.column_value for one column; the common cases (text that is text
    already, a known code of an enumeration) without its general checks."""
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        members = {member.value: member for member in kind.enum_class}
        return lambda value: members.get(value) or column_value(model, column.name, value)
    if isinstance(kind, String) and kind.length:
        return lambda value: (
            value.strip() if isinstance(value, str) else column_value(model, column.name, value)
        )
    if isinstance(kind, Integer) and not isinstance(kind, Boolean):  # the ids of related records
        return lambda value: (
            value if type(value) is int else column_value(model, column.name, value)
        )
    return lambda value: column_value(model, column.name, value)


def _default(column):
    """The value a new record gets for a column the file does not fill."""
    if column.default is not None and not callable(column.default.arg):
        return column.default.arg
    return None


_AS_THEY_ARE = frozenset({str, int, bool, float})  # in JSON as they are (see plain)
_TRAIL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # as json.dumps, made once


class TrailChanges:
    """The "changes" of a new record's audit trail entry, as core/audit.py writes them:
    the JSON (json.dumps, sort_keys, ensure_ascii off) of {key: plain(value)} for the
    values of `keys` that are set. Texts, whole numbers and True (nearly every value)
    are written here directly, in the encoder's own way; a row with another value goes
    through the encoder (test_write_fast_paths.py holds both the same)."""

    def __init__(self, keys: Iterable[str]):
        self.keys = sorted(keys)  # the order sort_keys gives
        self.prefixes = [encode_basestring(key) + ": " for key in self.keys]
        self.values_of: Callable[[dict], Any] = _one(self.keys)
        if len(self.keys) > 1:
            self.values_of = itemgetter(*self.keys)

    def __call__(self, row: dict) -> str:
        parts = []
        for prefix, value in zip(self.prefixes, self.values_of(row), strict=True):
            if not value:  # (None, "", False or 0)
                continue
            kind = value.__class__
            if kind is not str and kind is not int and kind is not bool:
                value = plain(value)
                kind = value.__class__
            if kind is str:
                parts.append(prefix + encode_basestring(value))
            elif kind is int:
                parts.append(prefix + int.__repr__(value))
            elif value is True:
                parts.append(prefix + "true")
            else:  # a number with a point, a list, …
                return self.encoded(row)
        return "{" + ", ".join(parts) + "}"

    def encoded(self, row: dict) -> str:
        """The same through the JSON encoder, for any values."""
        changes = {
            key: value if value.__class__ in _AS_THEY_ARE else plain(value)
            for key, value in zip(self.keys, self.values_of(row), strict=True)
            if value  # (not None, "", False or 0)
        }
        return _TRAIL_JSON.encode(changes)


def _one(keys: list[str]):
    return lambda row: tuple(row[key] for key in keys)


def _trail(row: dict, record_id: int, user: str, now: dt.datetime, changes: TrailChanges) -> dict:
    """The audit trail entry of a new contact, as core/audit.py writes it for a record;
    `changes` writes its changes from the row."""
    name = latin_name(row) or row["name_zh"] or row["email"] or f"#{record_id}"
    return {
        "at": now,
        "user": user,
        "action": AuditAction.CREATE,
        "entity": "contact",
        "entity_id": record_id,
        "summary": name[:300],
        "changes": changes(row),
    }


class MemberWriter(Writer):
    model = Member
    entity = "member"
    relations = frozenset({"tags", "places"})

    def create(self, data: dict, keys: tuple[tuple, dict] | None = None):
        record = super().create(data, keys)
        record.places = [
            MemberPlace(name=n, position=i) for i, n in enumerate(data.get("places") or [])
        ]
        return record

    def change_relations(self, record, data: dict, fill: bool, old: dict) -> bool:
        changed = super().change_relations(record, data, fill, old)
        names = data.get("places") or []
        have = [place.name for place in record.places]
        if names and names != have and not (fill and have):
            old.setdefault("places", have)
            record.places = [MemberPlace(name=n, position=i) for i, n in enumerate(names)]
            record.updated_at = utcnow()
            changed = True
        return changed


def writer_for(session: Session, plan: Plan, policy: str) -> Writer:
    kind = ContactWriter if plan.list_name == "contacts" else MemberWriter
    return kind(session, plan, policy)
