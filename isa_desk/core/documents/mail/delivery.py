"""Where the messages go: a mail server (SMTP) or a folder of .eml drafts.

Both are used the same way by run.py:

    with transport:                          # connects; DeliveryError when it cannot
        answer = transport.deliver(message, address, file_stem)

`deliver` gives a `Delivery`: SENT (the server accepted the message, or the draft was
written), REFUSED (the server refused this recipient or this message for good: 5xx) or
DEFERRED (refused for now: 4xx; the message stays pending for a later run). It raises
`ConnectionLost` when the connection breaks or the server closes it: the run stops and
what was not accepted stays pending.

SMTP: `smtp://user@host:587` speaks STARTTLS, `smtps://user@host:465` TLS from the
start; a login is sent only over an encrypted connection, except to this computer
(a relay on localhost, the tests). Drafts: one `.eml` file per recipient with
"X-Unsent: 1", which Outlook opens as a new message ready to send.
"""

from __future__ import annotations

import base64
import enum
import ipaddress
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from isa_desk.core import files
from isa_desk.core.db.models import MailMode
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.core.i18n import translate

TIMEOUT = 60  # seconds a server may take to answer


class DeliveryError(IsaDeskError):
    """No connection, a refused login, or a folder that cannot be written."""


class ConnectionLost(DeliveryError):
    """The connection broke during a run; the messages not accepted stay pending."""


class Result(enum.StrEnum):
    SENT = "sent"
    REFUSED = "refused"
    DEFERRED = "deferred"


class Delivery(NamedTuple):
    result: Result
    answer: str  # the server's reply, or the file written


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    user: str = ""
    implicit_tls: bool = False  # smtps: TLS from the start, else STARTTLS

    @classmethod
    def parse(cls, url: str) -> SmtpServer:
        """smtp://USER@HOST:PORT (STARTTLS, port 587) or smtps://USER@HOST:PORT (TLS,
        port 465); the user may be an e-mail address itself. A password in the URL is
        refused: it belongs in the password store."""
        parts = urlsplit((url or "").strip())
        problem = None
        try:
            port = parts.port
        except ValueError:
            port, problem = None, "port"
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname or problem:
            raise ValidationError(
                translate(
                    "Mail", "“{url}” is no mail server: write smtp://USER@HOST:PORT or smtps://…"
                ).format(url=url),
                "server",
            )
        if parts.password is not None:
            raise ValidationError(
                translate(
                    "Mail",
                    "Leave the password out of the server's address: it is kept in the "
                    "system's password store or in ISA_DESK_SMTP_PASSWORD.",
                ),
                "server",
            )
        implicit = parts.scheme == "smtps"
        return cls(
            host=parts.hostname,
            port=port or (465 if implicit else 587),
            user=unquote(parts.username or ""),
            implicit_tls=implicit,
        )

    @property
    def account(self) -> str:
        """ "user@host": the name of the password in the system's password store."""
        return f"{self.user}@{self.host}"

    @property
    def url(self) -> str:
        """The server as the mailing records it, without a password."""
        scheme = "smtps" if self.implicit_tls else "smtp"
        user = f"{self.user}@" if self.user else ""
        return f"{scheme}://{user}{self.host}:{self.port}"

    def is_local(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def _sentence_end(reason: object) -> str:
    """A reason put before the message's own full stop: without one of its own."""
    return str(reason).rstrip().rstrip(".")


def _answer(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


class SmtpTransport:
    """Messages sent through a mail server, one connection for the whole run."""

    mode = MailMode.SMTP

    def __init__(self, server: SmtpServer, password: str | None = None, timeout: float = TIMEOUT):
        self.server = server
        self.password = password
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    @property
    def target(self) -> str:
        return self.server.url

    def __enter__(self) -> SmtpTransport:
        try:
            self._smtp = self._connect()
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryError(
                translate("Mail", "The server {host} refused the login of {user}: {answer}").format(
                    host=self.server.host,
                    user=self.server.user,
                    answer=_answer(error.smtp_code, error.smtp_error),
                )
            ) from error
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryError(self._no_connection(error)) from error
        return self

    def _connect(self) -> smtplib.SMTP:
        server, context = self.server, ssl.create_default_context()
        if server.implicit_tls:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=self.timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=self.timeout)
        try:
            smtp.ehlo()
            if not server.implicit_tls:
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=context)
                    smtp.ehlo()
                elif not server.is_local():
                    raise DeliveryError(
                        translate(
                            "Mail",
                            "The server {host} offers no encrypted connection (STARTTLS); "
                            "try smtps:// and port 465.",
                        ).format(host=server.host)
                    )
            if server.user:
                if self.password is None:
                    raise DeliveryError(missing_password(server))
                _login(smtp, server.user, self.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _no_connection(self, error: BaseException) -> str:
        if isinstance(error, smtplib.SMTPResponseException):
            reason = _answer(error.smtp_code, error.smtp_error)
        elif isinstance(error, ssl.SSLError):
            reason = translate("Mail", "the secure connection failed ({reason})").format(
                reason=error.reason or error
            )
        elif isinstance(error, socket.gaierror):
            reason = translate("Mail", "the name is not known")
        elif isinstance(error, TimeoutError):
            reason = translate("Mail", "no answer in time")
        else:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        return translate(
            "Mail", "No connection to the mail server {host}:{port}: {reason}."
        ).format(host=self.server.host, port=self.server.port, reason=_sentence_end(reason))

    def __exit__(self, *exc) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def deliver(self, message: EmailMessage, address: str, stem: str = "") -> Delivery:
        """Send `message` to `address` alone: MAIL FROM, RCPT TO, DATA, each reply read,
        so that the server's answer to this message is kept."""
        smtp = self._smtp
        if smtp is None:
            raise RuntimeError("deliver outside `with transport:`")
        sender = message["From"].addresses[0].addr_spec
        options: list[str] = []
        style = policy.SMTP
        if not (sender.isascii() and address.isascii()):
            if not smtp.has_extn("smtputf8"):
                return Delivery(
                    Result.REFUSED,
                    translate("Mail", "the server takes no addresses in non-Latin script"),
                )
            options, style = ["SMTPUTF8", "BODY=8BITMIME"], policy.SMTPUTF8
        try:
            return self._transaction(smtp, sender, address, options, message.as_bytes(policy=style))
        except (smtplib.SMTPException, OSError) as error:
            if not isinstance(error, smtplib.SMTPServerDisconnected):
                smtp.close()
            self._smtp = None
            raise ConnectionLost(
                translate(
                    "Mail", "The connection to the mail server {host} was lost: {reason}."
                ).format(
                    host=self.server.host,
                    reason=_sentence_end(str(error) or type(error).__name__),
                )
            ) from error

    def _transaction(
        self, smtp: smtplib.SMTP, sender: str, address: str, options: list[str], data: bytes
    ) -> Delivery:
        code, text = self._reply(smtp, lambda: smtp.mail(sender, options))
        if not 200 <= code < 300:  # the sender refused: every other message would be too
            smtp.rset()
            raise DeliveryError(
                translate(
                    "Mail", "The server {host} refused the sender {address}: {answer}"
                ).format(host=self.server.host, address=sender, answer=_answer(code, text))
            )
        for step in (lambda: smtp.rcpt(address), lambda: smtp.data(data)):
            code, text = self._reply(smtp, step)
            if not 200 <= code < 300:
                smtp.rset()
                result = Result.REFUSED if code >= 500 else Result.DEFERRED
                return Delivery(result, _answer(code, text))
        return Delivery(Result.SENT, _answer(code, text))

    @staticmethod
    def _reply(smtp: smtplib.SMTP, step) -> tuple[int, bytes]:
        try:
            code, text = step()
        except smtplib.SMTPDataError as error:  # the server did not take the DATA command
            code, text = error.smtp_code, error.smtp_error
        if code == 421:  # the server closes the connection
            smtp.close()
            raise smtplib.SMTPServerDisconnected(_answer(code, text))
        return code, text


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, and AUTH PLAIN in UTF-8 (RFC 4616) for a name or password beyond
    ASCII, which smtplib cannot send."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    secret = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, text = smtp.docmd("AUTH", f"PLAIN {secret}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, text)


def missing_password(server: SmtpServer) -> str:
    return translate(
        "Mail",
        "There is no password for {account}: store it in the system's password store "
        '(service "ISA Desk SMTP") or set ISA_DESK_SMTP_PASSWORD.',
    ).format(account=server.account)


class EmlFolder:
    """Each message written as `<stem>.eml` into a folder, marked as an unsent draft."""

    mode = MailMode.EML

    def __init__(self, folder: str | Path, protect=()):
        self.folder = Path(folder)
        self.protect = tuple(protect)

    @property
    def target(self) -> str:
        return str(self.folder)

    def __enter__(self) -> EmlFolder:
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as error:
            raise DeliveryError(str(files.write_error(error, self.folder))) from error
        return self

    def __exit__(self, *exc) -> None:
        pass

    def deliver(self, message: EmailMessage, address: str, stem: str = "") -> Delivery:
        del message["X-Unsent"]
        message["X-Unsent"] = "1"
        path = self.folder / f"{stem or 'E-Mail'}.eml"
        try:
            with files.atomic_write(path, protect=self.protect) as partial:
                style = policy.SMTP if address.isascii() else policy.SMTPUTF8
                partial.write_bytes(message.as_bytes(policy=style))
        except OSError as error:
            raise DeliveryError(str(files.write_error(error, path))) from error
        return Delivery(Result.SENT, str(path))
