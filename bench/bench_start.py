"""How fast ISA Desk starts, whole processes, each beside a bare baseline in the same run.

    python bench/bench_start.py [--runs 7]

- `isa-desk --version` against `python -c "import argparse, sqlalchemy"`: the command line
  parses its arguments before it loads what a command needs. Goal: within 1.2x.
- the window opened on the demo database and closed as soon as it is shown
  (ISA_DESK_QUIT_AFTER_MS=0) against a bare PySide6 QMainWindow shown and closed the
  same way. Goal: within 3x.
- `isa-desk info` on the demo database, beside the same bare baseline as --version
  (no goal: it opens the database and counts).
- the window until it shows the database: the overview with its figures read (no goal;
  the program run by a small driver that closes the window once `fill()` has run).

The window shows its frame first and opens the database after the first paint, so the
window figure ends before the database layer is loaded; the last figure is the whole start.

Each figure is the median of --runs runs after one run that is not counted (the first
makes the demo database and the day's backup in a private home folder). Offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import figure

BARE_CLI = "import argparse, sqlalchemy"
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "QTimer.singleShot(0, window.close)\n"
    "sys.exit(app.exec())\n"
)


FILLED = (
    "import sys\n"
    "from isa_desk.ui.shell import main_window\n"
    "fill = main_window.MainWindow.fill\n"
    "def fill_then_close(window):\n"
    "    fill(window)\n"
    "    window.close()\n"
    "main_window.MainWindow.fill = fill_then_close\n"
    "from isa_desk.cli import main\n"
    "sys.exit(main(['--demo']))\n"
)


def program() -> list[str]:
    """The installed `isa-desk` script beside this Python, else the package as a module."""
    script = Path(sys.executable).parent / "isa-desk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "isa_desk"]


def seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    """The median wall time of `command`, after one run that is not counted."""
    times = []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        if attempt:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="isa-desk-bench-start-") as home:
        env = {
            **os.environ,
            "ISA_DESK_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        env.pop("ISA_DESK_DATABASE", None)
        bare_cli = seconds([sys.executable, "-c", BARE_CLI], env, args.runs)
        version = seconds([*program(), "--version"], env, args.runs)
        figure(
            "isa-desk --version",
            version,
            "s",
            baseline=bare_cli,
            baseline_what="python with argparse + SQLAlchemy imported",
            goal=1.2,
        )
        info = seconds([*program(), "--demo", "info"], env, args.runs)
        figure(
            "isa-desk --demo info",
            info,
            "s",
            baseline=bare_cli,
            baseline_what="python with argparse + SQLAlchemy imported",
        )
        bare_window = seconds([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        window_env = {**env, "ISA_DESK_QUIT_AFTER_MS": "0"}
        window = seconds([*program(), "--demo"], window_env, args.runs)
        figure(
            "window open on the demo database, then closed",
            window,
            "s",
            baseline=bare_window,
            baseline_what="bare PySide6 QMainWindow shown and closed",
            goal=3.0,
        )
        filled = seconds([sys.executable, "-c", FILLED], env, args.runs)
        figure(
            "window showing the demo database's overview, then closed",
            filled,
            "s",
            baseline=bare_window,
            baseline_what="bare PySide6 QMainWindow shown and closed",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
