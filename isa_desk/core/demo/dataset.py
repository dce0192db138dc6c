"""The demo data set: the alliance's real members, the organisations of the press release
and fictional people, inquiries and the 10th plenary assembly.

`fill(db)` writes it in one transaction and can run again: every record is looked up by
a stable key (a member's name and country, an organisation's name, a contact's e-mail
address or name, an event's title) and updated in place, so a second run changes
nothing and only dates relative to `today` move. Records that are not part of the set
are left alone. The people are generated from fixed name tables with a fixed seed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    AuditEntry,
    Contact,
    Event,
    Inquiry,
    Member,
    MemberStatus,
    Organisation,
    Participant,
    Tag,
)
from isa_desk.core.demo import tables as data
from isa_desk.core.demo.builder import (
    ADVISORY,
    NEWSLETTER,
    PLENARY,
    PRESS,
    Builder,
    administration_name,
    slug,
)

__all__ = ["counts", "fill", "fill_when_empty", "members_by_country", "slug"]

PARTICIPANT_CYCLE = (
    "attended",
    "attended",
    "registered",
    "declined",
    "attended",
    "invited",
    "no_show",
    "attended",
    "registered",
    "declined",
)


def fill(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """Write or refresh the demo data set; returns the counts of the whole database."""
    with db.transaction() as session:
        _DemoSet(session, today or dt.date.today()).run()
    return counts(db)


def fill_when_empty(db: Database) -> bool:
    """Fill a database that holds no member yet (the demo database on first use); True
    when it was filled."""
    if counts(db)["member_records"]:
        return False
    fill(db)
    return True


def counts(db: Database) -> dict[str, int]:
    """Records per entity; "members" counts only those in status member."""
    models = {
        "member_records": Member,
        "organisations": Organisation,
        "contacts": Contact,
        "inquiries": Inquiry,
        "activities": Activity,
        "events": Event,
        "participants": Participant,
        "tags": Tag,
        "audit_entries": AuditEntry,
    }
    with db.session() as session:
        result = {
            key: session.scalar(select(func.count()).select_from(model)) or 0
            for key, model in models.items()
        }
        result["members"] = (
            session.scalar(
                select(func.count()).select_from(Member).where(Member.status == MemberStatus.MEMBER)
            )
            or 0
        )
    return result


def members_by_country(db: Database, status: MemberStatus = MemberStatus.MEMBER) -> dict[str, int]:
    """Country code -> number of members in `status`."""
    query = (
        select(Member.country, func.count()).where(Member.status == status).group_by(Member.country)
    )
    with db.session() as session:
        return dict(session.execute(query).all())  # (country, count) rows


class _DemoSet(Builder):
    """The whole set: members, organisations and people, then inquiries and the event."""

    def run(self) -> None:
        for name in (PLENARY, ADVISORY, PRESS, NEWSLETTER):
            self.tag(name)
        for row in data.MEMBERS:
            self.add_member(*row)
        for values in data.ORGANISATIONS:
            self.add_organisation(dict(values))
        self.add_public_people()
        self.add_organisation_staff()
        for index, row in enumerate(data.MEMBERS):
            self.add_member_people(index, row[0])
        for index, spec in enumerate(data.INQUIRIES):
            self.add_inquiry(index, spec)
        self.add_event()

    # -- inquiries and the event -----------------------------------------------------------

    def add_inquiry(self, index: int, spec: dict) -> None:
        name, kind, country, region, name_zh, postcode = spec["city"]
        member = self.upsert(
            Member,
            {"name": name, "country": country},
            {
                "name_zh": name_zh,
                "kind": kind,
                "region": region,
                "status": spec["member_status"],
                "member_since": None,
                "notes": "Fiktive Stadt der Demo-Daten.",
            },
        )
        self.members[name] = member
        town = spec.get("town", name)
        address = self.address(country, town, postcode, region, index)
        town_hall = self.add_organisation(
            dict(
                address,
                name=administration_name(name, kind, country),
                kind="city_administration",
                member=name,
                name_zh=f"{name_zh}人民政府" if name_zh else "",
            )
        )
        gender, position, title = spec["person"]
        chinese = country == "CN"
        values = self.person(chinese, gender)
        values.update(
            position=position,
            title=title,
            organisation=town_hall,
            member=member,
            email=self.email(values, f"{slug(name)}.example"),
            language="zh" if chinese else "de",
            phone=self.phone(country, town),
            **self.postal(town_hall),
        )
        contact = self.add_contact(values)
        inquiry = self.upsert(
            Inquiry,
            {"member": member},
            {
                "contact": contact,
                "received_on": self.days(spec["received"]),
                "channel": spec["channel"],
                "status": spec["status"],
                "assigned_to": data.OFFICE_STAFF[index % 2],
                "next_follow_up": self.days(spec["follow_up"]),
                "closed_on": self.days(spec.get("closed")),
                "summary": spec["summary"],
            },
        )
        for kind, offset, subject, text in spec["activities"]:
            when = dt.datetime.combine(
                self.today + dt.timedelta(days=offset), dt.time(10 + offset % 6, 15)
            )
            self.upsert(
                Activity,
                {"inquiry": inquiry, "subject": subject},
                {
                    "kind": kind,
                    "text": text,
                    "occurred_at": when,
                    "contact": contact,
                    "member": member,
                    "author": data.OFFICE_STAFF[index % 2],
                },
            )

    def add_event(self) -> None:
        spec: dict[str, Any] = data.EVENT
        event = self.upsert(
            Event,
            {"title": spec["title"]},
            {
                "starts_at": dt.datetime(*spec["starts_at"]),
                "ends_at": dt.datetime(*spec["ends_at"]),
                "place": spec["place"],
                "registration_deadline": dt.date(*spec["registration_deadline"]),
                "description": spec["description"],
            },
        )
        invited = dt.date(2021, 9, 30)
        for index, contact in enumerate(self.participants):
            status = PARTICIPANT_CYCLE[index % len(PARTICIPANT_CYCLE)]
            if contact.notes == data.PRESS_RELEASE:
                status = "attended"  # named in the press release: they took part
            answered = status in ("registered", "attended", "no_show")
            self.upsert(
                Participant,
                {"event": event, "contact": contact},
                {
                    "status": status,
                    "invited_on": invited,
                    "registered_on": invited + dt.timedelta(days=1 + index % 11)
                    if answered
                    else None,
                    "accompanying": 1 if index % 7 == 3 else 0,
                    "interpreting_language": "zh" if contact.country == "CN" else "",
                },
            )
