"""Reading letter PDFs back with poppler's tools: text, words with their boxes, fonts."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

MM = 72 / 25.4  # points per millimetre

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


@dataclass(frozen=True)
class Word:
    text: str
    left: float  # mm from the page's left edge
    top: float  # mm from the page's top edge
    right: float
    bottom: float


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def text(pdf: Path) -> str:
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def page_texts(pdf: Path) -> list[str]:
    return text(pdf).split("\f")[:-1]


def page_count(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf))).group(1))


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
    r"(.*?)</word>"
)


def words(pdf: Path) -> list[list[Word]]:
    """The words of each page with their boxes in millimetres."""
    pages = run("pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-").split("<page ")[1:]
    return [
        [
            Word(html.unescape(m.group(5)), *(float(m.group(i)) / MM for i in range(1, 5)))
            for m in _WORD.finditer(page)
        ]
        for page in pages
    ]


def line_of(page: list[Word], first_word: str, top_near: float | None = None) -> list[Word]:
    """The words on the line that starts with `first_word` (optionally near a height)."""
    starts = [
        w for w in page if w.text == first_word and (top_near is None or abs(w.top - top_near) < 8)
    ]
    assert starts, f"{first_word!r} not found"
    start = starts[0]
    return [w for w in page if abs(w.bottom - start.bottom) < 0.5]


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, "yes"/"no" for embedded) of every font in the file."""
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    found = []
    for line in lines:
        # the columns after the name: type (may contain a space), encoding, emb, sub, uni, ...
        parts = line.split()
        found.append((parts[0], parts[-5]))
    return found
