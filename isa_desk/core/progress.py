"""Progress and cancellation of long operations (export, import, letters): one protocol for
the core, the command line and the window.

A long operation takes `progress: Progress | None` and calls `progress.step(done, total)`
as it goes (`total` 0 while it is not known yet); `step` and `check` raise `Cancelled`
once someone called `cancel()`, from any thread. The operation then takes back what it
had begun (a half file, an open transaction) and lets the error through.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from isa_desk.core.errors import Cancelled

__all__ = ["Cancelled", "Progress", "StepCallback", "or_silent"]

StepCallback = Callable[[int, int, str], None]  # (done, total, message)


class Progress:
    """Reports the steps of an operation to `on_step` and tells it when to stop."""

    def __init__(self, on_step: StepCallback | None = None):
        self._on_step = on_step
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next step; safe from any thread."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled when the operation was asked to stop."""
        if self._stop.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, message: str = "") -> None:
        """`done` of `total` finished; raises Cancelled when asked to stop."""
        self.check()
        if self._on_step is not None:
            self._on_step(done, total, message)

    def part(self, before: int, total: int) -> Progress:
        """The same progress for one part of the work: the part's steps are counted after
        the `before` steps done already, out of `total` for the whole; cancelling either
        one stops both."""
        whole = self

        def report(done: int, _part_total: int, message: str) -> None:
            whole.step(before + done, total, message)

        part = Progress(report)
        part._stop = self._stop
        return part


def or_silent(progress: Progress | None) -> Progress:
    """`progress`, or one that reports nowhere and is never cancelled."""
    return progress if progress is not None else Progress()
