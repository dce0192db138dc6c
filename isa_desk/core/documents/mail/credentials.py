"""The password of the mail server: in the system's password store, never in the database
or the settings.

It is kept under the service "ISA Desk SMTP" and the account "user@host" (see
core/password_store.py). For scripts and tests the environment variable
ISA_DESK_SMTP_PASSWORD comes first.

    password(server) -> str | None          store(server, password)          forget(server)
"""

from __future__ import annotations

import os

from isa_desk.core import password_store
from isa_desk.core.documents.mail.delivery import SmtpServer
from isa_desk.core.password_store import PasswordStoreError

__all__ = ["PASSWORD_ENV", "SERVICE", "PasswordStoreError", "forget", "password", "store"]

SERVICE = "ISA Desk SMTP"
PASSWORD_ENV = "ISA_DESK_SMTP_PASSWORD"


def password(server: SmtpServer) -> str | None:
    """The password for the server's user: ISA_DESK_SMTP_PASSWORD, else the one stored;
    None when there is none."""
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment:
        return from_environment
    return password_store.read(SERVICE, server.account)


def store(server: SmtpServer, secret: str) -> None:
    password_store.write(SERVICE, server.account, secret)


def forget(server: SmtpServer) -> None:
    """Remove the stored password (none stored is fine)."""
    password_store.remove(SERVICE, server.account)
