"""`isa-desk import contacts|members FILE`: a received list (a workbook, a CSV file, or
contacts as a vCard file) into the database.

Exit codes: 0 imported (or a clean dry run); 1 rows failed validation and nothing was
written; 2 the file cannot be read or no column is recognised.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from isa_desk.commands.common import open_database
from isa_desk.core.exchange.importing import encoding, importer, mappings, separators
from isa_desk.core.exchange.importing.plan import POLICIES, SKIP, Result
from isa_desk.core.exchange.importing.read import CsvSource, ReadError, open_source
from isa_desk.core.exchange.vcard.source import VcardSource, refuse_members
from isa_desk.core.files import database_files
from isa_desk.core.i18n import translate

VALIDATION_FAILED = 1
UNREADABLE = 2


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        description=translate(
            "Cli",
            "Reads contacts or members from an Excel workbook (.xlsx, .xls), an OpenDocument "
            "spreadsheet (.ods) or a CSV file, or "
            "contacts from a vCard file (.vcf, one or many cards), checks every row and "
            "writes them in one step that can be undone in the window. "
            "With any error nothing is written, unless --skip-invalid is given. Exit codes: "
            "0 done, 1 rows failed validation (nothing written), 2 the file cannot be read "
            "or no column is recognised.",
        ),
    )
    parser.add_argument("list", choices=("contacts", "members"), metavar="contacts|members")
    parser.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    parser.add_argument(
        "--sheet",
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "the sheet to read (default: the first)"),
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar=translate("Cli", "ENCODING"),
        help=translate(
            "Cli",
            "the encoding of a CSV file: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (also "
            "for GBK), big5, or utf-8+cp1252 for lines in either (default: found from the file)",
        ),
    )
    parser.add_argument(
        "--separator",
        type=_separator,
        metavar=translate("Cli", "SEPARATOR"),
        help=translate(
            "Cli",
            "the separator of a CSV file: semicolon, comma, tab or pipe, or the character "
            "itself (default: found from the file)",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check and count only, write nothing"),
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("Cli", "import the valid rows even if others have errors"),
    )
    parser.add_argument(
        "--on-duplicate",
        choices=POLICIES,
        default=SKIP,
        help=translate(
            "Cli",
            "what to do with a row that matches an existing "
            "record: skip it (default), update the record, or fill "
            "only its empty fields",
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "a column mapping saved in the window"),
    )
    parser.add_argument(
        "--errors-file",
        type=Path,
        metavar=translate("Cli", "FILE.xlsx"),
        help=translate("Cli", "save the rows with errors, with their messages, as a workbook"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the result as JSON")
    )
    parser.set_defaults(run=run)


def _encoding(text: str) -> str:
    found = encoding.known(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            translate("Cli", "unknown encoding “{name}” (choose one of: {choices})").format(
                name=text, choices=", ".join(encoding.CHOICES)
            )
        )
    return found


def _separator(text: str) -> str:
    found = separators.known(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "unknown separator “{name}” (choose semicolon, comma, tab or pipe)"
            ).format(name=text)
        )
    return found


def run(args: argparse.Namespace) -> int:
    db = open_database(args.target, must_exist=True)
    try:
        try:
            source = open_source(
                args.file, args.sheet, encoding=args.encoding, separator=args.separator
            )
            if isinstance(source, CsvSource | VcardSource):  # on standard error beside JSON
                print(
                    f"{args.file.name}: {source.reading()}",
                    file=sys.stderr if args.json else sys.stdout,
                )
            refuse_members(source, args.list)
            mapping = None
            if args.mapping:
                _kind, pairs = mappings.load(db, args.mapping)
                header, _found = importer.find_header(source, args.list)
                mapping = mappings.apply(pairs, importer.headers_of(header))
            plan = importer.analyse(db, source, args.list, mapping)
        except ReadError as error:
            return _unreadable(args, str(error))
        result = importer.run(db, plan, args.on_duplicate, args.skip_invalid, args.dry_run)
        if args.errors_file and plan.invalid_rows():
            from isa_desk.core.exchange.importing.error_rows import write_error_rows

            write_error_rows(plan, args.errors_file, database_files(db))
    finally:
        db.close()
    _report(args, plan, result)
    if result.errors and (not args.skip_invalid or len(plan.invalid_rows()) == len(plan.rows)):
        return VALIDATION_FAILED  # nothing was (or, in a dry run, would be) written
    return 0


def _unreadable(args: argparse.Namespace, message: str) -> int:
    if args.json:
        result = Result()
        print(
            json.dumps(
                {**result.as_json(), "errors": [{"row": None, "column": None, "message": message}]},
                ensure_ascii=False,
            )
        )
    print(message, file=sys.stderr)
    return UNREADABLE


def _report(args: argparse.Namespace, plan, result: Result) -> None:
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return
    name = args.file.name
    for problem in plan.errors() + plan.warnings():
        print(f"{name}: {problem.text()}", file=sys.stderr)
    if result.errors and not args.skip_invalid:
        print(
            translate(
                "Cli",
                "{file}: nothing was imported, {count} rows have errors. Correct them, or "
                "import the valid rows with --skip-invalid.",
            ).format(file=name, count=len(plan.invalid_rows()))
        )
        return
    print(
        translate(
            "Cli",
            "{file}: {created} created, {updated} updated, {skipped} skipped, "
            "{duplicates} duplicates.",
        ).format(
            file=name,
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            duplicates=result.duplicates,
        )
    )
    if args.dry_run:
        print(translate("Cli", "Dry run: nothing was written."))
    elif plan.new_organisations and plan.list_name == "contacts":
        print(
            translate("Cli", "New organisations: {names}").format(
                names=", ".join(plan.new_organisations)
            )
        )
