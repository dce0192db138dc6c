"""Mail-merge runs on the demo data: recipients, skipped contacts, combined and split PDFs,
labels, the history they leave, cancelling, and the command line with its exit codes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from isa_desk.cli import main
from isa_desk.core.db.models import (
    Activity,
    ActivityKind,
    Contact,
    Event,
    LetterTemplate,
    Participant,
)
from isa_desk.core.documents import address_labels as labels
from isa_desk.core.documents.letters import file_names, mailing, recipients
from isa_desk.core.errors import Cancelled
from isa_desk.core.progress import Progress
from isa_desk.core.services import contacts, organisations
from tests.core.documents.pdf_text import fonts, needs_poppler, page_count, page_texts, text, words

pytestmark = needs_poppler

EVENT = "10. Plenarversammlung der ISA"
TODAY = dt.date(2021, 9, 30)


def cli(*arguments: str) -> int:
    return main(["--lang", "en", *arguments])


def letter_count(db) -> int:
    with db.session() as session:
        return session.scalar(
            select(func.count()).select_from(Activity).where(Activity.kind == ActivityKind.LETTER)
        )


def test_event_invitation_on_the_demo_data(demo_db, tmp_path):
    plan = mailing.prepare(demo_db, "einladung", recipients.Selection(event=EVENT), TODAY)
    assert plan.event.title == EVENT and len(plan.contacts) > 5
    assert all(s.reason == "no postal address" for s in plan.skipped)
    out, split, sheet = tmp_path / "all.pdf", tmp_path / "split", tmp_path / "labels.pdf"
    outcome = mailing.produce(demo_db, plan, out, split, sheet)
    assert outcome.letters == len(plan.contacts)
    assert page_count(out) == outcome.pages >= len(plan.contacts)
    pages = page_texts(out)
    assert "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021" in pages[0]
    assert "30. September 2021" in pages[0]  # the letter's date in words
    assert (
        "Bitte melden Sie sich bis zum 11. Oktober 2021 per E-Mail an isa@pks-gmbh.net"
        in " ".join(text(out).split())
    )
    assert all(embedded == "yes" for _, embedded in fonts(out))
    # one file per recipient, named family name_given name
    names = sorted(path.name for path in split.iterdir())
    expected = sorted(f"{c.family_name}_{c.given_name}.pdf" for c in plan.contacts)
    assert names == expected
    assert page_count(sheet) == -(-len(plan.contacts) // labels.PER_SHEET)


def test_letters_are_logged_and_participants_invited(demo_db, tmp_path):
    with demo_db.session() as session:
        event = session.scalars(select(Event).filter_by(title=EVENT)).one()
    plan = mailing.prepare(
        demo_db, "einladung", recipients.Selection(event=EVENT), dt.date(2021, 10, 1)
    )
    before = letter_count(demo_db)
    mailing.produce(demo_db, plan, tmp_path / "all.pdf")
    assert letter_count(demo_db) == before + len(plan.contacts)
    with demo_db.session() as session:
        invited = dict(
            session.execute(
                select(Participant.contact_id, Participant.invited_on).where(
                    Participant.event_id == event.id
                )
            ).all()
        )
        activity = session.scalars(
            select(Activity).where(
                Activity.contact_id == plan.contacts[0].id, Activity.kind == ActivityKind.LETTER
            )
        ).one()
    assert all(invited[c.id] == dt.date(2021, 10, 1) for c in plan.contacts)
    assert activity.subject.startswith("Einladung: 10. Plenarversammlung")


def test_recipients_of_a_tag_become_participants_of_the_event(demo_db, tmp_path):
    plan = mailing.prepare(
        demo_db,
        "einladung",
        recipients.Selection(tag="Presse", event=EVENT, statuses=("attended",)),
        TODAY,
    )
    mailing.produce(demo_db, plan, tmp_path / "all.pdf")
    with demo_db.session() as session:
        participants = set(
            session.scalars(
                select(Participant.contact_id).where(Participant.event_id == plan.event.id)
            )
        )
    assert {c.id for c in plan.contacts} <= participants


def test_history_is_one_transaction(demo_db, tmp_path, monkeypatch):
    plan = mailing.prepare(demo_db, "einladung", recipients.Selection(event=EVENT), TODAY)
    before = letter_count(demo_db)

    def broken(session, event_id, ids, day):
        raise RuntimeError("disk full")

    monkeypatch.setattr(mailing, "invite", broken)
    with pytest.raises(RuntimeError):
        mailing.produce(demo_db, plan, tmp_path / "all.pdf")
    assert letter_count(demo_db) == before  # no activity without its invitation


@pytest.mark.parametrize("stop_after", [3, "split"])
def test_cancel_leaves_no_file_and_no_history(demo_db, tmp_path, stop_after):
    plan = mailing.prepare(demo_db, "einladung", recipients.Selection(event=EVENT), TODAY)
    before = letter_count(demo_db)
    total = len(plan.contacts)
    # stop while the combined file is written, or later, amid the files per recipient
    limit = 3 if stop_after == 3 else total + 2
    seen = []

    def step(done, steps, _message):
        seen.append((done, steps))
        if len(seen) >= limit:
            progress.cancel()

    progress = Progress(step)
    with pytest.raises(Cancelled):
        mailing.produce(demo_db, plan, tmp_path / "all.pdf", tmp_path / "split", progress=progress)
    assert seen[0] == (1, 2 * total) and len(seen) == limit
    assert list(tmp_path.rglob("*.pdf*")) == []
    assert letter_count(demo_db) == before


def test_no_post_inactive_and_addressless_contacts_are_skipped(db):
    town_hall = organisations.create(
        db, {"name": "Stadt Aachen", "street": "Markt 1", "postcode": "52062", "town": "Aachen"}
    )
    base = {"gender": "female", "organisation_id": town_hall.id, "tags": ["Post"]}
    kept = contacts.create(db, {**base, "given_name": "Anna", "family_name": "Adler"})
    contacts.create(db, {**base, "given_name": "Bea", "family_name": "Berg", "no_post": True})
    contacts.create(db, {**base, "given_name": "Cem", "family_name": "Cakir", "active": False})
    contacts.create(db, {"given_name": "Dora", "family_name": "Dorn", "tags": ["Post"]})
    found = recipients.collect(db, recipients.Selection(tag="Post"))
    assert [c.id for c in found.contacts] == [kept.id]
    assert [(s.name, s.reason) for s in found.skipped] == [
        ("Bea Berg", "does not want post"),
        ("Cem Cakir", "inactive"),
        ("Dora Dorn", "no postal address"),
    ]


def test_markup_in_names_printed_as_typed(db, tmp_path):
    firm = organisations.create(
        db,
        {"name": "Müller & Söhne <GmbH>", "street": "Weg 1", "postcode": "10115", "town": "Berlin"},
    )
    contact = contacts.create(
        db,
        {
            "gender": "male",
            "given_name": "<b>Max</b>",
            "family_name": "O'Neil & Co",
            "organisation_id": firm.id,
        },
    )
    plan = mailing.prepare(db, "brief", recipients.Selection(contact_ids=(contact.id,)), TODAY)
    mailing.produce(db, plan, tmp_path / "x.pdf", tmp_path / "split")
    content = text(tmp_path / "x.pdf")
    assert "<b>Max</b> O'Neil & Co" in content
    assert "Müller & Söhne <GmbH>" in content
    assert "Sehr geehrter Herr O'Neil & Co," in content
    assert [p.name for p in (tmp_path / "split").iterdir()] == ["O'Neil & Co__b_Max_b_.pdf"]


def test_chinese_letter_template(db, tmp_path):
    from isa_desk.core.documents.letters import templates

    templates.save(
        db,
        {
            "key": "yaoqing",
            "name": "邀请函",
            "language": "zh",
            "subject": "邀请函",
            "body": "{{ contact.name_zh }}，您好！",
            "closing": "此致敬礼",
        },
    )
    foshan = organisations.create(
        db,
        {
            "name": "Volksregierung der Stadt Foshan",
            "street": "No. 5 Jiefang Road",
            "postcode": "528000",
            "town": "Foshan",
            "country": "CN",
        },
    )
    liu = contacts.create(
        db,
        {
            "gender": "female",
            "given_name": "Yi",
            "family_name": "Liu",
            "name_order": "chinese",
            "name_zh": "刘毅",
            "organisation_id": foshan.id,
        },
    )
    plan = mailing.prepare(db, "yaoqing", recipients.Selection(contact_ids=(liu.id,)), TODAY)
    mailing.produce(db, plan, tmp_path / "zh.pdf")
    content = text(tmp_path / "zh.pdf")
    for expected in ("尊敬的刘女士：", "刘毅，您好！", "2021年9月30日", "FOSHAN 528000", "CHINA"):
        assert expected in content
    assert all(embedded == "yes" for _, embedded in fonts(tmp_path / "zh.pdf"))
    page = words(tmp_path / "zh.pdf")[0]
    assert [w.text for w in page if w.text == "CHINA"]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Müller_Hans", "Müller_Hans"),
        ("A/B:C*?", "A_B_C_"),
        ("CON", "CON_"),
        ("  Dots... ", "Dots"),
        ("", "Brief"),
    ],
)
def test_safe_file_names(name, expected):
    assert file_names.safe_file_name(name) == expected


def test_same_names_get_numbers():
    used: set[str] = set()
    assert [file_names.unique_name("Wang_Li", used) for _ in range(3)] == [
        "Wang_Li.pdf",
        "Wang_Li_2.pdf",
        "Wang_Li_3.pdf",
    ]


# -- the command line --------------------------------------------------------------------


def test_cli_on_the_demo_database(tmp_path, capsys):
    database = str(tmp_path / "x.sqlite")
    assert cli(*["--database", database, "demo"]) == 0
    assert cli(*["--database", database, "templates"]) == 0
    listed = capsys.readouterr().out
    assert "einladung" in listed and "invitation" in listed and "brief" in listed
    out = tmp_path / "einladung.pdf"
    assert (
        cli(
            *[
                "--database",
                database,
                "letters",
                "--template",
                "einladung",
                "--event",
                EVENT,
                "--out",
                str(out),
                "--labels",
                str(tmp_path / "labels.pdf"),
            ]
        )
        == 0
    )
    report = capsys.readouterr().out
    assert "Skipped" in report and "no postal address" in report
    assert page_count(out) >= 10 and "Sehr geehrte" in text(out)


def test_cli_unknown_field_is_exit_1_and_makes_nothing(demo_db, tmp_path, capsys):
    with demo_db.transaction() as session:
        session.add(
            LetterTemplate(
                key="kaputt", name="Kaputt", subject="Hallo", body="{{ contact.schuhgroesse }}"
            )
        )
    before = letter_count(demo_db)
    out = tmp_path / "k.pdf"
    code = cli(
        *[
            "--database",
            demo_db.target,
            "letters",
            "--template",
            "kaputt",
            "--all",
            "--out",
            str(out),
            "--split",
            str(tmp_path / "split"),
        ]
    )
    error = capsys.readouterr().err
    assert code == 1
    assert "kaputt" in error and "contact.schuhgroesse" in error
    assert not out.exists() and not (tmp_path / "split").exists()
    assert letter_count(demo_db) == before


@pytest.mark.parametrize(
    "arguments",
    [
        ["--template", "einladung", "--out", "OUT"],  # no recipients
        ["--template", "nix", "--all", "--out", "OUT"],  # unknown template
        ["--template", "einladung", "--tag", "Presse", "--out", "OUT"],  # event fields, no event
        ["--template", "brief", "--event", "Sommerfest", "--out", "OUT"],  # unknown event
        ["--template", "brief", "--tag", "Keiner", "--out", "OUT"],  # unknown tag
        ["--template", "brief", "--all"],  # no output
        ["--template", "brief", "--all", "--out", "/no/such/folder/x.pdf"],
        ["--template", "brief", "--event", EVENT, "--status", "maybe", "--out", "OUT"],
        ["--template", "brief", "--contact", "999999", "--out", "OUT"],
    ],
)
def test_cli_unusable_arguments_exit_2(demo_db, tmp_path, capsys, arguments):
    arguments = [str(tmp_path / "o.pdf") if a == "OUT" else a for a in arguments]
    assert cli(*["--database", demo_db.target, "letters", *arguments]) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "o.pdf").exists()


def test_cli_split_and_member(demo_db, tmp_path, capsys):
    with demo_db.session() as session:
        count = session.scalar(
            select(func.count()).select_from(Contact).where(Contact.member.has(name="Aachen"))
        )
    assert count
    code = cli(
        *[
            "--database",
            demo_db.target,
            "letters",
            "--template",
            "brief",
            "--member",
            "Aachen",
            "--split",
            str(tmp_path / "split"),
            "--date",
            "2021-10-15",
        ]
    )
    assert code == 0
    files = list((tmp_path / "split").iterdir())
    assert files and all(f.suffix == ".pdf" for f in files)
    assert "15. Oktober 2021" in text(files[0])


@pytest.mark.parametrize("name", ["欧阳" * 100, "Ä" * 300, "a" * 400, "王" * 66 + "ab"])
def test_long_names_are_cut_by_bytes_between_characters(tmp_path, name):
    stem = file_names.safe_file_name(name)
    assert len(stem.encode()) <= file_names.NAME_BYTES
    assert name.startswith(stem)  # cut at the end, never inside a character
    file_name = file_names.unique_name(stem, {stem.casefold()})  # the numbered one is longest
    assert len(file_name.encode()) <= 255
    (tmp_path / file_name).write_bytes(b"%PDF")  # the file system takes it
