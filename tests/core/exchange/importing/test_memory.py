"""An import's memory grows by no more than a few hundred bytes a row: the rows are
streamed from the file, kept on disk between the analysis and the write, and written a
chunk at a time."""

from __future__ import annotations

import tracemalloc

import pytest
from openpyxl import Workbook

from isa_desk.core.db.engine import Database
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from tests import copy_database

BYTES_PER_ROW = 300
GIVEN = ["Anna", "Jan", "Lea", "Wei", "Jürgen", "Marie", "Hao", "Sören"]
FAMILY = ["Schmidt", "Jansen", "Wang", "Müller", "Becker", "Liu", "Krüger"]


def contact_list(path, count: int):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kontakte")
    sheet.append(["Vorname", "Nachname", "E-Mail", "PLZ", "Ort", "Land"])
    for n in range(count):
        sheet.append(
            [GIVEN[n % 8], FAMILY[n % 7], f"person{n}@example.org", 1000 + n, "Chemnitz", "DE"]
        )
    book.save(path)
    return path


def peak_of_import(db_file, tmp_path, count: int) -> int:
    path = contact_list(tmp_path / f"liste-{count}.xlsx", count)
    db = Database.open(str(copy_database(db_file, tmp_path / f"copy-{count}.sqlite")))
    try:
        tracemalloc.start()
        plan = importer.analyse(db, open_source(path), "contacts")
        result = importer.run(db, plan)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        plan.close()
    finally:
        db.close()
    assert result.created == count
    return peak


@pytest.mark.slow
def test_the_peak_memory_of_an_import_grows_little_with_its_rows(empty_file, tmp_path):
    peak_of_import(empty_file, tmp_path, 200)  # the caches of the first import are not rows
    small = peak_of_import(empty_file, tmp_path, 2_000)
    large = peak_of_import(empty_file, tmp_path, 12_000)
    assert (large - small) / 10_000 < BYTES_PER_ROW, (small, large)
