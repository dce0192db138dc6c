"""The test suite; its folders mirror isa_desk/ (core/, ui/, cli/) plus packaging/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout
DATA = ROOT / "tests" / "data"  # stored databases of released schemas
