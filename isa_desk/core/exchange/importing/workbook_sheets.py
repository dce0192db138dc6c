"""The worksheets of an .xlsx workbook by name, and the part of the zip each is in.

openpyxl finds them through the package's manifest, the workbook part and its
relationships. Loading openpyxl takes longer (0.15 s) than the rest of opening a
workbook, and calamine reads the rows: so a workbook laid out as Excel, LibreOffice and
openpyxl write one is read here with the standard library, the same way; anything else
(another kind of manifest, a missing part or attribute, a damaged part) is left to
openpyxl, which reads or refuses it as it always has.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element, fromstring

_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# the workbook's content types in the order openpyxl looks for them
_WORKBOOK_TYPES = tuple(
    f"application/vnd.{kind}.main+xml"
    for kind in (
        "ms-excel.template.macroEnabled",
        "openxmlformats-officedocument.spreadsheetml.template",
        "ms-excel.sheet.macroEnabled",
        "openxmlformats-officedocument.spreadsheetml.sheet",
    )
)
_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # those openpyxl opens


class _NotPlain(Exception):
    """The workbook is not laid out plainly: openpyxl reads it."""


def sheet_parts(path: Path) -> dict[str, str]:
    """The worksheets by name, in the order of the workbook: name -> part in the zip."""
    try:
        return _plain_sheet_parts(path)
    except (_NotPlain, zipfile.BadZipFile, KeyError, OSError, SyntaxError, ValueError):
        return _openpyxl_sheet_parts(path)


def _openpyxl_sheet_parts(path: Path) -> dict[str, str]:
    from openpyxl.reader.excel import ExcelReader, _find_workbook_part
    from openpyxl.reader.workbook import WorkbookParser

    reader = ExcelReader(path, read_only=True)
    try:
        reader.read_manifest()
        workbook = _find_workbook_part(reader.package)
        parser = WorkbookParser(reader.archive, workbook.PartName[1:])
        parser.parse()
        return {
            sheet.name: rel.target
            for sheet, rel in parser.find_sheets()
            if rel.target in reader.archive.namelist() and "chartsheet" not in rel.Type
        }
    finally:
        reader.archive.close()


def _plain_sheet_parts(path: Path) -> dict[str, str]:
    if path.suffix.lower() not in _SUFFIXES:
        raise _NotPlain
    with zipfile.ZipFile(path) as archive:
        workbook = _workbook_part(fromstring(archive.read("[Content_Types].xml")))
        sheets = fromstring(archive.read(workbook)).find(f"{_MAIN}sheets")
        folder, name = posixpath.split(workbook)
        relationships = _targets(
            fromstring(archive.read(posixpath.join(folder, "_rels", f"{name}.rels"))), folder
        )
        names = archive.namelist()
    if sheets is None:
        raise _NotPlain
    found = {}
    for sheet in sheets.iterfind(f"{_MAIN}sheet"):
        sheet_name, sheet_id = sheet.get("name"), sheet.get(_ID)
        if sheet_name is None or not sheet_id or not (sheet.get("sheetId") or "").isdigit():
            raise _NotPlain
        target, kind = relationships[sheet_id]
        if target in names and "chartsheet" not in kind:
            found[sheet_name] = target
    return found


def _workbook_part(manifest: Element) -> str:
    overrides = manifest.findall(f"{_TYPES}Override")
    for kind in _WORKBOOK_TYPES:
        for override in overrides:
            if override.get("ContentType") == kind:
                part = override.get("PartName")
                if not part:
                    raise _NotPlain
                return part[1:]
    raise _NotPlain


def _targets(relationships: Element, folder: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (target as a path in the zip, type), as openpyxl resolves them."""
    found = {}
    for relationship in relationships.iter(f"{_RELATIONSHIPS}Relationship"):
        key, target = relationship.get("Id"), relationship.get("Target")
        kind = relationship.get("Type")
        if not key or target is None or kind is None:
            raise _NotPlain
        if relationship.get("TargetMode") != "External":
            target = (
                target[1:]
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
        found[key] = (target, kind)
    return found
