"""The lazy start of `isa-desk`: --version and --help load no command, a command loads its
own module and no other, and no command that opens no window loads Qt.

The commands run in a fresh process (this one has Qt and every module loaded by other
tests), one after another, and report the modules each added."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from isa_desk.cli import chosen_command
from tests import copy_database

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import contextlib, io, json, sys
from isa_desk.cli import main

report = []
for argv in json.loads(sys.argv[1]):
    before = set(sys.modules)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    report.append({"argv": argv, "code": code, "added": sorted(set(sys.modules) - before)})
print(json.dumps(report))
"""


def loaded(*commands: list[str]) -> list[dict]:
    finished = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(commands))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)


def families(modules: list[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def commands_loaded(modules: list[str]) -> set[str]:
    prefix = "isa_desk.commands."
    return {name[len(prefix) :] for name in modules if name.startswith(prefix)}


def test_version_and_help_load_no_command_no_database_layer_and_no_qt():
    version, help_text = loaded(["--version"], ["--lang", "zh", "--help"])
    for run in (version, help_text):
        assert run["code"] == 0
        assert not families(run["added"]) & {"PySide6", "sqlalchemy", "openpyxl", "reportlab"}
        assert commands_loaded(run["added"]) == set()


def test_a_command_loads_its_own_module_only_and_never_qt(demo_file, tmp_path):
    database = str(copy_database(demo_file, tmp_path / "office.sqlite"))
    workbook = str(tmp_path / "contacts.xlsx")
    runs = loaded(
        ["--database", database, "info"],
        ["--lang", "en", "--database", database, "export", "contacts", workbook],
        [
            "--lang",
            "en",
            "--database",
            database,
            "import",
            "contacts",
            workbook,
            "--dry-run",
            "--skip-invalid",
        ],
        ["--database", database, "events", "--json"],
        ["--database", database, "templates"],
    )
    assert [run["code"] for run in runs] == [0, 0, 0, 0, 0]
    assert [
        commands_loaded(run["added"]) & {"info", "export", "import_", "events"} for run in runs
    ] == [
        {"info"},
        {"export"},
        {"import_"},
        {"events"},
        set(),
    ]
    everything = [name for run in runs for name in run["added"]]
    assert "PySide6" not in families(everything)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], None),
        (["--demo"], None),
        (["info"], "info"),
        (["--database", "info", "export", "x.xlsx"], "export"),  # a file named "info"
        (["--data", "/tmp/a.sqlite", "--lang", "zh", "import", "f.csv"], "import"),
        (["--database=/tmp/a.sqlite", "check"], "check"),
        (["--lang", "en", "--version"], None),
    ],
)
def test_the_command_is_the_first_word_that_is_no_option_or_its_value(argv, command):
    assert chosen_command(argv) == command
