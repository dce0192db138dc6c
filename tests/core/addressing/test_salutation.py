"""The salutation rules of the domain notes on letters, one test per rule."""

from __future__ import annotations

import pytest

from isa_desk.core.addressing.salutation import (
    academic_rank,
    address_title,
    held_office,
    salutation,
)


def person(**values) -> dict:
    base = {
        "gender": "unknown",
        "title": "",
        "position": "",
        "given_name": "",
        "family_name": "",
        "name_order": "western",
        "name_zh": "",
        "salutation_override": "",
    }
    return {**base, **values}


ANNA = person(gender="female", given_name="Anna", family_name="Beispiel")
JUERGEN = person(gender="male", given_name="Jürgen", family_name="Beispiel")
LIU = person(
    gender="female", given_name="Yi", family_name="Liu", name_order="chinese", name_zh="刘毅"
)


def test_woman_and_man_with_doctorate():
    assert salutation({**ANNA, "title": "Dr."}) == "Sehr geehrte Frau Dr. Beispiel,"
    assert salutation({**JUERGEN, "title": "Dr."}) == "Sehr geehrter Herr Dr. Beispiel,"


def test_without_title():
    assert salutation(ANNA) == "Sehr geehrte Frau Beispiel,"
    assert salutation(JUERGEN) == "Sehr geehrter Herr Beispiel,"


@pytest.mark.parametrize("title", ["Dr. Dr.", "Dr. rer. nat. Dr. h. c.", "Dr.-Ing.", "PhD"])
def test_dr_named_once_for_several_doctorates(title):
    assert salutation({**JUERGEN, "title": title}) == "Sehr geehrter Herr Dr. Beispiel,"


def test_professor_written_out():
    assert salutation({**JUERGEN, "title": "Prof."}) == "Sehr geehrter Herr Professor Beispiel,"


def test_professorin_for_a_woman():
    assert salutation({**ANNA, "title": "Prof."}) == "Sehr geehrte Frau Professorin Beispiel,"


def test_prof_dr_is_addressed_as_professor_alone():
    assert salutation({**ANNA, "title": "Prof. Dr."}) == "Sehr geehrte Frau Professorin Beispiel,"
    assert (
        salutation({**JUERGEN, "title": "Prof. Dr. Dr. h.c."})
        == "Sehr geehrter Herr Professor Beispiel,"
    )


@pytest.mark.parametrize("title", ["Dipl.-Ing.", "M.A.", "MBA", "B.Sc.", "LL.M."])
def test_diploma_and_master_degrees_never_appear(title):
    assert salutation({**ANNA, "title": title}) == "Sehr geehrte Frau Beispiel,"
    assert address_title(title) == ""


def test_highest_title_in_the_address_block():
    assert address_title("Prof. Dr. Dr. h.c. Dipl.-Ing.") == "Prof. Dr."
    assert address_title("Dr. rer. pol.") == "Dr."
    assert academic_rank("apl. Prof.") == "professor"


@pytest.mark.parametrize(
    "position,gender,expected",
    [
        ("Oberbürgermeisterin", "female", "Sehr geehrte Frau Oberbürgermeisterin,"),
        ("Oberbürgermeister", "male", "Sehr geehrter Herr Oberbürgermeister,"),
        ("Bürgermeisterin", "female", "Sehr geehrte Frau Bürgermeisterin,"),
        ("Landrat", "male", "Sehr geehrter Herr Landrat,"),
        ("Landrätin", "female", "Sehr geehrte Frau Landrätin,"),
        ("Ministerin für Wirtschaft", "female", "Sehr geehrte Frau Ministerin,"),
        ("Staatssekretärin", "female", "Sehr geehrte Frau Staatssekretärin,"),
        ("Botschafter", "male", "Sehr geehrter Herr Botschafter,"),
        ("Generalkonsulin", "female", "Sehr geehrte Frau Generalkonsulin,"),
        ("Präsident der Handelskammer", "male", "Sehr geehrter Herr Präsident,"),
    ],
)
def test_officials_are_addressed_by_their_office(position, gender, expected):
    contact = {**(ANNA if gender == "female" else JUERGEN), "position": position, "title": "Dr."}
    assert salutation(contact) == expected


def test_female_form_of_the_office_follows_the_gender():
    # the position typed in the male form, the contact a woman
    assert (
        salutation({**ANNA, "position": "Oberbürgermeister"})
        == "Sehr geehrte Frau Oberbürgermeisterin,"
    )


def test_former_office_without_a_d_in_the_salutation():
    ost = person(
        gender="male", given_name="Friedhelm", family_name="Ost", position="Staatssekretär a. D."
    )
    assert salutation(ost) == "Sehr geehrter Herr Staatssekretär,"
    assert held_office("Staatssekretär a. D.").former


@pytest.mark.parametrize(
    "position",
    [
        "Referentin",
        "Geschäftsführerin",
        "Leiterin Amt 80",
        "Amtsleiterin",
        "Generalsekretärin der ISA",
        "Referentin des Oberbürgermeisters",
        "Vizepräsidentin",
    ],
)
def test_job_titles_are_no_office_of_address(position):
    mueller = person(gender="female", given_name="Eva", family_name="Müller", position=position)
    assert salutation(mueller) == "Sehr geehrte Frau Müller,"


@pytest.mark.parametrize("gender", ["unknown", "diverse"])
def test_unknown_or_diverse_gender(gender):
    alex = person(gender=gender, given_name="Alex", family_name="Beispiel")
    assert salutation(alex) == "Guten Tag Alex Beispiel,"
    assert salutation({**alex, "position": "Oberbürgermeister"}) == "Guten Tag Alex Beispiel,"


def test_organisation_only():
    assert salutation(person()) == "Sehr geehrte Damen und Herren,"


def test_chinese_family_name_is_used():
    assert salutation(LIU) == "Sehr geehrte Frau Liu,"
    # written in Western order the family name is still the family name
    assert salutation({**LIU, "name_order": "western"}) == "Sehr geehrte Frau Liu,"
    assert salutation(LIU, "en") == "Dear Ms Liu,"


def test_gender_is_never_guessed_from_a_chinese_name():
    wang = person(given_name="Li", family_name="Wang", name_order="chinese", name_zh="王丽")
    assert salutation(wang) == "Guten Tag Wang Li,"
    assert salutation(wang, "en") == "Dear Wang Li,"


def test_chinese_mayor_in_german_letters():
    wang = person(
        gender="male",
        given_name="Wei",
        family_name="Wang",
        name_order="chinese",
        name_zh="王伟",
        position="市长",
    )
    assert salutation(wang) == "Sehr geehrter Herr Oberbürgermeister,"
    assert salutation({**wang, "position": "副市长"}) == "Sehr geehrter Herr Wang,"


@pytest.mark.parametrize(
    "contact,expected",
    [
        (LIU, "Dear Ms Liu,"),
        (JUERGEN, "Dear Mr Beispiel,"),
        ({**ANNA, "title": "Dr."}, "Dear Dr Beispiel,"),
        ({**ANNA, "title": "Prof. Dr."}, "Dear Professor Beispiel,"),
        ({**JUERGEN, "position": "Oberbürgermeister", "title": "Dr."}, "Dear Mayor Beispiel,"),
        (person(given_name="Alex", family_name="Beispiel"), "Dear Alex Beispiel,"),
        (person(), "Dear Sir or Madam,"),
    ],
)
def test_english_forms(contact, expected):
    assert salutation(contact, "en") == expected


@pytest.mark.parametrize(
    "contact,expected",
    [
        (LIU, "尊敬的刘女士："),
        (
            person(
                gender="male",
                given_name="Wei",
                family_name="Wang",
                name_order="chinese",
                name_zh="王伟",
            ),
            "尊敬的王先生：",
        ),
        (
            person(
                gender="male",
                given_name="Wei",
                family_name="Wang",
                name_order="chinese",
                name_zh="王伟",
                position="市长",
            ),
            "尊敬的王市长：",
        ),
        (
            person(
                gender="female",
                given_name="Xue",
                family_name="Ouyang",
                name_order="chinese",
                name_zh="欧阳雪",
            ),
            "尊敬的欧阳女士：",
        ),
        ({**JUERGEN, "position": "Oberbürgermeister"}, "尊敬的Beispiel市长："),
        (person(), "尊敬的先生/女士："),
    ],
)
def test_chinese_letters(contact, expected):
    assert salutation(contact, "zh") == expected


@pytest.mark.parametrize("language", ["de", "en", "zh"])
def test_override_always_wins(language):
    contact = {
        **ANNA,
        "title": "Prof. Dr.",
        "position": "Oberbürgermeisterin",
        "salutation_override": "Liebe Anna,",
    }
    assert salutation(contact, language) == "Liebe Anna,"


def test_salutation_ends_with_a_comma():
    for contact in (ANNA, JUERGEN, LIU, person(given_name="Alex", family_name="B"), person()):
        assert salutation(contact).endswith(",")
