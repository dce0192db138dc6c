"""The checked rows of an import, kept on disk instead of in memory.

An import of 100,000 rows would hold every row's values, problems and match in memory
between reading the file and writing it (some kilobytes a row). Here each row goes, as
it is checked, into a private temporary SQLite database that SQLite deletes when it is
closed; memory keeps only its page cache. The rows come back one at a time or a chunk at
a time, in the order of the file. The same table answers which earlier row of the file
has an e-mail address, an organisation or a member name, for finding duplicates within
the file.
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


class RowStore(Sequence["PlannedRow"]):
    """The rows of a plan; a Sequence, so `len`, indexing and iteration work as on a list."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._count = 0
        self._cache: dict[int, PlannedRow] = {}
        self._lock = threading.Lock()  # analysed in one thread, shown in another

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            # "": a private database in a temporary file, deleted when it is closed
            self._db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
            self._db.executescript(_SCHEMA)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def add(self, row: PlannedRow, keys: dict[str, str | None] | None = None) -> None:
        """Keep `row`; `keys` (email, organisation, name, name_zh, label, member) make it
        findable by later rows of the file."""
        keys = keys or {}
        payload = _payload(row)
        with self._lock:
            db = self._connection()
            db.execute(
                "INSERT INTO row (number, valid, problems, matched, email, organisation, name,"
                " name_zh, label, member, words, payload)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row.number,
                    row.valid,
                    len(row.problems),
                    row.match is not None,
                    *(keys.get(k) for k in ("email", "organisation", "name", "name_zh")),
                    *(keys.get(k) for k in ("label", "member")),
                    sorted_words(keys.get("name") or ""),
                    payload,
                ),
            )
            if row.match is not None and row.match.row is not None:
                db.execute("UPDATE row SET target = 1 WHERE number = ?", (row.match.row,))
            self._count += 1

    def update(self, numbers: Iterable[int], change: Callable[[PlannedRow], None]) -> None:
        """Let `change` alter the kept rows with these row numbers (their data, problems
        and cells), a chunk at a time. Their matches stay as they were found."""
        wanted = sorted(numbers)
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start : start + CHUNK]
            marks = ", ".join("?" * len(part))
            with self._lock:
                db = self._connection()
                found = db.execute(
                    f"SELECT {_COLUMNS} FROM row WHERE number IN ({marks})", part
                ).fetchall()
                for columns in found:
                    row = _row(*columns)
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
                if self._db is None:
                    return
                found = self._db.execute(
                    f"SELECT position, {_COLUMNS} FROM row WHERE position > ? AND ({where})"
                    " ORDER BY position LIMIT ?",
                    (last, size),
                ).fetchall()
            if not found:
                return
            last = found[-1][0]
            yield [_row(*columns[1:]) for columns in found]

    def count(self, where: str) -> int:
        with self._lock:
            if self._db is None:
                return 0
            return self._db.execute(f"SELECT count(*) FROM row WHERE {where}").fetchone()[0]

    def _select(self, where: str, parameters: tuple) -> list[PlannedRow]:
        with self._lock:
            found = self._connection().execute(
                f"SELECT {_COLUMNS} FROM row WHERE {where} ORDER BY position", parameters
            )
            return [_row(*columns) for columns in found]

    # the earlier rows of the file, for duplicates within it
    def first(self, key: str, value: str) -> int | None:
        """The row number of the first row with this e-mail address or member key."""
        assert key in ("email", "member")
        with self._lock:
            found = self._connection().execute(
                f"SELECT number FROM row WHERE {key} = ? ORDER BY position LIMIT 1", (value,)
            )
            first = found.fetchone()
        return first[0] if first else None

    def at_organisation(
        self, organisation: str, email: str, lengths: tuple[int, int], name_zh: str, name: str
    ) -> list[tuple[str, int, str, str, int]]:
        """(name, row number, label, Chinese name, same) of the earlier rows of an
        organisation that could be the same person, in the order of the file: with an
        e-mail address given, only rows without one or with the same; of those, only
        rows whose name is `lengths` long (shortest, longest), or that have the same
        Chinese name or the same words of the name as `name` (`same` is 1 for these)."""
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
        parameters = {
            "organisation": organisation,
            "email": email,
            "shortest": lengths[0],
            "longest": lengths[1],
            "name_zh": name_zh,
            "words": sorted_words(name),
        }
        with self._lock:
            found = self._connection().execute(query + " ORDER BY position", parameters)
            return [columns[1:] for columns in found]


def _payload(row: PlannedRow) -> bytes:
    values = row.values if not row.valid else []  # cells are kept for rows with errors
    return pickle.dumps(
        (row.number, values, row.data, row.problems, row.match, row.decision), protocol=5
    )


def sorted_words(name: str) -> str:
    """The words of a name in order, the same for "Wang Wei" and "Wei Wang"."""
    return " ".join(sorted(name.split()))


def _row(number: int, valid: int, target: int, payload: bytes) -> PlannedRow:
    from isa_desk.core.exchange.importing.plan import PlannedRow

    _number, values, data, problems, match, decision = pickle.loads(payload)
    return PlannedRow(number, values, data, problems, match, decision, target=bool(target))
