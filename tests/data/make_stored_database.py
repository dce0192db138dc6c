"""Write tests/data/schema-<revision>.sqlite: a small database of one schema revision.

    python tests/data/make_stored_database.py 0002

Run it once when a schema revision is released and keep the file for good:
tests/core/test_schema.py opens every stored file with the current program and checks
that its rows survive the upgrade. The database is made by the migrations up to that
revision (not from today's models), then a few rows of every table of that revision
are written as plain rows: umlauts, Chinese characters, dates, flags, tags, an audit
trail. Columns a revision does not have are left out; derived columns (search text,
e-mail key) are filled the way the program fills them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import MetaData, create_engine, event, insert

from isa_desk.core.db import schema
from isa_desk.core.db.models import RELATED_NAMES, SEARCH_FIELDS, contact_keys
from isa_desk.core.db.search_index import index_text, is_index_table
from isa_desk.core.domain.sorting import name_sort_key
from isa_desk.core.domain.text import search_key

HERE = Path(__file__).resolve().parent
STAMP = dt.datetime(2021, 9, 1, 8, 30)

TAGS = [{"id": 1, "name": "Plenarversammlung"}, {"id": 2, "name": "Presse"}]
MEMBERS = [
    {
        "id": 1,
        "name": "Städtenetzwerk „Drei gewinnt“",
        "name_zh": "",
        "kind": "city_network",
        "country": "DE",
        "region": "Hessen",
        "status": "member",
        "member_since": dt.date(2017, 12, 1),
        "notes": "",
    },
    {
        "id": 2,
        "name": "Foshan",
        "name_zh": "佛山市",
        "kind": "city",
        "country": "CN",
        "region": "Guangdong",
        "status": "member",
        "member_since": dt.date(2017, 12, 1),
        "notes": "Sitz des Sekretariats",
    },
    {
        "id": 3,
        "name": "Talbrück",
        "name_zh": "",
        "kind": "city",
        "country": "DE",
        "region": "",
        "status": "prospect",
        "member_since": None,
        "notes": "",
    },
]
PLACES = [
    {"id": 1, "member_id": 1, "name": "Rüsselsheim am Main", "position": 0},
    {"id": 2, "member_id": 1, "name": "Raunheim", "position": 1},
]
ORGANISATIONS = [
    {
        "id": 1,
        "name": "Stadt Rüsselsheim am Main",
        "name_zh": "",
        "kind": "city_administration",
        "member_id": 1,
        "advisory_board": True,
        "postcode": "65428",
        "town": "Rüsselsheim am Main",
        "country": "DE",
    },
    {
        "id": 2,
        "name": "Volksregierung der Stadt Foshan",
        "name_zh": "佛山市人民政府",
        "kind": "other",
        "member_id": 2,
        "advisory_board": False,
        "postcode": "",
        "town": "Foshan",
        "country": "CN",
    },
]
CONTACTS = [
    {
        "id": 1,
        "gender": "female",
        "title": "Dr.",
        "position": "Oberbürgermeisterin",
        "given_name": "Anna",
        "family_name": "Müller-Lüdenscheidt",
        "name_order": "western",
        "name_zh": "",
        "organisation_id": 1,
        "member_id": 1,
        "email": "Anna.Mueller@example.org",
        "postcode": "09111",
        "town": "Chemnitz",
        "country": "DE",
        "language": "de",
        "consent_on": dt.date(2020, 5, 4),
        "consent_source": "Formular",
        "no_post": False,
        "no_email": False,
        "active": True,
    },
    {
        "id": 2,
        "gender": "male",
        "title": "",
        "position": "市长",
        "given_name": "Wei",
        "family_name": "Wang",
        "name_order": "chinese",
        "name_zh": "王伟",
        "organisation_id": 2,
        "member_id": 2,
        "email": "wang.wei@foshan.example",
        "postcode": "",
        "town": "",
        "country": "CN",
        "language": "zh",
        "consent_on": None,
        "consent_source": "",
        "no_post": True,
        "no_email": False,
        "active": True,
    },
    {
        "id": 3,
        "gender": "unknown",
        "title": "",
        "position": "",
        "given_name": "Kim",
        "family_name": "Beispiel",
        "name_order": "western",
        "name_zh": "",
        "organisation_id": None,
        "member_id": None,
        "email": "",
        "postcode": "",
        "town": "",
        "country": "DE",
        "language": "de",
        "consent_on": None,
        "consent_source": "",
        "no_post": False,
        "no_email": True,
        "active": False,
    },
]
INQUIRIES = [
    {
        "id": 1,
        "member_id": 3,
        "contact_id": 3,
        "received_on": dt.date(2021, 9, 1),
        "channel": "phone",
        "status": "in_contact",
        "assigned_to": "",
        "next_follow_up": dt.date(2021, 10, 1),
        "closed_on": None,
        "summary": "Interesse",
    },
]
EVENTS = [
    {
        "id": 1,
        "title": "10. Plenarversammlung der ISA",
        "starts_at": dt.datetime(2021, 10, 15, 9),
        "ends_at": None,
        "place": "Online",
        "registration_deadline": dt.date(2021, 10, 11),
        "description": "",
    },
]
PARTICIPANTS = [
    {
        "id": 1,
        "event_id": 1,
        "contact_id": 1,
        "status": "registered",
        "invited_on": None,
        "registered_on": dt.date(2021, 10, 1),
        "accompanying": 1,
        "interpreting_language": "",
        "notes": "",
    },
    {
        "id": 2,
        "event_id": 1,
        "contact_id": 2,
        "status": "attended",
        "invited_on": None,
        "registered_on": None,
        "accompanying": 0,
        "interpreting_language": "zh",
        "notes": "",
    },
]
ACTIVITIES = [
    {
        "id": 1,
        "kind": "call",
        "occurred_at": dt.datetime(2021, 9, 2, 10),
        "author": "demo",
        "subject": "Erstes Telefonat",
        "text": "",
        "contact_id": 3,
        "member_id": 3,
        "inquiry_id": 1,
    },
]
AUDIT = [
    {
        "id": 1,
        "at": STAMP,
        "user": "demo",
        "action": "create",
        "entity": "contact",
        "entity_id": 1,
        "summary": "Jürgen Müller-Lüdenscheidt",
        "changes": '{"given_name": "Jürgen"}',
    },
    {
        "id": 2,
        "at": STAMP,
        "user": "demo",
        "action": "update",
        "entity": "contact",
        "entity_id": 1,
        "summary": "Anna Müller-Lüdenscheidt",
        "changes": '{"given_name": ["Jürgen", "Anna"]}',
    },
]
# revision 0002
SETTINGS = [{"key": "sender.name", "value": "ISA Verbindungsbüro Berlin"}]
COLUMN_MAPPINGS = [
    {
        "id": 1,
        "name": "Liste aus Foshan",
        "entity": "contact",
        "mapping": '{"姓名": "name_zh", "E-Mail": "email"}',
    },
]
IMPORT_BATCHES = [
    {
        "id": 1,
        "at": STAMP,
        "user": "demo",
        "entity": "contact",
        "source": "kontakte.xlsx / Blatt1",
        "created": 1,
        "updated": 0,
        "skipped": 0,
        "undo_data": '{"created": [3], "updated": {}}',
        "undone_at": None,
    },
]
LETTER_TEMPLATES = [
    {
        "id": 1,
        "key": "einladung",
        "name": "Einladung zur Plenarversammlung",
        "language": "de",
        "subject": "Einladung",
        "body": "{{ anrede }},\n\nwir laden Sie ein.",
        "closing": "Mit freundlichen Grüßen",
        "signature_name": "",
        "signature_function": "",
        "builtin": False,
    },
]
# revision 0005
MAILINGS = [
    {
        "id": 1,
        "created_at": STAMP,
        "template_key": "einladung",
        "subject": "Einladung zur Plenarversammlung – 邀请函",
        "mode": "smtp",
        "target": "smtp://isa@pks-gmbh.net@mail.example.org:587",
        "user": "demo",
        "finished_at": None,
        "event_id": 1,
        "options": '{"today": "2021-09-01", "attach_letter": true, "attachments": []}',
    },
]
MAILING_MESSAGES = [
    {
        "id": 1,
        "mailing_id": 1,
        "contact_id": 1,
        "name": "Anna Müller-Lüdenscheidt",
        "address": "Anna.Mueller@example.org",
        "status": "sent",
        "answer": "250 2.0.0 Ok: queued as 4F3A2",
        "message_id": "<163048140000.1.1@pks-gmbh.net>",
        "sent_at": STAMP,
        "file_name": "",
    },
    {
        "id": 2,
        "mailing_id": 1,
        "contact_id": 2,
        "name": "Wang Wei",
        "address": "wang.wei@foshan.example",
        "status": "pending",
        "answer": "451 4.7.1 Greylisted",
        "message_id": "<163048140000.1.2@pks-gmbh.net>",
        "sent_at": None,
        "file_name": "",
    },
    {
        "id": 3,
        "mailing_id": 1,
        "contact_id": 3,
        "name": "Kim Beispiel",
        "address": "",
        "status": "skipped",
        "answer": "does not want e-mails",
        "message_id": "",
        "sent_at": None,
        "file_name": "",
    },
]
# revision 0007
CONSENTS = [
    {
        "id": 1,
        "contact_id": 1,
        "purpose": "invitations",
        "given_on": dt.date(2020, 5, 4),
        "source": "Anmeldeformular",
        "withdrawn_on": None,
    },
    {
        "id": 2,
        "contact_id": 2,
        "purpose": "press",
        "given_on": dt.date(2021, 3, 1),
        "source": "E-Mail vom 1.3.2021",
        "withdrawn_on": dt.date(2021, 8, 30),
    },
]

ROWS = {
    "tag": TAGS,
    "member": MEMBERS,
    "member_place": PLACES,
    "organisation": ORGANISATIONS,
    "contact": CONTACTS,
    "inquiry": INQUIRIES,
    "event": EVENTS,
    "participant": PARTICIPANTS,
    "activity": ACTIVITIES,
    "audit_entry": AUDIT,
    "member_tag": [{"member_id": 1, "tag_id": 1}],
    "organisation_tag": [{"organisation_id": 1, "tag_id": 2}],
    "contact_tag": [{"contact_id": 1, "tag_id": 1}, {"contact_id": 1, "tag_id": 2}],
    "setting": SETTINGS,
    "column_mapping": COLUMN_MAPPINGS,
    "import_batch": IMPORT_BATCHES,
    "letter_template": LETTER_TEMPLATES,
    # revision 0004
    "not_duplicate": [
        {"id": 1, "first_id": 1, "second_id": 2, "decided_at": STAMP, "user": "demo"}
    ],
    # revision 0005
    "mailing": MAILINGS,
    "mailing_message": MAILING_MESSAGES,
    # revision 0007
    "consent": CONSENTS,
}
TEXT_DEFAULTS = (
    "street",
    "region",
    "phone",
    "mobile",
    "fax",
    "email",
    "department",
    "website",
    "notes",
    "salutation_override",
)


def derived(table: str, row: dict) -> dict:
    """The columns the program computes: search texts, e-mail key, timestamps."""
    row = {
        "created_at": STAMP,
        "updated_at": STAMP,
        "version": 1,
        **dict.fromkeys(TEXT_DEFAULTS, ""),
        **row,
    }
    if table == "contact":  # from 0004 on: phone and sort keys (left out before)
        row.update(contact_keys(row))
    if table in ("organisation", "member"):
        row["sort_name"] = name_sort_key(row["name"], row.get("name_zh") or "")
    fields = {model.__tablename__: names for model, names in SEARCH_FIELDS.items()}
    if table in fields:
        values = [str(row.get(name) or "") for name in fields[table]]
        if table == "member":
            values += [p["name"] for p in PLACES if p["member_id"] == row["id"]]
        if table == "contact":  # from 0003 on: the names of its organisation and member
            values += related_names(row)
        row["search_text"] = search_key(" ".join(values))
        row["search_index_text"] = index_text(row["search_text"])
    return row


def related_names(contact: dict) -> list[str]:
    found = []
    for records, key in ((ORGANISATIONS, "organisation_id"), (MEMBERS, "member_id")):
        for record in records:
            if record["id"] == contact[key]:
                found += [record[name] for name in RELATED_NAMES]
    return found


def fill(connection) -> None:
    """Every table of the database's revision gets its rows."""
    metadata = MetaData()
    metadata.reflect(connection)
    for table in metadata.sorted_tables:
        if table.name == schema.VERSION_TABLE or is_index_table(table.name):
            continue  # the index follows the contacts by itself
        rows = ROWS.get(table.name)
        if not rows:
            raise SystemExit(f"no rows for the table {table.name}: add some to this script")
        names = set(table.columns.keys())
        plain = [{k: v for k, v in derived(table.name, row).items() if k in names} for row in rows]
        connection.execute(insert(table), plain)


def make(revision: str, target: Path) -> None:
    engine = create_engine(f"sqlite:///{target}")
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA foreign_keys=ON"))
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), revision)
        fill(connection)
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        assert not problems, problems
    engine.dispose()
    # a single self-contained file: no journal beside it, no free pages
    plain = sqlite3.connect(target)
    plain.execute("PRAGMA journal_mode=DELETE")
    plain.execute("PRAGMA page_size=1024")
    plain.execute("VACUUM")
    plain.close()


def main(argv: list[str]) -> int:
    revision = argv[0] if argv else schema.head_revision()
    target = HERE / f"schema-{revision}.sqlite"
    if target.exists():
        print(f"{target} exists: a stored database is never rewritten", file=sys.stderr)
        return 1
    make(revision, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
