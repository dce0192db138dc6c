"""A mail-merge run: template + recipients -> letters -> PDF files -> history.

`prepare` checks the template and finds the recipients before anything is made (an unknown
merge field stops the run there); `produce` writes the combined PDF, one PDF per recipient
and/or address labels, then logs each letter as an activity of its contact and sets the
invitation date of an event's participants, all in one transaction. A cancelled run raises
Cancelled and leaves no file and no record behind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from isa_desk.core.addressing import person as p
from isa_desk.core.addressing.address import address_lines, name_line
from isa_desk.core.addressing.salutation import salutation
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    ActivityKind,
    Contact,
    Event,
    LetterTemplate,
    Participant,
    ParticipantStatus,
)
from isa_desk.core.documents.address_labels import write_labels
from isa_desk.core.documents.letters import merge, recipients, templates
from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.core.documents.letters.render import Letter, Renderer
from isa_desk.core.documents.letters.sender import Sender
from isa_desk.core.documents.wording import language_of
from isa_desk.core.errors import Cancelled
from isa_desk.core.files import PathLike, database_files
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent


@dataclass
class Plan:
    template: LetterTemplate
    sender: Sender
    today: dt.date
    contacts: list[Contact]
    skipped: list[recipients.Skipped]
    event: Event | None = None

    def letters(self):
        """The merged letters, made one by one as they are drawn."""
        for contact in self.contacts:
            yield make_letter(contact, self.template, self.sender, self.today, self.event)


@dataclass
class Outcome:
    letters: int = 0
    pages: int = 0
    files: list[Path] = field(default_factory=list)
    skipped: list[recipients.Skipped] = field(default_factory=list)


def prepare(
    db: Database,
    template_key: str,
    selection: recipients.Selection,
    today: dt.date | None = None,
    sender: Sender | None = None,
) -> Plan:
    """Check the template, then find the recipients; raises before any letter is made."""
    template = templates.get(db, template_key)
    merge.check(template)
    found = recipients.collect(db, selection)
    merge.check(template, has_event=found.event is not None)
    return Plan(
        template,
        sender or sender_settings.load(db),
        today or dt.date.today(),
        found.contacts,
        found.skipped,
        found.event,
    )


def make_letter(contact, template, sender: Sender, today: dt.date, event=None) -> Letter:
    """One contact's letter from a template: merged, with salutation and address block."""
    language = language_of(template.language)
    greeting = salutation(contact, language)
    values = merge.values_for(contact, language, today, greeting, event, sender.merge_fields())

    def filled(part: str) -> str:
        return merge.fill(getattr(template, part) or "", values)

    return Letter(
        language=language,
        address=tuple(address_lines(contact, sender.show_chinese)),
        salutation=greeting,
        subject=filled("subject"),
        body=filled("body"),
        closing=filled("closing"),
        signature_name=filled("signature_name") or sender.signature_name,
        signature_function=filled("signature_function") or sender.signature_function,
        date=today,
        recipient=recipient_name(contact),
        contact_id=getattr(contact, "id", None),
    )


def recipient_name(contact) -> str:
    if p.is_organisation_only(contact):
        organisation = getattr(contact, "organisation", None)
        return organisation.name if organisation is not None else ""
    return name_line(contact)


def produce(
    db: Database | None,
    plan: Plan,
    out: Path | None = None,
    split_dir: Path | None = None,
    labels: Path | None = None,
    form: str | None = None,
    progress: Progress | None = None,
    record_history: bool = True,
) -> Outcome:
    """Write the files asked for, then record the letters; raises Cancelled, keeping no
    file, when the progress is cancelled.

    With record_history False the database is not touched (a worker thread draws the
    letters; the caller records them with `record` afterwards): `db` only names the
    database file, which is never overwritten."""
    outcome = Outcome(letters=len(plan.contacts), skipped=list(plan.skipped))
    if not plan.contacts:
        return outcome
    progress = or_silent(progress)
    protect = database_files(db)
    renderer = Renderer(plan.sender, form)
    count = len(plan.contacts)
    steps = count * (bool(out) + bool(split_dir)) + bool(labels)
    done = 0
    try:
        if out:
            outcome.pages = renderer.write(
                plan.letters(),
                Path(out),
                count,
                plan.template.name,
                progress.part(done, steps),
                protect,
            )
            outcome.files.append(Path(out))
            done += count
        if split_dir:
            written, pages = _split(
                renderer, plan, Path(split_dir), progress.part(done, steps), protect
            )
            outcome.files += written
            outcome.pages = outcome.pages or pages
            done += count
        if labels:
            progress.check()
            addresses = [address_lines(c, plan.sender.show_chinese) for c in plan.contacts]
            write_labels(addresses, Path(labels), plan.template.name, protect)
            outcome.files.append(Path(labels))
            progress.step(steps, steps)
    except Cancelled:
        for path in outcome.files:
            path.unlink(missing_ok=True)
        raise
    if record_history:
        if db is None:
            raise ValueError("recording the letters needs the database")
        record(db, plan)
    return outcome


def _split(
    renderer: Renderer, plan: Plan, folder: Path, progress: Progress, protect: tuple[PathLike, ...]
) -> tuple[list[Path], int]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pages = 0
    used: set[str] = set()
    try:
        for done, (contact, letter) in enumerate(
            zip(plan.contacts, plan.letters(), strict=True), start=1
        ):
            progress.check()
            path = folder / unique_name(split_name(contact), used)
            pages += renderer.write([letter], path, 1, letter.subject, protect=protect)
            written.append(path)
            progress.step(done, len(plan.contacts))
    except Cancelled:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written, pages


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


# file systems allow 255 bytes for a name; room is left for "_12.pdf"
NAME_BYTES = 200


def safe_file_name(text: str) -> str:
    """A name every file system takes: no / \\ : * ? " < > |, no trailing dot or space,
    at most NAME_BYTES bytes in UTF-8 (Chinese characters take three), cut between
    characters."""
    name = _UNSAFE.sub("_", text)
    name = re.sub(r"\s+", " ", name).strip().strip(".").strip()
    name = name.encode()[:NAME_BYTES].decode(errors="ignore").rstrip(" .") or "Brief"
    return f"{name}_" if _RESERVED.match(name) else name


def split_name(contact) -> str:
    """ "Müller_Hans", "Liu_Yi"; an organisation's name when there is no person."""
    family, given = p.value(contact, "family_name"), p.value(contact, "given_name")
    if not (family or given):
        family = p.value(contact, "name_zh")
    if not (family or given):
        organisation = getattr(contact, "organisation", None)
        family = organisation.name if organisation is not None else str(contact.id)
    return safe_file_name("_".join(part for part in (family, given) if part))


def unique_name(stem: str, used: set[str]) -> str:
    """`stem`.pdf, or `stem`_2.pdf … when two recipients share a name."""
    candidate, number = stem, 2
    while candidate.casefold() in used:
        candidate, number = f"{stem}_{number}", number + 1
    used.add(candidate.casefold())
    return f"{candidate}.pdf"


def record(db: Database, plan: Plan) -> None:
    """Log each letter as an activity; invite the recipients to the event (one transaction)."""
    now = dt.datetime.now()
    author = audit.current_user()
    text = translate("Letters", "Letter from the template “{template}”.").format(
        template=plan.template.name
    )
    with db.transaction() as session:
        for contact in plan.contacts:
            letter_subject = merge.fill(
                plan.template.subject or "",
                merge.values_for(
                    contact,
                    plan.template.language,
                    plan.today,
                    "",
                    plan.event,
                    plan.sender.merge_fields(),
                ),
            )
            session.add(
                Activity(
                    kind=ActivityKind.LETTER,
                    contact_id=contact.id,
                    occurred_at=now,
                    author=author,
                    subject=(letter_subject or plan.template.name)[:300],
                    text=text,
                )
            )
        if plan.event is not None:
            _invite(session, plan, plan.event)


def _invite(session, plan: Plan, event: Event) -> None:
    ids = [contact.id for contact in plan.contacts]
    existing = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        existing.update(
            {
                participant.contact_id: participant
                for participant in session.scalars(
                    select(Participant).where(
                        Participant.event_id == event.id, Participant.contact_id.in_(chunk)
                    )
                )
            }
        )
    for contact_id in ids:
        participant = existing.get(contact_id)
        if participant is None:
            session.add(
                Participant(
                    event_id=event.id,
                    contact_id=contact_id,
                    status=ParticipantStatus.INVITED,
                    invited_on=plan.today,
                )
            )
        elif participant.invited_on != plan.today:
            participant.invited_on = plan.today
