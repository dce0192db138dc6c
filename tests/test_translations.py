"""The catalogues are complete, consistent with the code, and compiled."""

import ast
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


def translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a text with a count."""
    if message.get("numerus") == "yes":
        return [form.text or "" for form in message.iter("numerusform")]
    return [message.findtext("translation") or ""]


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        f"{context}: {source!r}"
        for (context, source), message in messages(update.ts_path(language)).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in translations(message))
    ]
    assert not unfinished, f"{len(unfinished)} untranslated in {language}: {unfinished[:20]}"


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_placeholders_agree(language):
    wrong = [
        f"{context}: {source!r} -> {text!r}"
        for (context, source), message in messages(update.ts_path(language)).items()
        for text in translations(message)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
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


@pytest.mark.parametrize("code", ["de", "en", "zh"])
def test_the_command_lines_catalogue_says_what_the_windows_says(code):
    """The .mo (read without Qt) gives every text, plural and disambiguation as the .qm."""
    from PySide6.QtCore import QTranslator

    from isa_desk import language as i18n
    from isa_desk.core import catalogues

    window = QTranslator()
    assert window.load(str(i18n.qm_path(code)))
    command_line = catalogues.catalogue(code)
    assert command_line is not None
    differing = []
    tree = ET.parse(update.ts_path(catalogues.LANGUAGES[code]))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            for n in (1, 2, 5) if message.get("numerus") == "yes" else (-1,):
                expected = (
                    (window.translate(name, source, comment, n) or source).replace("%n", str(n))
                    if n >= 0
                    else (window.translate(name, source, comment) or source)
                )
                if command_line(name, source, comment, n) != expected:
                    differing.append((name, source, n))
    assert differing == [], f"isa_desk_{code}.mo is stale: run `make translations`"


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


# Calls that translate a text held in a variable; each gets its texts from a table marked
# with QT_TRANSLATE_NOOP, so the extractor sees them there: (file, function).
TRANSLATED_FROM_TABLES = {
    ("isa_desk/core/domain/labels.py", "label"),  # the labels of stored codes
    ("isa_desk/core/exchange/columns.py", "column_title"),  # list headers
    ("isa_desk/ui/common/table_model.py", "title"),  # list headers in the window
    ("isa_desk/ui/overview/overview_view.py", "_build_grid"),  # REGION_CHARTS
    ("isa_desk/core/i18n.py", "translate"),  # the hook itself
    ("isa_desk/language.py", "translate"),  # the hook itself
    ("isa_desk/core/privacy/trail_values.py", "kind_label"),  # KINDS
    ("isa_desk/core/privacy/trail_values.py", "field_label"),  # _FIELDS
}
TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _call_name(node) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else None


def _literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Scan(ast.NodeVisitor):
    """Translation calls whose context or source text is not written out in the call,
    so the extractor cannot find the text (a helper like `def _t(text)` is one)."""

    def __init__(self, relative: str):
        self.relative = relative
        self.function = "<module>"
        self.found: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name in TRANSLATING and not (name == "translate" and len(node.args) < 2):
            texts = node.args[:1] if name in ("tr", "QT_TR_NOOP") else node.args[:2]
            allowed = (self.relative, self.function) in TRANSLATED_FROM_TABLES
            if not (texts and all(_literal(arg) for arg in texts)) and not allowed:
                self.found.append(
                    f"{self.relative}:{node.lineno} in {self.function}: {ast.unparse(node)[:80]}"
                )
            elif name == "translate" and not _count_seen(node.args[3:4]):
                self.found.append(
                    f"{self.relative}:{node.lineno}: count not a plain name: "
                    f"{ast.unparse(node)[:80]}"
                )
        self.generic_visit(node)  # str.translate(table) above has one argument


def _count_seen(count: list[ast.expr]) -> bool:
    """The extractor finds a call with a count only when the count is a plain name or
    a number; `len(rows)` or `row.count` make it skip the call altogether."""
    return not count or isinstance(count[0], ast.Name | ast.Constant)


def _non_literal_calls(source: str, relative: str) -> list[str]:
    scan = _Scan(relative)
    scan.visit(ast.parse(source))
    return scan.found


def test_every_translation_call_names_its_text():
    wrong = [
        problem
        for path in sorted((ROOT / "isa_desk").rglob("*.py"))
        for problem in _non_literal_calls(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert not wrong, "texts the extractor cannot see:\n" + "\n".join(wrong)


def test_the_scan_finds_a_wrapper():
    source = (
        "def _t(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "def title(self):\n    return self.tr(self.name)\n"
        "def fine(self, n):\n    return translate('Ctx', 'Save'), 'ab'.translate({}),"
        " translate('Ctx', '%n rows', None, n)\n"
        "def hidden(rows):\n    return translate('Ctx', '%n rows', None, len(rows))\n"
    )
    assert len(_non_literal_calls(source, "isa_desk/probe.py")) == 3


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_count_has_its_plural_forms(language):
    """A text with %n has one form per plural form of the language, each with %n."""
    wrong = []
    for (context, source), message in messages(update.ts_path(language)).items():
        if "%n" not in source:
            continue
        forms = [form.text or "" for form in message.iter("numerusform")]
        if (
            message.get("numerus") != "yes"
            or len(forms) != update.PLURAL_FORMS[language]
            or not all("%n" in form or form.strip() for form in forms)
        ):
            wrong.append(f"{context}: {source!r} -> {forms}")
    assert not wrong, "plural entries incomplete:\n" + "\n".join(wrong)


def test_plural_forms_follow_the_count():
    from isa_desk import language as i18n
    from isa_desk.core.i18n import translate

    try:
        i18n.load("en")
        assert translate("Cli", "%n pages", None, 1) == "1 page"
        assert translate("Cli", "%n pages", None, 3) == "3 pages"
        i18n.load("de")
        assert translate("Cli", "%n pages", None, 1) == "1 Seite"
        assert translate("Cli", "%n pages", None, 2) == "2 Seiten"
    finally:
        i18n.uninstall()
