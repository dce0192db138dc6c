"""A real SMTP server on this computer for the tests (aiosmtpd), and a password store in
memory in place of the system's.

The server keeps every message it accepted; it can refuse one address for good (550) or
for now (451), ask for a login, and drop the connection (without an answer) when the
next message comes after a given number.
"""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from isa_desk.core.documents.mail import credentials

USER, PASSWORD = "isa@pks-gmbh.net", "Geheim-密码-42"


class Mailbox:
    """The handler: what the server does with each command."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []
        self.refuse: set[str] = set()  # 550
        self.defer: set[str] = set()  # 451
        self.drop_after: int | None = None  # drop the connection at the message after N
        self.logins: list[tuple[str, str]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address in self.defer:
            return f"451 4.7.1 <{address}>: Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop_after is not None and len(self.received) >= self.drop_after:
            self.drop_after = None
            server.transport.abort()  # gone without a word, as a broken line
            return "250 never read"
        self.received.append((list(envelope.rcpt_tos), envelope.original_content))
        return f"250 2.0.0 Ok: queued as Q{len(self.received)}"

    def messages(self) -> list[EmailMessage]:
        return [
            email.message_from_bytes(data, policy=policy.default)  # type: ignore[misc]
            for _recipients, data in self.received
        ]

    def recipients(self) -> list[str]:
        return [address for found, _data in self.received for address in found]


def _authenticate(mailbox: Mailbox):
    def check(server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, secret = auth_data.login.decode(), auth_data.password.decode()
        mailbox.logins.append((user, secret))
        # not handled: the server answers a failure itself (535)
        return AuthResult(success=(user, secret) == (USER, PASSWORD), handled=False)

    return check


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(mailbox: Mailbox, login: bool) -> Controller:
    extra = {"authenticator": _authenticate(mailbox), "auth_require_tls": False} if login else {}
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), **extra)
    controller.start()
    return controller


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, Controller]]:
    """A server without login."""
    box = Mailbox()
    controller = start(box, login=False)
    yield box, controller
    controller.stop()


@pytest.fixture
def guarded_mailbox() -> Iterator[tuple[Mailbox, Controller]]:
    """A server that wants USER and PASSWORD."""
    box = Mailbox()
    controller = start(box, login=True)
    yield box, controller
    controller.stop()


class MemoryKeyring(KeyringBackend):
    """The system's password store, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def password_store(monkeypatch) -> Iterator[MemoryKeyring]:
    """Never the real password store, nor a password from the environment."""
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(fail.Keyring())
