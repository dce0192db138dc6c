"""The colours come from one palette (isa_desk/ui/common/style.py)."""

import re
from pathlib import Path

from PySide6.QtGui import QColor

from isa_desk.ui.common import style

UI = Path(style.__file__).resolve().parent.parent
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")
NUMERIC_QCOLOR = re.compile(r"QColor\(\s*\d")
NAMED = re.compile(r"\bstyle\.([A-Za-z_]\w*)")
HTML_ID = re.compile(r"#[A-Za-z_][\w-]*\s*\{")  # "#banner {" in a style sheet is no colour


def ui_sources():
    return [p for p in sorted(UI.rglob("*.py")) if p.resolve() != Path(style.__file__).resolve()]


def test_no_module_but_the_palette_holds_a_colour_literal():
    found = []
    for path in ui_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = HTML_ID.sub("", line)
            if HEX.search(text) or NUMERIC_QCOLOR.search(text):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert not found, "colours outside style.py:\n" + "\n".join(found)


def test_the_palette_has_every_colour_the_windows_use():
    used = {
        name for path in ui_sources() for name in NAMED.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "no module uses the palette"
    missing = sorted(name for name in used if not hasattr(style, name))
    assert not missing, missing


def test_every_colour_of_the_palette_is_valid():
    colours = {
        name: value
        for name, value in vars(style).items()
        if name.isupper() and isinstance(value, str)
    }
    for table in (style.INQUIRY_STATUS, style.PARTICIPANT_STATUS, style.ACTIVITY_KIND):
        colours.update(table)
    assert all(QColor(value).isValid() for value in colours.values()), colours


def test_every_status_has_its_colour():
    from isa_desk.core.db.enums import ActivityKind, InquiryStatus, ParticipantStatus

    assert set(style.INQUIRY_STATUS) == {s.value for s in InquiryStatus}
    assert set(style.PARTICIPANT_STATUS) == {s.value for s in ParticipantStatus}
    assert set(style.ACTIVITY_KIND) == {k.value for k in ActivityKind}
    assert style.participant_status("unheard of") == style.UNKNOWN_STATUS
    assert style.inquiry_status(InquiryStatus.NEW) == style.INQUIRY_STATUS["new"]
