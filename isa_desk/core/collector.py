"""Pausing Python's cyclic garbage collector while many long-lived objects are made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection within: while modules load or thousands of rows are
    read or written, the objects made live on and hold few cycles, and the collector's
    passes over them every few thousand allocations cost more than the work itself (a
    sixth of loading SQLAlchemy). Reference counting still frees everything else."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
