"""The team server at start: the window opens the database it had last, when that was
the team's server (and the program was started without naming another database).

The settings keep the connection without the password; the password comes from the
password store. When the server cannot be opened that way (no password stored, a wrong
one, the server not reachable), the connect dialog asks, with the reason; cancelled,
the program opens its own database file.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from isa_desk.core import paths
from isa_desk.core.db.engine import Database, describe_operational_error
from isa_desk.core.errors import DatabaseError, IsaDeskError, ValidationError
from isa_desk.ui.common import errors


def remember(settings, target: str) -> None:
    """The window opened `target`: a server is opened again at the next start, a file
    is not (the program starts with its own database, or the one named)."""
    from isa_desk.core.db.server_login import ServerLogin  # the password store with it

    try:
        login = ServerLogin.from_url(target)
    except ValidationError:
        settings.set_team_server_at_start(False)
        return
    settings.set_team_server(login)
    settings.set_team_server_at_start(True)


def open_server(target: str) -> Database:
    """The database at `target` opened; DatabaseError with one line when it cannot be."""
    from isa_desk.core.db.server_login import one_line

    try:
        return Database.open(target)
    except IsaDeskError as error:
        raise DatabaseError(one_line(str(error))) from error
    except SQLAlchemyError as error:
        raise DatabaseError(one_line(describe_operational_error(error, target))) from error


def open_at_start(settings, target: str) -> Database | None:
    """The team server, when it was used last and `target` is the default database (no
    other was named); None when it is not wanted or the user gave up on it."""
    if target != str(paths.default_database_path()) or not settings.team_server_at_start():
        return None
    login = settings.team_server()
    if login is None:
        return None
    try:
        return open_server(login.target())
    except DatabaseError as error:
        errors.log.warning("Cannot open the team server at start: %s", error)
        note = str(error)
    from isa_desk.ui.team.connect_dialog import ConnectDialog

    opened: list[Database] = []

    def open_target(chosen: str) -> bool:
        opened.append(open_server(chosen))
        return True

    dialog = ConnectDialog(None, settings, open_target, note=note)
    dialog.exec()
    return opened[-1] if opened else None
