"""An import longer than a chunk: the rows are checked, kept and written a chunk at a
time, and still behave as one list and one transaction that undo takes back whole."""

from __future__ import annotations

from sqlalchemy import func, select

from isa_desk.core.db.models import Contact, ImportBatch
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.plan import UPDATE
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.exchange.importing.store import CHUNK
from tests.core.exchange.files import workbook


def test_a_later_row_updates_a_contact_an_earlier_chunk_created_and_undo_takes_all(db, tmp_path):
    rows = [["Vorname", "Nachname", "E-Mail", "Funktion"]]
    rows += [
        ["Anna", f"Schmidt{n}", f"anna{n}@example.org", "Referentin"] for n in range(CHUNK + 100)
    ]
    rows.append(["Anna", "Schmidt1", "ANNA1@example.org", "Leiterin"])  # the same as row 3
    plan = importer.analyse(db, open_source(workbook(tmp_path / "lang.xlsx", rows)), "contacts")
    assert len(plan.rows) == CHUNK + 101 and plan.duplicate_count() == 1
    [duplicate] = plan.duplicates()
    assert (duplicate.number, duplicate.match.row) == (CHUNK + 102, 3)
    assert plan.rows[1].target and not plan.rows[0].target
    result = importer.run(db, plan, UPDATE)
    assert (result.created, result.updated, result.duplicates) == (CHUNK + 100, 1, 1)
    with db.session() as session:
        anna = session.scalars(select(Contact).where(Contact.family_name == "Schmidt1")).one()
        assert (anna.position, anna.version) == ("Leiterin", 2)
    importer.undo(db, result.batch_id)
    with db.session() as session:
        assert session.scalar(select(func.count(Contact.id))) == 0
        assert session.get(ImportBatch, result.batch_id).undone_at is not None
