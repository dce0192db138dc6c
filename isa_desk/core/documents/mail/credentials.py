"""The password of the mail server: in the system's password store, never in the database
or the settings.

keyring keeps it under the service "ISA Desk SMTP" and the account "user@host" (Windows
Credential Manager, macOS Keychain, Secret Service on Linux). For scripts and tests the
environment variable ISA_DESK_SMTP_PASSWORD comes first.

    password(server) -> str | None          store(server, password)          forget(server)
"""

from __future__ import annotations

import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from isa_desk.core.documents.mail.delivery import SmtpServer
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate

SERVICE = "ISA Desk SMTP"
PASSWORD_ENV = "ISA_DESK_SMTP_PASSWORD"


class PasswordStoreError(IsaDeskError):
    """The system's password store cannot be used."""


def _failed(error: Exception) -> PasswordStoreError:
    return PasswordStoreError(
        translate("Mail", "The system's password store cannot be used: {reason}").format(
            reason=str(error) or type(error).__name__
        )
    )


def password(server: SmtpServer) -> str | None:
    """The password for the server's user: ISA_DESK_SMTP_PASSWORD, else the one stored;
    None when there is none."""
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment:
        return from_environment
    try:
        return keyring.get_password(SERVICE, server.account)
    except KeyringError as error:
        raise _failed(error) from error


def store(server: SmtpServer, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, server.account, secret)
    except KeyringError as error:
        raise _failed(error) from error


def forget(server: SmtpServer) -> None:
    """Remove the stored password (none stored is fine)."""
    try:
        keyring.delete_password(SERVICE, server.account)
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise _failed(error) from error
