"""Excel export and import at scale, each beside a bare openpyxl baseline in the same run.

    python bench/bench_excel.py [--contacts 100000] [--import-rows 10000] [--keep DIR]

Export: ISA Desk's export of every contact (headers, styles, labels, the list's rows
streamed in pages) against openpyxl write-only appending the same cells (the same
columns, empty ones left out), read with one plain SQL query in the same order.
Import: `analyse` + `run` of a 10,000-row Outlook-style list of new people at existing
organisations (into a fresh copy of the database each time) against openpyxl read-only
reading the same rows; the best of three of each. Targets: export within 1.5x, import
within 3x of its baseline. Peak memory is measured with tracemalloc in separate runs (it
slows Python down), at two sizes, to show that the export's memory does not grow with
the number of rows.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import Workbook, load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from isa_desk.core.db.engine import Database
from isa_desk.core.exchange import columns
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from isa_desk.core.services.common import ListQuery

EXPORT_TARGET = 1.5
IMPORT_TARGET = 3.0
IMPORT_ATTEMPTS = 3
IMPORT_HEADERS = [
    "Anrede",
    "Vorname",
    "Nachname",
    "Firma",
    "Position",
    "Straße geschäftlich",
    "Postleitzahl geschäftlich",
    "Ort geschäftlich",
    "Land/Region geschäftlich",
    "E-Mail-Adresse",
    "Telefon geschäftlich",
    "Sprache",
]


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def peak_mib(function, *args, **kwargs) -> float:
    tracemalloc.start()
    try:
        function(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def baseline_export(database: Path, out: Path) -> int:
    """openpyxl write-only with the same cells, rows from one plain SQL query."""
    names = [f.key for f in columns.fields("contacts")]
    wanted = [n if n not in ("organisation", "member", "tags") else "''" for n in names]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(names)
    connection = sqlite3.connect(database)
    rows = 0
    for row in connection.execute(
        f"SELECT {', '.join(wanted)} FROM contact ORDER BY family_name, given_name, id"
    ):
        sheet.append([None if value == "" else value for value in row])  # no empty cells
        rows += 1
    connection.close()
    book.save(out)
    return rows


def isa_export(db: Database, out: Path, selection: Selection | None = None) -> int:
    return export(db, "contacts", out, selection or Selection(ListQuery()))


def import_file(database: Path, out: Path, rows: int) -> Path:
    """An Outlook-style list of new people at organisations the database has."""
    connection = sqlite3.connect(database)
    organisations = [r[0] for r in connection.execute("SELECT name FROM organisation LIMIT 2000")]
    connection.close()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kontakte")
    sheet.append(IMPORT_HEADERS)
    for number in range(rows):
        sheet.append(
            [
                "Frau" if number % 2 else "Herr Dr.",
                f"Vorname{number}",
                f"Neumann{number}",
                organisations[number % len(organisations)],
                "Referentin",
                f"Am Markt {number % 90 + 1}",
                1000 + number % 9000,
                "Chemnitz",
                "Deutschland",
                f"neu{number}@example.net",
                "+49 371 488-0",
                "Deutsch",
            ]
        )
    book.save(out)
    return out


def baseline_import(path: Path) -> int:
    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def isa_import(db: Database, path: Path):
    plan = importer.analyse(db, open_source(path), "contacts")
    result = importer.run(db, plan)
    return plan, result


def ratio_line(label: str, ours: float, base: float, target: float) -> str:
    ratio = ours / base if base else float("inf")
    verdict = "ok" if ratio <= target else "OVER TARGET"
    return (
        f"{label:<8} ISA Desk {ours:7.2f} s   openpyxl baseline {base:7.2f} s   "
        f"ratio {ratio:4.2f} (target {target}x) {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: temporary)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="isa-bench-excel-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "bench.sqlite"
    seconds, _ = timed(generate, database, args.contacts)
    print(f"generated {args.contacts} contacts in {seconds:.1f} s ({database})")
    db = Database.open(str(database))
    try:
        base_export, base_rows = timed(baseline_export, database, folder / "baseline.xlsx")
        our_export, our_rows = timed(isa_export, db, folder / "contacts.xlsx")
        assert base_rows == our_rows == args.contacts, (base_rows, our_rows)
        print(ratio_line("export", our_export, base_export, EXPORT_TARGET))

        source = import_file(database, folder / "import.xlsx", args.import_rows)
        base_import, our_import = float("inf"), float("inf")
        for attempt in range(IMPORT_ATTEMPTS):  # the best of a few: the machine may be busy
            copy = folder / f"import-{attempt}.sqlite"
            shutil.copyfile(database, copy)
            target = Database.open(str(copy))
            seconds, read_rows = timed(baseline_import, source)
            base_import = min(base_import, seconds)
            seconds, (plan, result) = timed(isa_import, target, source)
            our_import = min(our_import, seconds)
            target.close()
            assert result.created == args.import_rows, result.as_json()
        print(
            ratio_line("import", our_import, base_import, IMPORT_TARGET)
            + f"   ({result.created} created, {len(plan.new_organisations)} new "
            f"organisations, {read_rows} rows read)"
        )

        small = max(1, args.contacts // 10)
        small_ids = Selection(ids=tuple(range(1, small + 1)))
        memory_small = peak_mib(isa_export, db, folder / "small.xlsx", small_ids)
        memory_all = peak_mib(isa_export, db, folder / "contacts.xlsx")
        print(
            f"memory   export peak (tracemalloc): {memory_small:6.1f} MiB for {small} rows, "
            f"{memory_all:6.1f} MiB for {args.contacts} rows"
        )
        second = folder / "import2.xlsx"
        import_file(database, second, args.import_rows)
        memory_import = peak_mib(importer.analyse, db, open_source(second), "contacts")
        print(
            f"memory   import analysis peak (tracemalloc): {memory_import:6.1f} MiB for "
            f"{args.import_rows} rows"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"memory   whole process peak (resident, getrusage): {peak:6.0f} MiB")
    finally:
        db.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
