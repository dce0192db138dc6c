"""Screenshots of every area of the main window, in one language, at the default size.

    python bench/screenshots.py --lang zh --out bench/out/screens-zh

Opens the demo data (a fresh copy in a temporary folder unless --database is given),
so the pictures show what a new user sees. Runs offscreen; settings and log go to
the temporary folder, never to the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = (1280, 800)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="de", choices=["de", "en", "zh"])
    parser.add_argument("--out", default="bench/out/screenshots", help="folder for the PNGs")
    parser.add_argument("--database", help="an existing database (default: fresh demo data)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="isa-desk-shots-") as home:
        os.environ["ISA_DESK_HOME"] = home  # settings and log of this run stay here
        written = take(args.lang, out, args.database or demo_database(Path(home)))
    for path in written:
        print(path)
    return 0


def demo_database(folder: Path) -> str:
    from isa_desk.core.db.engine import Database
    from isa_desk.core.demo import dataset as demo

    path = folder / "demo.sqlite"
    db = Database.open(str(path))
    demo.fill(db)
    db.close()
    return str(path)


def take(language: str, out: Path, target: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from isa_desk import language as i18n
    from isa_desk.core.db.engine import Database
    from isa_desk.ui.shell.app import application, create_main_window
    from isa_desk.ui.shell.settings import Settings

    app = application()
    i18n.load(language)
    db = Database.open(target)
    window = create_main_window(db, Settings())
    window.resize(*SIZE)
    window.show()
    written = []
    for number, key in enumerate(window.area_keys(), start=1):
        window.show_area(key)
        area = window.current_list()
        if area is not None and area.model.rowCount():
            area.table.selectRow(0)  # a list with a chosen row, as in daily use
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{number:02d}-{key}-{language}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    db.close()
    app.processEvents()
    return written


if __name__ == "__main__":
    sys.exit(main())
