"""A mail-merge run: template + recipients -> letters -> PDF files -> history.

`prepare` checks the template and finds the recipients before anything is made (an unknown
merge field stops the run there); `produce` draws the combined PDF, one PDF per recipient
and/or address labels under temporary names, then `record` logs each letter as an activity
of its contact and sets the invitation date of an event's participants in one transaction,
and puts the files in place right before it commits (`files.Publication`): files and
history come together or not at all. A cancelled or failed run raises and leaves no file
and no record behind.

A run for a purpose (`Selection.purpose`) leaves out, and lists, every recipient without
consent in force for it (recipients.py).

A run may write each recipient in their preferred language (`per_language`): the plan then
carries a template for each language (see languages.py) and counts the letters by language.
Addresses in China may be set in Chinese order (`chinese_order`, see
addressing/chinese_address.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from isa_desk.core.addressing import person as p
from isa_desk.core.addressing.address import name_line
from isa_desk.core.addressing.chinese_address import address_block
from isa_desk.core.addressing.salutation import salutation
from isa_desk.core.db import audit
from isa_desk.core.db.engine import Database
from isa_desk.core.db.enums import ConsentPurpose
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
from isa_desk.core.documents.letters import languages, merge, recipients, templates
from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.core.documents.letters.file_names import split_name, unique_name
from isa_desk.core.documents.letters.render import Letter, Renderer
from isa_desk.core.documents.letters.sender import Sender
from isa_desk.core.documents.wording import language_of
from isa_desk.core.files import Publication, database_files
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
    # language -> template when each recipient gets their preferred language; empty: every
    # letter from `template`
    by_language: dict[str, LetterTemplate] = field(default_factory=dict)
    chinese_order: bool = False  # addresses in China in Chinese order
    purpose: ConsentPurpose | None = None  # None: correspondence, no consent needed

    def template_for(self, contact) -> LetterTemplate:
        """The contact's template: the one in their language, else the main one."""
        if not self.by_language:
            return self.template
        return self.by_language.get(languages.preferred_language(contact), self.template)

    def letter(self, contact) -> Letter:
        return make_letter(
            contact,
            self.template_for(contact),
            self.sender,
            self.today,
            self.event,
            self.chinese_order,
        )

    def letters(self):
        """The merged letters, made one by one as they are drawn."""
        for contact in self.contacts:
            yield self.letter(contact)

    def address(self, contact) -> list[str]:
        return address_block(contact, self.sender.show_chinese, self.chinese_order)

    def language_counts(self) -> dict[str, int]:
        """How many letters go out in each language."""
        return languages.counted(
            language_of(self.template_for(contact).language) for contact in self.contacts
        )


@dataclass
class Outcome:
    letters: int = 0
    pages: int = 0
    files: list[Path] = field(default_factory=list)  # the final names
    skipped: list[recipients.Skipped] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)  # letters per language
    # the files, still under temporary names, until `record` puts them in place
    publication: Publication | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Drop the files not yet put in place (a run cancelled after drawing)."""
        if self.publication is not None:
            self.publication.close()
            self.publication = None


def prepare(
    db: Database,
    template_key: str,
    selection: recipients.Selection,
    today: dt.date | None = None,
    sender: Sender | None = None,
    per_language: bool = False,
    language_templates: Mapping[str, str | None] | None = None,
    chinese_order: bool = False,
    skip=recipients.skip_reason,
) -> Plan:
    """Check the templates, then find the recipients; raises before any letter is made.

    With `per_language` each recipient gets the template in their preferred language:
    the one of `language_templates` (language -> key) for it, else the built-in one of the
    main template's family, else the main template. `skip` tells which recipients to
    leave out, and why (recipients.collect)."""
    template = templates.get(db, template_key)
    by_language = (
        languages.templates_by_language(db, template, language_templates) if per_language else {}
    )
    used = {item.key: item for item in (template, *by_language.values())}.values()
    for item in used:
        merge.check(item)
    found = recipients.collect(db, selection, skip)
    for item in used:
        merge.check(item, has_event=found.event is not None)
    return Plan(
        template,
        sender or sender_settings.load(db),
        today or dt.date.today(),
        found.contacts,
        found.skipped,
        found.event,
        by_language,
        chinese_order,
        ConsentPurpose(selection.purpose) if selection.purpose else None,
    )


def make_letter(
    contact, template, sender: Sender, today: dt.date, event=None, chinese_order: bool = False
) -> Letter:
    """One contact's letter from a template: merged, with salutation and address block
    (in Chinese order for an address in China with `chinese_order`)."""
    language = language_of(template.language)
    greeting = salutation(contact, language)
    values = merge.values_for(contact, language, today, greeting, event, sender.merge_fields())

    def filled(part: str) -> str:
        return merge.fill(getattr(template, part) or "", values)

    return Letter(
        language=language,
        address=tuple(address_block(contact, sender.show_chinese, chinese_order)),
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
    """Write the files asked for under temporary names, then record the letters and put
    the files in place together (`record`); raises Cancelled, keeping no file and no
    record, when the progress is cancelled.

    With record_history False the database is not touched (a worker thread draws the
    letters): the files stay temporary in the outcome until the caller passes it to
    `record` or to `Outcome.discard`. `db` then only names the database file, which is
    never overwritten."""
    if record_history and db is None:
        raise ValueError("recording the letters needs the database")
    outcome = Outcome(
        letters=len(plan.contacts), skipped=list(plan.skipped), languages=plan.language_counts()
    )
    if not plan.contacts:
        return outcome
    progress = or_silent(progress)
    publication = Publication(protect=database_files(db))
    try:
        _stage(publication, outcome, plan, out, split_dir, labels, form, progress)
        progress.check()
    except BaseException:
        publication.close()
        raise
    outcome.publication = publication
    if record_history and db is not None:
        record(db, plan, outcome)
    return outcome


def _stage(
    publication: Publication,
    outcome: Outcome,
    plan: Plan,
    out: Path | None,
    split_dir: Path | None,
    labels: Path | None,
    form: str | None,
    progress: Progress,
) -> None:
    """Draw every file of the run into `publication`, counting pages into `outcome`."""
    renderer = Renderer(plan.sender, form)
    count = len(plan.contacts)
    steps = count * (bool(out) + bool(split_dir)) + bool(labels)
    done = 0
    if out:
        temp = publication.file(out)
        outcome.pages = renderer.write(
            plan.letters(), temp, count, plan.template.name, progress.part(done, steps), staged=True
        )
        outcome.files.append(Path(out))
        done += count
    if split_dir:
        written, pages = _split(
            renderer, plan, Path(split_dir), progress.part(done, steps), publication
        )
        outcome.files += written
        outcome.pages = outcome.pages or pages
        done += count
    if labels:
        progress.check()
        addresses = [plan.address(contact) for contact in plan.contacts]
        write_labels(addresses, publication.file(labels), plan.template.name, staged=True)
        outcome.files.append(Path(labels))
        progress.step(steps, steps)


def _split(
    renderer: Renderer, plan: Plan, folder: Path, progress: Progress, publication: Publication
) -> tuple[list[Path], int]:
    """One PDF per recipient, staged in `publication` under its final name in `folder`."""
    written: list[Path] = []
    pages = 0
    used: set[str] = set()
    for done, (contact, letter) in enumerate(
        zip(plan.contacts, plan.letters(), strict=True), start=1
    ):
        progress.check()
        path = folder / unique_name(split_name(contact), used)
        pages += renderer.write([letter], publication.file(path), 1, letter.subject, staged=True)
        written.append(path)
        progress.step(done, len(plan.contacts))
    return written, pages


def record(db: Database, plan: Plan, outcome: Outcome | None = None) -> None:
    """Log each letter as an activity and invite the recipients to the event, in one
    transaction; the outcome's files are put in place right before it commits and taken
    back if it fails (see `Publication.on_commit`), so that files and history come
    together. Only a crash in the moment between the first rename and the end of the
    commit can leave files without history. Afterwards the outcome holds no temporary
    file any more."""
    publication = outcome.publication if outcome is not None else None
    if publication is None:
        publication = Publication()
    try:
        with publication.on_commit(db.transaction()) as session:
            _add_history(session, plan)
            session.flush()  # a refused row shows here, before any file is in place
    finally:
        publication.close()
        if outcome is not None:
            outcome.publication = None


def _add_history(session, plan: Plan) -> None:
    now = dt.datetime.now()
    author = audit.current_user()
    for contact in plan.contacts:
        template = plan.template_for(contact)
        text = translate("Letters", "Letter from the template “{template}”.").format(
            template=template.name
        )
        letter_subject = merge.fill(
            template.subject or "",
            merge.values_for(
                contact,
                template.language,
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
                subject=(letter_subject or template.name)[:300],
                text=text,
            )
        )
    if plan.event is not None:
        invite(session, plan.event.id, [contact.id for contact in plan.contacts], plan.today)


def invite(session, event_id: int, ids: list[int], day: dt.date) -> None:
    """The contacts `ids` invited to the event on `day`: their participation says so, and
    those not yet on the list are added as invited (letters and e-mails alike)."""
    existing = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        existing.update(
            {
                participant.contact_id: participant
                for participant in session.scalars(
                    select(Participant).where(
                        Participant.event_id == event_id, Participant.contact_id.in_(chunk)
                    )
                )
            }
        )
    for contact_id in ids:
        participant = existing.get(contact_id)
        if participant is None:
            session.add(
                Participant(
                    event_id=event_id,
                    contact_id=contact_id,
                    status=ParticipantStatus.INVITED,
                    invited_on=day,
                )
            )
        elif participant.invited_on != day:
            participant.invited_on = day
