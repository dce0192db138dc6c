"""One line per figure of the speed table, printed by each benchmark and gathered by run_all.

    from figures import figure
    figure("isa-desk --version", 0.41, "s", baseline=0.39, goal=1.2)

`goal` is the largest ratio to the baseline that counts as met; `limit` instead is an
absolute ceiling (e.g. 300 MB of memory, 16 ms a page). Each figure is printed at once and,
when run_all started the benchmark, appended to the file it names in BENCH_FIGURES (JSON
lines), so that run_all can print the whole table at the end.
"""

from __future__ import annotations

import json
import os

FIGURES_ENV = "BENCH_FIGURES"


def figure(
    what: str,
    value: float,
    unit: str,
    baseline: float | None = None,
    baseline_what: str = "",
    goal: float | None = None,
    limit: float | None = None,
) -> bool:
    """Print one figure beside its baseline; returns whether it met its goal."""
    ratio = value / baseline if baseline else None
    met = True
    if goal is not None and ratio is not None:
        met = ratio <= goal
    if limit is not None:
        met = met and value <= limit
    row = {
        "what": what,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_what": baseline_what,
        "ratio": ratio,
        "goal": goal,
        "limit": limit,
        "met": met,
    }
    print(line(row), flush=True)
    path = os.environ.get(FIGURES_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return met


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def line(row: dict) -> str:
    goal = []
    if row["goal"] is not None:
        goal.append(f"≤ {row['goal']:g}×")
    if row["limit"] is not None:
        goal.append(f"≤ {amount(row['limit'], row['unit'])}")
    ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "—"
    baseline = amount(row["baseline"], row["unit"])
    if row["baseline_what"]:
        baseline += f" ({row['baseline_what']})"
    verdict = "met" if row["met"] else "MISSED"
    return (
        f"{row['what']}: {amount(row['value'], row['unit'])} | bare {baseline} | {ratio} | "
        f"goal {' and '.join(goal) or '—'} | {verdict}"
    )
