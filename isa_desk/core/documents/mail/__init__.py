"""Serien-E-Mail: a letter template sent by e-mail, one message per recipient.

The recipients and the merged texts are the letters' own (letters/recipients.py,
letters/mailing.py): the same selection, the same merge fields and salutations, each
recipient in their language where the template's family has one. The modules:

- compose.py: `prepare(db, template_key, selection, ...) -> MailPlan`, the messages
  (plain text with an HTML alternative, the letter as PDF and fixed files attached),
  `MailPlan.preview(i)` for the window;
- delivery.py: where the messages go: `SmtpTransport` (STARTTLS or implicit TLS, login)
  or `EmlFolder` (.eml drafts that Outlook opens for sending); `SmtpServer.parse(url)`;
- credentials.py: the SMTP password in the system's password store (keyring) or in
  ISA_DESK_SMTP_PASSWORD, never in the database or the settings;
- record.py: the tables `mailing` and `mailing_message`: each message recorded before it
  goes out and marked once the server accepted it, each step in its own transaction;
- run.py: `send(db, plan, transport, ...)`, `resume(db, mailing_id, transport, ...)` and
  `send_test(plan, transport, address)`.

A typical run (the window does the same in a BackgroundOp):

    plan = compose.prepare(db, "einladung", Selection(event="10. Plenarversammlung"),
                           attach_letter=True)
    server = SmtpServer.parse("smtp://isa@pks-gmbh.net@mail.example:587")
    with_password = SmtpTransport(server, credentials.password(server))
    outcome = run.send(db, plan, with_password, progress=progress, pace=1.0)
"""
