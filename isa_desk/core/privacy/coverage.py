"""Which tables hold what about a contact: the one list the access export (Art. 15) and
erasure (Art. 17) both follow.

Every table of the schema is named here once. A table either holds a person's own data
(`personal`: erasure removes or scrubs its rows), or holds records the person's rows only
point to (their organisation, an event: shown in the export, never erased with them), or
holds nothing about contacts (`section` empty). A test fails on a table missing here, so
a new table is placed before it ships.
"""

from __future__ import annotations

from dataclasses import dataclass

# `link` of a table whose rows find the contact another way than one column (see `note`)
SPECIAL = "special"


@dataclass(frozen=True)
class Entry:
    table: str
    # a column of this table holding the contact's id ("contact_id"; "id" for the contact
    # itself); for a table the person's rows point to, "table.column" of the pointer;
    # SPECIAL; "" for a table without data of contacts
    link: str
    section: str  # the export's section that shows the rows; "" for none
    personal: bool = False  # rows of the person, removed or scrubbed by erasure
    note: str = ""


ENTRIES: tuple[Entry, ...] = (
    Entry("contact", "id", "contact", personal=True),
    Entry("contact_tag", "contact_id", "tags", personal=True),
    Entry("consent", "contact_id", "consents", personal=True),
    Entry(
        "activity",
        "contact_id",
        "activities",
        personal=True,
        note="those of kind letter in the section letters",
    ),
    Entry("inquiry", "contact_id", "inquiries", personal=True),
    Entry("participant", "contact_id", "events", personal=True),
    Entry("mailing_message", "contact_id", "emails", personal=True),
    Entry(
        "not_duplicate",
        SPECIAL,
        "not_duplicates",
        personal=True,
        note="first_id or second_id is the contact",
    ),
    Entry(
        "import_batch",
        SPECIAL,
        "imports",
        personal=True,
        note='entity "contact" and undo_data lists the id in "created" or "updated"',
    ),
    Entry(
        "audit_entry",
        SPECIAL,
        "history",
        personal=True,
        note='entity "contact" and entity_id the id; entries of the contact\'s consent, '
        "activity, inquiry, participant and not_duplicate rows (also deleted ones, found "
        'by "contact_id" in their changes)',
    ),
    Entry("organisation", "contact.organisation_id", "organisation"),
    Entry("member", "contact.member_id", "member"),
    Entry("tag", "contact_tag.tag_id", "tags"),
    Entry("event", "participant.event_id", "events"),
    Entry("mailing", "mailing_message.mailing_id", "emails"),
    Entry("member_place", "", ""),
    Entry("member_tag", "", ""),
    Entry("organisation_tag", "", ""),
    Entry("letter_template", "", "", note="the office's signature, no contact's data"),
    Entry("setting", "", "", note="the office's sender and options"),
    Entry("column_mapping", "", ""),
    Entry("alembic_version", "", "", note="the schema revision, outside the models"),
)

# tables of the database that are not among the models
OUTSIDE_MODELS = frozenset({"alembic_version"})

BY_TABLE: dict[str, Entry] = {entry.table: entry for entry in ENTRIES}


def personal_tables() -> tuple[Entry, ...]:
    """The tables whose rows are the person's own data, in the order above."""
    return tuple(entry for entry in ENTRIES if entry.personal)


def sections() -> tuple[str, ...]:
    """The export's sections that show rows of a table, each once."""
    return tuple(dict.fromkeys(entry.section for entry in ENTRIES if entry.section))
