"""The separator of a CSV file and the line its table starts on, found from its first lines.

German Excel separates with semicolons, English Excel with commas, "Unicode text" with
tabs, some programs with a vertical bar. A list often has a title line ("Kontakte Foshan,
Stand Mai") or blank lines above its headers, and free text holds commas: the separator is
the one that splits most of the first lines into the same number of cells, and the table
starts at the first line split into that number; lines above it are a title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from isa_desk.core.i18n import translate

SEPARATORS = (";", ",", "\t", "|")  # in this order when two fit equally well
FIRST_LINES = 50  # lines looked at
_QUOTED = re.compile(r'"[^"]*"')
_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe"}
_SPELLED = {**{name: sep for sep, name in _NAMES.items()}, "\\t": "\t", "tabulator": "\t"}


@dataclass(frozen=True)
class Layout:
    separator: str
    header_line: int  # the line (from 1) the table starts on
    titles: list[tuple[int, str]] = field(default_factory=list)  # lines above it: number, text


def known(text: str | None) -> str | None:
    """The separator given as itself (";", a tab) or by name ("semicolon", "tab"), or None."""
    if text in SEPARATORS:
        return text
    return _SPELLED.get((text or "").strip().casefold())


def label(separator: str) -> str:
    """The separator as people call it."""
    return {
        ";": translate("Exchange", "Semicolon (;)"),
        ",": translate("Exchange", "Comma (,)"),
        "\t": translate("Exchange", "Tab"),
        "|": translate("Exchange", "Vertical bar (|)"),
    }.get(separator, separator)


def name(separator: str) -> str:
    """The name the command line takes (semicolon, comma, tab, pipe)."""
    return _NAMES.get(separator, separator)


def _count(line: str, separator: str) -> int:
    return _QUOTED.sub("", line).count(separator)


def detect(lines: list[str], separator: str | None = None) -> Layout:
    """The layout of a file whose first lines are `lines` (as read, line breaks kept);
    with `separator` given, only the line the table starts on is looked for."""
    counted = [
        (number, line, {s: _count(line, s) for s in SEPARATORS})
        for number, line in enumerate(lines[:FIRST_LINES], start=1)
        if line.strip()
    ]
    if not counted:
        return Layout(separator or ",", 1)
    chosen, cells = _majority([counts for _n, _l, counts in counted], separator)
    first = next(i for i, (_n, _l, counts) in enumerate(counted) if counts[chosen] == cells)
    titles = [(number, line.strip()) for number, line, _c in counted[:first]]
    return Layout(chosen, counted[first][0], titles)


def _majority(rows: list[dict[str, int]], wanted: str | None) -> tuple[str, int]:
    """The separator that splits most lines into the same number of cells, and that number
    (of separators); without any: the comma, one cell."""
    best: tuple[int, int, str] | None = None  # lines that agree, separators, separator
    for separator in (wanted,) if wanted else SEPARATORS:
        found = Counter(row.get(separator, 0) for row in rows if row.get(separator, 0))
        if not found:
            continue
        cells, agreeing = max(found.items(), key=lambda item: (item[1], item[0]))
        if best is None or (agreeing, cells) > best[:2]:
            best = (agreeing, cells, separator)
    if best is None:
        return wanted or ",", 0
    return best[2], best[1]
