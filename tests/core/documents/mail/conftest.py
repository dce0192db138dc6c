"""The SMTP server and the password store of smtp_server.py for every mail test."""

from tests.core.documents.mail.smtp_server import (  # noqa: F401  (fixtures)
    guarded_mailbox,
    mailbox,
    password_store,
)
