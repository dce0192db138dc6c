"""Letter runs that write each recipient in their preferred language: the built-in family
of the chosen template, templates chosen per language, the main template for the others,
letters counted by language, one PDF per recipient and the history in each language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import Activity, ActivityKind
from isa_desk.core.documents.letters import languages, mailing, recipients, templates
from isa_desk.core.errors import ValidationError
from tests.core.documents.letters.three_languages import EVENT, TODAY, add_people
from tests.core.documents.pdf_text import needs_poppler, text

pytestmark = needs_poppler


@pytest.fixture
def people(db):
    return add_people(db)


def everyone(people, event=EVENT) -> recipients.Selection:
    return recipients.Selection(
        contact_ids=(people.beispiel, people.smith, people.liu), event=event
    )


def test_each_recipient_in_their_language(db, people, tmp_path):
    plan = mailing.prepare(db, "einladung", everyone(people), TODAY, per_language=True)
    assert {language: t.key for language, t in plan.by_language.items()} == {
        "de": "einladung",
        "en": "invitation",
        "zh": "yaoqing",
    }
    split = tmp_path / "split"
    outcome = mailing.produce(db, plan, tmp_path / "all.pdf", split)
    assert outcome.languages == {"de": 1, "en": 1, "zh": 1}
    assert sorted(path.name for path in split.iterdir()) == [
        "Beispiel_Anna.pdf",
        "Liu_Yi.pdf",
        "Smith_John.pdf",
    ]
    german = " ".join(text(split / "Beispiel_Anna.pdf").split())
    assert "Sehr geehrte Frau Dr. Beispiel," in german and "am 18. März 2027" in german
    assert "14:00 bis 17:30 Uhr" in german and "Dear" not in german
    english = " ".join(text(split / "Smith_John.pdf").split())
    assert "Dear Mr Smith," in english and "on 18 March 2027" in english
    assert "14:00 to 17:30" in english and "Sehr geehrte" not in english
    chinese = text(split / "Liu_Yi.pdf")
    for expected in ("尊敬的刘女士：", "您好！", "2027年3月18日 14:00–17:30", "此致", "敬礼！"):
        assert expected in chinese
    assert "Sehr geehrte" not in chinese and "Dear" not in chinese
    # the combined PDF holds all three, in the order of the recipients
    combined = text(tmp_path / "all.pdf")
    assert all(s in combined for s in ("Sehr geehrte Frau", "Dear Mr Smith,", "尊敬的刘女士："))
    # each letter's history carries its own subject
    with db.session() as session:
        subjects = dict(
            session.execute(
                select(Activity.contact_id, Activity.subject).where(
                    Activity.kind == ActivityKind.LETTER
                )
            ).all()
        )
    assert subjects[people.beispiel].startswith("Einladung: ")
    assert subjects[people.smith].startswith("Invitation: ")
    assert subjects[people.liu].startswith("邀请函：")
    summary = languages.summary(outcome.languages)
    assert summary == "By language: 1 in German, 1 in English, 1 in Chinese."


def test_without_the_option_everyone_gets_the_chosen_template(db, people, tmp_path):
    plan = mailing.prepare(db, "einladung", everyone(people), TODAY)
    assert plan.by_language == {}
    assert plan.language_counts() == {"de": 3}
    letters = [plan.letter(contact) for contact in plan.contacts]
    assert {letter.language for letter in letters} == {"de"}
    assert "Sehr geehrte Frau Liu," in [letter.salutation for letter in letters]


def test_templates_chosen_per_language_and_the_main_one_for_the_rest(db, people, tmp_path):
    templates.save(
        db,
        {
            "key": "welcome",
            "name": "Welcome",
            "language": "en",
            "subject": "Welcome to the ISA",
            "body": "we are glad to welcome {{ organisation.name }}.",
            "closing": "Kind regards",
        },
    )
    plan = mailing.prepare(
        db,
        "brief",  # no siblings: Chinese readers get the German letter
        everyone(people, event=None),
        TODAY,
        per_language=True,
        language_templates={"de": None, "en": "welcome", "zh": None},
    )
    assert {language: t.key for language, t in plan.by_language.items()} == {
        "de": "brief",
        "en": "welcome",
    }
    assert plan.language_counts() == {"de": 2, "en": 1}
    by_name = {contact.family_name: plan.letter(contact) for contact in plan.contacts}
    assert by_name["Smith"].subject == "Welcome to the ISA"
    assert by_name["Smith"].salutation == "Dear Mr Smith,"
    assert by_name["Liu"].language == "de" and by_name["Liu"].salutation.startswith("Sehr")
    outcome = mailing.produce(db, plan, tmp_path / "all.pdf")
    assert outcome.languages == {"de": 2, "en": 1}


def test_a_chosen_template_must_be_in_its_language(db, people):
    with pytest.raises(ValidationError) as caught:
        mailing.prepare(
            db,
            "einladung",
            everyone(people),
            TODAY,
            per_language=True,
            language_templates={"zh": "invitation"},
        )
    assert "“invitation” is written in English" in str(caught.value)
    assert caught.value.field == "template_zh"


def test_every_template_of_the_run_is_checked_before_anything_is_made(db, people):
    from isa_desk.core.documents.letters import merge

    # the Chinese invitation needs an event although the main template does not
    with pytest.raises(merge.EventNeeded) as caught:
        mailing.prepare(
            db,
            "brief",
            everyone(people, event=None),
            TODAY,
            per_language=True,
            language_templates={"zh": "yaoqing"},
        )
    assert "yaoqing" in str(caught.value)
