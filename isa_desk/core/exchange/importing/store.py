"""The checked rows of an import, kept on disk instead of in memory.

An import of 100,000 rows would hold every row's values, problems and match in memory
between reading the file and writing it (some kilobytes a row). Here each row goes, as
it is checked, into a private temporary SQLite database that SQLite deletes when it is
closed; memory keeps only its page cache. The rows come back one at a time or a chunk at
a time, in the order of the file. The same table answers which earlier row of the file
has an e-mail address, an organisation or a member name, for finding duplicates within
the file.

The rows are written to the table a chunk at a time. Until then the latest rows wait in
memory, where the look-ups for duplicates find them too; a small filter of the keys seen
so far answers most look-ups (a new address, a new organisation) without asking the table.
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from isa_desk.core.exchange.importing.plan import PlannedRow

CHUNK = 500
_CACHED = 256  # rows kept decoded, for a table view that asks for the same rows often
_SCHEMA = """
CREATE TABLE row (
    position INTEGER PRIMARY KEY,  -- 1, 2, 3 … in the order of the file
    number INTEGER NOT NULL,  -- the row number Excel shows
    valid INTEGER NOT NULL,
    problems INTEGER NOT NULL,
    matched INTEGER NOT NULL,
    target INTEGER NOT NULL DEFAULT 0,  -- a later row matches this one
    email TEXT, organisation TEXT, name TEXT, name_zh TEXT, label TEXT, member TEXT,
    words TEXT,  -- the words of the name, sorted
    payload BLOB NOT NULL
);
CREATE INDEX row_number ON row (number);
CREATE INDEX row_email ON row (email) WHERE email IS NOT NULL;
-- a row with an e-mail address is compared only with rows without one (or the same)
CREATE INDEX row_organisation ON row (organisation, email) WHERE organisation IS NOT NULL;
CREATE INDEX row_member ON row (member) WHERE member IS NOT NULL;
"""
_COLUMNS = "number, valid, target, payload"
_INSERT = (
    "INSERT INTO row (number, valid, problems, matched, email, organisation, name,"
    " name_zh, label, member, words, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Seen:
    """The values added so far (e-mail addresses, organisations and members alike), in a
    fixed megabyte of bits (a Bloom filter, two bits a value): a value it has not seen
    was surely not added; one it has, maybe."""

    SIZE = 1 << 23  # bits: 200,000 rows' values give a "maybe" for a new value rarely

    def __init__(self) -> None:
        self.bits = bytearray(self.SIZE >> 3)

    def add(self, value: str) -> None:
        found, bits = hash(value), self.bits
        first, second = found & (self.SIZE - 1), (found >> 23) & (self.SIZE - 1)
        bits[first >> 3] |= 1 << (first & 7)
        bits[second >> 3] |= 1 << (second & 7)

    def __contains__(self, value: str) -> bool:
        found, bits = hash(value), self.bits
        first, second = found & (self.SIZE - 1), (found >> 23) & (self.SIZE - 1)
        return bool(
            bits[first >> 3] & (1 << (first & 7)) and bits[second >> 3] & (1 << (second & 7))
        )


class RowStore(Sequence["PlannedRow"]):
    """The rows of a plan; a Sequence, so `len`, indexing and iteration work as on a list."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._count = 0
        self._cache: dict[int, PlannedRow] = {}
        self._lock = threading.Lock()  # analysed in one thread, shown in another
        # the rows added since the table was last written, and what finds them
        self._waiting: list[tuple] = []
        self._targets: list[tuple[int]] = []  # row numbers a later row matches
        self._first: dict[tuple[str, str], int] = {}  # (key, value) -> first row number
        self._at: dict[str, list[tuple]] = {}  # organisation -> (name, number, label, …)
        self._seen: _Seen | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            # "": a private database in a temporary file, deleted when it is closed
            self._db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA page_size = 16384")  # rows of some hundred bytes each
            # the rollback journal of a chunk in memory: nothing outlives the connection
            self._db.execute("PRAGMA journal_mode = MEMORY")
            self._db.executescript(_SCHEMA)
        return self._db

    def close(self) -> None:
        with self._lock:
            self._forget_waiting()
            if self._db is not None:
                self._db.close()
                self._db = None

    def add(self, row: PlannedRow, keys: dict[str, str | None] | None = None) -> None:
        """Keep `row`; `keys` (email, organisation, name, name_zh, label, member) make it
        findable by later rows of the file."""
        get = (keys or {}).get
        email, organisation, name = get("email"), get("organisation"), get("name")
        name_zh, label, member = get("name_zh"), get("label"), get("member")
        words = sorted_words(name or "")
        payload = _payload(row)
        match, number = row.match, row.number
        with self._lock:
            self._waiting.append(
                (number, row.valid, len(row.problems), match is not None)
                + (email, organisation, name, name_zh, label, member, words, payload)
            )
            if match is not None and match.row is not None:
                self._targets.append((match.row,))
            seen = self._seen
            if seen is None:
                seen = self._seen = _Seen()
            if email is not None:
                seen.add(email)
                self._first.setdefault(("email", email), number)
            if member is not None:
                seen.add(member)
                self._first.setdefault(("member", member), number)
            if organisation is not None:
                seen.add(organisation)
                entry = (name, row.number, label, name_zh, words, email)
                self._at.setdefault(organisation, []).append(entry)
            self._count += 1
            if len(self._waiting) >= CHUNK:
                self._write()

    def _write(self) -> None:
        """Write the waiting rows to the table, in one transaction (with the lock held)."""
        if not self._waiting:
            return
        db = self._connection()
        db.execute("BEGIN")
        try:
            db.executemany(_INSERT, self._waiting)
            db.executemany("UPDATE row SET target = 1 WHERE number = ?", self._targets)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        self._forget_waiting()

    def _forget_waiting(self) -> None:
        self._waiting, self._targets = [], []
        self._first.clear()
        self._at.clear()

    def _written(self) -> bool:
        """Some rows are in the table (with the lock held)."""
        return self._count > len(self._waiting)

    def update(self, numbers: Iterable[int], change: Callable[[PlannedRow], None]) -> None:
        """Let `change` alter the kept rows with these row numbers (their data, problems
        and cells), a chunk at a time. Their matches stay as they were found."""
        wanted = sorted(numbers)
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start : start + CHUNK]
            marks = ", ".join("?" * len(part))
            with self._lock:
                self._write()
                db = self._connection()
                found = db.execute(
                    f"SELECT {_COLUMNS} FROM row WHERE number IN ({marks})", part
                ).fetchall()
                for row in _rows(found):
                    change(row)
                    db.execute(
                        "UPDATE row SET valid = ?, problems = ?, payload = ? WHERE number = ?",
                        (row.valid, len(row.problems), _payload(row), row.number),
                    )
                self._cache.clear()

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> PlannedRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[PlannedRow]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index not in self._cache:
            if len(self._cache) >= _CACHED:
                self._cache.clear()
            [found] = self._select("position = ?", (index + 1,))
            self._cache[index] = found
        return self._cache[index]

    def __iter__(self) -> Iterator[PlannedRow]:
        for chunk in self.chunks():
            yield from chunk

    def chunks(self, where: str = "1", size: int = CHUNK) -> Iterator[list[PlannedRow]]:
        """The rows (those `where` names: "valid", "problems", "matched AND valid") in
        chunks, in the order of the file, read a chunk at a time."""
        last = 0
        while True:
            with self._lock:
                self._write()
                if self._db is None:
                    return
                found = self._db.execute(
                    f"SELECT {_COLUMNS}, position FROM row WHERE position > ? AND ({where})"
                    " ORDER BY position LIMIT ?",
                    (last, size),
                ).fetchall()
            if not found:
                return
            last = found[-1][4]
            yield _rows(found)

    def count(self, where: str) -> int:
        with self._lock:
            self._write()
            if self._db is None:
                return 0
            return self._db.execute(f"SELECT count(*) FROM row WHERE {where}").fetchone()[0]

    def _select(self, where: str, parameters: tuple) -> list[PlannedRow]:
        with self._lock:
            self._write()
            found = self._connection().execute(
                f"SELECT {_COLUMNS} FROM row WHERE {where} ORDER BY position", parameters
            )
            return _rows(found)

    # the earlier rows of the file, for duplicates within it
    def first(self, key: str, value: str) -> int | None:
        """The row number of the first row with this e-mail address or member key."""
        assert key in ("email", "member")
        with self._lock:
            if self._seen is None or value not in self._seen:
                return None
            if self._written():
                found = self._connection().execute(
                    f"SELECT number FROM row WHERE {key} = ? ORDER BY position LIMIT 1", (value,)
                )
                first = found.fetchone()
                if first:
                    return first[0]
            return self._first.get((key, value))

    def at_organisation(
        self, organisation: str, email: str, lengths: tuple[int, int], name_zh: str, name: str
    ) -> list[tuple[str, int, str, str, int]]:
        """(name, row number, label, Chinese name, same) of the earlier rows of an
        organisation that could be the same person, in the order of the file: with an
        e-mail address given, only rows without one or with the same; of those, only
        rows whose name is `lengths` long (shortest, longest), or that have the same
        Chinese name or the same words of the name as `name` (`same` is 1 for these)."""
        with self._lock:
            if self._seen is None or organisation not in self._seen:
                return []
            parameters = {
                "organisation": organisation,
                "email": email,
                "shortest": lengths[0],
                "longest": lengths[1],
                "name_zh": name_zh,
                "words": sorted_words(name),
            }
            found = []
            if self._written():
                query = _AT_ORGANISATION_WITH_EMAIL if email else _AT_ORGANISATION
                found = [c[1:] for c in self._connection().execute(query, parameters)]
            for entry in self._at.get(organisation, ()):  # the rows not written yet
                same = _same_person(entry, parameters)
                if same is not None:
                    found.append((*entry[:4], same))
            return found


def _same_person(entry: tuple, wanted: dict) -> int | None:
    """What the query of at_organisation answers for a row not written yet: None when it
    does not choose the row, else whether it has the same Chinese name or words (1, 0)."""
    name, _number, _label, name_zh, words, email = entry
    if wanted["email"] and email is not None and email != wanted["email"]:
        return None
    same = (bool(wanted["name_zh"]) and name_zh == wanted["name_zh"]) or (
        bool(wanted["words"]) and words == wanted["words"]
    )
    if same:
        return 1
    if name is not None and wanted["shortest"] <= _length(name) <= wanted["longest"]:
        return 0
    return None


def _at_organisation(email: bool) -> str:
    """The query of at_organisation, for a row with an e-mail address or without."""
    same = "(:name_zh != '' AND name_zh = :name_zh) OR (:words != '' AND words = :words)"
    columns = f"position, name, number, label, name_zh, {same}"
    where = (
        "organisation = :organisation AND {} AND"
        f" (length(name) BETWEEN :shortest AND :longest OR {same})"
    )
    emails = ["email IS NULL", "email = :email"] if email else ["1"]
    query = " UNION ALL ".join(
        f"SELECT {columns} FROM row WHERE " + where.format(e) for e in emails
    )
    return query + " ORDER BY position"


_AT_ORGANISATION, _AT_ORGANISATION_WITH_EMAIL = _at_organisation(False), _at_organisation(True)


def _length(text: str) -> int:
    """SQLite's length(): the characters before the first NUL."""
    end = text.find("\0")
    return len(text) if end < 0 else end


def _payload(row: PlannedRow) -> bytes:
    values = row.values if not row.valid else []  # cells are kept for rows with errors
    return pickle.dumps(
        (row.number, values, row.data, row.problems, row.match, row.decision, row.keys),
        protocol=5,
    )


def sorted_words(name: str) -> str:
    """The words of a name in order, the same for "Wang Wei" and "Wei Wang"."""
    return " ".join(sorted(name.split()))


def _rows(found: Iterable[tuple]) -> list[PlannedRow]:
    """The rows of (number, valid, target, payload, …) as read from the table."""
    from isa_desk.core.exchange.importing.plan import PlannedRow

    rows = []
    for columns in found:
        _number, values, data, problems, match, decision, keys = pickle.loads(columns[3])
        target = bool(columns[2])
        rows.append(PlannedRow(columns[0], values, data, problems, match, decision, target, keys))
    return rows
