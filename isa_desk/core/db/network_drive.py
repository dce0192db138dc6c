"""Whether a database file lies on a network drive.

SQLite's write-ahead log keeps an index in shared memory (the `-shm` file mapped by every
process), which network file systems do not share between computers; SQLite documents
that WAL does not work there, and its file locks are unreliable on many of them. Such a
file is opened without WAL and with a warning that points to team mode (see `engine`).

The answer is a short description of the network location (for the warning), or None for
a local disk or when the system cannot tell. The functions that decide are pure: the
mount table and the drive-type lookup are passed in, so they are tested without a mount.
"""

from __future__ import annotations

import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from isa_desk.core.i18n import translate

# Linux file-system types (the third field of /proc/self/mounts) that reach another computer
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "orangefs",
        "9p",  # also WSL's view of the Windows drives, where WAL fails the same way
        "davfs",
        "webdav",
        "afpfs",  # macOS
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",  # the desktop's smb:// and sftp:// folders under /run/user/…/gvfs
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

_OCTAL = re.compile(rb"\\([0-7]{3})")
# macOS / BSD `mount`: "//anna@nas/office on /Volumes/office (smbfs, nodev, nosuid, …)"
_BSD_MOUNT = re.compile(r"^(?P<device>.+?) on (?P<point>.+) \((?P<type>[^,)]+)")


@dataclass(frozen=True)
class Mount:
    device: str
    point: str
    fstype: str

    def describe(self) -> str:
        return f"{self.device}, {self.fstype}"


def unescape(field: str) -> str:
    """A field of the kernel's mount table as it is: a space there reads \\040; escaped
    bytes are read as the file name's bytes, as the system's paths are."""
    raw = field.encode("utf-8", "surrogateescape")
    raw = _OCTAL.sub(lambda match: bytes([int(match[1], 8) & 0xFF]), raw)
    return raw.decode("utf-8", "surrogateescape")


def parse_mounts(table: str) -> list[Mount]:
    """The mounts of a /proc/self/mounts text, in their order (a later one lies on top)."""
    mounts = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(unescape(fields[0]), unescape(fields[1]), fields[2]))
    return mounts


def parse_bsd_mounts(listing: str) -> list[Mount]:
    """The mounts of the `mount` command's listing on macOS and the BSDs."""
    mounts = []
    for line in listing.splitlines():
        match = _BSD_MOUNT.match(line.strip())
        if match:
            mounts.append(Mount(match["device"], match["point"], match["type"].strip()))
    return mounts


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding the absolute, resolved `path`: the longest mount point that
    contains it; of two on the same point the later, which hides the earlier."""
    found: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") + "/"
        if (path + "/").startswith(point) and (
            found is None or len(mount.point.rstrip("/")) >= len(found.point.rstrip("/"))
        ):
            found = mount
    return found


def posix_location(path: str, mounts: Iterable[Mount]) -> str | None:
    """The network mount holding `path` (absolute, resolved), described; else None."""
    mount = mount_of(path, mounts)
    if mount is None or mount.fstype.lower() not in NETWORK_FILESYSTEMS:
        return None
    return mount.describe()


def windows_location(path: str, drive_type: Callable[[str], int]) -> str | None:
    """The share or mapped drive holding the absolute Windows `path`, else None.
    `drive_type` answers as GetDriveTypeW does for a root such as "Z:\\"."""
    drive = ntpath.splitdrive(path)[0].replace("/", "\\")
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return "\\\\" + drive[len("\\\\?\\UNC\\") :]
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        drive = drive[4:]  # a long-path prefix before a drive letter, or a device
    elif drive.startswith("\\\\"):
        return drive  # \\server\share
    if len(drive) == 2 and drive[1] == ":" and drive[0].isalpha():
        letter = drive.upper()
        return letter if drive_type(letter + "\\") == DRIVE_REMOTE else None
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _linux_mounts() -> list[Mount]:
    with open("/proc/self/mounts", encoding="utf-8", errors="surrogateescape") as table:
        return parse_mounts(table.read())


def _bsd_mounts() -> list[Mount]:
    # statvfs does not tell the file-system type; the mount listing does
    listing = subprocess.run(
        ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True
    ).stdout
    return parse_bsd_mounts(listing)


def network_location(path: Path | str) -> str | None:
    """The network drive holding `path` (a file that may not exist yet), described for
    the user, or None for a local disk and whenever the system cannot tell."""
    resolved = os.path.realpath(path)
    try:
        if sys.platform == "win32":
            return windows_location(resolved, _windows_drive_type)
        if sys.platform.startswith("linux"):
            return posix_location(resolved, _linux_mounts())
        if sys.platform == "darwin" or "bsd" in sys.platform:
            return posix_location(resolved, _bsd_mounts())
    except (OSError, subprocess.SubprocessError):  # no mount table to read: not warned
        return None
    return None


def warning(path: Path | str) -> str | None:
    """The warning for an SQLite file on a network drive, None for one on a local disk."""
    where = network_location(path)
    if where is None:
        return None
    return translate(
        "Database",
        "{path} lies on a network drive ({where}). Several people using one file there can "
        "damage it; for working together, put the data on a team server: "
        "File › Move to team server…",
    ).format(path=path, where=where)
