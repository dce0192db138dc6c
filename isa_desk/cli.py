"""The `isa-desk` command: without a subcommand it opens the window, subcommands script
the office's work (see isa_desk/commands/).

Every message goes through the translations; bad input ends with one line on stderr
and exit code 2, never with a traceback. The start is lazy: the arguments are parsed
before anything a command needs is imported, only the chosen command's module is loaded,
and no Qt module is loaded unless the window opens.
"""

from __future__ import annotations

import argparse
import gc
import sys
from importlib import import_module

from isa_desk import __version__
from isa_desk.commands import commands
from isa_desk.core import catalogues, collector
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

PROGRAM = "isa-desk"
USAGE_ERROR = 2


class Parser(argparse.ArgumentParser):
    """Reports a usage error as a single line instead of usage text plus message."""

    def error(self, message: str):
        hint = translate("Cli", "See {command}.").format(command=f"{PROGRAM} --help")
        self.exit(USAGE_ERROR, f"{self.prog}: {message}. {hint}\n")


def chosen_language(argv: list[str]) -> str | None:
    """--lang, read before the full parser is built so that its help is translated too."""
    early = Parser(prog=PROGRAM, add_help=False)
    early.add_argument("--lang")
    known, _rest = early.parse_known_args(argv)
    catalogues.load(known.lang)
    if known.lang is not None and known.lang not in catalogues.LANGUAGES:
        message = translate("Cli", "{command}: unknown language {language}: choose de, en or zh.")
        early.exit(USAGE_ERROR, message.format(command=PROGRAM, language=known.lang) + "\n")
    return known.lang


# the options before a command that take a value: what follows them is not the command
VALUE_OPTIONS = ("--database", "--lang")


def chosen_command(argv: list[str]) -> str | None:
    """The first word of `argv` that is not an option or an option's value."""
    after_option = False
    for word in argv:
        if after_option:
            after_option = False
        elif word.startswith("-"):
            # "--database PATH" and its abbreviations ("--data PATH"); not "--database=PATH"
            after_option = len(word) > 2 and any(o.startswith(word) for o in VALUE_OPTIONS)
        else:
            return word
    return None


class CommandParsers:
    """What a command's module registers with: adds the help line of each of its commands."""

    def __init__(self, subparsers, lines: dict[str, str]):
        self.subparsers = subparsers
        self.lines = lines

    def add_parser(self, name: str, **options) -> argparse.ArgumentParser:
        options.setdefault("help", self.lines[name])
        return self.subparsers.add_parser(name, **options)


def add_commands(subparsers, chosen: str | None) -> None:
    """The chosen command's module registers its parsers; every other command is only a
    name with its help line, so that its module is not imported."""
    listed = commands()
    lines = {command.name: command.help for command in listed}
    wanted = {c.module for c in listed if c.name == chosen}
    registered: set[str] = set()
    for command in listed:
        if command.module not in wanted:
            subparsers.add_parser(command.name, help=command.help)
        elif command.module not in registered:
            registered.add(command.module)
            module = import_module(f"isa_desk.commands.{command.module}")
            module.register(CommandParsers(subparsers, lines))


def build_parser(argv: list[str] | None = None) -> Parser:
    parser = Parser(
        prog=PROGRAM,
        description=translate(
            "Cli",
            "Contacts, members, inquiries and events of the ISA "
            "office. Without a command the window opens.",
        ),
    )
    parser.add_argument(
        "--database",
        metavar=translate("Cli", "PATH_OR_URL"),
        help=translate(
            "Cli",
            "the database file or an SQLAlchemy URL "
            "(default: $ISA_DESK_DATABASE, then the file in the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", metavar="de|en|zh", help=translate("Cli", "language of the program (default: de)")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "use the separate demo database, filled with demo data on first use"),
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), title=translate("Cli", "commands")
    )
    add_commands(subparsers, chosen_command(argv or []))
    parser.set_defaults(run=None)
    return parser


def open_window(args: argparse.Namespace) -> int:
    from isa_desk.ui.shell.app import run_gui  # Qt widgets only when the window is wanted

    return run_gui(args.target, args.lang, demo=args.demo)


def run_command(args: argparse.Namespace) -> int:
    """The chosen command, or the window; a database error mid-way is one line."""
    from isa_desk.core.paths import database_target

    args.target = database_target(args.database, args.demo)
    if args.run is None:  # the window shows itself before the database layer loads
        return open_window(args)
    with collector.paused():
        from sqlalchemy.exc import DBAPIError

        from isa_desk.core.db.engine import describe_operational_error

    try:
        if args.demo:
            from isa_desk.commands.common import fill_demo_when_empty

            fill_demo_when_empty(args.target)
        return args.run(args)
    except DBAPIError as error:  # a file locked mid-way, a lost server, a missing right
        print(describe_operational_error(error, args.target), file=sys.stderr)
        return USAGE_ERROR


def program() -> int:
    """The `isa-desk` program: `main`, then the end of the process without the collector's
    last pass over every object it made (a quarter of a second after an import of
    thousands of rows); everything was closed by then, and the objects go with it."""
    code = main()
    gc.freeze()
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show Chinese
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        with collector.paused():  # the chosen command's modules load meanwhile
            chosen_language(argv)
            args = build_parser(argv).parse_args(argv)
    except SystemExit as stop:  # --help, --version or a usage error
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    try:
        return run_command(args)
    except IsaDeskError as error:
        print(error, file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading
        sys.stderr.close()
        return 0
    except OSError as error:  # the user data folder cannot be made, e.g. ISA_DESK_HOME is a file
        print(
            translate(
                "Cli",
                "ISA Desk cannot use {path}: {reason}. Choose another folder "
                "with ISA_DESK_HOME or a database with --database.",
            ).format(path=error.filename, reason=error.strerror or error),
            file=sys.stderr,
        )
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
