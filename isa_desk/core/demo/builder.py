"""The record-making part of the demo data set: upserts records by a stable key and makes
up members' organisations and fictional people with their addresses, phone numbers and
e-mail addresses.

`Builder` writes the members, organisations and contacts; `dataset` adds the inquiries
and the event and runs the whole set in order. The names come from fixed tables in
`tables`, drawn with a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Sequence

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from isa_desk.core.addressing.person import ordered_names
from isa_desk.core.db.models import (
    Base,
    ConsentPurpose,
    Contact,
    Member,
    MemberPlace,
    MemberStatus,
    Organisation,
    Tag,
)
from isa_desk.core.demo import tables as data
from isa_desk.core.domain.emails import email_key
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import ConsentState

SEED = 2021
PLENARY, ADVISORY, PRESS, NEWSLETTER = "Plenarversammlung", "Beirat", "Presse", "Newsletter"


def slug(text: str) -> str:
    """An ASCII host name part: "Köln" -> "koeln", "Fulda (Region)" -> "fulda-region"."""
    text = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("ß", "ss").replace("'", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def administration_name(name: str, kind: str, country: str) -> str:
    """The administration of a member: "Stadt Aachen", "Volksregierung der Stadt Foshan"."""
    if name in data.ORGANISATION_NAMES:
        return data.ORGANISATION_NAMES[name]
    if country == "CN":
        return f"Volksregierung {'des Bezirks' if kind == 'district' else 'der Stadt'} {name}"
    pattern = {
        "city": "Stadt {}",
        "district": "{} – Kreisverwaltung",
        "region": "{} – Geschäftsstelle",
        "city_network": "{} – Koordinierungsstelle",
    }
    return pattern[kind].format(name)


def _month(text: str) -> dt.date:
    year, month = text.split("-")
    return dt.date(int(year), int(month), 1)


class Builder:
    """Upserts the members, organisations and people record by record inside one session."""

    def __init__(self, session: Session, today: dt.date):
        self.session = session
        self.today = today
        self.rng = random.Random(SEED)
        self.used_names: set[tuple[str, str]] = set()
        self.used_emails: set[str] = set()
        self.tags: dict[str, Tag] = {}
        self.members: dict[str, Member] = {}
        self.organisations: dict[str, Organisation] = {}
        self.participants: list[Contact] = []
        self.contact_count = 0
        self.press_count = 0

    # -- generic helpers -------------------------------------------------------------

    def upsert(self, model, key: dict, values: dict):
        record = None
        # A key naming a record not yet written cannot match a stored row; skipping the
        # query there lets the whole set go to the database in one flush at the end.
        if all(inspect(value).persistent for value in key.values() if isinstance(value, Base)):
            with self.session.no_autoflush:
                record = self.session.scalars(select(model).filter_by(**key)).first()
        if record is None:
            record = model(**key, **values)
            self.session.add(record)
            return record
        for name, value in values.items():
            if getattr(record, name) != value:  # an equal value must not bump the version
                setattr(record, name, value)
        return record

    def tag(self, name: str) -> Tag:
        if name not in self.tags:
            with self.session.no_autoflush:
                found = self.session.scalars(select(Tag).filter_by(name=name)).first()
            self.tags[name] = found or Tag(name=name)
            self.session.add(self.tags[name])
        return self.tags[name]

    def days(self, offset: int | None) -> dt.date | None:
        return None if offset is None else self.today + dt.timedelta(days=offset)

    # -- members and organisations ----------------------------------------------------

    def add_member(self, name, kind, country, region, name_zh, first_listed, places, note):
        since = _month(data.MEMBER_SINCE_OVERRIDES.get(name, first_listed))
        listed = _month(first_listed).strftime("%m/%Y")
        notes = " ".join(
            filter(None, [f"Erstmals in der Mitgliederliste von {listed} genannt.", note])
        )
        member = self.upsert(
            Member,
            {"name": name, "country": country},
            {
                "name_zh": name_zh,
                "kind": kind,
                "region": region,
                "status": MemberStatus.MEMBER,
                "member_since": since,
                "notes": notes,
            },
        )
        self.set_places(member, [p for p in places.split("|") if p])
        self.members[name] = member
        self.add_member_organisations(member)

    def set_places(self, member: Member, names: list[str]) -> None:
        if [place.name for place in member.places] != names:
            member.places = [MemberPlace(name=n, position=i) for i, n in enumerate(names)]

    def add_member_organisations(self, member: Member) -> None:
        town, postcode, _area = data.SEATS.get(member.name, (member.name, "", ""))
        number = len(self.members)
        address = self.address(member.country, town, postcode, member.region, number)
        host = f"{slug(member.name)}.example"
        main = administration_name(member.name, member.kind, member.country)
        if member.country == "DE":
            self.add_organisation(
                dict(
                    address,
                    name=main,
                    kind="city_administration",
                    member=member.name,
                    email=f"info@{host}",
                )
            )
            if member.kind == "city" and number % 3 != 1:
                self.add_organisation(
                    dict(
                        address,
                        name=f"Wirtschaftsförderung {member.name}",
                        kind="economic_development",
                        member=member.name,
                        phone=self.phone("DE", town),
                        email=f"wirtschaft@{host}",
                    )
                )
            return
        district = member.kind == "district"
        self.add_organisation(
            dict(
                address,
                name=main,
                kind="city_administration",
                name_zh=f"{member.name_zh}人民政府" if member.name_zh else "",
                member=member.name,
                email=f"foreign-affairs@{host}",
            )
        )
        if not district:
            self.add_organisation(
                dict(
                    address,
                    name=f"Handelsamt der Stadt {member.name}",
                    name_zh=f"{member.name_zh}商务局" if member.name_zh else "",
                    kind="economic_development",
                    member=member.name,
                    phone=self.phone("CN", town),
                    email=f"commerce@{host}",
                )
            )

    def address(self, country: str, town: str, postcode: str, region: str, index: int) -> dict:
        number = index % 9 + 1
        if country == "DE":
            street = f"{data.GERMAN_STREETS[index % len(data.GERMAN_STREETS)]} {number}"
        else:
            street = f"No. {number} {data.CHINESE_STREETS[index % len(data.CHINESE_STREETS)]}"
        return dict(
            street=street,
            postcode=postcode,
            town=town,
            region=region,
            country=country,
            phone=self.phone(country, town),
        )

    def phone(self, country: str, town: str) -> str:
        extension = self.rng.randrange(100, 1000)
        if country == "DE":
            return f"{self.rng.choice(data.GERMAN_PHONE_PREFIXES)}{extension}"
        area = next((seat[2] for seat in data.SEATS.values() if seat[0] == town and seat[2]), "10")
        # Chinese subscriber numbers never start with 0: this one reaches nobody.
        return f"+86 {area} 0{extension} {self.rng.randrange(1000, 10000)}"

    def add_organisation(self, values: dict) -> Organisation:
        member_name = values.pop("member", None)
        values["member"] = self.members.get(member_name) if member_name else None
        values.setdefault("notes", "Demo-Datensatz: Anschrift und Telefonnummer sind erfunden.")
        name = values.pop("name")
        organisation = self.upsert(Organisation, {"name": name}, values)
        if organisation.advisory_board and organisation.tags != [self.tag(ADVISORY)]:
            organisation.tags = [self.tag(ADVISORY)]
        self.organisations[name] = organisation
        return organisation

    # -- people --------------------------------------------------------------------------

    def person(self, chinese: bool, gender: str) -> dict:
        """A fictional name not used before in this set."""
        while True:
            if chinese:
                family, family_zh = self.rng.choice(data.CHINESE_FAMILY)
                given, given_zh = self.rng.choice(data.CHINESE_GIVEN[gender])
                values = dict(
                    family_name=family,
                    given_name=given,
                    name_order="chinese",
                    name_zh=family_zh + given_zh,
                )
            else:
                values = dict(
                    family_name=self.rng.choice(data.GERMAN_FAMILY),
                    given_name=self.rng.choice(data.GERMAN_GIVEN[gender]),
                    name_order="western",
                    name_zh="",
                )
            key = (values["given_name"], values["family_name"])
            if key not in self.used_names:
                self.used_names.add(key)
                values["gender"] = gender
                return values

    def pick_gender(self, chinese: bool) -> str:
        roll = self.rng.random()
        unknown = 0.15 if chinese else 0.05
        return "unknown" if roll < unknown else ("female" if roll < 0.55 else "male")

    def email(self, values: dict, host: str) -> str:
        parts = ordered_names(values["given_name"], values["family_name"], values["name_order"])
        local = ".".join(slug(part) for part in parts)
        address, number = f"{local}@{host}", 2
        while address in self.used_emails:
            address, number = f"{local}{number}@{host}", number + 1
        self.used_emails.add(address)
        return address

    def add_contact(self, values: dict, tags: Sequence[str] = ()) -> Contact:
        """Upsert a contact by its e-mail address, or by its name when it has none."""
        self.contact_count += 1
        number = self.contact_count
        if values.get("email") and number % 3 == 0 and not values.get("no_email"):
            tags = [*tags, NEWSLETTER]
        consents = self.consents(number, tags)
        values["tags"] = sorted({self.tag(name) for name in tags}, key=lambda tag: tag.name)
        if values.get("email"):
            key = {"email_key": email_key(values["email"])}
        else:
            key = {
                "email_key": None,
                "given_name": values.pop("given_name"),
                "family_name": values.pop("family_name"),
            }
        contact = self.upsert(Contact, key, values)
        with self.session.no_autoflush:
            consent.apply(contact, consents)  # an equal consent is left as it is
        return contact

    def consents(
        self, number: int, tags: Sequence[str]
    ) -> dict[ConsentPurpose | str, ConsentState]:
        """Everyone agreed to invitations (so an invitation run leaves no one out), those
        on the newsletter tag to the newsletter, the first two of the press to the press
        list. Fixed days, so that a refresh changes nothing."""
        plenary = PLENARY in tags
        found: dict[ConsentPurpose | str, ConsentState] = {
            ConsentPurpose.INVITATIONS: ConsentState(
                dt.date(2018, 6, 1) + dt.timedelta(days=(number * 5) % 1000),
                "Teilnahme an der Plenarversammlung" if plenary else "Zusage per E-Mail",
            )
        }
        if NEWSLETTER in tags:
            found[ConsentPurpose.NEWSLETTER] = ConsentState(
                dt.date(2019, 1, 1) + dt.timedelta(days=number * 7),
                "Newsletter-Anmeldung per E-Mail",
            )
        if PRESS in tags:
            self.press_count += 1
            if self.press_count <= 2:
                found[ConsentPurpose.PRESS] = ConsentState(
                    dt.date(2021, 9, 30), "Anmeldung zum Presseverteiler"
                )
        return found

    def add_public_people(self) -> None:
        for spec in data.PUBLIC_PEOPLE:
            values = dict(spec)
            values["organisation"] = self.organisations.get(values.pop("organisation", None))
            contact = self.add_contact(values, [PLENARY])
            self.participants.append(contact)

    def add_organisation_staff(self) -> None:
        for index, (name, male, female, department) in enumerate(data.ORGANISATION_STAFF):
            organisation = self.organisations[name]
            chinese = organisation.country == "CN"
            gender = "male" if index % 3 == 1 else "female"
            values = self.person(chinese, gender)
            values.update(
                position=female if gender == "female" else male,
                department=department,
                organisation=organisation,
                member=organisation.member,
                email=self.email(values, data.STAFF_HOSTS[name]),
                language=("zh", "en")[index % 2] if chinese else "de",
                phone=self.phone(organisation.country, organisation.town),
                **self.postal(organisation),
            )
            press = organisation.kind == "press" or department == "Öffentlichkeitsarbeit"
            invited = index % 2 == 0
            tags = ([PRESS] if press else []) + ([ADVISORY] if organisation.advisory_board else [])
            contact = self.add_contact(values, tags + ([PLENARY] if invited else []))
            if invited:
                self.participants.append(contact)

    def postal(self, organisation: Organisation) -> dict:
        return {
            field: getattr(organisation, field)
            for field in ("street", "postcode", "town", "region", "country")
        }

    def add_member_people(self, index: int, name: str) -> None:
        member = self.members[name]
        chinese = member.country == "CN"
        organisations = [o for o in self.organisations.values() if o.member is member]
        host = f"{slug(name)}.example"
        roles = self.chinese_roles(index, member) if chinese else self.german_roles(index, member)
        for position, (job, department, office_holder) in enumerate(roles):
            gender = self.pick_gender(chinese)
            if office_holder and gender == "unknown":
                # the office decides the salutation of an office holder: keep it known
                gender = ("female", "male")[index % 2]
            values = self.person(chinese, gender)
            organisation = organisations[min(position, len(organisations) - 1)]
            moved = position > 0 and (index + position) % 11 == 0
            values.update(
                position=self.gendered(job, gender),
                department=department,
                title=self.title(index, position),
                organisation=organisation,
                member=member,
                email=self.email(values, host if position != 2 else "example.org"),
                phone=self.phone(member.country, organisation.town),
                language=self.language(chinese, index + position),
                active=not moved,
                notes="Hat die Stelle gewechselt." if moved else "",
                no_post=position > 0 and (index + position) % 13 == 0,
                no_email=position > 0 and (index + position) % 17 == 0,
                **self.postal(organisation),
            )
            contact = self.add_contact(values, [PLENARY] if office_holder else [])
            if office_holder:
                self.participants.append(contact)

    def german_roles(self, index: int, member: Member) -> list[tuple]:
        male, female = data.DE_HEAD_OVERRIDES.get(member.name, data.DE_HEAD_OFFICES[member.kind])
        head = ((male, female), "", True)
        staff = [((m, f), d, False) for m, f, d in data.DE_STAFF]
        return [head, staff[index % 2], staff[2 + index % 2]]

    def chinese_roles(self, index: int, member: Member) -> list[tuple]:
        mayor, vice = data.CN_HEAD_OFFICES["district" if member.kind == "district" else "city"]
        head = ((mayor if index % 3 else vice,) * 2, "", True)
        staff = [((male, female), department, False) for male, female, department in data.CN_STAFF]
        roles = [head, staff[index % len(staff)]]
        if index % 2 == 0:
            roles.append(staff[(index + 2) % len(staff)])
        return roles

    @staticmethod
    def gendered(job: tuple[str, str], gender: str) -> str:
        male, female = job
        if gender == "female":
            return female
        if gender == "male" or male == female:
            return male
        return f"{male.split(' ')[0]}/in {' '.join(male.split(' ')[1:])}".strip()

    def title(self, index: int, position: int) -> str:
        roll = (index * 7 + position * 3) % 13
        return "Prof. Dr." if roll == 0 else ("Dr." if roll in (1, 5, 9) else "")

    @staticmethod
    def language(chinese: bool, number: int) -> str:
        if chinese:
            return ("zh", "zh", "en", "zh", "de")[number % 5]
        return "en" if number % 10 == 0 else "de"
