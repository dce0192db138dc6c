"""Benchmark: 1,000 two-page mail-merge letters against a bare reportlab baseline.

    python bench/bench_letters.py [--letters 1000] [--out DIR]

The letters are merged from a template for 1,000 different (fictional) contacts and drawn
by the letters module into one PDF. The baseline draws the same text with nothing but
`canvas.drawString`, in the same embedded font, on the same number of pages. Both run in
this process, one after the other; the target is a ratio within 4.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from isa_desk.core.documents import fonts
from isa_desk.core.documents.letters import mailing, templates
from isa_desk.core.documents.letters.render import Renderer
from isa_desk.core.documents.letters.sender import Sender

TARGET = 4.0
GIVEN = ["Anna", "Jürgen", "Stefanie", "Björn", "Käthe", "Hans", "Lea", "Yi", "Wei", "Jing"]
FAMILY = ["Müller", "Schmidt", "Weber", "Becker", "Liu", "Wang", "Zhang", "Krüger", "Groß"]
POSITIONS = [
    "Oberbürgermeisterin",
    "Landrat",
    "Referentin",
    "Leiter Wirtschaftsförderung",
    "市长",
    "",
]
EXTRA = (
    "\n\nDie Chinesisch-Deutsche Industriestädteallianz (ISA) ist ein innovatives Bündnis "
    "von 48 leistungsstarken Industriestandorten und Städten mit industrienahen "
    "Dienstleistungen aus China und Deutschland. Ziel ist die effektive, schnelle und "
    "direkte Vernetzung von Unternehmen, Branchen und Forschungseinrichtungen. Bilaterale "
    "Innovationen und Investitionen werden gefördert."
) * 6


def contacts(count: int) -> list[SimpleNamespace]:
    town_hall = SimpleNamespace(
        name="Stadt Beispielstadt",
        name_zh="",
        street="Markt 1",
        postcode="12345",
        town="Beispielstadt",
        country="DE",
        member=SimpleNamespace(name="Beispielstadt", name_zh=""),
    )
    people = []
    for number in range(count):
        chinese = number % 4 == 3
        people.append(
            SimpleNamespace(
                id=number,
                gender=("female", "male", "unknown")[number % 3],
                title=("", "Dr.", "Prof. Dr.")[number % 3],
                position=POSITIONS[number % len(POSITIONS)],
                given_name=GIVEN[number % len(GIVEN)],
                family_name=f"{FAMILY[number % len(FAMILY)]}{number}",
                name_order="chinese" if chinese else "western",
                name_zh="刘毅" if chinese else "",
                department="",
                email="",
                street=f"Hauptstraße {number % 90 + 1}",
                postcode=f"{10000 + number:05d}",
                town="Berlin",
                country="DE",
                salutation_override="",
                organisation=town_hall,
                member=None,
            )
        )
    return people


def event() -> SimpleNamespace:
    return SimpleNamespace(
        title="10. Plenarversammlung der ISA",
        starts_at=dt.datetime(2021, 10, 15, 9),
        ends_at=dt.datetime(2021, 10, 15, 12),
        place="Online",
        registration_deadline=dt.date(2021, 10, 11),
        description="Fünfjähriges Jubiläum der ISA.",
    )


def run_letters(people, path: Path) -> tuple[float, int, list]:
    """The real thing: merge, salutation, address, layout, drawing."""
    builtin = templates.BUILTINS["einladung"]
    template = SimpleNamespace(key="einladung", **{**builtin, "body": builtin["body"] + EXTRA})
    sender, day, happening = Sender(), dt.date(2021, 9, 30), event()
    start = time.perf_counter()
    letters = [mailing.make_letter(p, template, sender, day, happening) for p in people]
    pages = Renderer(sender).write(letters, path, len(letters))
    return time.perf_counter() - start, pages, letters


def run_baseline(letters, pages_per_letter: int, path: Path) -> float:
    """The same text with canvas.drawString only, the same pages, the same embedded font."""
    fonts.register()
    sender = Sender()
    fixed = [
        sender.letterhead_title,
        sender.organisation,
        sender.return_line,
        sender.contact_person,
        sender.phone,
        sender.fax,
        sender.email,
        f"{sender.street}, {sender.postcode} {sender.town}",
        sender.web,
        sender.footer,
    ]
    start = time.perf_counter()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    for letter in letters:
        text = [*letter.address, letter.subject, letter.salutation]
        for paragraph in letter.body.split("\n"):
            text += textwrap.wrap(paragraph, 95) or [""]
        text += [letter.closing, letter.signature_name, letter.signature_function]
        per_page = -(-len(text) // pages_per_letter)
        for page in range(pages_per_letter):
            canvas.setFont(fonts.REGULAR, 10)
            y = 800
            for line in fixed:
                canvas.drawString(70, y, line)
                y -= 12
            for line in text[page * per_page : (page + 1) * per_page]:
                canvas.drawString(70, y, line)
                y -= 13
            canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="isa-bench-letters-"))
    folder.mkdir(parents=True, exist_ok=True)
    people = contacts(args.letters)
    fonts.register()  # loading the fonts is the same for both: not part of either time
    seconds, pages, letters = run_letters(people, folder / "letters.pdf")
    per_letter = pages // len(letters)
    if per_letter * len(letters) != pages:
        print(f"warning: {pages} pages for {len(letters)} letters, not the same for each")
    baseline = run_baseline(letters, per_letter, folder / "baseline.pdf")
    ratio = seconds / baseline
    print(
        f"letters:  {len(letters)} letters, {pages} pages in {seconds:.2f} s "
        f"({seconds / len(letters) * 1000:.1f} ms a letter)"
    )
    print(f"baseline: {pages} pages with canvas.drawString in {baseline:.2f} s")
    print(
        f"ratio:    {ratio:.2f} (target: within {TARGET:.0f}) -> "
        f"{'OK' if ratio <= TARGET else 'TOO SLOW'}"
    )
    print(f"files:    {folder}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
