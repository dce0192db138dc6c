"""The quick passes over a sheet's parts find exactly what the full patterns find, for
tags written the plain way and every other way, and wherever a piece of the part ends."""

from __future__ import annotations

import zipfile

import pytest

from isa_desk.core.exchange.importing import bounds, workbook_parts
from isa_desk.core.exchange.importing.read import ReadError
from isa_desk.core.exchange.importing.workbook_parts import (
    _FORMULA_WITHOUT_VALUE,
    _MERGE_REF,
    _PREFIXED,
    _ROW_NUMBER,
    _ROW_TAG,
    _STRING,
    _TWO_LETTERS,
    _WIDE_CELL,
    _columns,
    _formula_without_value,
    _rows,
    _split_texts,
    scan,
)

PLAIN = (
    b'<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="AB1"><v>2</v></c>'
    b'<c r="C1"><f>A1</f><v>2</v></c></row><row r="12"><c r="ZZ12"><f t="shared" si="0"/>'
    b'<v>1</v></c></row><rowBreaks count="1"/><mergeCell ref="A1:B2"/>'
    b"<si><t>Anna</t></si><si><r><t>Jan</t></r></si><sid/>"
)
# tags written otherwise, each of which the quick passes leave to the full patterns
OTHER_WAYS = [
    b'<x:row r="2"><x:c r="BA2"><x:v>1</x:v></x:c></x:row>',
    b'<row  r="3"><c r="A3"/></row>',
    b'<row r="3"><c\tr="AAB3"/><c\nr="AB3"/></row>',
    b'<row spans="1:2" r="4"><c s="1" r="QA4"/></row>',
    b'<row r="1234567890"/><row><row/>',
    b'<c r="D5"><f>A1</f></c><c r="E5"><f/><v/></c>',
    b"<x:si><t>x</t></x:si><si\n/><si/>",
]


def pieces(text: bytes):
    """The text cut at every place: each beginning and each end of it."""
    for at in range(len(text) + 1):
        yield text[:at], text[:at]
        yield text[at:], text[at:]
        yield text, text[at:]  # a piece after the tail of the one before


@pytest.mark.parametrize("other", [b"", *OTHER_WAYS])
def test_the_quick_passes_find_what_the_full_patterns_find(other):
    half = len(PLAIN) // 2
    for text, chunk in pieces(PLAIN[:half] + other + PLAIN[half:]):
        plain = not _PREFIXED.search(text)
        highest = max(map(int, _ROW_NUMBER.findall(text)), default=0)
        assert _rows(text, chunk, plain) == (len(_ROW_TAG.findall(chunk)), highest), text
        letters = set(_TWO_LETTERS.findall(text))
        assert _columns(text, plain) == (bool(_WIDE_CELL.search(text)), letters), text
        assert _formula_without_value(text) == bool(_FORMULA_WITHOUT_VALUE.search(text)), text
        assert _split_texts(text) == _STRING.split(text), text
        merges = _MERGE_REF.findall(text) if b"mergeCell" in text else []
        assert merges == _MERGE_REF.findall(text)


def test_rows_written_another_way_count_alike_in_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 6)
    monkeypatch.setattr(workbook_parts, "_CHUNK", 64)  # tags cut in two as well
    rows = [b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 5)]
    odd = [b'<x:row r="5"/>', b'<row spans="1:1" r="6"/>', b"<row>"]
    path = tmp_path / "zeilen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("plain.xml", b"<worksheet>" + b"".join(rows) + b"</worksheet>")
        archive.writestr("odd.xml", b"<worksheet>" + b"".join(rows + odd) + b"</worksheet>")
    with zipfile.ZipFile(path) as archive:
        assert scan(path, archive, "plain.xml").needs_openpyxl is False
        with pytest.raises(ReadError, match="more than 6 rows"):
            scan(path, archive, "odd.xml")
