"""A streamed workbook buffers its sheets in the output folder under ".~" names, never in
the system's temporary folder, and removes the buffers however the export ends."""

from __future__ import annotations

import tempfile

import pytest
from openpyxl import load_workbook

from isa_desk.core.errors import Cancelled
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.progress import Progress


@pytest.fixture
def system_temp(tmp_path, monkeypatch):
    """The system's temporary folder, as the tempfile module finds it."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_rows_wait_in_the_output_folder_not_the_system_one(demo_db, out, system_temp):
    during = []

    def step(done, total, _message):
        during.append((sorted(p.name for p in out.iterdir()), list(system_temp.iterdir())))

    rows = export(demo_db, "contacts", out / "Kontakte.xlsx", progress=Progress(step))
    assert during and all(system == [] for _names, system in during)
    buffered = during[0][0]
    assert len(buffered) == 2 and all(name.startswith(".~") for name in buffered)
    assert any(name.endswith(".xml") for name in buffered)  # the sheet's buffer
    assert sorted(p.name for p in out.iterdir()) == ["Kontakte.xlsx"]
    book = load_workbook(out / "Kontakte.xlsx", read_only=True)
    assert len(list(book.worksheets[0].iter_rows(values_only=True))) == rows + 1
    book.close()


def test_a_cancelled_export_leaves_no_buffer_anywhere(demo_db, out, system_temp):
    progress = Progress()
    progress.cancel()  # stops at the first page, once its rows are buffered
    with pytest.raises(Cancelled):
        export(demo_db, "contacts", out / "Kontakte.xlsx", progress=progress)
    assert list(out.iterdir()) == [] and list(system_temp.iterdir()) == []
