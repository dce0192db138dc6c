"""An old Excel workbook (.xls) is looked into before calamine opens it: calamine holds
every sheet as a grid from its first filled cell to its last, so a workbook of a few KB
whose cells lie far apart (or whose DIMENSIONS record makes calamine reserve room for
too many) is refused first, whatever the file tells of its size; a damaged one is told
as not a valid workbook, whatever calamine raises."""

from __future__ import annotations

import struct

import pytest
from python_calamine import CalamineWorkbook

from isa_desk.core.exchange.importing import bounds, workbook, workbook_xls
from isa_desk.core.exchange.importing.bounds import LimitError
from isa_desk.core.exchange.importing.read import ReadError, open_source
from tests.core.exchange.importing.xls_files import dimensions, number, record, text, xls_file

SPAN = "filled cells span more than 4,000,000 cells"


@pytest.mark.parametrize(
    "records, message, small",
    [
        # 12 million cells: 750 MB in calamine
        ([dimensions(0, 60_001, 0, 201), text(0, 0), number(60_000, 200, 7)], SPAN, False),
        ([dimensions(0, 1, 0, 1), text(0, 0), number(65_535, 255, 7)], SPAN, False),  # a lie
        ([text(0, 0), number(0, 65_535, 7), number(65_535, 0, 7)], SPAN, False),  # abort
        ([text(0, 0), number(60_000, 200, 7)], SPAN, True),  # in the mini stream
        ([dimensions(10, 1, 0, 256), text(0, 0)], "more than 200,000 rows", False),
    ],
)
def test_cells_far_apart_are_refused_before_calamine_opens_the_file(
    tmp_path, monkeypatch, records, message, small
):
    monkeypatch.setattr(workbook, "CalamineWorkbook", None)  # (opening it: not a workbook)
    with pytest.raises(LimitError, match=message):
        open_source(xls_file(tmp_path / "bombe.xls", records, small=small))


def test_too_many_merged_ranges_are_refused_before_calamine_opens_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "CalamineWorkbook", None)
    monkeypatch.setattr(bounds, "MAX_MERGED_RANGES", 3)
    ranges = struct.pack("<H", 4) + b"".join(struct.pack("<4H", n, n, 0, 1) for n in range(4))
    with pytest.raises(LimitError, match="more than 3 merged"):
        open_source(xls_file(tmp_path / "bombe.xls", [text(0, 0), record(0x00E5, ranges)]))


@pytest.mark.parametrize("small", [False, True])
def test_cells_within_the_limits_are_read_where_they_are(tmp_path, small):
    records = [dimensions(0, 1, 0, 1), text(0, 0), number(2999, 50, 7)]
    path = xls_file(tmp_path / "weit.xls", records, small=small)
    rows = list(open_source(path).rows())
    assert len(rows) == 3000 and rows[0].values == ["Name"] and rows[-1].values[50] == 7


def test_a_record_calamine_panics_on_is_a_workbook_not_valid(tmp_path):
    merged = record(0x00E5, struct.pack("<H", 3000))  # 3,000 ranges, none written
    with pytest.raises(ReadError, match=r"not a valid Excel workbook \(PanicException\)"):
        open_source(xls_file(tmp_path / "kaputt.xls", [text(0, 0), merged]))


def test_the_records_calamine_takes_cells_from_are_those_looked_into(tmp_path):
    """Each kind of record with a cell's place first: calamine 0.37 takes a cell from these
    alone (besides MULRK and STRING); a version that takes more must be looked into."""
    place = struct.pack("<HHHd", 3000, 50, 0, 1.0) + bytes(16)
    taken = set()
    for kind in [*range(0x0300), 0x0406]:  # every kind of cell of BIFF 2 to 8
        if kind in (0x0809, 0x000A, 0x003C, 0x00E5):  # BOF, EOF, CONTINUE, MERGEDCELLS
            continue
        path = xls_file(tmp_path / "art.xls", [text(0, 0), record(kind, place)])
        try:
            sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Kontakte")
        except BaseException as error:  # calamine refused the record: no cell
            if not workbook._damage(error):
                raise
            continue
        if sheet.end == (3000, 50):
            taken.add(kind)
    assert taken == workbook_xls._CELLS
