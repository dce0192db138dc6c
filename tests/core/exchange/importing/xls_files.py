"""Old Excel workbooks (.xls, BIFF8) written record by record, as no writer of workbooks
would write them: a cell far off, a DIMENSIONS record that lies. One sheet's records are
given between its BOF and EOF; the workbook holds one shared text per given text."""

from __future__ import annotations

import struct
from pathlib import Path

_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF


def record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def text(row: int, column: int, index: int = 0) -> bytes:
    """A cell holding the shared text `index` (LABELSST)."""
    return record(0x00FD, struct.pack("<HHHI", row, column, 0, index))


def number(row: int, column: int, value: float) -> bytes:
    return record(0x0203, struct.pack("<HHHd", row, column, 0, value))


def dimensions(first_row: int, end_row: int, first_column: int, end_column: int) -> bytes:
    """The sheet's size as it tells it: its last row and column + 1."""
    return record(0x0200, struct.pack("<IIHHH", first_row, end_row, first_column, end_column, 0))


def xls_file(
    path: Path, records: list[bytes], texts: tuple[str, ...] = ("Name",), small: bool = False
) -> Path:
    """A workbook of one sheet, "Kontakte", holding `records`; `small`: a workbook stream
    of less than 4 KB, kept in the compound file's mini stream."""
    stream = _workbook(records, texts)
    path.write_bytes(_in_mini_stream(stream) if small else _compound_file(stream))
    return path


def _workbook(records: list[bytes], texts: tuple[str, ...]) -> bytes:
    def bof(kind: int) -> bytes:  # BIFF8, of the workbook or of a sheet
        return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0, 0, 0, 0))

    strings = b"".join(struct.pack("<HB", len(t), 0) + t.encode("latin-1") for t in texts)
    shared = record(0x00FC, struct.pack("<II", len(texts), len(texts)) + strings)
    name = b"Kontakte"
    sheet_at = len(bof(5)) + 4 + 8 + len(name) + len(shared) + 4
    boundsheet = record(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, len(name), 0) + name)
    book = bof(0x0005) + boundsheet + shared + record(0x000A)
    assert len(book) == sheet_at
    return book + bof(0x0010) + b"".join(records) + record(0x000A)


def _compound_file(stream: bytes) -> bytes:
    """`stream` as the "Workbook" of an OLE compound file of 512-byte sectors: the header,
    the FAT (sector 0), the directory (sector 1), the stream (sectors 2 on; 4 KB at least,
    so that it is not in the mini stream)."""
    stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\0")
    count = len(stream) // 512
    directory = _entry("Root Entry", 5, 1, _END, 0) + _entry("Workbook", 2, _FREE, 2, len(stream))
    return _header(_END) + _fat([_END], count) + _directory(directory) + stream


def _in_mini_stream(stream: bytes) -> bytes:
    """`stream` (under 4 KB) in the mini stream: its 64-byte sectors, chained by the mini
    FAT (sector 2), are in the root entry's stream (sectors 3 on)."""
    assert len(stream) < 4096
    count = -(-len(stream) // 64)
    mini_fat = struct.pack("<128I", *range(1, count), _END, *[_FREE] * (128 - count))
    container = stream.ljust(-(-len(stream) // 512) * 512, b"\0")
    root = _entry("Root Entry", 5, 1, 3, count * 64)
    directory = root + _entry("Workbook", 2, _FREE, 0, len(stream))
    fat = _fat([_END, _END], len(container) // 512)
    return _header(2) + fat + _directory(directory) + mini_fat + container


def _header(mini_fat: int) -> bytes:
    """Of a compound file of one FAT sector (sector 0), its directory in sector 1."""
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<10I", 0, 1, 1, 0, 4096, mini_fat, int(mini_fat != _END), _END, 0, 0)
        + struct.pack("<108I", *[_FREE] * 108)
    )


def _fat(first: list[int], count: int) -> bytes:
    """The FAT: itself, the chains `first` (one sector each, from sector 1), then a chain
    of `count` sectors."""
    start = 1 + len(first)
    fat = [0xFFFFFFFD, *first, *range(start + 1, start + count), _END]
    assert len(fat) <= 128, "one FAT sector"
    return struct.pack("<128I", *fat, *[_FREE] * (128 - len(fat)))


def _directory(entries: bytes) -> bytes:
    return entries.ljust(512, b"\0")


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    return (
        raw.ljust(64, b"\0")
        + struct.pack("<HBBIII", len(raw), kind, 1, _FREE, _FREE, child)
        + bytes(36)
        + struct.pack("<IQ", start, size)
    )
