"""What a database server's refusal means, in one line for the user (PostgreSQL).

`describe(error, target)` names the cause where it is known: the server cannot be reached
or its name is unknown, the login or the database is wrong, the login may not do what
was asked, the connection was lost half-way, or a colleague's change holds a lock. The
server's own SQLSTATE decides where there is one; errors before a session exists (refused
connections, logins) carry none, and are known by libpq's and the server's English words.
The target is shown without its password.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from isa_desk.core.i18n import translate


@dataclass(frozen=True)
class Server:
    """Where a URL points: for messages, never with the password."""

    target: str  # the URL without password
    server: str  # host:port
    database: str
    user: str


def server_of(target: str) -> Server:
    try:
        url = make_url(target)
    except (ArgumentError, ValueError):  # not parsed: leave out what might be a password
        shown = target.split("@")[-1] if "@" in target else target
        return Server(shown, shown, "", "")
    server = url.host or "localhost"
    if url.port:
        server = f"{server}:{url.port}"
    return Server(
        url.render_as_string(hide_password=True), server, url.database or "", url.username or ""
    )


# SQLSTATE classes and codes (PostgreSQL's appendix A)
_LOST = ("08", "57P01", "57P02", "57P03")  # connection exceptions, the server shut down
_LOCKED = ("55P03", "40P01", "40001")  # lock timeout, deadlock, serialization failure
_DENIED = ("42501", "25006")  # insufficient privilege, read-only transaction
_LOGIN = ("28P01", "28000")  # wrong password, no pg_hba.conf entry
_BUSY = ("53300", "57P03")  # too many connections, cannot connect now

# words of libpq and of the server (in English) where no SQLSTATE comes with them
_UNKNOWN_HOST = ("failed to resolve host", "could not translate host name")
_UNREACHABLE = (
    "connection refused",
    "no route to host",
    "network is unreachable",
    "timeout expired",
    "could not connect to server",
)
_DROPPED = (
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "consuming input failed",
    "terminating connection",
    "ssl syscall error",
    "eof detected",
)


def _matches(message: str, words: tuple[str, ...]) -> bool:
    return any(word in message for word in words)


def describe(error: BaseException, target: str) -> str | None:
    """A message for the user when the cause is known, else None."""
    original = getattr(error, "orig", None) or error
    message = str(original).lower()
    state = getattr(original, "sqlstate", None) or ""
    where = server_of(target)
    if state.startswith(_LOCKED) or "lock timeout" in message:
        return translate(
            "Database",
            "A colleague is changing the same records in {database} right now. "
            "Nothing was saved; try again in a moment.",
        ).format(database=where.database or where.target)
    if state.startswith(_DENIED) or "permission denied" in message or "must be owner" in message:
        return translate(
            "Database",
            "The login {user} may not do this in the database {database} on {server} "
            "({reason}). Ask the server's administrator for the rights.",
        ).format(
            user=where.user,
            database=where.database,
            server=where.server,
            reason=str(original).strip().splitlines()[0],
        )
    if "pg_hba.conf" in message:
        return translate(
            "Database",
            "The server {server} does not let {user} connect from this computer. "
            "Ask the server's administrator to allow it.",
        ).format(server=where.server, user=where.user)
    if state.startswith(_LOGIN) or _matches(
        message, ("password authentication failed", 'role "', "no password supplied")
    ):
        return translate(
            "Database",
            "The server {server} refused the login {user}: the user name or the password is wrong.",
        ).format(server=where.server, user=where.user)
    if state == "3D000" or ('database "' in message and "does not exist" in message):
        return translate(
            "Database",
            "There is no database {database} on the server {server}. Check its name, or ask "
            "the server's administrator to create it.",
        ).format(database=where.database, server=where.server)
    if state.startswith(_BUSY) or _matches(
        message, ("too many clients", "starting up", "shutting down")
    ):
        return translate(
            "Database",
            "The database server {server} takes no more connections right now. "
            "Try again in a moment.",
        ).format(server=where.server)
    if _matches(message, _UNKNOWN_HOST):
        return translate(
            "Database",
            "No database server is known by the name {host} ({target}). "
            "Check the server's address.",
        ).format(host=where.server.rsplit(":", 1)[0], target=where.target)
    if _matches(message, _UNREACHABLE):
        return translate(
            "Database",
            "The database server of {target} cannot be reached. Check its address and port, "
            "that it is running, and the network; then try again.",
        ).format(target=where.target)
    if (
        state.startswith(_LOST)
        or getattr(error, "connection_invalidated", False)
        or _matches(message, _DROPPED)
    ):
        return translate(
            "Database",
            "The connection to the database server {server} was lost; the last change may "
            "not have been saved. Try again when the server can be reached.",
        ).format(server=where.server)
    return None
