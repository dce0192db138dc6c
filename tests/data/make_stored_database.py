"""Write tests/data/schema-<revision>.sqlite: a small database of the current schema.

Run it once when a schema revision is released (`python tests/data/make_stored_database.py`)
and keep the file for good: tests/core/test_schema.py opens every stored file with the
current program and checks that its rows survive the upgrade. It holds a few rows of
every table, with umlauts, Chinese characters, dates and flags.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

from isa_desk.core import schema
from isa_desk.core.db import Database
from isa_desk.core.models import (
    Activity, Contact, Event, Inquiry, Member, MemberPlace, Organisation, Participant, Tag,
)

HERE = Path(__file__).resolve().parent


def fill(db: Database) -> None:
    with db.transaction() as session:
        plenary, press = Tag(name="Plenarversammlung"), Tag(name="Presse")
        network = Member(name="Städtenetzwerk „Drei gewinnt“", country="DE", region="Hessen",
                         kind="city_network", member_since=dt.date(2017, 12, 1), tags=[plenary],
                         places=[MemberPlace(name="Rüsselsheim am Main", position=0),
                                 MemberPlace(name="Raunheim", position=1)])
        foshan = Member(name="Foshan", name_zh="佛山市", country="CN", region="Guangdong",
                        member_since=dt.date(2017, 12, 1), notes="Sitz des Sekretariats")
        prospect = Member(name="Talbrück", country="DE", status="prospect")
        office = Organisation(name="Stadt Rüsselsheim am Main", member=network,
                              kind="city_administration", postcode="65428",
                              town="Rüsselsheim am Main", advisory_board=True, tags=[press])
        government = Organisation(name="Volksregierung der Stadt Foshan", name_zh="佛山市人民政府",
                                  member=foshan, country="CN", town="Foshan")
        mayor = Contact(gender="female", title="Dr.", position="Oberbürgermeisterin",
                        given_name="Jürgen", family_name="Müller-Lüdenscheidt",
                        organisation=office, member=network, email="Anna.Mueller@example.org",
                        postcode="09111", town="Chemnitz", language="de", tags=[plenary, press],
                        consent_on=dt.date(2020, 5, 4), consent_source="Formular")
        wang = Contact(gender="male", position="市长", given_name="Wei", family_name="Wang",
                       name_order="chinese", name_zh="王伟", organisation=government,
                       member=foshan, email="wang.wei@foshan.example", country="CN",
                       language="zh", no_post=True)
        unknown = Contact(given_name="Kim", family_name="Beispiel", active=False, no_email=True)
        inquiry = Inquiry(member=prospect, contact=unknown, received_on=dt.date(2021, 9, 1),
                          channel="phone", status="in_contact",
                          next_follow_up=dt.date(2021, 10, 1), summary="Interesse")
        event = Event(title="10. Plenarversammlung der ISA",
                      starts_at=dt.datetime(2021, 10, 15, 9), place="Online",
                      registration_deadline=dt.date(2021, 10, 11))
        session.add_all([
            mayor, wang, unknown, inquiry,
            Activity(kind="call", subject="Erstes Telefonat", contact=unknown, inquiry=inquiry,
                     member=prospect, author="demo", occurred_at=dt.datetime(2021, 9, 2, 10)),
            Participant(event=event, contact=mayor, status="registered",
                        registered_on=dt.date(2021, 10, 1), accompanying=1),
            Participant(event=event, contact=wang, status="attended", interpreting_language="zh"),
        ])
    with db.transaction() as session:  # an update, so the audit trail holds one too
        session.get(Contact, mayor.id).given_name = "Anna"


def main() -> int:
    target = HERE / f"schema-{schema.head_revision()}.sqlite"
    if target.exists():
        print(f"{target} exists: a stored database is never rewritten", file=sys.stderr)
        return 1
    db = Database.open(str(target))
    fill(db)
    db.close()
    # a single self-contained file: no WAL beside it, no free pages
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA page_size=1024")
    connection.execute("VACUUM")
    connection.close()
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
