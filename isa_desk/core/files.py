"""Writing a file whole or not at all.

Every file ISA Desk writes (PDFs, workbooks) is written under a temporary name in the
target's own folder, flushed to the disk, and only then moved over the target in one step:
a failed or cancelled run leaves neither a half file nor a damaged old one. A target that
is the open database (or one of its companion files) or the file being read is refused.

Several files that belong together (a run's letters, its files per recipient, its labels)
form a `Publication`: written in a hidden folder, put in place together with the history
that records them.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

# SQLite keeps a database's pending changes next to it under these suffixes
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

PathLike = str | os.PathLike
T = TypeVar("T")


def companions(path: PathLike) -> list[Path]:
    """The files SQLite keeps beside the database `path` (write-ahead log, journal)."""
    return [Path(f"{os.fspath(path)}{suffix}") for suffix in SQLITE_COMPANIONS]


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
        for suffix in ("", *SQLITE_COMPANIONS):
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


def reason(error: OSError) -> str:
    """Why a file could not be written, in the user's language: the common cases in our
    words, any other in the system's."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Files", "there is not enough space on the disk")
    if code in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return translate("Files", "you have no permission to write there, or the file is open")
    if code == errno.EROFS:
        return translate("Files", "the disk or folder can only be read")
    if code == errno.ENOENT or isinstance(error, FileNotFoundError):
        return translate("Files", "the folder does not exist")
    if code == errno.EISDIR:
        return translate("Files", "a folder of that name is in the way")
    return error.strerror or str(error)


def write_error(error: OSError, path: PathLike | None = None) -> IsaDeskError:
    """The message for a file that could not be written, naming `path` or else the file
    the error names, as the user chose it (never the temporary name it was written under)."""
    named = path if path is not None else error.filename
    if not named:
        return IsaDeskError(
            translate("Files", "The file cannot be written: {reason}.").format(reason=reason(error))
        )
    return IsaDeskError(
        translate("Files", "Cannot write {path}: {reason}.").format(
            path=chosen_path(named), reason=reason(error)
        )
    )


def chosen_path(path: PathLike) -> Path:
    """The file the user chose, for a path this module writes it under: a temporary name
    beside it (`temp_name`) or a file in a publication's hidden folder."""
    written = Path(os.fsdecode(path))
    staging = written.parent.parent
    if written.parent.name in ("new", "old") and staging.name.startswith(STAGING_PREFIX):
        return staging.parent / written.name
    temporary = _TEMP_NAME.fullmatch(written.name)
    if temporary:
        return written.with_name(temporary["stem"] + (temporary["suffix"] or ""))
    return written


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
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:  # the user chose the target; the temporary name means nothing
        raise _naming(error, target) from error
    try:
        yield temp
        sync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def sync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def sync_folder(folder: Path) -> None:
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


# -- a publication: several files put in place together ------------------------------------

STAGING_PREFIX = ".~isa-desk-"
STALE_SECONDS = 3600  # an older temporary name is a leftover of a run that was killed
# what temp_name and Publication make, and nothing else: ".~<name>-<8 hex>[.<suffix>]",
# with the journal SQLite keeps beside a database being built
_OUR_TEMPORARY = re.compile(r"^\.~.+-[0-9a-f]{8}(\.[A-Za-z0-9]{1,8})?(-journal|-wal|-shm)?$")
_TEMP_NAME = re.compile(r"\.~(?P<stem>.+)-[0-9a-f]{8}(?P<suffix>\.[A-Za-z0-9]{1,8})?")


def remove_stale(folder: PathLike, older_than: float = STALE_SECONDS) -> None:
    """Remove the temporary files and folders a killed run left in `folder`: only names
    made by this module, and only those older than `older_than` seconds, so that a run
    going on at the same time keeps its own."""
    limit = time.time() - older_than
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return
    for entry in entries:
        if not _OUR_TEMPORARY.match(entry.name):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime > limit:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:  # gone already, or not ours to remove: leave it
            pass


def _naming(error: OSError, target: Path) -> OSError:
    """The same error about `target`: the user chose that name, not the temporary one."""
    return type(error)(error.errno, error.strerror, str(target))


class Publication:
    """Files written under temporary names and put in place together, or not at all.

    `file(target)` hands out a temporary path for each file, in a hidden folder
    (".~isa-desk-<random>") inside the target's own folder, so that the final rename
    stays on one file system. `publish()` moves them all over their targets (an existing
    file of the same name is replaced, nothing else in the folder is touched); `undo()`
    takes a publish back, restoring the files it replaced; `close()` removes whatever is
    still temporary, and the folders made for targets that were never published.

    `on_commit(transaction)` ties the files to a database transaction: they are put in
    place right before it commits and taken back when the commit fails. A crash between
    the first rename and the end of the commit can still leave files without their
    history; that window is as long as a few renames and the commit itself. Anything
    else a crash leaves has a name starting with ".~", and the next publication into the
    same folder removes it once it is an hour old (`remove_stale`).
    """

    def __init__(self, protect: Iterable[PathLike | None] = ()):
        self._protect = tuple(protect)
        self._staged: dict[Path, Path] = {}  # target -> temporary file
        self._staging: dict[Path, Path] = {}  # target folder -> its hidden folder
        self._made: list[Path] = []  # folders made for the targets, outermost first
        self._backups: dict[Path, Path] = {}  # replaced target -> a second name of it
        self._placed: list[Path] = []
        self._ready = False

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, *_error) -> None:
        self.close()

    @property
    def targets(self) -> list[Path]:
        return list(self._staged)

    def file(self, target: PathLike) -> Path:
        """The temporary path to write `target` to (its folder is made if missing)."""
        target = check_target(target, self._protect)
        if any(_key(target) == _key(other) for other in self._staged):
            raise ProtectedFileError(
                translate("Files", "{path} is chosen for two outputs. Choose another name.").format(
                    path=target
                )
            )
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        try:
            temp = self._staging_folder(target.parent) / "new" / target.name
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as error:
            raise _naming(error, target) from error
        self._staged[target] = temp
        return temp

    def _staging_folder(self, folder: Path) -> Path:
        if folder not in self._staging:
            self._make_folder(folder)
            remove_stale(folder)
            staging = folder / f"{STAGING_PREFIX}{uuid.uuid4().hex[:8]}"
            staging.mkdir()
            self._staging[folder] = staging
            (staging / "new").mkdir()
            (staging / "old").mkdir()
        return self._staging[folder]

    def _make_folder(self, folder: Path) -> None:
        missing = []
        for parent in (folder, *folder.parents):
            if parent.exists():
                break
            missing.append(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self._made += reversed(missing)

    def ready(self) -> None:
        """Flush the files to the disk and keep a second name of every file they will
        replace; done before the transaction, to keep the window between the first rename
        and the commit short."""
        if self._ready:
            return
        for temp in self._staged.values():
            sync_file(temp)
        for target, temp in self._staged.items():
            if target.is_file():
                backup = temp.parent.parent / "old" / target.name
                try:
                    os.link(target, backup)
                except OSError:  # a file system without hard links
                    shutil.copy2(target, backup)
                self._backups[target] = backup
        self._ready = True

    def publish(self) -> list[Path]:
        """Move every file over its target; on an error the ones moved are taken back."""
        self.ready()
        for target, temp in self._staged.items():
            try:
                os.replace(temp, target)
            except OSError as error:
                self.undo()
                raise _naming(error, target) from error
            except BaseException:
                self.undo()
                raise
            self._placed.append(target)
        return self.targets

    def undo(self) -> None:
        """Take the published files back: a replaced file gets its old content again."""
        while self._placed:
            target = self._placed.pop()
            backup = self._backups.get(target)
            try:
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
            except OSError:  # keep taking the others back
                pass

    @contextmanager
    def on_commit(self, transaction: AbstractContextManager[T]) -> Iterator[T]:
        """Run the block in `transaction`; put the files in place when the block ends,
        right before the transaction commits, and take them back if it does not."""
        self.ready()
        try:
            with transaction as session:
                yield session
                self.publish()
        except BaseException:
            self.undo()
            raise

    def close(self) -> None:
        """Remove what is still temporary; make the published names durable."""
        for staging in self._staging.values():
            shutil.rmtree(staging, ignore_errors=True)
        for folder in self._staging:
            sync_folder(folder)
        if not self._placed:
            for folder in reversed(self._made):
                with suppress(OSError):  # not empty: something else was put there
                    folder.rmdir()
        self._staging.clear()
        self._staged.clear()
        self._made.clear()
        self._backups.clear()
        self._placed.clear()
