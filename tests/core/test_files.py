"""Writing a file whole or not at all: the complete file appears only at the end, an error
leaves neither the file nor a temporary one, the old file survives a failed write, and
the open database or the file being read is never a target. Files that belong together are
put in place together, right before their transaction commits, or not at all. A file that
cannot be written is told by the name the user chose, in plain words."""

from __future__ import annotations

import errno
import os
import time
from contextlib import contextmanager

import pytest

from isa_desk.core import files
from isa_desk.core.documents.badges import Badge, write_badges
from isa_desk.core.files import (
    STALE_SECONDS,
    ProtectedFileError,
    Publication,
    atomic_write,
    database_files,
    remove_stale,
)


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


@pytest.mark.sqlite_only  # a server's database is no file to write over
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


@pytest.mark.sqlite_only  # a server's database is no file to write over
def test_a_pdf_writer_refuses_the_database(db):
    database = database_files(db)[0]
    with pytest.raises(ProtectedFileError):
        write_badges([Badge("Hans Müller")], database, "Plenum", protect=database_files(db))
    assert database.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_server_database_has_no_file_to_protect():
    assert database_files(None) == ()


# -- files put in place together -----------------------------------------------------------


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob(".~*"))


def stage(publication: Publication, target, content: bytes):
    publication.file(target).write_bytes(content)


def test_staged_files_appear_only_when_published(out):
    (out / "notes.txt").write_bytes(b"someone else's")
    with Publication() as publication:
        stage(publication, out / "all.pdf", b"all")
        stage(publication, out / "split" / "Müller_Hans.pdf", b"one")
        assert not (out / "all.pdf").exists()
        assert not (out / "split" / "Müller_Hans.pdf").exists()
        staged = [name for name in names(out) if name not in ("notes.txt", "split")]
        assert len(staged) == 1 and staged[0].startswith(".~isa-desk-")
        assert publication.publish() == [out / "all.pdf", out / "split" / "Müller_Hans.pdf"]
    assert (out / "all.pdf").read_bytes() == b"all"
    assert (out / "split" / "Müller_Hans.pdf").read_bytes() == b"one"
    assert names(out) == ["all.pdf", "notes.txt", "split"]
    assert leftovers(out) == []


def test_a_file_of_the_same_name_is_replaced_and_others_stay(out):
    (out / "Müller_Hans.pdf").write_bytes(b"last year's letter")
    (out / "Wang_Li.pdf").write_bytes(b"not in this run")
    with Publication() as publication:
        stage(publication, out / "Müller_Hans.pdf", b"this year's letter")
        publication.publish()
    assert (out / "Müller_Hans.pdf").read_bytes() == b"this year's letter"
    assert (out / "Wang_Li.pdf").read_bytes() == b"not in this run"
    assert names(out) == ["Müller_Hans.pdf", "Wang_Li.pdf"]


class Refused(Exception):
    pass


@contextmanager
def failing_commit(log: list[str]):
    """A transaction whose commit fails after the block."""
    yield "session"
    log.append("commit")
    raise Refused


def test_a_failed_commit_takes_the_files_back(out):
    (out / "Müller_Hans.pdf").write_bytes(b"last year's letter")
    log: list[str] = []
    with Publication() as publication:
        stage(publication, out / "Müller_Hans.pdf", b"this year's letter")
        stage(publication, out / "new" / "Wang_Li.pdf", b"new")
        with pytest.raises(Refused), publication.on_commit(failing_commit(log)):
            pass
    assert log == ["commit"]
    assert (out / "Müller_Hans.pdf").read_bytes() == b"last year's letter"
    assert names(out) == ["Müller_Hans.pdf"]  # the folder made for the run is gone too


def test_files_are_in_place_when_the_transaction_commits(out):
    seen: list[bool] = []

    @contextmanager
    def transaction():
        yield "session"
        seen.append((out / "all.pdf").exists())

    with Publication() as publication:
        stage(publication, out / "all.pdf", b"all")
        with publication.on_commit(transaction()) as session:
            assert session == "session"
            assert not (out / "all.pdf").exists()
    assert seen == [True] and names(out) == ["all.pdf"]


def test_a_failed_rename_takes_back_the_ones_before(out):
    with Publication() as publication:
        stage(publication, out / "a.pdf", b"a")
        stage(publication, out / "b.pdf", b"b")
        (out / "b.pdf").mkdir()  # a folder took the name in the meantime
        with pytest.raises(OSError):
            publication.publish()
    assert names(out) == ["b.pdf"] and not (out / "a.pdf").exists()


def test_closing_unpublished_leaves_nothing(out):
    with Publication() as publication:
        stage(publication, out / "deep" / "split" / "x.pdf", b"x")
        stage(publication, out / "all.pdf", b"all")
    assert names(out) == []


@pytest.mark.sqlite_only  # a server's database is no file to write over
def test_the_same_target_twice_and_the_database_are_refused(out, db):
    with Publication(protect=database_files(db)) as publication:
        stage(publication, out / "all.pdf", b"all")
        with pytest.raises(ProtectedFileError, match="two outputs"):
            publication.file(out / "." / "all.pdf")
        with pytest.raises(ProtectedFileError, match="open database"):
            publication.file(database_files(db)[0])
    assert names(out) == []


def age(path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_temporary_names_are_removed_and_nothing_else(out):
    killed = out / ".~isa-desk-0123abcd"
    (killed / "new").mkdir(parents=True)
    (killed / "new" / "Müller_Hans.pdf").write_bytes(b"half")
    half_export = out / ".~Kontakte-89abcdef.xlsx"
    half_export.write_bytes(b"half")
    running = out / ".~isa-desk-fedcba98"  # another run, going on now
    running.mkdir()
    office_lock = out / ".~lock.Kontakte.xlsx#"
    office_lock.write_bytes(b"")
    mine = out / "Kontakte.xlsx"
    mine.write_bytes(b"")
    for path in (killed, half_export, office_lock, mine):
        age(path, 2 * STALE_SECONDS)
    remove_stale(out)
    assert names(out) == [".~isa-desk-fedcba98", ".~lock.Kontakte.xlsx#", "Kontakte.xlsx"]


# -- what the user reads when a file cannot be written --------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "there is not enough space on the disk"),
        (errno.EACCES, "you have no permission to write there, or the file is open"),
        (errno.EROFS, "the disk or folder can only be read"),
        (errno.ENOENT, "the folder does not exist"),
    ],
)
def test_a_write_error_names_the_chosen_file_in_plain_words(tmp_path, code, words):
    temporary = files.temp_name(tmp_path / "Mitglieder 2027.xlsx")
    error = OSError(code, os.strerror(code), str(temporary))
    assert str(files.write_error(error)) == (
        f"Cannot write {tmp_path / 'Mitglieder 2027.xlsx'}: {words}."
    )


def test_a_staged_file_of_a_publication_is_named_as_chosen(tmp_path):
    with files.Publication() as publication:
        staged = publication.file(tmp_path / "Briefe" / "Wang Wei.pdf")
    assert staged.name == "Wang Wei.pdf" and staged.parent != tmp_path / "Briefe"
    assert files.chosen_path(staged) == tmp_path / "Briefe" / "Wang Wei.pdf"
    error = files.write_error(OSError(errno.EIO, "Input/output error"))
    assert str(error) == "The file cannot be written: Input/output error."


def test_atomic_write_into_a_missing_folder_names_the_target(tmp_path):
    target = tmp_path / "nowhere" / "list.xlsx"
    with pytest.raises(FileNotFoundError) as raised, files.atomic_write(target):
        pass
    assert raised.value.filename == str(target)
