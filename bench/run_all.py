"""Run every benchmark in bench/ (bench_*.py), one after another, offscreen.

    python bench/run_all.py [--only NAME ...]

Each runs in its own process (so that one's memory peak is not another's) with its
default arguments; their figures are printed as they come, and at the end all of them
again as one table (bench/figures.py): each beside its bare baseline, with its goal and
whether it was met. Exits 1 when a benchmark failed or a goal was missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import FIGURES_ENV, line

HERE = Path(__file__).resolve().parent


def benchmarks(only: list[str] | None = None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [path for path in found if path.stem in only or path.name in only]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run only these, e.g. bench_lists")
    args = parser.parse_args(argv)
    gathered = Path(tempfile.mkstemp(prefix="isa-desk-figures-", suffix=".jsonl")[1])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        FIGURES_ENV: str(gathered),
    }
    failed = []
    for path in benchmarks(args.only):
        print(f"== {path.name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(path)], cwd=HERE.parent, env=env)
        seconds = time.perf_counter() - started
        print(
            f"== {path.name}: {'done' if result.returncode == 0 else 'FAILED'} "
            f"in {seconds:.0f} s\n",
            flush=True,
        )
        if result.returncode != 0:
            failed.append(path.name)
    rows = [json.loads(text) for text in gathered.read_text(encoding="utf-8").splitlines()]
    gathered.unlink()
    print("== every figure, beside its bare baseline in the same run")
    for row in rows:
        print(line(row))
    missed = [row["what"] for row in rows if not row["met"]]
    if missed:
        print("missed: " + "; ".join(missed))
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
