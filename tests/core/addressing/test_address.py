"""Address blocks for the window field: German and foreign forms, offices, line limits."""

from __future__ import annotations

from types import SimpleNamespace

from isa_desk.core.addressing.address import address_lines, postal_address


def org(**values):
    base = dict(name="", name_zh="", street="", postcode="", town="", country="DE", member=None)
    return SimpleNamespace(**{**base, **values})


def contact(**values):
    base = dict(
        gender="unknown",
        title="",
        position="",
        given_name="",
        family_name="",
        name_order="western",
        name_zh="",
        department="",
        street="",
        postcode="",
        town="",
        country="DE",
        organisation=None,
        salutation_override="",
    )
    return SimpleNamespace(**{**base, **values})


AACHEN = org(name="Stadt Aachen", street="Markt 1", postcode="52062", town="Aachen")


def test_german_address_with_title_and_herrn():
    juergen = contact(
        gender="male",
        title="Dr.",
        given_name="Jürgen",
        family_name="Beispiel",
        street="Hauptstraße 5",
        postcode="01067",
        town="Dresden",
    )
    assert address_lines(juergen) == [
        "Herrn",
        "Dr. Jürgen Beispiel",
        "Hauptstraße 5",
        "01067 Dresden",
    ]


def test_office_on_its_own_line_before_the_name():
    anna = contact(
        gender="female",
        title="Dr.",
        given_name="Anna",
        family_name="Beispiel",
        position="Oberbürgermeisterin",
        organisation=AACHEN,
    )
    assert address_lines(anna) == [
        "Frau Oberbürgermeisterin",
        "Dr. Anna Beispiel",
        "Stadt Aachen",
        "Markt 1",
        "52062 Aachen",
    ]


def test_a_d_stays_in_the_address_block():
    ost = contact(
        gender="male",
        given_name="Friedhelm",
        family_name="Ost",
        position="Staatssekretär a. D.",
        street="Am Hof 2",
        postcode="53113",
        town="Bonn",
    )
    assert address_lines(ost)[0] == "Herrn Staatssekretär a. D."


def test_job_title_is_not_in_the_address():
    eva = contact(
        gender="female",
        given_name="Eva",
        family_name="Müller",
        position="Referentin",
        department="Büro für Internationales",
        organisation=AACHEN,
    )
    assert address_lines(eva) == [
        "Frau",
        "Eva Müller",
        "Stadt Aachen",
        "Büro für Internationales",
        "Markt 1",
        "52062 Aachen",
    ]


def test_highest_title_only_in_the_address():
    prof = contact(
        gender="male",
        title="Prof. Dr. Dipl.-Ing.",
        given_name="Karl",
        family_name="Berg",
        organisation=AACHEN,
    )
    assert address_lines(prof)[1] == "Prof. Dr. Karl Berg"


def test_unknown_gender_has_no_frau_or_herrn():
    alex = contact(given_name="Alex", family_name="Beispiel", organisation=AACHEN)
    assert address_lines(alex)[0] == "Alex Beispiel"


def test_organisation_only():
    assert address_lines(contact(organisation=AACHEN)) == [
        "Stadt Aachen",
        "Markt 1",
        "52062 Aachen",
    ]


def test_chinese_address_in_capitals_with_country_last():
    foshan = org(
        name="Volksregierung der Stadt Foshan",
        name_zh="佛山市人民政府",
        street="No. 5 Jiefang Road",
        postcode="528000",
        town="Foshan",
        country="CN",
    )
    liu = contact(
        gender="female",
        given_name="Yi",
        family_name="Liu",
        name_order="chinese",
        name_zh="刘毅",
        organisation=foshan,
    )
    assert address_lines(liu) == [
        "Frau",
        "Liu Yi",
        "Volksregierung der Stadt Foshan",
        "No. 5 Jiefang Road",
        "FOSHAN 528000",
        "CHINA",
    ]


def test_european_address_postcode_first_country_in_german():
    vienna = contact(
        gender="female",
        given_name="Eva",
        family_name="Gruber",
        street="Ringstraße 1",
        postcode="1010",
        town="Wien",
        country="AT",
    )
    assert address_lines(vienna)[-2:] == ["1010 WIEN", "ÖSTERREICH"]


def test_chinese_names_only_where_the_sender_chooses():
    foshan = org(
        name="ISA-Sekretariat",
        name_zh="中德工业城市联盟秘书处",
        street="No. 1 Road",
        postcode="528000",
        town="Foshan",
        country="CN",
    )
    liu = contact(
        gender="female",
        given_name="Yi",
        family_name="Liu",
        name_order="chinese",
        name_zh="刘毅",
        organisation=foshan,
    )
    assert "刘毅" not in " ".join(address_lines(liu))
    lines = address_lines(liu, show_chinese=True)
    # seven lines: "Frau" joins the name rather than the characters being dropped
    assert lines == [
        "Frau Liu Yi 刘毅",
        "ISA-Sekretariat",
        "中德工业城市联盟秘书处",
        "No. 1 Road",
        "FOSHAN 528000",
        "CHINA",
    ]


def test_never_more_than_six_lines_and_no_blank_line():
    far = org(
        name="Deutsche Handelskammer in China",
        name_zh="中国德国商会",
        street="No. 1 Road",
        postcode="100000",
        town="Beijing",
        country="CN",
    )
    long = contact(
        gender="female",
        title="Dr.",
        given_name="Jing",
        family_name="Lin",
        name_order="chinese",
        name_zh="林静",
        position="Präsidentin",
        department="Mitgliederservice",
        organisation=far,
    )
    lines = address_lines(long, show_chinese=True)
    assert len(lines) == 6
    assert "Mitgliederservice" not in lines  # the department gives way first
    assert all(line.strip() for line in lines)
    assert lines[-1] == "CHINA" and lines[-2] == "BEIJING 100000"


def test_own_address_before_the_organisations():
    anna = contact(
        gender="female",
        given_name="Anna",
        family_name="Berg",
        street="Weg 1",
        postcode="10115",
        town="Berlin",
        organisation=AACHEN,
    )
    assert address_lines(anna)[-2:] == ["Weg 1", "10115 Berlin"]


def test_no_postal_address():
    assert postal_address(contact(given_name="A", family_name="B")) is None
    assert postal_address(contact(town="Foshan", country="CN")) is None  # a town alone
    assert address_lines(contact(family_name="B", town="Bonn")) == []
