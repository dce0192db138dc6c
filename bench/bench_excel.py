"""The Excel export at scale, beside a bare openpyxl baseline measured in the same run.

    python bench/bench_excel.py [--contacts 100000] [--attempts 2] [--keep DIR]

ISA Desk's export of every contact (headers, styles, labels, tags, consents, the list's
rows streamed in pages) against openpyxl write-only appending the same cells: the same
columns, a cell wherever the export writes one, read with one plain SQL query (the
organisation and member joined, the tags and each purpose's consent beside) in the same
order. The baseline writes the values as the database holds them and styles nothing: the
floor of openpyxl. The data are bench/generate.py's (an existing
bench/out/contacts-<n>.sqlite is copied, never changed), with tags and consents added to
some contacts; the best of a few runs of each, alternating. Peak memory: the resident
peak of a child process exporting a tenth of the contacts and all of them, which must be
the same (memory does not grow with the number of rows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from figures import figure  # noqa: E402
from generate import generate  # noqa: E402

from isa_desk.core.db.engine import Database  # noqa: E402
from isa_desk.core.exchange import columns  # noqa: E402
from isa_desk.core.exchange.exporting.export import export  # noqa: E402
from isa_desk.core.services.contact_consents import FIELD_KEYS  # noqa: E402

GOAL = 1.0
MEMORY_LIMIT = 300  # MB
TAGS = {"Presse": 7, "Newsletter 2024": 5, "Beirat": 50, "佛山 Delegation": 11}


def database(folder: Path, contacts: int) -> Path:
    """A copy of the generator's database of `contacts`, with tags and consents."""
    stored = HERE / "out" / f"contacts-{contacts}.sqlite"
    path = folder / f"contacts-{contacts}.sqlite"
    if _usable(stored, contacts):
        shutil.copyfile(stored, path)
        print(f"using a copy of {stored}")
    else:
        started = time.perf_counter()
        generate(path, contacts, max(1, contacts // 20), max(1, contacts // 200))
        print(f"generated {contacts} contacts in {time.perf_counter() - started:.1f} s")
    _add_tags_and_consents(path)
    return path


def _usable(path: Path, contacts: int) -> bool:
    if not path.exists():
        return False
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM contact").fetchone()[0] == contacts
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _add_tags_and_consents(path: Path) -> None:
    """Tags on some contacts, and consents: every 10th a newsletter's, every 30th a
    withdrawn press consent (the generator makes neither)."""
    connection = sqlite3.connect(path)
    now = dt.datetime(2024, 1, 1).isoformat(" ")
    with connection:
        for name, every in TAGS.items():
            connection.execute("INSERT OR IGNORE INTO tag(name) VALUES (?)", (name,))
            (tag_id,) = connection.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
            connection.execute(
                "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) "
                "SELECT id, ? FROM contact WHERE id % ? = 1",
                (tag_id, every),
            )
        for purpose, every, withdrawn in (("newsletter", 10, None), ("press", 30, "2024-03-01")):
            connection.execute(
                "INSERT OR IGNORE INTO consent(contact_id, purpose, given_on, source, "
                "withdrawn_on, created_at, updated_at, version) "
                "SELECT id, ?, '2023-05-17', 'Formular Website', ?, ?, ?, 1 "
                "FROM contact WHERE id % ? = 3",
                (purpose, withdrawn, now, now, every),
            )
    connection.close()


def baseline_query() -> str:
    """The export's columns and order in one plain query."""
    consents = {purpose for purpose, _part in FIELD_KEYS.values()}
    wanted = []
    for key in (field.key for field in columns.fields("contacts")):
        if key in ("organisation", "member"):
            wanted.append(f"{key[0]}.name")
        elif key == "tags":
            wanted.append(
                "(SELECT group_concat(t.name, ', ') FROM contact_tag ct "
                "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)"
            )
        elif key in FIELD_KEYS:
            purpose, part = FIELD_KEYS[key]
            wanted.append(f"{purpose.value}.{part}")
        elif key in ("no_post", "no_email"):
            wanted.append(f"nullif(c.{key}, 0)")  # the export writes these only when set
        else:
            wanted.append(f"c.{key}")
    joins = "".join(
        f" LEFT JOIN consent {p.value} ON {p.value}.contact_id = c.id "
        f"AND {p.value}.purpose = '{p.value}'"
        for p in sorted(consents, key=lambda p: p.value)
    )
    return (
        f"SELECT {', '.join(wanted)} FROM contact c "
        "LEFT JOIN organisation o ON o.id = c.organisation_id "
        f"LEFT JOIN member m ON m.id = c.member_id{joins} ORDER BY c.sort_name, c.id"
    )


def baseline_export(path: Path, out: Path) -> int:
    """openpyxl write-only with the same cells, rows from one plain SQL query."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kontakte")
    sheet.append([field.title() for field in columns.fields("contacts")])
    connection = sqlite3.connect(path)
    rows = 0
    for row in connection.execute(baseline_query()):
        sheet.append([None if value == "" else value for value in row])  # no empty cells
        rows += 1
    connection.close()
    book.save(out)
    return rows


def isa_export(path: Path, out: Path) -> int:
    db = Database.open(str(path))
    try:
        return export(db, "contacts", out)
    finally:
        db.close()


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def peak_memory(path: Path, out: Path) -> float:
    """The resident peak (MB) of a child process exporting the database's contacts."""
    found = subprocess.run(
        [sys.executable, __file__, "--memory-of", str(path), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(found.stdout.split()[-1])


def _memory_child(path: Path, out: Path) -> int:
    isa_export(path, out)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--attempts", type=int, default=2, help="runs of each; the best counts")
    parser.add_argument("--keep", type=Path, help="folder for the files (default: temporary)")
    parser.add_argument("--memory-of", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        return _memory_child(*args.memory_of)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="isa-bench-excel-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        path = database(folder, args.contacts)
        ours, base = float("inf"), float("inf")
        for _attempt in range(args.attempts):  # alternating: the machine may be busy
            seconds, base_rows = timed(baseline_export, path, folder / "baseline.xlsx")
            base = min(base, seconds)
            seconds, our_rows = timed(isa_export, path, folder / "contacts.xlsx")
            ours = min(ours, seconds)
            assert base_rows == our_rows == args.contacts, (base_rows, our_rows)
        figure(
            f"export {args.contacts:,} contacts",
            ours,
            "s",
            baseline=base,
            baseline_what="openpyxl write-only writing the same cells",
            goal=GOAL,
        )

        small = max(1, args.contacts // 10)
        small_path = folder / f"contacts-{small}.sqlite"
        generate(small_path, small, max(1, args.contacts // 20), max(1, args.contacts // 200))
        _add_tags_and_consents(small_path)
        memory_small = peak_memory(small_path, folder / "small.xlsx")
        memory_all = peak_memory(path, folder / "contacts.xlsx")
        print(f"export {small:,} contacts: peak memory {memory_small:.0f} MB (resident)")
        figure(
            f"export {args.contacts:,} contacts: peak memory (resident, {small:,} contacts: "
            f"{memory_small:.0f} MB)",
            memory_all,
            "MB",
            limit=MEMORY_LIMIT,
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
