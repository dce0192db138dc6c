"""The login to a database server (the team's PostgreSQL): where it is, who logs in, and
the password, kept in the system's password store and never in a settings file.

    login = ServerLogin("server", "isa", "anna")
    login.target()            # "postgresql+psycopg://anna@server:5432/isa", no password
    login.url(password)       # an SQLAlchemy URL with the password, for one connection

The password is kept under the service "ISA Desk database" and the account
"user@host:port/database" (see core/password_store.py). `password(login)` looks for it
in this order: typed in this run of the program (`keep_for_now`), the password store,
then the environment variable ISA_DESK_DB_PASSWORD (for scripts). `with_password` fills
it into a server URL that has none; `make_engine` does so for every URL it is given,
so `--database postgresql+psycopg://anna@server/isa` needs no password on the command
line.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from isa_desk.core import password_store
from isa_desk.core.errors import DatabaseError, ValidationError
from isa_desk.core.i18n import translate

SERVICE = "ISA Desk database"
PASSWORD_ENV = "ISA_DESK_DB_PASSWORD"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
# libpq's choices; "" leaves it to the driver (prefer: encrypted when the server offers it)
SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
CONNECT_TIMEOUT = 10  # seconds a test of the connection waits for the server
# a host name or an address: no spaces, slashes or "@" (the user has a field of its own)
HOST = re.compile(r"[^\s/@\\?#]+")

log = logging.getLogger(__name__)

_typed: dict[str, str] = {}  # account -> a password typed in this run and not stored


@dataclass(frozen=True)
class ServerLogin:
    """A PostgreSQL database on a server and the user who logs in to it."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = ""

    @property
    def account(self) -> str:
        """The name of the password in the password store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL; the password, when given, is quoted by URL itself."""
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode} if self.sslmode else {},
        )

    def target(self) -> str:
        """The URL without the password, as the window and the settings keep it."""
        return self.url().render_as_string(hide_password=False)

    def checked(self) -> ServerLogin:
        """This login, or a ValidationError naming the field that is missing or wrong."""
        if not HOST.fullmatch(self.host):
            raise ValidationError(
                translate("TeamServer", "Enter the name or address of the database server."),
                "host",
            )
        if not 0 < self.port < 65536:
            raise ValidationError(
                translate("TeamServer", "The port is a number from 1 to 65535."), "port"
            )
        if not self.database.strip():
            raise ValidationError(
                translate("TeamServer", "Enter the name of the database on the server."),
                "database",
            )
        if not self.user.strip():
            raise ValidationError(
                translate("TeamServer", "Enter the user name for the database server."), "user"
            )
        if self.sslmode not in SSL_MODES:
            raise ValidationError(
                translate("TeamServer", "Unknown encryption setting {mode}.").format(
                    mode=self.sslmode
                ),
                "sslmode",
            )
        return self

    @classmethod
    def from_url(cls, url: str | URL) -> ServerLogin:
        """The login in a PostgreSQL URL (its password is not part of it)."""
        try:
            parsed = make_url(url) if isinstance(url, str) else url
        except ArgumentError as error:
            raise ValidationError(not_a_server_url(str(url))) from error
        if parsed.get_backend_name() != "postgresql" or not parsed.host or not parsed.database:
            raise ValidationError(not_a_server_url(parsed.render_as_string(hide_password=True)))
        sslmode = parsed.query.get("sslmode", "")
        return cls(
            host=parsed.host,
            database=parsed.database,
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
            sslmode=sslmode if isinstance(sslmode, str) else sslmode[0],
        ).checked()


def not_a_server_url(url: str) -> str:
    return translate(
        "TeamServer",
        "{url} is not the address of a PostgreSQL database. Write it as "
        "postgresql+psycopg://USER@SERVER:5432/DATABASE.",
    ).format(url=url)


# -- the password ------------------------------------------------------------------------


def password(login: ServerLogin) -> str | None:
    """The password for `login`: typed in this run, stored, or in ISA_DESK_DB_PASSWORD;
    None when there is none. A password store that cannot be used counts as empty: the
    server then says whether it wants a password."""
    if login.account in _typed:
        return _typed[login.account]
    try:
        stored = password_store.read(SERVICE, login.account)
    except password_store.PasswordStoreError as error:
        log.info("no password from the password store: %s", error)
        stored = None
    return stored or os.environ.get(PASSWORD_ENV) or None


def is_stored(login: ServerLogin) -> bool:
    """Whether the password store holds a password for `login` (PasswordStoreError when
    the store cannot be used)."""
    return password_store.read(SERVICE, login.account) is not None


def store(login: ServerLogin, secret: str) -> None:
    password_store.write(SERVICE, login.account, secret)
    _typed.pop(login.account, None)


def forget(login: ServerLogin) -> None:
    """Remove the stored password, and one typed in this run (none is fine)."""
    _typed.pop(login.account, None)
    password_store.remove(SERVICE, login.account)


def keep_for_now(login: ServerLogin, secret: str) -> None:
    """Use `secret` for `login` until the program ends, without storing it anywhere."""
    _typed[login.account] = secret


def with_password(url: URL) -> URL:
    """`url` with the password of its login filled in, when it is a PostgreSQL URL without
    one and a password is known; else `url` as it is."""
    if url.get_backend_name() != "postgresql" or url.password or not url.host:
        return url
    login = ServerLogin(
        host=url.host, database=url.database or "", user=url.username or "", port=url.port or 5432
    )
    secret = password(login)
    return url.set(password=secret) if secret else url


# -- testing a connection ----------------------------------------------------------------


@dataclass(frozen=True)
class ServerState:
    """What a test of the connection found: the server's version and what the database
    holds: "empty" (no tables, or ISA Desk's without a record), "isa_desk" (ISA Desk's
    tables with records) or "other" (another program's tables)."""

    version: str
    holds: str


def probe(url: str | URL) -> ServerState:
    """Connect to the database at `url` (the password filled in as `make_engine` does) and
    look at what it holds; DatabaseError with one line when that fails."""
    from isa_desk.core.db.engine import describe_operational_error
    from isa_desk.core.db.models import Base

    parsed = with_password(make_url(url) if isinstance(url, str) else url)
    shown = parsed.render_as_string(hide_password=True)
    engine = create_engine(
        parsed, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT}
    )
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar_one()
            tables = set(inspect(connection).get_table_names())
            ours = set(Base.metadata.tables)
            if not tables - {"alembic_version"}:
                holds = "empty"
            elif not tables <= ours | {"alembic_version"}:
                holds = "other"
            else:
                holds = "empty"
                for name in sorted(tables & ours):
                    table = Base.metadata.tables[name]
                    if connection.execute(select(1).select_from(table).limit(1)).first():
                        holds = "isa_desk"
                        break
    except ImportError as error:  # the driver of the URL is not installed
        raise DatabaseError(
            translate(
                "TeamServer", "{target} needs a driver that is not installed: {reason}"
            ).format(target=shown, reason=error)
        ) from error
    except SQLAlchemyError as error:
        raise DatabaseError(one_line(describe_operational_error(error, shown))) from error
    finally:
        engine.dispose()
    return ServerState(version=f"PostgreSQL {str(version).split()[0]}", holds=holds)


def one_line(message: str) -> str:
    """A server's message of several lines (psycopg adds hints on lines of their own) as
    one line."""
    return " ".join(message.split())
