"""The test suite; its folders mirror isa_desk/ (core/, ui/, cli/) plus packaging/."""

import datetime as dt
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout
DATA = ROOT / "tests" / "data"  # stored databases of released schemas
DEMO_TODAY = dt.date(2021, 9, 30)  # the day the fixed demo data is made relative to


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a closed database file, for one test to change."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
