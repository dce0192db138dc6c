"""The messages of a mailing: one e-mail per recipient, merged like their letter.

`prepare` checks the templates and finds the recipients with the letters' own code
(letters/mailing.py, with e-mail's reasons to skip a contact instead of post's), reads
the fixed attachments and checks the sender's address; nothing is written. The plan
then makes each recipient's message on demand:

- Subject, salutation, text, closing and signature are those of the recipient's letter
  (`mailing.Plan.letter`), in their language where the template's family has one;
- plain text plus an HTML alternative (every value escaped), the sender's address lines
  as the signature;
- optionally the letter itself as a PDF (drawn by the letters' renderer) and fixed files;
- From (the sender's or the given address), Reply-To (the sender's), To, Message-ID,
  Date. Python's EmailMessage with the default policy encodes non-ASCII names, subjects
  and file names (RFC 2047 / 2231).

    plan = prepare(db, "einladung", Selection(event="3"), attach_letter=True)
    plan.count, plan.skipped, plan.preview(0).text
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import mimetypes
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import localtime, make_msgid
from pathlib import Path

from isa_desk.core.addressing import person as p
from isa_desk.core.db.engine import Database
from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Contact, LetterTemplate
from isa_desk.core.documents.letters import mailing, merge, recipients
from isa_desk.core.documents.letters.file_names import split_name
from isa_desk.core.documents.letters.render import Letter, Renderer
from isa_desk.core.documents.letters.sender import Sender
from isa_desk.core.documents.wording import language_of
from isa_desk.core.domain.emails import email_problem, read_address
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate

# what the fixed attachments of one message may weigh together: base64 makes a third more,
# and many servers take no message over 20 to 25 MB
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Preview:
    """One message as the window shows it before sending."""

    to: str  # "Name <address>"
    subject: str
    text: str
    html: str
    attachments: tuple[str, ...]  # file names
    language: str


def skip_reason(contact: Contact) -> str | None:
    """Why a contact gets no e-mail; None when it gets one."""
    if contact.no_email:
        return translate("Mail", "does not want e-mails")
    if not contact.active:
        return translate("Letters", "inactive")
    if not address_of(contact):
        return translate("Mail", "no e-mail address")
    if email_problem(contact.email):
        return translate("Mail", "invalid e-mail address")
    return None


def address_of(contact) -> str:
    """The contact's address as it goes out: a domain in other scripts ("stadt.中国") in its
    ASCII form ("stadt.xn--fiqs8s"), which every server takes."""
    address = read_address(getattr(contact, "email", "") or "").address
    local, at, domain = address.rpartition("@")
    if at and not domain.isascii():
        # one the codec cannot convert stays as it is: the server will say what it thinks
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}" if at else address


@dataclass
class MailPlan:
    letters: mailing.Plan  # the recipients, their templates and letters
    from_address: str
    attach_letter: bool = False
    attachments: tuple[Attachment, ...] = ()
    form: str | None = None  # DIN 5008 form of the attached letters
    # the paths the fixed attachments were read from, for a resumed run
    attachment_paths: tuple[str, ...] = ()
    _renderer: Renderer | None = field(default=None, repr=False)

    @property
    def contacts(self) -> list[Contact]:
        return self.letters.contacts

    @property
    def skipped(self) -> list[recipients.Skipped]:
        return self.letters.skipped

    @property
    def purpose(self) -> ConsentPurpose | None:
        return self.letters.purpose

    @property
    def count(self) -> int:
        return len(self.letters.contacts)

    @property
    def template(self) -> LetterTemplate:
        return self.letters.template

    @property
    def sender(self) -> Sender:
        return self.letters.sender

    def subject(self, contact) -> str:
        letter = self.letters.letter(contact)
        return letter.subject or self.letters.template_for(contact).name

    def message(self, contact, message_id: str = "", to: str | None = None) -> EmailMessage:
        """The message to `contact` (or, for a test, to the address `to`)."""
        letter = self.letters.letter(contact)
        message = EmailMessage()
        message["Subject"] = letter.subject or self.letters.template_for(contact).name
        message["From"] = Address(self.sender_name(), addr_spec=self.from_address)
        reply_to = read_address(self.sender.email).address or self.from_address
        message["Reply-To"] = Address(self.sender_name(), addr_spec=reply_to)
        message["To"] = Address(p.full_name(contact), addr_spec=to or address_of(contact))
        message["Date"] = localtime()
        message["Message-ID"] = message_id or self.new_message_id()
        text = plain_text(letter, self.sender)
        message.set_content(text)
        message.add_alternative(as_html(text, letter), subtype="html")
        for attachment in self._attachments(contact, letter):
            maintype, subtype = attachment.mime_type.split("/", 1)
            message.add_attachment(
                attachment.data,
                maintype=maintype,
                subtype=subtype,
                filename=attachment.name,
                params=_charset(attachment),
            )
        message["Content-Language"] = letter.language  # after the parts: they clear it
        return message

    def preview(self, index: int) -> Preview:
        contact = self.contacts[index]
        message = self.message(contact)
        body = message.get_body(("plain",))
        rich = message.get_body(("html",))
        return Preview(
            to=str(message["To"]),
            subject=str(message["Subject"]),
            text=body.get_content() if body is not None else "",
            html=rich.get_content() if rich is not None else "",
            attachments=tuple(part.get_filename() or "" for part in message.iter_attachments()),
            language=language_of(self.letters.template_for(contact).language),
        )

    def sender_name(self) -> str:
        return self.sender.contact_person or self.sender.organisation

    def new_message_id(self) -> str:
        return make_msgid(domain=self.from_address.rpartition("@")[2] or None)

    def options(self) -> dict:
        """What a resumed run needs to make the same messages (record.py keeps it)."""
        return {
            "today": self.letters.today.isoformat(),
            "per_language": bool(self.letters.by_language),
            "language_templates": {
                language: template.key for language, template in self.letters.by_language.items()
            },
            "chinese_order": self.letters.chinese_order,
            "attach_letter": self.attach_letter,
            "attachments": list(self.attachment_paths),
            "from_address": self.from_address,
            "form": self.form,
            # a resumed run skips whoever has withdrawn their consent since
            "purpose": self.purpose.value if self.purpose is not None else None,
        }

    def _attachments(self, contact, letter: Letter) -> list[Attachment]:
        found = []
        if self.attach_letter:
            if self._renderer is None:
                self._renderer = Renderer(self.sender, self.form)
            pdf = self._renderer.pdf_bytes(letter)
            found.append(Attachment(f"{split_name(contact)}.pdf", pdf, "application/pdf"))
        return found + list(self.attachments)


def _charset(attachment: Attachment) -> dict[str, str]:
    """A text file's charset, so that it is read right: UTF-8 when it is that."""
    if not attachment.mime_type.startswith("text/"):
        return {}
    try:
        attachment.data.decode("utf-8")
    except UnicodeDecodeError:
        return {}
    return {"charset": "utf-8"}


def prepare(
    db: Database,
    template_key: str,
    selection: recipients.Selection,
    *,
    today: dt.date | None = None,
    attach_letter: bool = False,
    attachments: Sequence[str | Path] = (),
    per_language: bool = True,
    language_templates: Mapping[str, str | None] | None = None,
    chinese_order: bool = False,
    from_address: str | None = None,
    form: str | None = None,
    sender: Sender | None = None,
) -> MailPlan:
    """Check the templates, the sender's address and the files to attach, then find the
    recipients; raises (TemplateError, ValidationError, NotFoundError) before any message
    is made. Each recipient gets the template in their language (letters/languages.py)
    unless `per_language` is False."""
    fixed = read_attachments(attachments)
    letters = mailing.prepare(
        db,
        template_key,
        selection,
        today,
        sender,
        per_language,
        language_templates,
        chinese_order,
        skip=skip_reason,
    )
    address = check_from_address(from_address or letters.sender.email)
    return MailPlan(
        letters,
        address,
        attach_letter,
        fixed,
        form,
        tuple(str(Path(path).resolve()) for path in attachments),
    )


def check_from_address(text: str) -> str:
    address = read_address(text).address
    if not address or email_problem(address):
        raise ValidationError(
            translate(
                "Mail",
                "The sender's e-mail address “{address}” is not valid: correct it in the "
                "letters' sender settings.",
            ).format(address=text),
            "from_address",
        )
    return address


def read_attachments(paths: Iterable[str | Path]) -> tuple[Attachment, ...]:
    """The files to attach to every message, read once; a missing or unreadable file or
    too much together is refused, naming the file."""
    found: list[Attachment] = []
    total = 0
    for path in map(Path, paths):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                translate("Mail", "The file {path} cannot be attached: {reason}.").format(
                    path=path, reason=error.strerror or error
                ),
                "attachments",
            ) from error
        total += len(data)
        if total > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                translate(
                    "Mail",
                    "The attachments are too large together from {path} on: at most {mb} MB "
                    "fit in one e-mail.",
                ).format(path=path, mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)),
                "attachments",
            )
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        found.append(Attachment(path.name, data, mime_type))
    return tuple(found)


def plain_text(letter: Letter, sender: Sender) -> str:
    """The letter as an e-mail: salutation, text, closing, signature, then the sender's
    address lines after the usual "-- " line."""
    signature = "\n".join(
        part for part in (letter.signature_name, letter.signature_function) if part
    )
    parts = [letter.salutation, letter.body.strip(), letter.closing, signature]
    text = "\n\n".join(part.strip() for part in parts if part and part.strip())
    text = re.sub(r"\n{3,}", "\n\n", text)  # an empty merge field leaves no gap
    footer = [
        sender.organisation,
        sender.address_line(),
        " · ".join(part for part in (sender.phone, sender.email) if part),
        sender.web,
    ]
    lines = [line for line in footer if line]
    return text + ("\n\n-- \n" + "\n".join(lines) if lines else "") + "\n"


def as_html(text: str, letter: Letter) -> str:
    """The plain text as HTML paragraphs: every character of the data escaped."""
    body, _sep, footer = text.partition("\n\n-- \n")
    paragraphs = [
        "<p>" + "<br>\n".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in body.strip().split("\n\n")
    ]
    if footer.strip():
        lines = "<br>\n".join(html.escape(line) for line in footer.strip().split("\n"))
        paragraphs.append(f'<p style="color:#555555;font-size:9pt">{lines}</p>')
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(letter.language)}">\n<head>'
        f'<meta charset="utf-8"><title>{html.escape(letter.subject)}</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt">\n'
        + "\n".join(paragraphs)
        + "\n</body>\n</html>\n"
    )


def mailing_subject(plan: MailPlan) -> str:
    """The main template's subject with the event's and sender's fields, for the list of
    mailings (a recipient's own fields stay empty)."""
    template = plan.template
    values = merge.values_for(
        {},
        template.language,
        plan.letters.today,
        "",
        plan.letters.event,
        plan.sender.merge_fields(),
    )
    return " ".join(merge.fill(template.subject or "", values).split()) or template.name
