"""The fixed choices of the domain's records, stored in the database as their plain values."""

from __future__ import annotations

import enum


class MemberKind(enum.StrEnum):
    CITY = "city"
    DISTRICT = "district"
    REGION = "region"
    CITY_NETWORK = "city_network"


class MemberStatus(enum.StrEnum):
    PROSPECT = "prospect"
    APPLICANT = "applicant"
    GUEST = "guest"
    MEMBER = "member"
    FORMER = "former"


class OrganisationKind(enum.StrEnum):
    CITY_ADMINISTRATION = "city_administration"
    ECONOMIC_DEVELOPMENT = "economic_development"
    CHAMBER = "chamber"
    MINISTRY_AGENCY = "ministry_agency"
    COMPANY = "company"
    PRESS = "press"
    OTHER = "other"


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class NameOrder(enum.StrEnum):
    WESTERN = "western"  # given name first
    CHINESE = "chinese"  # family name first


class Language(enum.StrEnum):
    DE = "de"
    EN = "en"
    ZH = "zh"


class InquiryChannel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    EVENT = "event"
    WEBSITE = "website"


class InquiryStatus(enum.StrEnum):
    NEW = "new"
    IN_CONTACT = "in_contact"
    DOCUMENTS_SENT = "documents_sent"
    APPLICATION_RECEIVED = "application_received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


OPEN_INQUIRY_STATUSES = (
    InquiryStatus.NEW,
    InquiryStatus.IN_CONTACT,
    InquiryStatus.DOCUMENTS_SENT,
    InquiryStatus.APPLICATION_RECEIVED,
)


class ActivityKind(enum.StrEnum):
    NOTE = "note"
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    LETTER = "letter"


class ParticipantStatus(enum.StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    DECLINED = "declined"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ERASE = "erase"  # a person erased for good (Art. 17 GDPR): the entry names no one


class MailMode(enum.StrEnum):
    SMTP = "smtp"  # sent through a mail server
    EML = "eml"  # written as .eml drafts to a folder


class MailStatus(enum.StrEnum):
    PENDING = "pending"  # recorded, not yet accepted by the server
    SENT = "sent"
    REFUSED = "refused"
    SKIPPED = "skipped"


class ConsentPurpose(enum.StrEnum):
    """What a person agreed to be written to for (or their data to be used for)."""

    NEWSLETTER = "newsletter"
    INVITATIONS = "invitations"
    PRESS = "press"  # the press list
    SECRETARIAT = "secretariat"  # sharing with the alliance's secretariat in Foshan
