"""Refresh the translation sources and compile them: `make translations`.

1. pyside6-lupdate collects every translatable string of isa_desk/ into the .ts files
   (obsolete entries dropped, no source locations, so diffs stay small);
2. a text with `%n` (a count) becomes a plural entry with one form per plural form of the
   language (German and English two, Chinese one). The Python extractor marks such a
   text as plural only when the count is a literal number, so this step does it for
   every `%n` text and keeps the forms translated before;
3. the English catalogue gets the source texts as its translations (they are English),
   except the plural forms, which are written by hand like any other language's;
4. pyside6-lrelease compiles each .ts into the .qm shipped next to it (the window's), and
   Babel each into a gettext .mo (the command line's, which needs no Qt; see
   isa_desk/core/catalogues.py for how contexts and plurals are written).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("de", "en", "zh_CN")
PLURAL_FORMS = {"de": 2, "en": 2, "zh_CN": 1}


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


def key(context: ET.Element, message: ET.Element) -> tuple[str, str]:
    return context.findtext("name") or "", message.findtext("source") or ""


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """The translated plural forms of each plural entry, to put back after lupdate."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if forms and all(forms):
                found[key(context, message)] = forms
    return found


def mark_plurals(path: Path, language: str, kept: dict[tuple[str, str], list[str]]) -> None:
    """Every `%n` text as a plural entry with the language's number of forms."""
    tree = ET.parse(path)
    count = PLURAL_FORMS[language]
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if "%n" not in (message.findtext("source") or ""):
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            forms = kept.get(key(context, message))
            if forms is None or len(forms) != count:
                single = translation.text if translation.text and translation.text.strip() else ""
                single = single or next((f.text for f in translation.iter("numerusform")), "")
                forms = [single or ""] * count
                translation.set("type", "unfinished")
            else:  # translated before; lupdate only lost the forms
                translation.attrib.pop("type", None)
            translation.text = None
            for old in list(translation):
                translation.remove(old)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            continue  # "1 row", "2 rows": written by hand
        translation = message.find("translation")
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(language))], check=True)
        compile_mo(language)


def compile_mo(language: str) -> None:
    """The .ts as a gettext catalogue: what lrelease puts in the .qm, in gettext's terms."""
    sys.path.insert(0, str(ROOT))
    from isa_desk.core.catalogues import message_context

    catalog = Catalog(locale=language, project="ISA Desk", fuzzy=False)
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            where = message_context(name, message.findtext("comment"))
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if any(forms):
                    catalog.add((source, source), forms, context=where)
            elif translation.text:
                catalog.add(source, translation.text, context=where)
    with (HERE / f"isa_desk_{language}.mo").open("wb") as out:
        write_mo(out, catalog)


def main() -> int:
    kept = {language: plural_forms(ts_path(language)) for language in LANGUAGES}
    run_lupdate([ts_path(language) for language in LANGUAGES])
    for language in LANGUAGES:
        mark_plurals(ts_path(language), language, kept[language])
    fill_english(ts_path("en"))
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
