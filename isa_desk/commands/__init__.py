"""The subcommands of `isa-desk`.

Each module has `register(subparsers)`, which adds its parser and sets `run(args) -> int`
as the parser's default; `args.target` holds the resolved database. A new command is a
new module listed in COMMANDS.
"""

from isa_desk.commands import (
    backup,
    check,
    demo,
    events,
    export,
    import_,
    info,
    init,
    inquiries,
    letters,
    mail,
    privacy,
    restore,
    templates,
    transfer,
)

COMMANDS = (
    init,
    demo,
    info,
    inquiries,
    letters,
    mail,
    templates,
    export,
    import_,
    events,
    backup,
    restore,
    check,
    transfer,
    privacy,
)
