"""Contacts as Outlook's CSV file: Outlook's German and English column names, UTF-8 with a
byte order mark, commas and quotes as Outlook writes it; read back with the csv module,
and brought back through the import with every column recognised by itself."""

from __future__ import annotations

import csv

import pytest

from isa_desk.core.exchange import columns
from isa_desk.core.exchange.exporting.outlook import export_outlook, headers
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import CsvSource, open_source
from isa_desk.core.files import ProtectedFileError
from isa_desk.core.services import contacts
from tests.core.exchange.partners import stored

GERMAN = [
    "Anrede",
    "Vorname",
    "Nachname",
    "Firma",
    "Abteilung",
    "Position",
    "Straße geschäftlich",
    "Ort geschäftlich",
    "Region geschäftlich",
    "Postleitzahl geschäftlich",
    "Land/Region geschäftlich",
    "Fax geschäftlich",
    "Telefon geschäftlich",
    "Mobiltelefon",
    "Benutzer 1",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "Geschlecht",
    "Kategorien",
    "Sprache",
    "Notizen",
]


def read_back(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark
    assert raw.endswith(b"\r\n")  # records end in CRLF
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=","))


def test_german_column_names_and_values(db, partners, tmp_path):
    path = tmp_path / "Outlook.csv"
    assert export_outlook(db, path, language="de") == 3
    first_line = path.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first_line == ",".join(f'"{name}"' for name in GERMAN)  # every field quoted
    rows = {row["Nachname"] or row["Benutzer 1"]: row for row in read_back(path)}
    weiss = rows["Weiß"]
    assert weiss["Anrede"] == "Frau Dr."
    assert (weiss["Vorname"], weiss["Firma"], weiss["Abteilung"]) == (
        "Käthe",
        "Stadtverwaltung Düren",
        "Büro; OB, Stab",
    )
    assert weiss["Land/Region geschäftlich"] == "Deutschland"
    assert weiss["Telefon geschäftlich"] == "+49 2421 25-0"  # a number stays a number
    assert weiss["E-Mail: Angezeigter Name"] == "Käthe Weiß (k.weiss@example.org)"
    assert (weiss["E-Mail-Typ"], weiss["Geschlecht"], weiss["Sprache"]) == (
        "SMTP",
        "Weiblich",
        "Deutsch",
    )
    assert weiss["Kategorien"] == "Newsletter;Presse"
    assert weiss["Notizen"].startswith("Erste Zeile\nZweite Zeile, mit Komma;")
    assert (rows["Wang"]["Benutzer 1"], rows["Wang"]["Land/Region geschäftlich"]) == (
        "王力",
        "China",
    )
    assert rows["欧阳娜娜"]["Firma"] == "佛山市人民政府"


def test_english_column_names(db, partners, tmp_path):
    path = tmp_path / "Outlook.csv"
    export_outlook(db, path, language="en")
    rows = {row["Last Name"]: row for row in read_back(path)}
    assert list(rows["Weiß"])[:6] == [
        "Title",
        "First Name",
        "Last Name",
        "Company",
        "Department",
        "Job Title",
    ]
    assert rows["Weiß"]["Title"] == "Dr." and rows["Wang"]["Title"] == "Mr."
    assert rows["Weiß"]["Business Country/Region"] == "Germany"
    assert (rows["Wang"]["User 1"], rows["Wang"]["Gender"], rows["Wang"]["Language"]) == (
        "王力",
        "Male",
        "Chinese",
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_back_through_the_import_with_every_column_recognised(
    db, fresh, partners, tmp_path, language
):
    path = tmp_path / "Outlook.csv"
    export_outlook(db, path, language=language)
    source = open_source(path)
    assert isinstance(source, CsvSource) and source.separator == ","
    header, mapping = importer.find_header(source, "contacts")
    unmapped = [h for h, key in zip(header.values, mapping, strict=True) if key is None]
    assert unmapped == headers(language)[16:18]  # e-mail type and display name only
    plan = importer.analyse(fresh, source, "contacts")
    assert [p.text() for p in plan.errors() + plan.warnings()] == []
    assert importer.run(fresh, plan).created == 3
    before, after = stored(db), stored(fresh)
    for name, fields in before.items():
        fields["name_order"] = "western"  # Outlook has no name order
        assert after[name] == fields, name


def test_outlooks_own_headers_are_all_known():
    for language in ("de", "en"):
        found = columns.recognise(headers(language), "contacts")
        assert found.count(None) == 2
        assert "name_zh" in found and "gender" in found and "language" in found


def test_outlooks_unspecified_gender_leaves_the_salutations_one(db, tmp_path):
    path = tmp_path / "aus-outlook.csv"
    path.write_text(
        '"Anrede","Vorname","Nachname","Geschlecht","E-Mail-Adresse"\r\n'
        '"Frau","Eva","Roth","Nicht angegeben","eva@example.org"\r\n'
        '"","Tom","Kurz","Unspecified","tom@example.org"\r\n',
        encoding="utf-8-sig",
    )
    plan = importer.analyse(db, open_source(path), "contacts")
    assert plan.errors() == []
    importer.run(db, plan)
    assert stored(db)["Roth"]["gender"] == "female"
    assert stored(db)["Kurz"]["gender"] == "unknown"


def test_a_value_excel_would_take_for_a_formula_is_text(db, tmp_path):
    contacts.create(
        db,
        {"family_name": '=HYPERLINK("x")', "notes": "+cmd|' /C calc'!A0", "phone": "+49 30 1"},
    )
    path = tmp_path / "o.csv"
    export_outlook(db, path)
    row = read_back(path)[0]
    assert row["Nachname"] == '\'=HYPERLINK("x")'
    assert row["Notizen"] == "'+cmd|' /C calc'!A0"
    assert row["Telefon geschäftlich"] == "+49 30 1"


@pytest.mark.sqlite_only  # a server's database is no file to write over
def test_never_over_the_database(db, tmp_path):
    with pytest.raises(ProtectedFileError):
        export_outlook(db, tmp_path / "t.sqlite")
