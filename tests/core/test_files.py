"""Writing a file whole or not at all: the complete file appears only at the end, an error
leaves neither the file nor a temporary one, the old file survives a failed write, and
the open database or the file being read is never a target."""

from __future__ import annotations

import pytest

from isa_desk.core.documents.badges import Badge, write_badges
from isa_desk.core.files import ProtectedFileError, atomic_write, database_files


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def names(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_complete_file_appears_only_at_the_end(out):
    target = out / "list.pdf"
    with atomic_write(target) as temp:
        assert temp.parent == out and temp != target
        temp.write_bytes(b"first half ")
        assert not target.exists()
        with temp.open("ab") as handle:
            handle.write(b"second half")
        assert not target.exists()
    assert target.read_bytes() == b"first half second half"
    assert names(out) == ["list.pdf"]


def test_an_error_leaves_no_file_and_no_temporary_file(out):
    target = out / "list.pdf"
    with pytest.raises(RuntimeError), atomic_write(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert names(out) == []


def test_the_old_file_stays_intact_when_writing_fails(out):
    target = out / "list.xlsx"
    target.write_bytes(b"the old file")
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as temp:
        temp.write_bytes(b"the new fi")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"the old file"
    assert names(out) == ["list.xlsx"]


def test_a_written_file_replaces_the_old_one(out):
    target = out / "list.xlsx"
    target.write_bytes(b"the old file")
    with atomic_write(target) as temp:
        temp.write_bytes(b"the new file")
    assert target.read_bytes() == b"the new file"


def test_the_open_database_is_refused(db, tmp_path):
    database = database_files(db)[0]
    before = database.read_bytes()
    for target in (
        database,
        tmp_path / "." / database.name,
        database.with_name(database.name + "-wal"),
    ):
        with (
            pytest.raises(ProtectedFileError, match="open database"),
            atomic_write(target, protect=database_files(db)),
        ):
            pytest.fail("the block must not run")
    assert database.read_bytes() == before
    assert not any(path.name.startswith(".~") for path in tmp_path.iterdir())


def test_the_input_file_is_refused(out):
    source = out / "received.xlsx"
    source.write_bytes(b"the list received")
    with pytest.raises(ProtectedFileError), atomic_write(str(source), protect=(None, source)):
        pass
    assert source.read_bytes() == b"the list received"


def test_a_pdf_writer_refuses_the_database(db):
    database = database_files(db)[0]
    with pytest.raises(ProtectedFileError):
        write_badges([Badge("Hans Müller")], database, "Plenum", protect=database_files(db))
    assert database.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_server_database_has_no_file_to_protect():
    assert database_files(None) == ()
