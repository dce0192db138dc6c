"""The subcommands of `isa-desk`: each command's name, the module that defines it and its
line in the program's help.

Each module has `register(subparsers)`, which adds the parser of its commands (their help
lines come from here) and sets `run(args) -> int` as the parser's default; `args.target`
holds the resolved database. Only the chosen command's module is imported, so a command
loads what it needs and nothing else, and `isa-desk --help` loads none. A new command is
a new module with a line here.
"""

from __future__ import annotations

from typing import NamedTuple

from isa_desk.core.i18n import translate


class Command(NamedTuple):
    name: str
    module: str  # in isa_desk.commands
    help: str


def commands() -> list[Command]:
    """Every command in the order of the help, its line in the loaded language."""
    return [
        Command("init", "init", translate("Cli", "create an empty database")),
        Command(
            "demo", "demo", translate("Cli", "fill or refresh the database with the demo data")
        ),
        Command(
            "info",
            "info",
            translate("Cli", "show the database location, schema revision and counts"),
        ),
        Command(
            "inquiries",
            "inquiries",
            translate("Cli", "list the membership inquiries and what is due"),
        ),
        Command("letters", "letters", translate("Cli", "make mail-merge letters as PDF")),
        Command(
            "mail", "mail", translate("Cli", "send a letter template by e-mail to each recipient")
        ),
        Command("templates", "templates", translate("Cli", "list the letter templates")),
        Command(
            "export",
            "export",
            translate(
                "Cli", "export a list as an Excel workbook, contacts also as vCards or for Outlook"
            ),
        ),
        Command(
            "import",
            "import_",
            translate("Cli", "import contacts or members from a workbook, CSV or vCard file"),
        ),
        Command(
            "events", "events", translate("Cli", "list the events with their participant counts")
        ),
        Command("badges", "events", translate("Cli", "name badges of an event as PDF")),
        Command("attendance", "events", translate("Cli", "the attendance list of an event as PDF")),
        Command("backup", "backup", translate("Cli", "make a checked copy of the database file")),
        Command("restore", "restore", translate("Cli", "replace the database with a backup")),
        Command("check", "check", translate("Cli", "check the database file for damage")),
        Command(
            "transfer",
            "transfer",
            translate("Cli", "copy the whole database into an empty database on a server"),
        ),
        Command("privacy", "privacy", translate("Cli", "export or erase one person's data (GDPR)")),
    ]
