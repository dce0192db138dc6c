"""E-mail addresses: read as pasted, checked by email-validator, one key per address."""

import pytest

from isa_desk.core.domain.emails import Address, email_key, email_problem, read_address
from isa_desk.core.domain.validation import email_problem as validation_email_problem


@pytest.mark.parametrize(
    "text, name, address",
    [
        ("Zhang Wei <zhang@163.com>", "Zhang Wei", "zhang@163.com"),
        ('"Wei, Zhang" <zhang@163.com>', "Wei, Zhang", "zhang@163.com"),
        ("Wei, Zhang <zhang@163.com>", "Wei, Zhang", "zhang@163.com"),
        ("张伟 <zhang@163.com>", "张伟", "zhang@163.com"),
        ("mailto:zhang@163.com", "", "zhang@163.com"),
        ("MAILTO:zhang@163.com?subject=Einladung", "", "zhang@163.com"),
        ("<mailto:zhang@163.com>", "", "zhang@163.com"),
        ("  zhang@163.com \t", "", "zhang@163.com"),
        ("Amt <buero@stadt.中国>", "Amt", "buero@stadt.中国"),
        ("", "", ""),
        (None, "", ""),
    ],
)
def test_addresses_are_read_as_people_paste_them(text, name, address):
    assert read_address(text) == Address(name, address)


@pytest.mark.parametrize("text", ["a@b.de, c@d.de", "A <a@b.de>, B <c@d.de>"])
def test_two_addresses_are_not_read_as_one(text):
    assert read_address(text).address == text
    assert email_problem(text) is not None


@pytest.mark.parametrize(
    "email",
    [
        None,
        "buero@stadt.xn--fiqs8s",
        "buero@stadt.中国",
        "Zhang Wei <zhang@163.com>",
        '"Wei, Zhang" <zhang@163.com>',
        "mailto:zhang@163.com",
    ],
)
def test_valid_addresses_and_idn_domains_pass(email):
    assert email_problem(email) is None
    assert validation_email_problem(email) is None


@pytest.mark.parametrize(
    "email",
    [  # the classic syntax errors are in test_validation.py
        "user@ex_ample.com",
        "<a b@example.org>",
        "Zhang Wei <zhang@163>",
        "x" * 65 + "@example.org",  # the part before the @ holds at most 64
        "x@" + "a" * 250 + ".de",  # an address holds at most 254
    ],
)
def test_broken_and_overlong_addresses_are_named_in_the_message(email):
    message = email_problem(email)
    assert message is not None
    assert email.strip() in message


@pytest.mark.parametrize(
    "spellings",
    [
        [
            "buero@stadt.xn--fiqs8s",
            "buero@stadt.中国",
            "Buero@Stadt.XN--FIQS8S",
            "BUERO@STADT.中国",
        ],
        [
            "Hans.Mueller@Example.ORG",
            " hans.mueller@example.org ",
            "mailto:HANS.MUELLER@example.org",
        ],
        ["Zhang Wei <zhang@163.com>", "zhang@163.com", '"Wei, Zhang" <ZHANG@163.COM>'],
    ],
)
def test_every_spelling_of_one_address_has_one_key(spellings):
    keys = {email_key(text) for text in spellings}
    assert len(keys) == 1
    assert None not in keys


def test_the_key_is_lower_case_with_the_domain_in_unicode():
    assert email_key("Buero@Stadt.xn--fiqs8s") == "buero@stadt.中国"
    assert email_key("Hans.Mueller@Example.ORG") == "hans.mueller@example.org"


def test_an_address_that_is_not_valid_is_keyed_lower_case_and_empty_has_none():
    assert email_key(" User@Ex_Ample.com ") == "user@ex_ample.com"
    assert email_key("") is None
    assert email_key(None) is None
    assert email_key("   ") is None
