"""A database file on a network drive: found from the mount table or the drive type, and
opened without write-ahead log, with a warning that points to team mode."""

from __future__ import annotations

import sqlite3

import pytest

from isa_desk.core.db import network_drive
from isa_desk.core.db.engine import Database
from isa_desk.core.db.network_drive import (
    DRIVE_REMOTE,
    parse_bsd_mounts,
    parse_mounts,
    posix_location,
    windows_location,
)
from tests import copy_database

MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
tmpfs /run tmpfs rw,nosuid,nodev,size=3274524k,mode=755 0 0
nas:/export/office /mnt/office nfs4 rw,relatime,vers=4.2,addr=192.168.1.10 0 0
/dev/sdb1 /mnt/office/local ext4 rw,relatime 0 0
//fileserver/ISA\040Gesch\303\244ftsstelle /mnt/isa\040share cifs rw,relatime,vers=3.1.1 0 0
anna@host:/home/anna /home/anna/remote fuse.sshfs rw,nosuid,nodev,user_id=1000 0 0
/dev/sdc1 /media/usb vfat rw,relatime 0 0
/dev/sdc2 /media/usb ext4 rw,relatime 0 0
server:/home /home nfs rw,relatime 0 0
/dev/sdd1 /home/anna/local ext4 rw,relatime 0 0
//fileserver/Büro /mnt/büro smb3 rw,relatime 0 0
"""


def location(path: str) -> str | None:
    return posix_location(path, parse_mounts(MOUNTS))


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("/mnt/office/office.sqlite", "nas:/export/office, nfs4"),
        ("/mnt/office", "nas:/export/office, nfs4"),
        ("/home/anna/remote/isa/office.sqlite", "anna@host:/home/anna, fuse.sshfs"),
        ("/home/bert/office.sqlite", "server:/home, nfs"),
        ("/mnt/büro/office.sqlite", "//fileserver/Büro, smb3"),
    ],
)
def test_a_file_on_a_network_mount_is_found(path, where):
    assert location(path) == where


@pytest.mark.parametrize(
    "path",
    [
        "/home2/office.sqlite",  # a prefix of the name, not of the folder
        "/mnt/officer/office.sqlite",
        "/var/lib/isa/office.sqlite",
        "/mnt/office/local/office.sqlite",  # a local disk mounted inside the share
        "/home/anna/local/office.sqlite",
        "/media/usb/office.sqlite",
        "/",
    ],
)
def test_a_file_on_a_local_disk_is_not(path):
    assert location(path) is None


def test_escaped_spaces_and_bytes_in_the_mount_table_are_read_as_they_are():
    share = next(mount for mount in parse_mounts(MOUNTS) if mount.fstype == "cifs")
    assert share.point == "/mnt/isa share"
    assert share.device == "//fileserver/ISA Geschäftsstelle"  # escaped bytes, read as UTF-8
    assert location("/mnt/isa share/office.sqlite") is not None
    assert location("/mnt/isa/office.sqlite") is None


def test_an_empty_or_odd_mount_table_says_local():
    assert posix_location("/mnt/office/office.sqlite", parse_mounts("")) is None
    assert posix_location("/x", parse_mounts("garbage\n\n")) is None


def test_the_mount_listing_of_macos_is_read():
    listing = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//anna@nas._smb._tcp.local/Office on /Volumes/Office (smbfs, nodev, nosuid, "
        "mounted by anna)\n"
        "nas:/export on /Volumes/export (nfs, nodev, nosuid)\n"
    )
    mounts = parse_bsd_mounts(listing)
    assert posix_location("/Volumes/Office/isa.sqlite", mounts) == (
        "//anna@nas._smb._tcp.local/Office, smbfs"
    )
    assert posix_location("/Volumes/export/a/isa.sqlite", mounts) == "nas:/export, nfs"
    assert posix_location("/Users/anna/isa.sqlite", mounts) is None


def drive_types(remote: str = "Z"):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root == f"{remote}:\\" else 3  # DRIVE_FIXED

    return drive_type, asked


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (r"\\fileserver\isa\office.sqlite", r"\\fileserver\isa"),
        ("//fileserver/isa/office.sqlite", r"\\fileserver\isa"),
        (r"\\?\UNC\fileserver\isa\office.sqlite", r"\\fileserver\isa"),
        (r"Z:\ISA\office.sqlite", "Z:"),
        (r"z:\ISA\office.sqlite", "Z:"),
        (r"\\?\Z:\ISA\office.sqlite", "Z:"),
    ],
)
def test_a_share_or_a_mapped_drive_is_found_on_windows(path, where):
    drive_type, _asked = drive_types()
    assert windows_location(path, drive_type) == where


@pytest.mark.parametrize(
    "path", [r"C:\Users\anna\office.sqlite", r"\\?\C:\office.sqlite", r"\ISA\office.sqlite"]
)
def test_a_local_drive_is_not_on_windows(path):
    drive_type, asked = drive_types()
    assert windows_location(path, drive_type) is None
    assert asked in ([], ["C:\\"])  # asked about the drive's root, as GetDriveTypeW wants


@pytest.fixture
def on_network(monkeypatch):
    """Every path lies on an SMB share, as far as the program can tell."""
    monkeypatch.setattr(network_drive, "network_location", lambda path: "//nas/office, cifs")


def journal_mode(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("existing", [True, False], ids=["existing", "new"])
def test_a_database_on_a_network_drive_is_opened_without_wal_and_warned(
    on_network, empty_file, tmp_path, existing
):
    path = tmp_path / "office.sqlite"
    if existing:
        copy_database(empty_file, path)  # made on a local disk: in WAL mode
        assert journal_mode(path) == "wal"
    db = Database.open(str(path))
    try:
        assert journal_mode(path) == "delete"
        assert not (tmp_path / "office.sqlite-wal").exists()
        assert len(db.warnings) == 1
        warning = db.warnings[0]
        assert str(path) in warning and "(//nas/office, cifs)" in warning
        assert "File › Move to team server…" in warning
        with db.transaction() as session:  # and it works as ever
            session.connection().exec_driver_sql("CREATE TABLE t (x)")
    finally:
        db.close()


def test_a_database_on_a_local_disk_keeps_wal_and_has_no_warning(empty_file, tmp_path):
    path = copy_database(empty_file, tmp_path / "office.sqlite")
    db = Database.open(str(path))
    try:
        assert journal_mode(path) == "wal"
        assert db.warnings == []
    finally:
        db.close()


def test_the_real_lookup_finds_the_test_folder_local(tmp_path):
    # the test folder is on a local disk on every machine the suite runs on
    assert network_drive.network_location(tmp_path / "office.sqlite") is None
