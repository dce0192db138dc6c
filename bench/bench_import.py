"""The import of received lists at scale: its time beside a bare openpyxl read, its peak
memory, and hostile files refused quickly within bounds.

    python bench/bench_import.py [--speed-rows 10000] [--rows 100000] [--keep DIR]

Speed: `isa-desk import contacts FILE.xlsx` (a process: start, analyse, write into a
fresh copy of the database) of an Outlook-style list of new people at existing
organisations, against a process that only streams the same file with openpyxl
read-only; the best of three of each, taken in turn. Goal: the import within 1.0x of that read.

Memory: the peak resident memory (getrusage ru_maxrss of the child) of the same command
importing 100,000 rows, beside a process that only imports the same modules and opens
the database. Limit: 300 MB.

Floor (no goal): a process that does only what any import of the file must, before it
checks a single value: load the import's modules, read the sheet with calamine, and
store as many contacts with SQLite (copies of those there, full-text index and all).

The workbooks are written as Excel writes them: every text in the shared strings table.
Hostile files: a workbook of 817 KB holding one text of 800 MB, a zip bomb (a sheet
packed 1000 to 1), a sheet of 1,000,000 rows. Each must be refused within seconds, with
the message naming the limit (exit code 2) and little memory.

A process inherits the peak memory of the one that started it (Linux keeps it across
exec), so this one stays small: the database and the files are made by a child.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure

SPEED_GOAL = 1.0  # the import's time / a bare openpyxl read-only pass over the file
MEMORY_LIMIT_MB = 300
ATTEMPTS = 3

HOSTILE_SECONDS = 30
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override '
        'PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship '
        'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_DOC}">'
        '<sheets><sheet name="Kontakte" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}


def column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_xlsx(path: Path, rows: Iterable[list], strings: Iterator[bytes] | None = None) -> Path:
    """A workbook as Excel writes it (texts in the shared strings table), streamed into
    the zip; `strings` instead gives the shared strings part's text as it is."""
    table: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            for number, row in enumerate(rows, start=1):
                cells = []
                for index, value in enumerate(row):
                    ref = f"{column(index)}{number}"
                    if isinstance(value, str):
                        found = table.setdefault(value, len(table))
                        cells.append(f'<c r="{ref}" t="s"><v>{found}</v></c>')
                    elif value is not None:
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                sheet.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            if strings is not None:
                for piece in strings:
                    part.write(piece)
                return path
            part.write(f'<sst xmlns="{_MAIN}" uniqueCount="{len(table)}">'.encode())
            for text in table:
                part.write(f"<si><t>{escape(text)}</t></si>".encode())
            part.write(b"</sst>")
    return path


# the headers of a list exported from a German Outlook
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


def contact_rows(count: int, organisations: list[str]) -> Iterator[list]:
    """An Outlook-style list of new people at existing organisations, with a phone each."""
    yield IMPORT_HEADERS
    for number in range(count):
        yield [
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
            f"+49 371 {number:06d}",
            "Deutsch",
        ]


def organisation_names(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    names = [r[0] for r in connection.execute("SELECT name FROM organisation LIMIT 2000")]
    connection.close()
    return names


def huge_text() -> Iterator[bytes]:
    """One shared string of 800 MB (it packs to some 800 KB)."""
    yield f'<sst xmlns="{_MAIN}" uniqueCount="1"><si><t>'.encode()
    block = b"A" * (1 << 20)
    for _ in range(800):
        yield block
    yield b"</t></si></sst>"


def zip_bomb(path: Path) -> Path:
    """A sheet of 1.5 GB of empty rows' padding, packed about 1000 to 1."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_MAIN}"/>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            block = b" " * (1 << 20)
            for _ in range(1536):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return path


def million_rows() -> Iterator[list]:
    yield ["Vorname", "Nachname", "E-Mail"]
    for number in range(1_000_000):
        yield ["Anna", "Schmidt", None] if number % 2 else ["Jan", "Jansen", None]


def measure(command: list[str], home: Path) -> tuple[float, float, int, str]:
    """Peak resident MB, seconds, exit code and the last line of standard error."""
    started = time.perf_counter()
    environment = {**os.environ, "ISA_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    # as installed, with the modules' bytecode kept (openpyxl's is, in site-packages): a
    # shell that forbids it would time the compiling of the program's source on every start
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment
    )
    assert child.stderr is not None
    error = child.stderr.read().decode(errors="replace").strip()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    lines = error.splitlines()
    return usage.ru_maxrss / 1024, seconds, child.returncode, lines[-1] if lines else ""


ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BARE = (
    "import sys, isa_desk.cli, isa_desk.commands.import_;"
    "from isa_desk.commands.common import open_database; open_database(sys.argv[1]).close()"
)
STREAM = (
    "import sys; from openpyxl import load_workbook;"
    "book = load_workbook(sys.argv[1], read_only=True, data_only=True);"
    "print(sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)))"
)


def floor(database: str, path: str) -> None:
    """What any import of `path` into `database` costs before it checks a single value (run
    in a child process): the modules the import loads, calamine reading the sheet, and
    SQLite storing as many contacts as the sheet has rows (copies of those in the
    database, with new e-mail keys) in multi-row INSERTs, one transaction, with the
    schema's indexes and full-text triggers."""
    from python_calamine import CalamineWorkbook

    import isa_desk.cli
    import isa_desk.commands.import_  # noqa: F401  SQLAlchemy and the models

    sheet = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    connection = sqlite3.connect(database, isolation_level=None)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(contact)")]
    there = connection.execute("SELECT * FROM contact").fetchall()
    key = columns.index("email_key")
    rows = []
    for number in range(len(sheet) - 1):
        row = list(there[number % len(there)])
        row[0], row[key] = None, f"floor-{number}@example.org"
        rows.append(row)
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    connection.execute("BEGIN IMMEDIATE")
    for start in range(0, len(rows), 500):
        part = rows[start : start + 500]
        values = [value for row in part for value in row]
        connection.execute(f"INSERT INTO contact VALUES {', '.join([marks] * len(part))}", values)
    connection.execute("COMMIT")


def import_command(database: Path, path: Path) -> list[str]:
    return [PYTHON, "-m", "isa_desk", "--database", str(database), "import", "contacts", str(path)]


def run_import(folder: Path, database: Path, path: Path) -> tuple[float, float]:
    """Peak MB and seconds of the import into a fresh copy of `database`."""
    copy = folder / "copy.sqlite"
    shutil.copyfile(database, copy)
    peak, seconds, code, error = measure(import_command(copy, path), folder)
    if code != 0:
        raise SystemExit(f"the import of {path.name} failed ({code}): {error}")
    return peak, seconds


def contacts_file(folder: Path, count: int) -> Path:
    return folder / f"kontakte-{count}.xlsx"


HOSTILE = {
    "one text of 800 MB": "text.xlsx",
    "zip bomb": "bomb.xlsx",
    "1,000,000 rows": "million.xlsx",
}


def prepare(folder: Path, counts: list[int], hostile_files: bool) -> None:
    """The database and every file (run in a child process, see above)."""
    sys.path.insert(0, str(ROOT))
    from generate import generate

    database = folder / "bench.sqlite"
    generate(database, 5_000, 2_000, 300)
    organisations = organisation_names(database)
    for count in counts:
        write_xlsx(contacts_file(folder, count), contact_rows(count, organisations))
    if hostile_files:
        write_xlsx(folder / HOSTILE["one text of 800 MB"], [["Vorname"]], huge_text())
        zip_bomb(folder / HOSTILE["zip bomb"])
        write_xlsx(folder / HOSTILE["1,000,000 rows"], million_rows())


def speed(folder: Path, database: Path, rows: int) -> None:
    path = contacts_file(folder, rows)
    ours, bare, least = [], [], []
    for _ in range(ATTEMPTS):  # one after the other, so that all meet the same load
        ours.append(run_import(folder, database, path)[1])
        bare.append(measure([PYTHON, "-c", STREAM, str(path)], folder)[1])
        copy = folder / "copy.sqlite"
        shutil.copyfile(database, copy)
        least.append(measure([PYTHON, __file__, "--floor", str(copy), str(path)], folder)[1])
    figure(
        f"(no goal) floor of an import of {rows:,} rows: modules, calamine, SQLite storing",
        min(least),
        "s",
        baseline=min(bare),
        baseline_what="openpyxl read-only pass",
    )
    figure(
        f"import {rows:,} contacts (CLI, xlsx)",
        min(ours),
        "s",
        baseline=min(bare),
        baseline_what="openpyxl read-only pass",
        goal=SPEED_GOAL,
    )


def memory(folder: Path, database: Path, rows: int) -> None:
    path = contacts_file(folder, rows)
    peak, seconds = run_import(folder, database, path)
    bare = measure([PYTHON, "-c", BARE, str(database)], folder)[0]
    stream = measure([PYTHON, "-c", STREAM, str(path)], folder)[0]
    print(f"  ({rows:,} rows imported in {seconds:.1f} s; openpyxl read-only: {stream:.0f} MB)")
    figure(
        f"peak memory importing {rows:,} rows",
        peak,
        "MB",
        baseline=bare,
        baseline_what="modules + database only",
        limit=MEMORY_LIMIT_MB,
    )


def hostile(folder: Path, database: Path) -> None:
    print("hostile files:")
    for label, name in HOSTILE.items():
        path = folder / name
        copy = folder / "copy.sqlite"
        shutil.copyfile(database, copy)
        peak, seconds, code, error = measure(import_command(copy, path), folder)
        size = path.stat().st_size / 1024
        verdict = "ok" if code == 2 and seconds < HOSTILE_SECONDS else "NOT REFUSED IN TIME"
        print(
            f"  {label:<20} {size:8.0f} KB  exit {code}  {seconds:5.1f} s  peak {peak:6.1f} MB"
            f"  {verdict}\n    {error}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-rows", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: temporary)")
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(*args.floor)
        return 0
    if args.prepare:
        prepare(args.prepare, [args.speed_rows, args.rows], not args.no_hostile)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="isa-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "bench.sqlite"
    try:
        needed = [database, *(contacts_file(folder, n) for n in (args.speed_rows, args.rows))]
        needed += [] if args.no_hostile else [folder / name for name in HOSTILE.values()]
        if not all(path.exists() for path in needed):  # (kept from an earlier run: --keep)
            started = time.perf_counter()
            command = [PYTHON, __file__, "--prepare", str(folder)]
            command += ["--rows", str(args.rows), "--speed-rows", str(args.speed_rows)]
            subprocess.run(command + (["--no-hostile"] if args.no_hostile else []), check=True)
            print(f"database and files made in {time.perf_counter() - started:.0f} s ({folder})")
        speed(folder, database, args.speed_rows)
        memory(folder, database, args.rows)
        if not args.no_hostile:
            hostile(folder, database)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
