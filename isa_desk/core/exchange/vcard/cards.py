"""The cards of a .vcf file, one at a time, with their properties as written.

The lines are unfolded here (the folding of 3.0 and 4.0, the soft line breaks of 2.1's
QUOTED-PRINTABLE), keeping the number of the line each property begins on; vobject's
unfolding gives the first line of a file, and each after a blank line, the number before.
vobject's parseLine splits each property into name, parameters and value. Its decoding is
not used: it takes "Hallo, Welt" for a list and keeps only "Hallo", and decodes
QUOTED-PRINTABLE as UTF-8 whatever the card says. Here a value is decoded in the CHARSET
its line names, else as UTF-8, else in the file's older encoding (Windows-1252 as old
Outlook writes), and its escapes are undone only when a field is taken from it. Of a
property that is not used (a photo) only the first line is kept, and a used one longer
than a cell may be is refused while it is read.

A file that is not made of cards (a line outside BEGIN:VCARD … END:VCARD, a line that is
no property, a card without its end) is refused with a message naming the card and the
line, before anything is imported.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from isa_desk.core.exchange.importing import bounds, encoding
from isa_desk.core.exchange.importing.source import ReadError
from isa_desk.core.i18n import translate

# the properties a contact is made from; the others (photos, keys, sounds) are skipped
WANTED = frozenset(
    {
        "VERSION",
        "N",
        "FN",
        "NICKNAME",
        "X-PHONETIC-FIRST-NAME",
        "X-PHONETIC-LAST-NAME",
        "GENDER",
        "X-GENDER",
        "ORG",
        "TITLE",
        "ROLE",
        "EMAIL",
        "TEL",
        "ADR",
        "LANG",
        "CATEGORIES",
        "NOTE",
    }
)
_STRUCTURE = frozenset({"BEGIN", "END", "AGENT"})
_NAME = re.compile(r"^\s*(?:[\w-]+\.)?([\w-]+)")  # "item1.EMAIL;TYPE=…" -> EMAIL
# a value as written may take three characters a character (=C3=A4 in QUOTED-PRINTABLE)
_MAX_VALUE_CHARS = 4 * bounds.MAX_CELL_CHARS
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_SHOWN = 60  # characters of a broken line quoted in a message


@dataclass
class Property:
    name: str  # upper case, without a group ("item1.")
    params: dict[str, list[str]]  # parameter names in upper case
    types: frozenset[str]  # TYPE values and 2.1's bare parameters, upper case
    value: str  # decoded from QUOTED-PRINTABLE or base64, escapes not yet undone
    line: int

    def param(self, name: str) -> str:
        found = self.params.get(name)
        return found[0] if found else ""

    def preferred(self) -> bool:
        return "PREF" in self.types or self.param("PREF") == "1"


@dataclass
class Card:
    number: int  # 1 for the first card of the file
    line: int  # the line of its BEGIN:VCARD
    properties: dict[str, list[Property]] = field(default_factory=dict)

    def all(self, name: str) -> list[Property]:
        return self.properties.get(name, [])

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None


def split(value: str, separator: str) -> list[str]:
    """The parts of a value between separators that are not escaped; the escapes stay
    (undo them with `unescape` once the parts are known)."""
    parts, start, index = [], 0, 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if char == separator:
            parts.append(value[start:index])
            start = index + 1
        index += 1
    parts.append(value[start:])
    return parts


def unescape(value: str) -> str:
    r"""The text of a value: \n a line break, \, \; \\ the character; any other backslash
    is kept as written (a path in a note, "C:\Users")."""
    if "\\" not in value:
        return value.replace("\r\n", "\n")
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            following = value[index + 1]
            out.append(_ESCAPES.get(following, char + following))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out).replace("\r\n", "\n")


def read_cards(path: Path, encoding_name: str) -> Iterator[Card]:
    """The cards of the file read in `encoding_name` (one of encoding.KNOWN); ReadError
    naming the card and line for a file that is not made of cards."""
    older = encoding_name.removeprefix(encoding.MIXED)
    fallback = older if older in encoding.LEGACY else encoding.CP1252
    with encoding.open_text(path, encoding_name) as stream:
        lines = _Lines(path, stream)
        card: Card | None = None
        count = nested = 0
        try:
            for text, number in _logical_lines(path, lines):
                name, params, value = _parsed(path, card, text, number)
                head = value.strip().upper()
                if card is None:
                    if name != "BEGIN" or head != "VCARD":
                        raise _outside(path, number, text)
                    count += 1
                    if count > bounds.MAX_ROWS:
                        raise bounds.too_many_rows(path)
                    card = Card(count, number)
                elif name == "END" and head == "VCARD":
                    if nested:
                        nested -= 1
                        continue
                    yield card
                    card = None
                elif name == "BEGIN" or (name == "AGENT" and head.startswith("BEGIN:VCARD")):
                    nested += 1  # a card inside the card (2.1's AGENT): not a contact
                elif name in WANTED and not nested:
                    found = _property(name, params, value, number, fallback)
                    card.properties.setdefault(name, []).append(found)
        except (UnicodeDecodeError, ValueError) as error:  # a stream that cannot be read
            raise _broken(path, card, lines.number, str(error)) from error
    if card is not None:
        raise ReadError(
            _cannot_read(
                path,
                translate(
                    "Exchange", "card {card}, begun on line {line}, has no END:VCARD."
                ).format(card=card.number, line=card.line),
            )
        )
    if count == 0:
        raise ReadError(
            _cannot_read(path, translate("Exchange", "it holds no card (BEGIN:VCARD … END:VCARD)."))
        )


class _Lines:
    """The file's lines for vobject, none longer than a line may be; counts them."""

    def __init__(self, path: Path, stream: TextIO):
        self._lines = bounds.bounded_lines(path, stream)
        self.number = 0

    def readline(self) -> str:
        line = next(self._lines, "")
        if line:
            self.number += 1
        return line


def _logical_lines(path: Path, lines: _Lines) -> Iterator[tuple[str, int]]:
    """Each property on one line, with the number of the line it begins on."""
    parts: list[str] = []
    start = length = 0
    keep = soft = False
    while line := lines.readline():
        line = line.rstrip("\r\n")
        if soft:  # QUOTED-PRINTABLE's "=" at the end: the value goes on ("=\n" is dropped)
            added = "\n" + line
        elif not line.strip():
            if parts:
                yield "".join(parts), start
            parts, length = [], 0
            continue
        elif line[0] in " \t" and parts:
            added = line[1:]
        else:
            if parts:
                yield "".join(parts), start
            name = _NAME.match(line)
            keep = name is None or name[1].upper() in WANTED | _STRUCTURE
            parts, start, length = [line], lines.number, len(line)
            soft = line.endswith("=") and _quoted_printable(line)
            continue
        if keep:
            parts.append(added)
            length += len(added)
            if length > _MAX_VALUE_CHARS:
                raise bounds.cell_too_long(
                    path, translate("Exchange", "line {line}").format(line=start)
                )
        soft = line.endswith("=") and _quoted_printable(parts[0])
    if parts:
        yield "".join(parts), start


def _quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def _parsed(path: Path, card: Card | None, text: str, number: int):
    from vobject.base import ParseError, parseLine  # 25 ms: only when a vCard file is read

    try:
        name, params, value, _group = parseLine(text, number)
    except ParseError as error:
        if card is None:
            raise _outside(path, number, text) from error
        raise _broken(
            path,
            card,
            number,
            translate("Exchange", "it is no property (NAME:value): “{text}”").format(
                text=_shortened(text)
            ),
        ) from error
    return name.upper(), params, value


def _property(name: str, params: list, value: str, line: int, fallback: str) -> Property:
    named: dict[str, list[str]] = {}
    types: set[str] = set()
    for param in params:
        key = param[0].upper()
        values = [str(v) for v in param[1:]]
        if not values:  # 2.1: TEL;WORK;FAX, ADR;QUOTED-PRINTABLE
            types.add(key)
            continue
        named.setdefault(key, []).extend(values)
        if key == "TYPE":
            types.update(t.strip().upper() for v in values for t in v.split(",") if t.strip())
    transfer = {v.upper() for v in named.get("ENCODING", [])} | types
    charset = named.get("CHARSET", [""])[0]
    if "QUOTED-PRINTABLE" in transfer:
        value = _text(quopri.decodestring(value.encode("utf-8")), charset, fallback)
    elif transfer & {"B", "BASE64"}:
        try:
            raw = base64.b64decode("".join(value.split()))
        except (binascii.Error, ValueError):
            raw = value.encode("utf-8")
        value = _text(raw, charset, fallback)
    return Property(name, named, frozenset(types), value, line)


def _text(raw: bytes, charset: str, fallback: str) -> str:
    """Decoded bytes: in the CHARSET the line names, else UTF-8, else the file's older
    encoding. A byte the encoding does not know is shown as "�", never guessed."""
    codec = _codec(charset)
    if codec is not None:
        return raw.decode(codec, "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(fallback, "replace")


def _codec(charset: str) -> str | None:
    if not charset:
        return None
    known = encoding.known(charset)
    if known is not None and not known.startswith(encoding.MIXED):
        return known
    try:
        return codecs.lookup(charset).name
    except LookupError:  # a name Python does not know: decoded as if none were given
        return None


def _shortened(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _cannot_read(path: Path, reason: str) -> str:
    return translate("Exchange", "{file} cannot be read: {reason}").format(
        file=path.name, reason=reason
    )


def _outside(path: Path, number: int, text: str) -> ReadError:
    return ReadError(
        _cannot_read(
            path,
            translate(
                "Exchange", "line {line} is outside a card (BEGIN:VCARD … END:VCARD): “{text}”."
            ).format(line=number, text=_shortened(text)),
        )
    )


def _broken(path: Path, card: Card | None, number: int, reason: str) -> ReadError:
    if card is None:
        where = translate("Exchange", "line {line}").format(line=number)
    else:
        where = translate("Exchange", "card {card} (begun on line {begin}), line {line}").format(
            card=card.number, begin=card.line, line=number
        )
    return ReadError(_cannot_read(path, f"{where}: {reason}"))
