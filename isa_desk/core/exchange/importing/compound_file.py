"""The streams of an OLE compound file (MS-CFB), the container of an old Excel workbook
(.xls): a header, a table of the chains of its sectors (FAT, itself listed in the header
and in a chain of DIFAT sectors), a directory of its streams, and for streams smaller
than 4 KB a mini stream of 64-byte sectors with a table of its own.

Read only as far as workbook_xls.py needs, and strictly: a container not as the format
has it (a chain in a loop or out of its table, a sector after the end of the file) is
BadXlsFile, before calamine reads it.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import BinaryIO

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LAST_SECTOR = 0xFFFFFFFA  # larger numbers mark the end of a chain, a free sector, …
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_MINI_SECTOR, _MINI_CUTOFF = 64, 4096  # streams smaller than the cutoff: in mini sectors
_U32 = struct.Struct("<I")


class BadXlsFile(Exception):
    """The compound file or the records of the workbook in it are damaged."""


Entry = tuple[tuple[str, str], int, int]  # (name, as two readers read it), start, size


class CompoundFile:
    """The directory and the streams of the compound file open in `handle`."""

    def __init__(self, handle: BinaryIO, file_size: int):
        self.handle, self.file_size = handle, file_size
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(_SIGNATURE):
            raise BadXlsFile("not an OLE compound file")
        shift, mini_shift = struct.unpack_from("<HH", header, 30)
        if shift not in (9, 12) or mini_shift != 6 or _U32.unpack_from(header, 56)[0] != 4096:
            raise BadXlsFile("sector sizes")
        self.sector = 1 << shift
        fat_count, directory = struct.unpack_from("<II", header, 44)
        fat_sectors = self._fat_sectors(header, _U32.unpack_from(header, 68)[0])
        if len(fat_sectors) > fat_count:  # (a reader might take only as many as told)
            raise BadXlsFile("FAT")
        self.fat = self._table(fat_sectors)
        self.directory = bytes(self._read(self._chain(directory, self.fat, 0)))
        self.mini_fat_start = _U32.unpack_from(header, 60)[0]
        self._mini: tuple[bytes, list[int]] | None = None  # the mini stream and its table

    def entries(self) -> Iterator[Entry]:
        """Each entry of the directory: its name (case folded) as written to its first
        NUL and as its length tells, where its chain begins, and its stream's size."""
        wide = self.sector != 512  # the size: 64 bits, else 32
        for offset in range(0, len(self.directory) - 127, 128):
            entry = self.directory[offset : offset + 128]
            length = struct.unpack_from("<H", entry, 64)[0]
            to_nul = entry[:64].decode("utf-16-le", "ignore").split("\0")[0]
            by_length = entry[: max(min(length, 64) - 2, 0)].decode("utf-16-le", "ignore")
            start = _U32.unpack_from(entry, 116)[0]
            size = struct.unpack_from("<Q" if wide else "<I", entry, 120)[0]
            yield (to_nul.casefold(), by_length.casefold()), start, size

    def stream(self, start: int, size: int) -> bytearray:
        """The stream whose chain begins at `start` (as much of `size` as it holds)."""
        if size >= _MINI_CUTOFF:
            data = self._read(self._chain(start, self.fat, size))
            del data[size:]
            return data
        if self._mini is None:  # in the chain of the root entry, the directory's first
            _name, root, root_size = next(self.entries(), (("", ""), _END, 0))
            table = self._table(self._chain(self.mini_fat_start, self.fat, 0))
            self._mini = (bytes(self._read(self._chain(root, self.fat, 0))[:root_size]), table)
        mini, table = self._mini
        chain = self._chain(start, table, size, _MINI_SECTOR)
        data = bytearray(b"".join(mini[n * _MINI_SECTOR : (n + 1) * _MINI_SECTOR] for n in chain))
        del data[size:]
        return data

    def _fat_sectors(self, header: bytes, difat: int) -> list[int]:
        """The sectors of the FAT: 109 listed in the header, the others in a chain of
        DIFAT sectors (each ending with the next one's number)."""
        listed = list(struct.unpack_from("<109I", header, 76))
        count = 0
        while difat not in (_END, _FREE):
            count += 1
            if difat > _LAST_SECTOR or count * self.sector > self.file_size:
                raise BadXlsFile("DIFAT")
            sector = self._table([difat])
            listed.extend(sector[:-1])
            difat = sector[-1]
        return [n for n in listed if n <= _LAST_SECTOR]

    def _chain(self, start: int, table: list[int], size: int, unit: int = 0) -> list[int]:
        """The sectors of the chain from `start`, as many as hold `size` bytes (0: all);
        BadXlsFile for a chain out of its table or in a loop."""
        wanted = -(-size // (unit or self.sector)) if size else len(table) + 1
        chain: list[int] = []
        while start != _END and len(chain) < wanted:
            if start >= len(table) or len(chain) >= len(table):
                raise BadXlsFile("sector chain")
            chain.append(start)
            start = table[start]
        return chain

    def _table(self, sectors: list[int]) -> list[int]:
        data = self._read(sectors)
        return list(struct.unpack_from(f"<{len(data) // 4}I", data))

    def _read(self, sectors: list[int]) -> bytearray:
        """The sectors' bytes, a run of neighbouring sectors at a time."""
        data, index = bytearray(), 0
        while index < len(sectors):
            first = last = sectors[index]
            index += 1
            while index < len(sectors) and sectors[index] == last + 1:
                last, index = sectors[index], index + 1
            offset = (first + 1) * self.sector
            if offset >= self.file_size:
                raise BadXlsFile("a sector after the end of the file")
            self.handle.seek(offset)
            data += self.handle.read((last - first + 1) * self.sector)
        return data
