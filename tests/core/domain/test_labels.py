"""The one table of labels for stored codes."""

import enum

import pytest

from isa_desk.core import i18n
from isa_desk.core.db import enums
from isa_desk.core.domain import labels


@pytest.fixture(autouse=True)
def no_translator():
    i18n.set_translator(None)
    yield
    i18n.set_translator(None)


def test_every_code_of_every_kind_has_a_label():
    for kind in labels.KINDS:
        for item in kind:
            assert labels.source(kind, item) is not None, (kind.__name__, item.value)


def test_every_enumeration_shown_to_users_has_labels():
    shown = {
        e
        for e in vars(enums).values()
        if isinstance(e, type) and issubclass(e, enum.Enum) and e is not enum.StrEnum
    }
    assert shown - set(labels.KINDS) == set()


def test_label_takes_a_member_or_its_code():
    assert labels.label(enums.Gender, enums.Gender.FEMALE) == "Female"
    assert labels.label(enums.Gender, "female") == "Female"
    assert labels.label(enums.MemberStatus, "former") == "Former member"
    assert labels.label(enums.Gender, None) == labels.label(enums.Gender, "") == ""
    assert labels.label(enums.Gender, "robot") == "robot"  # an unknown code stays readable


def test_choices_keep_the_order_of_the_enumeration():
    assert labels.choices(enums.NameOrder) == [
        ("western", "Given name first"),
        ("chinese", "Family name first"),
    ]
    assert [code for code, _ in labels.choices(enums.InquiryStatus)] == [
        s.value for s in enums.InquiryStatus
    ]


def test_labels_are_translated_under_one_context_with_the_disambiguation():
    asked = []

    def translator(context, text, disambiguation=None):
        asked.append((context, text, disambiguation))
        return text.upper()

    i18n.set_translator(translator)
    assert labels.label(enums.InquiryStatus, "declined") == "DECLINED"
    assert labels.label(enums.ParticipantStatus, "declined") == "DECLINED"
    assert labels.yes() == "YES"
    assert asked == [
        ("Labels", "Declined", None),
        ("Labels", "Declined", "participation"),
        ("Labels", "Yes", None),
    ]
