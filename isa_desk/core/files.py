"""Writing a file whole or not at all.

Every file ISA Desk writes (PDFs, workbooks) is written under a temporary name in the
target's own folder, flushed to the disk, and only then moved over the target in one step:
a failed or cancelled run leaves neither a half file nor a damaged old one. A target that
is the open database (or one of its companion files) or the file being read is refused.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

# SQLite keeps a database's pending changes next to it under these suffixes
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")

PathLike = str | os.PathLike


class ProtectedFileError(IsaDeskError):
    """The target is a file that must not be overwritten."""


def database_files(db) -> tuple[Path, ...]:
    """The file of an open SQLite database, for `protect`; none for a server database."""
    from isa_desk.core.db.engine import sqlite_file

    path = sqlite_file(db.engine) if db is not None else None
    return (path,) if path is not None else ()


def _key(path: PathLike) -> str:
    return os.path.normcase(os.path.realpath(path))


def _is_protected(target: Path, protect: Iterable[PathLike | None]) -> bool:
    key = _key(target)
    for guarded in protect:
        if guarded is None:
            continue
        for suffix in _SQLITE_COMPANIONS:
            other = f"{os.fspath(guarded)}{suffix}"
            if key == _key(other):
                return True
            try:
                if os.path.samefile(target, other):
                    return True
            except OSError:  # one of them does not exist
                pass
    return False


def check_target(path: PathLike, protect: Iterable[PathLike | None] = ()) -> Path:
    """`path` as a Path; raises ProtectedFileError when it is one of `protect`."""
    target = Path(path)
    if _is_protected(target, protect):
        raise ProtectedFileError(
            translate(
                "Files",
                "{path} cannot be overwritten: it is the open database or the file being "
                "read. Choose another name.",
            ).format(path=target)
        )
    return target


def temp_name(target: Path) -> Path:
    """A free name next to `target` for the file being written, with the same suffix."""
    return target.with_name(f".~{target.stem}-{uuid.uuid4().hex[:8]}{target.suffix}")


@contextmanager
def atomic_write(path: PathLike, *, protect: Iterable[PathLike | None] = ()) -> Iterator[Path]:
    """Yield a temporary path next to `path` to write the whole file to; when the block
    ends without an error the file is synced and moved over `path`, otherwise removed."""
    target = check_target(path, protect)
    temp = temp_name(target)
    # an empty file of our own rather than mkstemp: it gets the usual permissions
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield temp
        _sync(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; Windows has no handle for a folder)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
