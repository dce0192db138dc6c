"""The messages of a mailing, made from the demo's plenary assembly and read back with
Python's e-mail parser: headers, encoded names and subjects, text and HTML, attachments,
and who is skipped."""

from __future__ import annotations

import email
from email import policy

import pytest

from isa_desk.core.documents.letters import templates
from isa_desk.core.documents.letters.recipients import Selection
from isa_desk.core.documents.mail import compose
from isa_desk.core.errors import ValidationError
from isa_desk.core.services import events
from tests.core.documents.mail.plenary import EVENT, TODAY, change, contact_id, prepared


def parsed(message) -> email.message.EmailMessage:
    """The message as a mail program reads it: from its bytes."""
    return email.message_from_bytes(message.as_bytes(policy=policy.SMTP), policy=policy.default)


def body(message, kind: str) -> str:
    """The text or HTML part, lines ending in "\n" as a mail program shows them."""
    return message.get_body((kind,)).get_content().replace("\r\n", "\n")


def contact_of(plan, given, family):
    return next(c for c in plan.contacts if (c.given_name, c.family_name) == (given, family))


def test_a_message_like_the_letter_with_encoded_headers(demo_db):
    plan = prepared(demo_db)
    raw = plan.message(contact_of(plan, "Renate", "Böhm"), "<abc@pks-gmbh.net>")
    head = raw.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"=?utf-8?" in head  # RFC 2047 for the name with umlaut
    message = parsed(raw)
    assert message["To"].addresses[0].display_name == "Renate Böhm"
    assert message["To"].addresses[0].addr_spec == "renate.boehm@ludwigshafen.example"
    assert str(message["From"]) == "Stefanie Behmer <isa@pks-gmbh.net>"
    assert str(message["Reply-To"]) == "Stefanie Behmer <isa@pks-gmbh.net>"
    assert message["Message-ID"] == "<abc@pks-gmbh.net>"
    assert message["Date"].datetime.tzinfo is not None
    assert message["Subject"] == "Einladung: 10. Plenarversammlung der ISA am 15. Oktober 2021"
    text = body(message, "plain")
    # the letter's salutation by the rules, its merged text, closing and signature
    assert text.startswith("Sehr geehrte Frau Oberbürgermeisterin,\n\nim Namen der")
    assert "bis zum 11. Oktober 2021 per E-Mail an isa@pks-gmbh.net" in text
    assert "Mit freundlichen Grüßen\n\nStefanie Behmer\nAnsprechpartnerin ISA" in text
    assert "\n-- \nPKS Kommunikations- und Strategieberatung GmbH\nReinhardtstraße 34" in text
    page = body(message, "html")
    assert "<p>Sehr geehrte Frau Oberbürgermeisterin,</p>" in page
    assert list(message.iter_attachments()) == []


def test_each_recipient_in_their_language_with_a_chinese_subject(demo_db):
    events.update(
        demo_db,
        events.find(demo_db, EVENT).id,
        {"title": "10. Plenarversammlung der ISA in Düsseldorf"},
        None,
    )
    plan = compose.prepare(
        demo_db,
        "einladung",
        Selection(event="10. Plenarversammlung der ISA in Düsseldorf"),
        today=TODAY,
    )
    german = parsed(plan.message(contact_of(plan, "Renate", "Böhm")))
    chinese = parsed(plan.message(contact_of(plan, "Jianguo", "Guo")))
    english = parsed(plan.message(contact_of(plan, "Li", "Cao")))
    assert german["Subject"] == (
        "Einladung: 10. Plenarversammlung der ISA in Düsseldorf am 15. Oktober 2021"
    )
    assert (
        chinese["Subject"]
        == "邀请函：10. Plenarversammlung der ISA in Düsseldorf（2021年10月15日）"
    )
    assert english["Subject"].startswith("Invitation: 10. Plenarversammlung")
    assert chinese["Content-Language"] == "zh"
    assert "尊敬的郭" in body(chinese, "plain")
    assert body(english, "plain").startswith("Dear ")
    preview = plan.preview(plan.contacts.index(contact_of(plan, "Jianguo", "Guo")))
    assert preview.language == "zh" and preview.subject == chinese["Subject"]
    assert preview.to == "Guo Jianguo <guo.jianguo@cipa.example>"


def test_user_data_is_escaped_in_the_html(demo_db):
    change(demo_db, "Renate", "Böhm", given_name="Renate <b>&amp;", salutation_override="")
    templates.save(
        demo_db,
        {
            "key": "gruss",
            "name": "Gruß",
            "language": "de",
            "subject": "Grüße an {{ contact.full_name }}",
            "body": "Hallo {{ contact.given_name }} <i>!",
            "closing": "Viele Grüße",
        },
    )
    plan = compose.prepare(
        demo_db, "gruss", Selection(contact_ids=(contact_id(demo_db, "Renate <b>&amp;", "Böhm"),))
    )
    message = parsed(plan.message(plan.contacts[0]))
    assert message["Subject"] == "Grüße an Renate <b>&amp; Böhm"
    page = body(message, "html")
    assert "Hallo Renate &lt;b&gt;&amp;amp; &lt;i&gt;!" in page
    assert "<b>" not in page and "<i>" not in page
    assert "Hallo Renate <b>&amp; <i>!" in body(message, "plain")


def test_contacts_without_e_mail_are_skipped_with_the_reason(demo_db):
    change(demo_db, "Katrin", "Klein", no_email=True)
    change(demo_db, "Julia", "Fischer", active=False)
    change(demo_db, "Heike", "Wagner", email="")
    change(demo_db, "Jun", "Zheng", email="zheng.jun@")
    change(demo_db, "Jürgen", "Richter", no_post=True, street="", postcode="", town="")
    plan = prepared(demo_db)
    reasons = {s.name: s.reason for s in plan.skipped}
    assert reasons == {
        "Katrin Klein": "does not want e-mails",
        "Julia Fischer": "inactive",
        "Heike Wagner": "no e-mail address",
        "Zheng Jun": "invalid e-mail address",
    }
    # no post and no postal address do not matter for an e-mail
    assert "Jürgen Richter" in {f"{c.given_name} {c.family_name}" for c in plan.contacts}
    assert plan.count == len(plan.contacts) == 16 - 4


def test_the_letter_and_fixed_files_are_attached_with_their_names(demo_db, tmp_path):
    program = tmp_path / "Programm für Düsseldorf.pdf"
    program.write_bytes(b"%PDF-1.4 program")
    notes = tmp_path / "会议须知.txt"
    notes.write_text("请准时到达。", encoding="utf-8")
    plan = prepared(demo_db, attach_letter=True, attachments=[program, notes])
    message = parsed(plan.message(contact_of(plan, "Renate", "Böhm")))
    parts = list(message.iter_attachments())
    assert [part.get_filename() for part in parts] == [
        "Böhm_Renate.pdf",
        "Programm für Düsseldorf.pdf",
        "会议须知.txt",
    ]
    assert [part.get_content_type() for part in parts] == [
        "application/pdf",
        "application/pdf",
        "text/plain",
    ]
    assert parts[0].get_content().startswith(b"%PDF")
    assert parts[1].get_content() == b"%PDF-1.4 program"
    assert parts[2].get_content() == "请准时到达。"
    assert plan.preview(0).attachments[1:] == ("Programm für Düsseldorf.pdf", "会议须知.txt")


def test_a_missing_file_to_attach_is_named(demo_db, tmp_path):
    missing = tmp_path / "Programm.pdf"
    with pytest.raises(ValidationError, match="Programm.pdf"):
        prepared(demo_db, attachments=[missing])


def test_too_much_to_attach_is_refused(demo_db, tmp_path, monkeypatch):
    monkeypatch.setattr(compose, "MAX_ATTACHMENT_BYTES", 10)
    big = tmp_path / "Film.mp4"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match="Film.mp4"):
        prepared(demo_db, attachments=[big])


def test_an_invalid_sender_address_is_refused(demo_db):
    with pytest.raises(ValidationError, match="not valid"):
        prepared(demo_db, from_address="isa at pks")
    assert prepared(demo_db, from_address="versand@pks-gmbh.net").from_address == (
        "versand@pks-gmbh.net"
    )


def test_a_domain_in_chinese_goes_out_in_its_ascii_form(demo_db):
    change(demo_db, "Renate", "Böhm", email="renate@stadt.中国")
    plan = prepared(demo_db)
    boehm = contact_of(plan, "Renate", "Böhm")
    assert compose.address_of(boehm) == "renate@stadt.xn--fiqs8s"
    message = parsed(plan.message(boehm))
    assert message["To"].addresses[0].addr_spec == "renate@stadt.xn--fiqs8s"
