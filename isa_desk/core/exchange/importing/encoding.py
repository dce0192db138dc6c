"""The encoding of a received text file, and its lines read as text in that encoding.

Offices send lists in a few encodings only: UTF-8 (Excel's "CSV UTF-8", with a byte order
mark), UTF-16 (Excel's "Unicode text", with or without one), Windows-1252 (German Excel
and Outlook), GB18030 (Chinese Excel writes GBK, a subset) and Big5 (Taiwan, Hong Kong).
The encoding is found from the bytes of the whole file, read a piece at a time:

- a byte order mark, or for UTF-16 without one the NUL bytes of its ASCII characters;
- else the file is UTF-8 when all of it decodes as UTF-8;
- else the lines that are not UTF-8 tell which older encoding they are in
  (charset-normalizer, limited to the three above);
- a file whose lines disagree (lists pasted together: some lines UTF-8, others not) is
  read line by line, each line in the encoding it is valid in ("utf-8+cp1252"), and the
  reader tells which rows were read in which (text_file.py).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO, cast

from isa_desk.core.exchange.importing import bounds
from isa_desk.core.exchange.importing.source import fail
from isa_desk.core.i18n import translate

UTF8 = "utf-8"
UTF16LE = "utf-16-le"
UTF16BE = "utf-16-be"
CP1252 = "cp1252"
GB18030 = "gb18030"
BIG5 = "big5"
LEGACY = (CP1252, GB18030, BIG5)
MIXED = UTF8 + "+"  # "utf-8+cp1252": UTF-8 where a line is valid UTF-8, else cp1252

# the encodings a user can choose, in the order offered
CHOICES = (UTF8, MIXED + CP1252, CP1252, GB18030, BIG5, UTF16LE, UTF16BE)
KNOWN = CHOICES + (MIXED + GB18030, MIXED + BIG5)
_NAMES = {
    UTF8: "UTF-8",
    UTF16LE: "UTF-16 LE",
    UTF16BE: "UTF-16 BE",
    CP1252: "Windows-1252",
    GB18030: "GB18030 (GBK)",
    BIG5: "Big5",
}
# other names people and programs give them
_ALIASES = {
    "utf8": UTF8,
    "utf8sig": UTF8,
    "utf16": UTF16LE,
    "utf16le": UTF16LE,
    "unicode": UTF16LE,
    "utf16be": UTF16BE,
    "windows1252": CP1252,
    "cp1252": CP1252,
    "ansi": CP1252,
    "gb18030": GB18030,
    "gbk": GB18030,  # GB18030 is its superset: every GBK file reads the same
    "gb2312": GB18030,
    "cp936": GB18030,
    "big5": BIG5,
    "cp950": BIG5,
}
_BOMS = {
    UTF16LE: codecs.BOM_UTF16_LE,
    UTF16BE: codecs.BOM_UTF16_BE,
}
_HEAD = 1 << 16
_CHUNK = 1 << 20
_SAMPLE = 1 << 18  # bytes of the lines in an older encoding given to charset-normalizer
_BYTES_PER_CHAR = 4  # at most, in these encodings

# characters a list of the office holds beyond ASCII: Latin letters with accents, Chinese,
# punctuation and symbols. A line read in the wrong encoding shows others (Greek, Cyrillic,
# Armenian, private use), or a Chinese character inside a Latin word ("J眉rgen").
_UNEXPECTED = re.compile(
    "[^\x00-\x7f\u00a0-\u024f\u1e00-\u1eff\u2000-\u214f\u3000-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_IN_WORD = re.compile(f"[A-Za-z][{_HAN}]|[{_HAN}][A-Za-z]")
_HAN_CHAR = re.compile(f"[{_HAN}]")


def known(name: str | None) -> str | None:
    """The encoding called `name` ("GBK", "windows-1252", "utf-8+cp1252"), or None."""
    folded = re.sub(r"[\s_\-]", "", (name or "").casefold())
    if folded.startswith("utf8+"):
        other = _ALIASES.get(folded[5:])
        return MIXED + other if other in LEGACY else None
    return _ALIASES.get(folded)


def label(encoding: str) -> str:
    """The encoding as people know it."""
    if encoding.startswith(MIXED):
        other = encoding[len(MIXED) :]
        return translate("Exchange", "UTF-8, other lines {encoding}").format(
            encoding=_NAMES.get(other, other)
        )
    return _NAMES.get(encoding, encoding)


# -- finding the encoding ------------------------------------------------------------------


def detect(path: Path) -> str:
    """The encoding of the text file `path` (one of KNOWN); ReadError for a binary file."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD)
    if head.startswith(codecs.BOM_UTF16_LE):
        return UTF16LE
    if head.startswith(codecs.BOM_UTF16_BE):
        return UTF16BE
    if b"\x00" in head:
        found = _utf16_by_nuls(head)
        if found is None:
            raise fail(path, translate("Exchange", "it is neither a workbook nor a text file."))
        return found
    if _all_utf8(path):
        return UTF8
    utf8_lines, sample = _scan(path)
    other = _older_encoding(sample)
    if utf8_lines and _any_line_utf8(path, other):
        return MIXED + other
    return other


def _utf16_by_nuls(head: bytes) -> str | None:
    """UTF-16 without a byte order mark: the ASCII characters (separators, digits, line
    breaks) have a NUL as their high byte, second in little-endian, first in big-endian."""
    pairs = len(head) // 2
    first, second = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if second >= pairs / 10 and first <= second / 4:
        return UTF16LE
    if first >= pairs / 10 and second <= first / 4:
        return UTF16BE
    return None


def _all_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder(UTF8)()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _raw_lines(path: Path) -> Iterator[bytes]:
    """The lines of the file as bytes, none read longer than a line may be."""
    with path.open("rb") as handle:
        while line := handle.readline((bounds.MAX_LINE_CHARS + 1) * _BYTES_PER_CHAR):
            yield line


def _scan(path: Path) -> tuple[int, bytes]:
    """How many lines are UTF-8 with more than ASCII, and the first lines that are not
    UTF-8 (for charset-normalizer)."""
    utf8_lines = 0
    sample = bytearray()
    for line in _raw_lines(path):
        if line.isascii():
            continue
        try:
            line.decode(UTF8)
            utf8_lines += 1
        except UnicodeDecodeError:
            if len(sample) < _SAMPLE:
                sample += line
    return utf8_lines, bytes(sample)


def _older_encoding(sample: bytes) -> str:
    from charset_normalizer import from_bytes  # only for a text file not in UTF-8

    best = from_bytes(sample, cp_isolation=list(LEGACY)).best()
    found = known(best.encoding) if best is not None else None
    # none of them fits well: Windows-1252, as German Excel and Outlook write
    return found if found is not None and found in LEGACY else CP1252


def _any_line_utf8(path: Path, other: str) -> bool:
    if other == CP1252:
        return True  # a line valid in UTF-8 is never meant as Windows-1252 (see decode_line)
    return any(decode_line(line, other)[1] for line in _raw_lines(path) if not line.isascii())


# -- reading -------------------------------------------------------------------------------


def decode_line(raw: bytes, other: str) -> tuple[str, bool]:
    """One line of a file that mixes UTF-8 with `other`, and whether it was read as UTF-8.

    A line valid in UTF-8 is UTF-8, with one exception: in a Chinese encoding a short line
    can be valid UTF-8 by chance (GBK "毛" is UTF-8 "ë"); it stays in that encoding when
    read so it gives common Chinese characters, and UTF-8 reads it as nonsense."""
    try:
        text = raw.decode(UTF8)
    except UnicodeDecodeError:
        return raw.decode(other, "replace"), False
    if other == CP1252 or raw.isascii():
        return text, True
    try:
        theirs = raw.decode(other)
    except UnicodeDecodeError:
        return text, True
    if _plausible(theirs) and _common_chinese(theirs, other):
        return theirs, False
    if _plausible(text):
        return text, True
    return theirs, False


def _plausible(text: str) -> bool:
    return not _UNEXPECTED.search(text) and not _HAN_IN_WORD.search(text)


def _common_chinese(text: str, encoding: str) -> bool:
    """Every Chinese character of `text` is one of the common ones (GB2312; Big5's
    frequently used characters): text read in the wrong encoding gives rare ones."""
    for char in _HAN_CHAR.findall(text):
        if encoding == GB18030:
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                return False
        elif not 0xA4 <= char.encode(BIG5, "replace")[0] <= 0xC6:
            return False
    return True


class MixedLines:
    """The lines of a file that mixes UTF-8 with an older encoding, read as text; counts
    the lines read each way since `take` was last called."""

    def __init__(self, handle: BinaryIO, other: str):
        self.handle = handle
        self.other = other
        self.utf8 = 0
        self.others = 0

    def readline(self, size: int = -1) -> str:
        raw = self.handle.readline(size * _BYTES_PER_CHAR if size >= 0 else -1)
        text, utf8 = decode_line(raw, self.other)
        if not raw.isascii():
            if utf8:
                self.utf8 += 1
            else:
                self.others += 1
        return text

    def take(self) -> tuple[int, int]:
        """The lines read as UTF-8 and as the other encoding since the last call."""
        counts = self.utf8, self.others
        self.utf8 = self.others = 0
        return counts


@contextmanager
def open_text(path: Path, encoding: str) -> Iterator[TextIO]:
    """The file as text in `encoding` (one of KNOWN), without its byte order mark; lines
    end as in the file. A byte the encoding does not know is shown as "�", never guessed."""
    with path.open("rb") as handle:
        start = handle.read(3)
        bom = _BOMS.get(encoding, codecs.BOM_UTF8)
        handle.seek(len(bom) if start.startswith(bom) else 0)
        if encoding.startswith(MIXED):
            yield cast(TextIO, MixedLines(handle, encoding[len(MIXED) :]))
            return
        text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
        try:
            yield text
        finally:
            text.detach()  # the file is closed by its own `with`
