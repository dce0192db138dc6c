"""The system's password store: Windows Credential Manager, macOS Keychain, Secret Service
on Linux (through keyring). The passwords of the mail server and of the team's database
server are kept there, never in the database or the settings.

    read(service, account) -> str | None     write(service, account, secret)
    remove(service, account)

Each raises PasswordStoreError, with one translated line, when the store cannot be used
(none on this computer, locked, refused).
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from isa_desk.core.errors import IsaDeskError
from isa_desk.core.i18n import translate


class PasswordStoreError(IsaDeskError):
    """The system's password store cannot be used."""


def _failed(error: Exception) -> PasswordStoreError:
    return PasswordStoreError(
        translate("PasswordStore", "The system's password store cannot be used: {reason}").format(
            reason=str(error) or type(error).__name__
        )
    )


def read(service: str, account: str) -> str | None:
    """The password stored for `account` of `service`; None when there is none."""
    try:
        return keyring.get_password(service, account)
    except KeyringError as error:
        raise _failed(error) from error


def write(service: str, account: str, secret: str) -> None:
    try:
        keyring.set_password(service, account, secret)
    except KeyringError as error:
        raise _failed(error) from error


def remove(service: str, account: str) -> None:
    """Remove the stored password (none stored is fine)."""
    try:
        keyring.delete_password(service, account)
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise _failed(error) from error
