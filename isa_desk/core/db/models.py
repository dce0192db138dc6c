"""The office's domain as SQLAlchemy models.

Every editable record has created/updated timestamps and a version counter that
SQLAlchemy checks on each UPDATE, so a concurrent edit is detected, not overwritten.
Enumerations are stored as their plain string values.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import cast

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    func,
    inspect,
    update,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Unmapped,
    declared_attr,
    mapped_column,
    relationship,
    unmapped_column,
)

from isa_desk.core.addressing.person import latin_name
from isa_desk.core.db.enums import (
    OPEN_INQUIRY_STATUSES,  # noqa: F401  (importable from here, as all the enumerations)
    ActivityKind,
    AuditAction,
    ConsentPurpose,
    Gender,
    InquiryChannel,
    InquiryStatus,
    Language,
    MailMode,
    MailStatus,
    MemberKind,
    MemberStatus,
    NameOrder,
    OrganisationKind,
    ParticipantStatus,
)
from isa_desk.core.db.search_index import index_text
from isa_desk.core.domain.emails import email_key
from isa_desk.core.domain.phones import phone_key
from isa_desk.core.domain.sorting import name_sort_key, person_sort_key
from isa_desk.core.domain.text import search_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


# SQLite reuses the highest id after a delete unless a table says AUTOINCREMENT; undo
# (which puts rows back with their ids) and the audit trail rely on ids never coming back.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Tracked:
    """Created/updated timestamps and the optimistic-locking version counter."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _tag_table(name: str, owner: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(f"{owner}_id", ForeignKey(f"{owner}.id", ondelete="CASCADE"), primary_key=True),
        # indexed: a tag filter reads the records of one tag
        Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


contact_tag = _tag_table("contact_tag", "contact")
organisation_tag = _tag_table("organisation_tag", "organisation")
member_tag = _tag_table("member_tag", "member")


# Columns added by a later revision stand, in a new database too, at the table's end,
# after those of Tracked, as in an upgraded one
LATER = 1

# The stored sort keys (domain/sorting.py) order character by character, as SQLite's
# BINARY does; PostgreSQL compares them so with the "C" collation (its default, the
# server's locale, would pass over the keys' separators), and an index on the column
# serves ORDER BY it (revision 0006)
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

    def __repr__(self) -> str:
        return f"Tag({self.name!r})"


class Member(Tracked, Base):
    """A member entity of the alliance: a city, district, region or network of towns."""

    __tablename__ = "member"
    __table_args__ = (Index("ix_member_sort_name", "sort_name", "id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[MemberKind] = mapped_column(_enum(MemberKind), default=MemberKind.CITY)
    country: Mapped[str] = mapped_column(String(2), index=True)  # ISO 3166-1 alpha-2
    region: Mapped[str] = mapped_column(String(100), default="")  # federal state or province
    status: Mapped[MemberStatus] = mapped_column(
        _enum(MemberStatus), default=MemberStatus.MEMBER, index=True
    )
    member_since: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(
        SORT_KEY, default="", server_default="", sort_order=LATER
    )  # sorting.py

    places: Mapped[list[MemberPlace]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        order_by="MemberPlace.position",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=member_tag, order_by=Tag.name)
    organisations: Mapped[list[Organisation]] = relationship(back_populates="member")
    contacts: Mapped[list[Contact]] = relationship(back_populates="member")

    def __repr__(self) -> str:
        return f"Member({self.id}, {self.name!r})"


class MemberPlace(Base):
    """A town that belongs to a region or city network."""

    __tablename__ = "member_place"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[Member] = relationship(back_populates="places")


class Organisation(Tracked, Base):
    __tablename__ = "organisation"
    __table_args__ = (Index("ix_organisation_sort_name", "sort_name", "id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[OrganisationKind] = mapped_column(
        _enum(OrganisationKind), default=OrganisationKind.OTHER
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    advisory_board: Mapped[bool] = mapped_column(Boolean, default=False)
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(
        SORT_KEY, default="", server_default="", sort_order=LATER
    )

    member: Mapped[Member | None] = relationship(back_populates="organisations")
    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")
    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag, order_by=Tag.name)

    def __repr__(self) -> str:
        return f"Organisation({self.id}, {self.name!r})"


def _index_text_default(context) -> str:
    return index_text(context.get_current_parameters().get("search_text") or "")


class Contact(Tracked, Base):
    """A person the office writes to."""

    __tablename__ = "contact"
    __table_args__ = (
        # the list's default order; with the search text in it, a search word too short
        # for the trigram index is tested while reading this order, without the table
        Index("ix_contact_sort_name", "sort_name", "id", "search_text"),
        Index("ix_contact_sort_given", "sort_given", "id"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    gender: Mapped[Gender] = mapped_column(_enum(Gender), default=Gender.UNKNOWN)
    title: Mapped[str] = mapped_column(String(60), default="")  # academic: Dr., Prof. Dr.
    position: Mapped[str] = mapped_column(String(200), default="")  # office or job title
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    name_order: Mapped[NameOrder] = mapped_column(_enum(NameOrder), default=NameOrder.WESTERN)
    name_zh: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    department: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # lower-cased e-mail, NULL when empty: makes the address unique regardless of case
    email_key: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    mobile: Mapped[str] = mapped_column(String(60), default="")
    fax: Mapped[str] = mapped_column(String(60), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE", index=True)
    language: Mapped[Language] = mapped_column(_enum(Language), default=Language.DE)
    salutation_override: Mapped[str] = mapped_column(String(200), default="")
    no_post: Mapped[bool] = mapped_column(Boolean, default=False)
    no_email: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # search_text as the trigram index reads it (services/search_index.py). Not mapped:
    # nobody edits it and the audit trail and undo need not carry it; it is computed on
    # every insert (also bulk ones) by its default, and on update by _refresh_index_text.
    search_index_text: Unmapped[str] = unmapped_column(Text, default=_index_text_default)
    # Computed on every save (contact_keys), added by revision 0004 at the table's end:
    # the order of lists by family name or by given name (domain/sorting.py), and phone
    # and mobile in E.164 ("+493012345678", "" when not a valid number), the same number
    # however it is written, for search and the duplicate check (domain/phones.py)
    sort_name: Mapped[str] = mapped_column(
        SORT_KEY, default="", server_default="", sort_order=LATER
    )
    sort_given: Mapped[str] = mapped_column(
        SORT_KEY, default="", server_default="", sort_order=LATER
    )
    phone_key: Mapped[str] = mapped_column(
        String(20), default="", server_default="", index=True, sort_order=LATER
    )
    mobile_key: Mapped[str] = mapped_column(
        String(20), default="", server_default="", index=True, sort_order=LATER
    )

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")
    member: Mapped[Member | None] = relationship(back_populates="contacts")
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag, order_by=Tag.name)
    consents: Mapped[list[Consent]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Consent.purpose",
    )

    @property
    def full_name(self) -> str:
        """The name in Latin script in the person's own order ("" without a Latin name)."""
        return latin_name(self)

    def __repr__(self) -> str:
        return f"Contact({self.id}, {self.full_name!r})"


# How lists sort people, whatever order their names are written in: by family name, then
# given name (the order ix_contact_sort_name serves); or by given name, then family name.
CONTACT_NAME_SORT = (Contact.sort_name,)
CONTACT_GIVEN_NAME_SORT = (Contact.sort_given,)


class Consent(Tracked, Base):
    """A person's consent to one purpose: given on a day (and how: a form, an e-mail), and
    withdrawn on a day. In force when given and not withdrawn since (privacy/consent.py)."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("contact_id", "purpose"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    purpose: Mapped[ConsentPurpose] = mapped_column(_enum(ConsentPurpose))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="consents")


class Inquiry(Tracked, Base):
    """A city's inquiry about membership, from first contact to a decision."""

    __tablename__ = "inquiry"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    channel: Mapped[InquiryChannel] = mapped_column(
        _enum(InquiryChannel), default=InquiryChannel.EMAIL
    )
    status: Mapped[InquiryStatus] = mapped_column(
        _enum(InquiryStatus), default=InquiryStatus.NEW, index=True
    )
    assigned_to: Mapped[str] = mapped_column(String(100), default="")
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship()
    contact: Mapped[Contact | None] = relationship()


class Activity(Tracked, Base):
    """A dated note, call, e-mail, meeting or letter about a contact, member or inquiry."""

    __tablename__ = "activity"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind), default=ActivityKind.NOTE)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), index=True
    )
    inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiry.id", ondelete="CASCADE"), index=True
    )

    contact: Mapped[Contact | None] = relationship()
    member: Mapped[Member | None] = relationship()
    inquiry: Mapped[Inquiry | None] = relationship()


class Event(Tracked, Base):
    __tablename__ = "event"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class Participant(Tracked, Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("event_id", "contact_id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus), default=ParticipantStatus.INVITED
    )
    invited_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    accompanying: Mapped[int] = mapped_column(Integer, default=0)
    interpreting_language: Mapped[str] = mapped_column(String(2), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participants")
    contact: Mapped[Contact] = relationship()


class AuditEntry(Base):
    """One change to one record: who, when, what (a JSON object of field: [old, new])."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[AuditAction] = mapped_column(_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")


SEARCH_FIELDS: dict[type[Base], tuple[str, ...]] = {
    Member: ("name", "name_zh", "region", "website"),
    Organisation: ("name", "name_zh", "town", "region", "email"),
    Contact: (
        "given_name",
        "family_name",
        "name_zh",
        "position",
        "department",
        "email",
        "town",
        "phone_key",  # E.164: a number found however it is searched (phones.search_query)
        "mobile_key",
    ),
}


# the fields contact_keys reads
CONTACT_KEY_SOURCES = (
    "email",
    "country",
    "phone",
    "mobile",
    "family_name",
    "given_name",
    "name_zh",
)

# a contact's search text ends with these names of its organisation and member, so that
# "佛山" or "Handelsamt" finds the people there (see contact_search.py)
RELATED_NAMES = ("name", "name_zh")


def contact_search_text(
    values: Mapping[str, object], related: Iterable[str] = (), fold=search_key
) -> str:
    """The folded search text of a contact: its own fields (`values`), then `related`, the
    names of its organisation and member."""
    own = [str(values.get(field) or "") for field in SEARCH_FIELDS[Contact]]
    return fold(" ".join([*own, *related]))


# Fields computed from the others on every save (here, and by the import for the rows it
# inserts in bulk): nobody edits them, and the audit trail and undo do not carry them.
DERIVED_FIELDS = frozenset(
    {"search_text", "email_key", "phone_key", "mobile_key", "sort_name", "sort_given"}
)


def contact_keys(values: Mapping[str, object]) -> dict[str, object]:
    """The e-mail address as stored and the keys computed from a contact's fields: the
    e-mail and phone keys for the duplicate check, the sort keys of the lists."""
    email = str(values.get("email") or "").strip()
    country = str(values.get("country") or "")
    family, given, name_zh = (
        str(values.get(f) or "") for f in ("family_name", "given_name", "name_zh")
    )
    return {
        "email": email,
        "email_key": email_key(email),
        "phone_key": phone_key(str(values.get("phone") or ""), country),
        "mobile_key": phone_key(str(values.get("mobile") or ""), country),
        "sort_name": person_sort_key(family, given, name_zh),
        "sort_given": person_sort_key(family, given, name_zh, given_first=True),
    }


def _refresh_search_text(mapper, connection, target) -> None:
    if isinstance(target, Contact):  # first: the search text holds the phone keys
        fields = {field: getattr(target, field) for field in CONTACT_KEY_SOURCES}
        for field, value in contact_keys(fields).items():
            setattr(target, field, value)
    else:
        target.sort_name = name_sort_key(target.name or "", target.name_zh or "")
    values = [getattr(target, field) or "" for field in SEARCH_FIELDS[type(target)]]
    if isinstance(target, Member):
        values += [place.name for place in target.places]
    if isinstance(target, Contact):
        from isa_desk.core.db import contact_search  # it reads these models

        values += contact_search.names(connection, target.organisation_id, target.member_id)
    target.search_text = search_key(" ".join(values))


def _renamed(mapper, connection, target) -> None:
    """An organisation or member renamed: its contacts' search texts follow, in the same
    transaction."""
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in RELATED_NAMES):
        from isa_desk.core.db import contact_search  # it reads these models

        contact_search.refresh_related(connection, target)


def _refresh_index_text(mapper, connection, target: Contact) -> None:
    if not inspect(target).attrs.search_text.history.has_changes():
        return
    table = cast(Table, Contact.__table__)
    connection.execute(
        update(table)
        .where(table.c.id == target.id)
        .values(search_index_text=index_text(target.search_text))
    )


for _model in SEARCH_FIELDS:
    event.listen(_model, "before_insert", _refresh_search_text)
    event.listen(_model, "before_update", _refresh_search_text)
event.listen(Contact, "after_update", _refresh_index_text)
event.listen(Organisation, "after_update", _renamed)
event.listen(Member, "after_update", _renamed)


class NotDuplicate(Base):
    """Two contacts someone decided are different people: the duplicate finder does not
    show them as a pair again. The smaller id comes first."""

    __tablename__ = "not_duplicate"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")


class ImportBatch(Base):
    """One import of a list: what it created and changed, so that it can be undone whole."""

    __tablename__ = "import_batch"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(40))  # "contact" or "member"
    source: Mapped[str] = mapped_column(String(500), default="")  # file name and sheet
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: {"created": [ids], "updated": {id: {field: old value}}}
    undo_data: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ColumnMapping(Base):
    """A column mapping the user saved under a name, for the next file of the same shape."""

    __tablename__ = "column_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON: header -> field


class LetterTemplate(Tracked, Base):
    """A letter with merge fields ({{ field }}), editable by the office."""

    __tablename__ = "letter_template"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[Language] = mapped_column(_enum(Language), default=Language.DE)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(String(200), default="")
    signature_name: Mapped[str] = mapped_column(String(200), default="")
    signature_function: Mapped[str] = mapped_column(String(200), default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    """Settings shared by everyone who uses the database (e.g. the letters' sender)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Mailing(Base):
    """A mail merge sent by e-mail (or written as drafts): one row per run, continued by a
    resumed run until every message is sent, refused or skipped (`finished_at`)."""

    __tablename__ = "mailing"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    template_key: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(300), default="")
    mode: Mapped[MailMode] = mapped_column(_enum(MailMode))
    # the server as smtp[s]://user@host:port (never a password), or the drafts' folder
    target: Mapped[str] = mapped_column(String(500), default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    # JSON: what a resumed run needs to make the same messages (mail/record.py)
    options: Mapped[str] = mapped_column(Text, default="{}")

    messages: Mapped[list[MailingMessage]] = relationship(
        back_populates="mailing",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MailingMessage.id",
    )


class MailingMessage(Base):
    """One recipient of a mailing: recorded before the message goes out, marked sent once
    the server accepted it; refused with the server's answer, or skipped with the reason."""

    __tablename__ = "mailing_message"
    __table_args__ = (UniqueConstraint("mailing_id", "contact_id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(ForeignKey("mailing.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")  # as it was at the time
    address: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[MailStatus] = mapped_column(_enum(MailStatus), default=MailStatus.PENDING)
    # the server's reply, the file written, or why the contact was skipped
    answer: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(250), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # a draft's file name, chosen once for all recipients so that a resumed run writes
    # each draft under the same name
    file_name: Mapped[str] = mapped_column(String(255), default="")

    mailing: Mapped[Mailing] = relationship(back_populates="messages")
