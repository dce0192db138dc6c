"""The mail tests' SMTP server on this computer and the password store in memory (never the
system's), shared with the core's mail tests."""

from tests.core.documents.mail.smtp_server import (  # noqa: F401  (fixtures)
    guarded_mailbox,
    mailbox,
    password_store,
)
