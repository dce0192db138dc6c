"""Kill ISA Desk at random moments of long work and check that nothing is half-done.

    python bench/crash.py [--runs 20] [--only creation import letters export backup]

The work runs on the demo data plus 20,000 generated contacts. Each kind runs once
undisturbed to time it (T, the bare figure), then `--runs`
times killed with SIGKILL at a random moment between 0.3 T and T. After every kill:

- the database passes SQLite's integrity check and the program opens it again;
- creation: the database is absent or whole (at the current schema revision);
- import: all the list's contacts are in, or none;
- letters with --split (the demo database): all PDFs and all letter activities, or
  none of either;
- export: the workbook is absent or whole (every contact), and the private temp folder
  holds nothing;
- backup: the backup is absent or whole (integrity ok, the same contacts).

Hidden temporary files (".~…") a kill may leave in an output folder are counted. Exits 1
when an invariant failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from openpyxl import Workbook, load_workbook

from isa_desk.core.db.engine import Database
from isa_desk.core.db.schema import head_revision

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path], list[str]]  # a fresh work folder -> the command's arguments
    check: Callable[[Path, dict], str | None]  # folder, state before -> a failure or None
    state: Callable[[Path], dict] = field(default=lambda _folder: {})


def count(database: Path, sql: str) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def integrity(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def opens(database: Path) -> str | None:
    try:
        Database.open(str(database)).close()
    except Exception as error:  # the figure to report, whatever it is
        return f"does not open again: {error}"
    return None


def database_ok(database: Path) -> str | None:
    if not database.exists():
        return "the database is gone"
    verdict = integrity(database)
    return f"integrity check: {verdict}" if verdict != "ok" else opens(database)


# the work -------------------------------------------------------------------------------

BASE: dict[str, Path] = {}
CONTACTS = "SELECT count(*) FROM contact"
LETTERS = "SELECT count(*) FROM activity WHERE kind = 'letter'"


def base_databases(scratch: Path) -> None:
    """The demo data, and the demo data plus 20,000 generated contacts, made once."""
    BASE["demo"] = scratch / "demo.sqlite"
    run(["--database", str(BASE["demo"]), "demo"], check=True)
    BASE["big"] = scratch / "big.sqlite"
    generate(BASE["big"], contact_count=20_000, organisation_count=2_000, member_count=200)
    run(["--database", str(BASE["big"]), "demo"], check=True)


def copy_base(folder: Path, kind: str = "big") -> Path:
    database = folder / "office.sqlite"
    shutil.copy(BASE[kind], database)
    return database


def import_list(scratch: Path, rows: int = 5_000) -> Path:
    if "list" not in BASE:
        book = Workbook()
        sheet = book.active
        sheet.append(["Nachname", "Vorname", "E-Mail", "Organisation", "Ort", "Land"])
        for number in range(rows):
            sheet.append(
                [f"Absturz{number}", "Anna", f"a{number}@example.de", "Stadt Köln", "Köln", "DE"]
            )
        BASE["list"] = scratch / "liste.xlsx"
        book.save(BASE["list"])
    return BASE["list"]


def creation() -> Scenario:
    def prepare(folder: Path) -> list[str]:
        return ["--database", str(folder / "new.sqlite"), "init"]

    def check(folder: Path, _before: dict) -> str | None:
        database = folder / "new.sqlite"
        if database.exists():
            revision = count(database, "SELECT count(*) FROM alembic_version")
            if revision != 1 or integrity(database) != "ok":
                return "a half-built database under the final name"
        return opens(database)

    return Scenario("creation", prepare, check)


def importing(scratch: Path) -> Scenario:
    source = import_list(scratch)

    def prepare(folder: Path) -> list[str]:
        return ["--database", str(copy_base(folder)), "import", "contacts", str(source)]

    def state(folder: Path) -> dict:
        return {"contacts": count(folder / "office.sqlite", CONTACTS)}

    def check(folder: Path, before: dict) -> str | None:
        database = folder / "office.sqlite"
        failure = database_ok(database)
        if failure:
            return failure
        added = count(database, CONTACTS) - before["contacts"]
        return None if added in (0, 5_000) else f"a half import: {added} of 5,000 contacts"

    return Scenario("import", prepare, check, state)


def letters() -> Scenario:
    def prepare(folder: Path) -> list[str]:
        database = copy_base(folder, "demo")  # 152 contacts, about 130 letters
        split = str(folder / "briefe")
        return [
            "--database",
            str(database),
            "letters",
            "--template",
            "brief",
            "--all",
            "--split",
            split,
        ]

    def state(folder: Path) -> dict:
        return {"letters": count(folder / "office.sqlite", LETTERS)}

    def check(folder: Path, before: dict) -> str | None:
        database = folder / "office.sqlite"
        failure = database_ok(database)
        if failure:
            return failure
        recorded = count(database, LETTERS) - before["letters"]
        split = folder / "briefe"
        files = list(split.glob("*.pdf")) if split.exists() else []
        if recorded == len(files):
            return None
        return f"{len(files)} PDFs beside {recorded} recorded letters"

    return Scenario("letters", prepare, check, state)


def exporting() -> Scenario:
    def prepare(folder: Path) -> list[str]:
        return ["--database", str(copy_base(folder)), "export", "contacts", str(folder / "k.xlsx")]

    def check(folder: Path, _before: dict) -> str | None:
        workbook = folder / "k.xlsx"
        if any((folder / "tmp").iterdir()):
            return "files left in the temp folder"
        if workbook.exists():
            book = load_workbook(workbook, read_only=True)
            rows = sum(1 for _row in book.active.iter_rows(values_only=True))
            book.close()
            expected = count(folder / "office.sqlite", CONTACTS) + 1
            if rows != expected:
                return f"a half workbook: {rows} of {expected} rows"
        return database_ok(folder / "office.sqlite")

    return Scenario("export", prepare, check)


def backup() -> Scenario:
    def prepare(folder: Path) -> list[str]:
        return ["--database", str(copy_base(folder)), "backup", str(folder / "copy.sqlite")]

    def check(folder: Path, _before: dict) -> str | None:
        copy = folder / "copy.sqlite"
        if copy.exists():
            if integrity(copy) != "ok":
                return "a damaged backup under the final name"
            if count(copy, CONTACTS) != count(folder / "office.sqlite", CONTACTS):
                return "a backup with other contacts"
        return database_ok(folder / "office.sqlite")

    return Scenario("backup", prepare, check)


# running --------------------------------------------------------------------------------


def environment(folder: Path) -> dict[str, str]:
    private = folder / "tmp"
    private.mkdir(exist_ok=True)
    return {
        **os.environ,
        "ISA_DESK_HOME": str(folder / "home"),
        "TMPDIR": str(private),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(arguments: list[str], check: bool = False, folder: Path | None = None):
    command = [sys.executable, "-m", "isa_desk", *arguments]
    env = environment(folder) if folder else None
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=check)


def timed(scenario: Scenario, folder: Path) -> float:
    arguments = scenario.prepare(folder)
    started = time.perf_counter()
    done = run(arguments, folder=folder)
    if done.returncode != 0:
        raise SystemExit(f"{scenario.name} failed undisturbed: {done.stderr.decode()}")
    return time.perf_counter() - started


def killed(arguments: list[str], folder: Path, moment: float) -> bool:
    """Run and kill after `moment` seconds; True when the kill came before the end."""
    child = subprocess.Popen(
        [sys.executable, "-m", "isa_desk", *arguments],
        cwd=ROOT,
        env=environment(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        child.wait(timeout=moment)
        return False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        return True


def trial_all(scenario: Scenario, scratch: Path, runs: int, rng: random.Random) -> bool:
    whole = scratch / f"{scenario.name}-timing"
    whole.mkdir()
    duration = timed(scenario, whole)
    failures, kills, leftovers = [], 0, 0
    for number in range(runs):
        folder = scratch / f"{scenario.name}-{number}"
        folder.mkdir()
        arguments = scenario.prepare(folder)
        before = scenario.state(folder)
        kills += killed(arguments, folder, rng.uniform(0.3, 1.0) * duration)
        leftovers += sum(1 for path in folder.rglob(".~*") if "home" not in path.parts)
        failure = scenario.check(folder, before)
        if failure:
            failures.append(f"run {number}: {failure}")
    print(
        f"{scenario.name:9} undisturbed {duration:5.2f} s | {runs} runs, {kills} killed before "
        f"the end, {len(failures)} failed, {leftovers} hidden temporary files left"
    )
    for failure in failures:
        print(f"    {failure}")
    return not failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"schema {head_revision()}; kill -9 at a random moment between 0.3 T and T")
    with tempfile.TemporaryDirectory(prefix="isa-crash-") as scratch_name:
        scratch = Path(scratch_name)
        base_databases(scratch)
        scenarios = [creation(), importing(scratch), letters(), exporting(), backup()]
        chosen = [s for s in scenarios if not args.only or s.name in args.only]
        results = [trial_all(scenario, scratch, args.runs, rng) for scenario in chosen]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
