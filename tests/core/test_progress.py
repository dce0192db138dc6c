"""The progress of long operations: steps reported, cancellation from outside, parts of
the work counted in the whole."""

from __future__ import annotations

import pytest

from isa_desk.core.errors import Cancelled, IsaDeskError
from isa_desk.core.progress import Progress, or_silent


def test_steps_are_reported_until_cancelled():
    seen = []
    progress = Progress(lambda done, total, message: seen.append((done, total, message)))
    progress.step(1, 3, "first")
    progress.step(2, 3)
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.step(3, 3)
    with pytest.raises(Cancelled):
        progress.check()
    assert seen == [(1, 3, "first"), (2, 3, "")]


def test_cancelled_is_a_user_message():
    assert isinstance(Cancelled(), IsaDeskError) and str(Cancelled()) == "Cancelled."


def test_a_part_counts_in_the_whole_and_shares_the_cancel():
    seen = []
    whole = Progress(lambda done, total, _message: seen.append((done, total)))
    part = whole.part(10, 30)
    part.step(1, 10)
    part.step(2, 10)
    assert seen == [(11, 30), (12, 30)]
    whole.cancel()
    assert part.cancelled
    with pytest.raises(Cancelled):
        part.step(3, 10)


def test_or_silent():
    progress = Progress()
    assert or_silent(progress) is progress
    silent = or_silent(None)
    silent.step(1, 1)
    assert not silent.cancelled
