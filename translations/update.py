"""Refresh the translation sources and compile them: `make translations`.

1. pyside6-lupdate collects every translatable string of isa_desk/ into the .ts files
   (obsolete entries dropped, no source locations, so diffs stay small);
2. the English catalogue gets the source texts as its translations (they are English);
3. pyside6-lrelease compiles each .ts into the .qm shipped next to it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("de", "en", "zh_CN")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "isa_desk").rglob("*.py"))


def ts_path(language: str) -> Path:
    return HERE / f"isa_desk_{language}.ts"


def run_lupdate(targets: list[Path]) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            *map(str, targets),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(language))], check=True)


def main() -> int:
    run_lupdate([ts_path(language) for language in LANGUAGES])
    fill_english(ts_path("en"))
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
