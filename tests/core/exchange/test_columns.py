"""Recognising the headers of received lists and the values in their cells."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.domain.text import search_key
from isa_desk.core.exchange import columns, values
from isa_desk.core.exchange.importing.match import fold


def test_outlook_german_export_headers():
    headers = [
        "Anrede",
        "Vorname",
        "Weitere Vornamen",
        "Nachname",
        "Firma",
        "Abteilung",
        "Position",
        "Straße geschäftlich",
        "Postleitzahl geschäftlich",
        "Ort geschäftlich",
        "Land/Region geschäftlich",
        "E-Mail-Adresse",
        "Telefon geschäftlich",
        "Mobiltelefon",
        "Kategorien",
    ]
    assert columns.recognise(headers, "contacts") == [
        "salutation",
        "given_name",
        None,
        "family_name",
        "organisation",
        "department",
        "position",
        "street",
        "postcode",
        "town",
        "country",
        "email",
        "phone",
        "mobile",
        "tags",
    ]


def test_outlook_english_export_headers():
    headers = [
        "Title",
        "First Name",
        "Last Name",
        "Company",
        "Job Title",
        "Business Street",
        "Business City",
        "Business Postal Code",
        "Business Country/Region",
        "E-mail Address",
        "Business Phone",
        "Business Fax",
    ]
    assert columns.recognise(headers, "contacts") == [
        "title",
        "given_name",
        "family_name",
        "organisation",
        "position",
        "street",
        "town",
        "postcode",
        "country",
        "email",
        "phone",
        "fax",
    ]


def test_usual_german_list_headers_in_any_spelling():
    headers = [
        "ANREDE",
        "Titel",
        "Funktion",
        "Vorname",
        "Nachname",
        "Organisation",
        "Strasse",
        "PLZ",
        "Ort",
        "Land",
        "E-mail",
        "Telefon:",
        "Sprache",
    ]
    assert columns.recognise(headers, "contacts") == [
        "salutation",
        "title",
        "position",
        "given_name",
        "family_name",
        "organisation",
        "street",
        "postcode",
        "town",
        "country",
        "email",
        "phone",
        "language",
    ]
    assert columns.recognise(["Amt"], "contacts") == ["position"]


def test_our_own_headers_in_each_language():
    english = [f.header for f in columns.fields("contacts")]
    assert columns.recognise(english, "contacts") == [f.key for f in columns.fields("contacts")]
    assert columns.recognise(
        ["ID", "Geschlecht", "Chinesischer Name", "Bundesland"], "contacts"
    ) == ["id", "gender", "name_zh", "region"]
    assert columns.recognise(["编号", "姓", "名", "电子邮件", "国家"], "contacts") == [
        "id",
        "family_name",
        "given_name",
        "email",
        "country",
    ]
    assert columns.recognise(
        ["Name", "Land", "Bundesland", "Status", "Mitglied seit", "Orte"], "members"
    ) == ["name", "country", "region", "status", "member_since", "places"]


def test_each_field_is_taken_once_and_a_name_beside_a_given_name_is_the_family_name():
    assert columns.recognise(["E-Mail", "E-Mail", "xyz"], "contacts") == ["email", None, None]
    assert columns.recognise(["Name", "Vorname"], "contacts") == ["family_name", "given_name"]
    assert columns.recognise(["Name", "E-Mail"], "contacts") == ["full_name", "email"]


@pytest.mark.parametrize(
    "cell, gender, title",
    [
        ("Herr", "male", ""),
        ("Frau", "female", ""),
        ("Frau Dr.", "female", "Dr."),
        ("Herr Prof. Dr.", "male", "Prof. Dr."),
        ("Dr.", None, "Dr."),
        ("Prof.", None, "Prof."),
        ("Mr.", "male", ""),
        ("Mrs", "female", ""),
        ("女士", "female", ""),
        ("", None, ""),
    ],
)
def test_a_salutation_gives_the_gender_and_an_academic_title(cell, gender, title):
    assert values.salutation(cell) == (gender, title)


@pytest.mark.parametrize(
    "text, day",
    [
        ("01.10.2021", dt.date(2021, 10, 1)),
        ("1.10.21", dt.date(2021, 10, 1)),
        ("2021-10-01", dt.date(2021, 10, 1)),
        ("2021年10月1日", dt.date(2021, 10, 1)),
        (dt.datetime(2021, 10, 1, 0, 0), dt.date(2021, 10, 1)),
        ("", None),
    ],
)
def test_dates_as_people_write_them(text, day):
    assert values.date_value(text) == day


def test_words_for_codes_in_three_languages():
    words = values.Words()
    assert words.code("gender", "weiblich") == "female"
    assert words.code("gender", "男") == "male"
    assert words.code("language", "Deutsch") == "de"
    assert words.code("language", "中文") == "zh"
    assert words.code("status", "Mitglied") == "member"
    assert words.code("status", "Former member") == "former"
    assert words.code("kind", "Landkreis") == "district"
    assert words.code("gender", "vielleicht") is None


def test_booleans_and_numbers_as_text():
    assert values.boolean("ja") is True and values.boolean("Nein") is False
    assert values.boolean("x") is True and values.boolean(None) is None
    assert values.boolean("vielleicht") is None
    assert values.text_value(9111.0) == "9111"
    assert values.names_list("Presse; Beirat, Newsletter") == ["Presse", "Beirat", "Newsletter"]


@pytest.mark.parametrize(
    "text",
    [
        "Müller",
        "Mueller",
        "Jürgen  Groß",
        "ANNA Schmidt",
        "Zoë",
        "王伟",
        "Dr. Hans-Peter Meyer",
        " Lea ",
        "Käthe",
    ],
)
def test_quick_folding_is_the_search_folding(text):
    assert fold(text) == search_key(text)


@pytest.mark.parametrize("language", ["de", "en", "zh_CN"])
def test_a_list_exported_in_any_language_is_recognised_in_every_other(language):
    """The headers as the translations write them, recognised without that catalogue
    loaded (a list exported in Chinese, imported by a German user)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[3] / "translations" / f"isa_desk_{language}.ts"
    translated = {}
    for context in ET.parse(catalogue).getroot():
        if context.findtext("name") == "Columns":
            for message in context.iter("message"):
                translated[message.findtext("source")] = message.findtext("translation")
    for list_name in columns.IMPORTABLE:
        wanted = [f for f in columns.fields(list_name) if f.importable]
        headers = [translated.get(f.header) or f.header for f in wanted]
        assert columns.recognise(headers, list_name) == [f.key for f in wanted], headers


@pytest.mark.parametrize("language", ["de", "en", "zh_CN"])
def test_exported_labels_of_any_language_are_read_back(language):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[3] / "translations" / f"isa_desk_{language}.ts"
    translated = {}
    for context in ET.parse(catalogue).getroot():
        if context.findtext("name") == "Labels":
            for message in context.iter("message"):
                translated[message.findtext("source")] = message.findtext("translation")
    words = values.Words()
    for field in ("gender", "name_order", "language", "status", "kind"):
        for code, label in values.labels(field).items():
            assert words.code(field, translated.get(label) or label) == code, (field, label)
    for yes_no, expected in (("Yes", True), ("No", False)):
        assert values.boolean(translated.get(yes_no) or yes_no) is expected
