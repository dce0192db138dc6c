"""Peak memory of an import at scale, and hostile files refused quickly within bounds.

    python bench/bench_import_memory.py [--rows 100000] [--small 10000] [--keep DIR]

Each import runs the real command (`isa-desk import contacts FILE`) in its own process
on a fresh copy of the database; its peak resident memory (getrusage ru_maxrss of that
child) is printed beside two baselines measured in the same run: a process that only
imports the same modules and opens the database, and one that streams the same file
with openpyxl read-only. The growth per row is the difference between the large and the
small list divided by the rows between them; the goal is a few hundred bytes a row.
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

GOAL_BYTES_PER_ROW = 400  # "a few hundred bytes a row"
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


def contact_rows(count: int, organisations: list[str]) -> Iterator[list]:
    """The Outlook-style list of bench_excel.py, with a phone number for each row."""
    from bench_excel import IMPORT_HEADERS  # in the child only: it loads the program

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


def import_command(database: Path, path: Path) -> list[str]:
    return [PYTHON, "-m", "isa_desk", "--database", str(database), "import", "contacts", str(path)]


def run_import(folder: Path, database: Path, path: Path) -> float:
    copy = folder / "copy.sqlite"
    shutil.copyfile(database, copy)
    peak, seconds, code, error = measure(import_command(copy, path), folder)
    if code != 0:
        raise SystemExit(f"the import of {path.name} failed ({code}): {error}")
    print(f"  import {path.name:<22} peak {peak:7.1f} MB   {seconds:6.1f} s")
    return peak


def baselines(folder: Path, database: Path, path: Path) -> tuple[float, float]:
    bare, _s, _c, _e = measure([PYTHON, "-c", BARE, str(database)], folder)
    stream, seconds, _c, _e = measure([PYTHON, "-c", STREAM, str(path)], folder)
    print(f"  bare   modules + database  peak {bare:7.1f} MB")
    print(f"  stream openpyxl read-only  peak {stream:7.1f} MB   {seconds:6.1f} s")
    return bare, stream


def per_row(large: float, small: float, rows: int) -> float:
    return (large - small) * 2**20 / rows


def contacts_file(folder: Path, count: int) -> Path:
    return folder / f"kontakte-{count}.xlsx"


HOSTILE = {
    "one text of 800 MB": "text.xlsx",
    "zip bomb": "bomb.xlsx",
    "1,000,000 rows": "million.xlsx",
}


def prepare(folder: Path, counts: list[int]) -> None:
    """The database and every file (run in a child process, see above)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    database = folder / "bench.sqlite"
    generate(database, 5_000, 2_000, 300)
    organisations = organisation_names(database)
    for count in counts:
        write_xlsx(contacts_file(folder, count), contact_rows(count, organisations))
    write_xlsx(folder / HOSTILE["one text of 800 MB"], [["Vorname"]], huge_text())
    zip_bomb(folder / HOSTILE["zip bomb"])
    write_xlsx(folder / HOSTILE["1,000,000 rows"], million_rows())


def scale(folder: Path, database: Path, rows: int, small: int) -> None:
    figures = {}
    for count in (small, rows):
        path = contacts_file(folder, count)
        print(f"{count} rows ({path.stat().st_size / 2**20:.1f} MB):")
        bare, stream = baselines(folder, database, path)
        figures[count] = (run_import(folder, database, path), bare, stream)
    between = rows - small
    ours = per_row(figures[rows][0], figures[small][0], between)
    stream = per_row(figures[rows][2], figures[small][2], between)
    verdict = "ok" if ours <= GOAL_BYTES_PER_ROW else "OVER THE GOAL"
    print(
        f"growth per row ({small} -> {rows}): import {ours:6.0f} B   openpyxl streaming "
        f"{stream:6.0f} B   (goal: import <= {GOAL_BYTES_PER_ROW} B) {verdict}"
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
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: temporary)")
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.prepare, [args.small, args.rows])
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="isa-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "bench.sqlite"
    try:
        started = time.perf_counter()
        subprocess.run(
            [
                PYTHON,
                __file__,
                "--prepare",
                str(folder),
                "--rows",
                str(args.rows),
                "--small",
                str(args.small),
            ],
            check=True,
        )
        print(f"database and files made in {time.perf_counter() - started:.0f} s ({folder})")
        scale(folder, database, args.rows, args.small)
        if not args.no_hostile:
            hostile(folder, database)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
