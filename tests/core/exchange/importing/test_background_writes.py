"""An import's INSERT statements run in a second thread on SQLite, yet within the one
transaction and in order: what the transaction does next waits for them, their errors
come out as SQLAlchemy's, and none of them runs once the transaction has ended."""

from __future__ import annotations

import datetime as dt
import threading
from typing import cast

import pytest
from sqlalchemy import Table, event, func, select
from sqlalchemy.exc import IntegrityError

from isa_desk.core.db.locks import take_turn
from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.background_writes import BackgroundWrites
from isa_desk.core.exchange.importing.bulk import insert_statements, next_id
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.progress import Cancelled, Progress
from tests.core.exchange.files import GERMAN_HEADERS, SCHMIDT, workbook

pytestmark = pytest.mark.sqlite_only
TABLE = cast(Table, Contact.__table__)
NOW = dt.datetime(2026, 12, 4, 9, 30)


def _people(session, count: int, first: int) -> list:
    rows = [
        {
            "id": first + n,
            "family_name": f"Berg {n}",
            "email_key": f"berg{n}@example.org",
            "search_text": f"berg {n}",
            "created_at": NOW,
            "updated_at": NOW,
            "version": 1,
        }
        for n in range(count)
    ]
    return insert_statements(session, TABLE, rows)


def _one(session, number: int) -> list:
    row = {"id": number, "family_name": "Roth", "email_key": None, "created_at": NOW}
    return insert_statements(session, TABLE, [{**row, "updated_at": NOW, "version": 1}])


def count(session) -> int:
    return session.scalar(select(func.count()).select_from(TABLE)) or 0


def test_the_statements_come_before_whatever_the_transaction_does_next(db):
    with db.transaction() as session:
        take_turn(session, "import")  # as the import does: the transaction has begun
        writes = BackgroundWrites(session)
        first = next_id(session, TABLE)
        writes.run(_people(session, 1200, first))  # three statements
        assert count(session) == 1200  # the query waited for them
        writes.run(_one(session, first + 1200))
        writes.close()
    with db.session() as session:
        assert count(session) == 1201
        assert session.scalar(select(func.max(Contact.id))) == first + 1200


def test_an_error_of_theirs_is_sqlalchemys_and_nothing_is_written(db):
    with pytest.raises(IntegrityError), db.transaction() as session:
        take_turn(session, "import")
        writes = BackgroundWrites(session)
        statements = _people(session, 3, next_id(session, TABLE))
        writes.run(statements + statements)  # the same ids twice
        writes.close()  # raises what the statements raised
    with db.session() as session:
        assert count(session) == 0


def test_a_rollback_waits_for_them_and_none_runs_after_it(db):
    started, going_on = threading.Event(), threading.Event()
    happened: list[str] = []

    class Slow(list):
        """The statements, the second of which waits until the rollback has begun."""

        def __iter__(self):
            for number, statement in enumerate(super().__iter__()):
                if number == 1:
                    started.set()
                    going_on.wait(5)
                happened.append(f"statement {number}")
                yield statement

    with pytest.raises(RuntimeError, match="stop"), db.transaction() as session:
        take_turn(session, "import")
        writes = BackgroundWrites(session)
        connection = session.connection()
        event.listen(connection, "rollback", lambda _connection: happened.append("rollback"))
        writes.run(Slow(_people(session, 1200, next_id(session, TABLE))))
        started.wait(5)
        threading.Timer(0.2, going_on.set).start()  # the rollback below is waiting by then
        raise RuntimeError("stop")
    assert happened == ["statement 0", "statement 1", "statement 2", "rollback"]
    with db.session() as session:
        assert count(session) == 0


def test_an_import_numbers_its_contacts_as_sqlite_would(db, tmp_path):
    """After the highest contact was deleted, SQLite gives its id again: so does the
    import, and a cancelled import leaves nothing behind."""
    rows = [GERMAN_HEADERS]
    for number in range(700):  # two parts of the list
        row = list(SCHMIDT)
        row[GERMAN_HEADERS.index("E-Mail")] = f"person{number}@example.org"
        rows.append(row)
    path = workbook(tmp_path / "liste.xlsx", rows)
    with db.transaction() as session:
        session.add_all([Contact(family_name="Alt"), Contact(family_name="Weg")])
    with db.transaction() as session:
        session.delete(session.scalars(select(Contact).where(Contact.family_name == "Weg")).one())
    plan = importer.analyse(db, open_source(path), "contacts")

    def cancel_after_the_first_part(done: int, _total: int, _message: str) -> None:
        if done >= 500:  # the second part's statements are running when it stops
            cancelling.cancel()

    cancelling = Progress(cancel_after_the_first_part)
    with pytest.raises(Cancelled):
        importer.run(db, plan, progress=cancelling)
    with db.session() as session:
        assert count(session) == 1

    result = importer.run(db, plan)
    assert result.created == 700
    with db.session() as session:
        ids = list(session.scalars(select(Contact.id).order_by(Contact.id)))
        emails = list(session.scalars(select(Contact.email).order_by(Contact.id)))
    assert ids == list(range(ids[0], ids[0] + 701))
    assert emails[1:] == [f"person{n}@example.org" for n in range(700)]
