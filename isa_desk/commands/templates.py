"""`isa-desk templates`: the letter templates' keys, languages and names."""

from __future__ import annotations

import argparse

from isa_desk.commands.common import open_database
from isa_desk.core.documents.letters import templates
from isa_desk.core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "templates",
        description=translate(
            "Cli",
            "Lists the keys of the letter templates (for "
            "isa-desk letters --template), with language and name.",
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.target)
    try:
        rows = templates.all_templates(db)
        width = max(len(row.key) for row in rows)
        for row in rows:
            marker = "" if row.builtin else " *"
            print(f"{row.key:<{width}}  {row.language.value}  {row.name}{marker}")
        if any(not row.builtin for row in rows):
            print(translate("Cli", "* written by the office"))
    finally:
        db.close()
    return 0
