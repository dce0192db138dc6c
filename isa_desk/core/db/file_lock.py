"""An operating-system lock on a side file next to a database, with the holder's details
(user, computer, process, since when) written in the file for the others to read.

    try:
        lock = file_lock.take(Path("office.sqlite-open"))
    except file_lock.Taken as taken:
        ...  # taken.holder says who has it, with empty fields where unknown
    ...
    lock.release()  # the side file goes with the lock

The lock, not the side file's existence, is the sign: the system drops it with the
process, so a side file left by a crashed program is taken over by the next one. fcntl
on POSIX, msvcrt on Windows. Used for the window's presence on a database file
(presence.py) and for runs that must not happen twice at once (locks.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from isa_desk.core.db.audit import current_user

MAX_INFO = 4096
# On Windows a locked range cannot be read, so the lock sits on a byte far past the
# holder's few lines, which the others read.
LOCK_OFFSET = 1 << 20
ATTEMPTS = 3  # a side file its holder removes while we lock it is opened anew
_TAKEN = (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK)


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as the holder wrote it; empty fields when unknown."""

    user: str = ""
    computer: str = ""
    pid: int = 0
    since: dt.datetime | None = None

    def to_json(self) -> str:
        since = self.since.isoformat() if self.since else None
        return json.dumps(
            {"user": self.user, "computer": self.computer, "pid": self.pid, "since": since}
        )

    @classmethod
    def from_json(cls, text: str) -> Holder:
        try:
            data = json.loads(text)
            since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
            return cls(str(data["user"]), str(data["computer"]), int(data["pid"]), since)
        except (ValueError, TypeError, KeyError, AttributeError):  # being written, or not ours
            return cls()

    @classmethod
    def me(cls) -> Holder:
        now = dt.datetime.now(dt.UTC)
        return cls(current_user(), socket.gethostname(), os.getpid(), now)

    def is_me(self) -> bool:
        """This process (another window of it, or a window not yet closed in a test)."""
        return self.pid == os.getpid() and self.computer == socket.gethostname()


class Taken(Exception):
    """Another holds the lock; `holder` says who, with empty fields where unknown."""

    def __init__(self, holder: Holder):
        super().__init__(f"held by {holder.user or '?'} on {holder.computer or '?'}")
        self.holder = holder


class FileLock:
    """A lock this process holds on the side file `path`; `release()` gives it up."""

    def __init__(self, path: Path, handle: BinaryIO):
        self.path = path
        self._handle: BinaryIO | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """Give up the lock and remove the side file (nothing happens the second time)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _drop(handle, self.path)


def take(path: Path) -> FileLock:
    """Lock the side file at `path` for this process and write who we are in it. Taken
    when another holds it; OSError when it cannot be made or the system refuses locks."""
    for _attempt in range(ATTEMPTS):
        handle = _open(path)
        try:
            locked = _lock(handle)
        except OSError:
            handle.close()
            raise
        if not locked:
            holder = _read(handle)
            handle.close()
            raise Taken(holder)
        if not _same_file(handle, path):  # its holder removed it meanwhile: a new one
            _unlock(handle)
            handle.close()
            continue
        if _foreign(handle):  # another program's file of that name: never written or removed
            _unlock(handle)
            handle.close()
            raise OSError(errno.EEXIST, "a file of another program has this name", str(path))
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(Holder.me().to_json().encode("utf-8"))
            handle.flush()
        except OSError:  # left behind by another user and not ours to write: replaced
            _drop(handle, path)
            continue
        return FileLock(path, handle)
    raise OSError(errno.EAGAIN, "the side file keeps changing", str(path))


def _drop(handle: BinaryIO, path: Path) -> None:
    """Give up the lock on `handle` and remove the side file."""
    try:
        # removed while still locked, so that nobody locks a name that is gone (`take`
        # checks that the file it locked still has that name); Windows removes no open file
        if sys.platform != "win32" and _same_file(handle, path):
            path.unlink()
    except OSError:
        pass
    finally:
        _unlock(handle)
        handle.close()
    if sys.platform == "win32":
        with contextlib.suppress(OSError):  # another program has it open: it stays
            path.unlink()


def _open(path: Path) -> BinaryIO:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    except PermissionError:  # a side file of another user: still a lock to test
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        return os.fdopen(fd, "rb")
    return os.fdopen(fd, "r+b")


def _same_file(handle: BinaryIO, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


def _foreign(handle: BinaryIO) -> bool:
    """Whether the file holds anything but a holder's details (Holder.to_json, possibly
    cut short by a crash while it was written)."""
    handle.seek(0)
    content = handle.read(MAX_INFO + 1)
    return bool(content) and (len(content) > MAX_INFO or not content.startswith(b'{"user"'))


def _read(handle: BinaryIO) -> Holder:
    try:
        handle.seek(0)
        return Holder.from_json(handle.read(MAX_INFO).decode("utf-8", "replace"))
    except OSError:
        return Holder()


def _lock(handle: BinaryIO) -> bool:
    """True when this process got the lock, False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in _TAKEN:
            return False
        raise
    return True


def _unlock(handle: BinaryIO) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            handle.seek(LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
