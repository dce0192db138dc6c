"""Another program holding a lock on a database: the window's presence on a database file
(a second ISA Desk window) or a run lock (a mailing being sent on another computer). A
process of its own, since a lock of this process is not what another program holds."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests import ROOT

HOLD = """
import sys
from pathlib import Path
if sys.argv[1] == "presence":
    from isa_desk.core.db import presence
    held = presence.take(Path(sys.argv[2]))
    print("held" if held.held else "not held", flush=True)
else:
    from isa_desk.core.db import locks
    from isa_desk.core.db.engine import Database
    db = Database.open(sys.argv[2])
    held = locks.RunLock(db, sys.argv[1])
    held.acquire(int(sys.argv[3]))
    print("held", flush=True)
sys.stdin.read()  # until the test closes the pipe (a normal end) or kills the process
held.release()
"""


@contextmanager
def held_elsewhere(database: Path) -> Iterator[subprocess.Popen]:
    """Another process holding the presence on the file `database` while the block runs
    (killed at its end, if the block has not ended it)."""
    with _holding("presence", str(database)) as process:
        yield process


@contextmanager
def run_elsewhere(target: str, kind: str, number: int) -> Iterator[subprocess.Popen]:
    """Another process holding the run lock (`kind`, `number`) of the database `target`
    while the block runs; killed at its end if the block has not ended it."""
    with _holding(kind, target, str(number)) as process:
        yield process


@contextmanager
def _holding(*arguments: str) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, *arguments],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
