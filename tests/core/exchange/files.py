"""Workbooks and CSV files as people send them, written for the exchange tests."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook

GERMAN_HEADERS = [
    "Anrede",
    "Titel",
    "Funktion",
    "Vorname",
    "Nachname",
    "Organisation",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "E-Mail",
    "Telefon",
    "Sprache",
]

# one contact as a German office would list her, under GERMAN_HEADERS
SCHMIDT = [
    "Frau",
    "Dr.",
    "Referentin",
    "Anna",
    "Schmidt",
    "Stadt Chemnitz",
    "Markt 1",
    9111,
    "Chemnitz",
    "Deutschland",
    "anna.schmidt@example.org",
    "+49 371 488-0",
    "Deutsch",
]


def workbook(path: Path, rows: list[list], title: str = "Tabelle1", merges=()) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def with_cached_values(path: Path, cached: dict[str, str]) -> Path:
    """Give formula cells the value Excel would have saved with them (openpyxl saves
    formulas without one): cell reference -> text result."""
    temp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, value in cached.items():
                    text = re.sub(
                        rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                        lambda m, v=value, ref=ref: (
                            f'<c r="{ref}"{m.group(1)} t="str"><f>{m.group(2)}</f><v>{v}</v>'
                        ),
                        text,
                    )
                data = text.encode()
            target.writestr(item, data)
    shutil.move(temp, path)
    return path


def csv_file(path: Path, lines: list[str], encoding: str, bom: bool = False) -> Path:
    data = "\r\n".join(lines).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data + b"\r\n")
    return path
