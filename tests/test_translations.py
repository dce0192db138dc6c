"""The catalogues are complete, consistent with the code, and compiled."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "translations"))
import update  # noqa: E402  (translations/update.py)

PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%L?\d")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        f"{context}: {source!r}"
        for (context, source), message in messages(update.ts_path(language)).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]
    assert not unfinished, f"{len(unfinished)} untranslated in {language}: {unfinished[:20]}"


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_placeholders_agree(language):
    wrong = [
        f"{context}: {source!r} -> {message.findtext('translation')!r}"
        for (context, source), message in messages(update.ts_path(language)).items()
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(message.findtext("translation") or ""))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_catalogues_hold_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [update.tool("lupdate"), *update.sources(), "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    for language in update.LANGUAGES:
        missing = in_code - set(messages(update.ts_path(language)))
        assert not missing, (
            f"strings not in isa_desk_{language}.ts (run `make translations`): "
            f"{sorted(missing)[:20]}"
        )


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_compiled_catalogues_are_current(tmp_path, language):
    source = tmp_path / update.ts_path(language).name
    shutil.copy(update.ts_path(language), source)
    subprocess.run([update.tool("lrelease"), "-silent", str(source)], check=True)
    compiled = source.with_suffix(".qm").read_bytes()
    shipped = update.ts_path(language).with_suffix(".qm").read_bytes()
    assert compiled == shipped, f"isa_desk_{language}.qm is stale: run `make translations`"


def test_german_is_loaded_for_core_messages():
    from isa_desk import language as i18n
    from isa_desk.core.i18n import translate

    try:
        assert i18n.load(None) == "de"
        text = translate("Database", "{path} is a folder, not a database file.")
        assert text != "{path} is a folder, not a database file."
        assert "{path}" in text
    finally:
        i18n.uninstall()
        from isa_desk.core import i18n as core_i18n

        core_i18n.set_translator(None)
