"""`isa-desk export contacts FILE.vcf|FOLDER/|FILE.csv --format outlook` and
`isa-desk import contacts FILE.vcf`: the files written, read back, and the exit codes."""

from __future__ import annotations

import csv

import pytest

from tests import copy_database
from tests.cli.test_exchange import contact_count, isa


@pytest.fixture
def database(demo_file, tmp_path):
    return copy_database(demo_file, tmp_path / "demo.sqlite")


@pytest.fixture
def empty(empty_file, tmp_path):
    return copy_database(empty_file, tmp_path / "leer.sqlite")


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_vcards_and_import_them_into_another_database(
    database, empty, tmp_path, capsys, version
):
    path = tmp_path / "kontakte.vcf"
    total = contact_count(database)
    assert isa(database, "export", "contacts", str(path), "--vcard-version", version) == 0
    assert f"{total} contacts written to {path} as vCard {version}." in capsys.readouterr().out
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == total and f"VERSION:{version}" in text
    assert isa(empty, "import", "contacts", str(path), "--json") == 0
    assert contact_count(empty) == total


def test_export_one_vcard_per_contact_into_a_folder(database, tmp_path, capsys):
    folder = tmp_path / "Karten"
    assert isa(database, "export", "contacts", f"{folder}/", "--tag", "Presse") == 0
    files = list(folder.glob("*.vcf"))
    assert files and f"{len(files)} contacts written to {folder}" in capsys.readouterr().out
    assert all(f.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1 for f in files)


@pytest.mark.parametrize(("language", "first"), [("de", "Anrede"), ("en", "Title")])
def test_export_for_outlook(database, tmp_path, language, first):
    path = tmp_path / "outlook.csv"
    args = ("export", "contacts", str(path), "--format", "outlook")
    assert isa(database, *args, "--outlook-language", language) == 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == first and len(rows) == contact_count(database) + 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("contacts", "liste.csv"), "add --format outlook"),
        (("members", "mitglieder.vcf"), "--format vcard is for contacts only."),
        (("contacts", "liste.xlsx", "--format", "vcard"), "the file name must end in .vcf."),
        (("contacts", "liste.vcf", "--format", "outlook"), "the file name must end in .csv."),
    ],
)
def test_export_refuses_a_format_that_does_not_fit(database, tmp_path, capsys, args, message):
    list_name, name, *options = args
    assert isa(database, "export", list_name, str(tmp_path / name), *options) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("liste*")) and not list(tmp_path.glob("mitglieder*"))


def test_export_never_over_the_database(tmp_path, empty_file, capsys):
    database = copy_database(empty_file, tmp_path / "adressen.vcf")
    size = database.stat().st_size
    assert isa(database, "export", "contacts", str(database)) == 2
    assert "cannot be overwritten" in capsys.readouterr().err
    assert database.stat().st_size == size


def test_import_a_broken_vcard_exits_2_and_writes_nothing(empty, tmp_path, capsys):
    path = tmp_path / "kaputt.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nN:Berg;Anna\n", encoding="utf-8")
    assert isa(empty, "import", "contacts", str(path)) == 2
    err = capsys.readouterr().err
    assert "kaputt.vcf cannot be read: card 1, begun on line 1, has no END:VCARD." in err
    assert contact_count(empty) == 0


def test_import_a_card_with_an_invalid_address_exits_1(empty, tmp_path, capsys):
    path = tmp_path / "k.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nN:Berg;Anna\nEMAIL:anna(at)x\nEND:VCARD\n",
        encoding="utf-8",
    )
    assert isa(empty, "import", "contacts", str(path)) == 1
    captured = capsys.readouterr()
    assert "each card is a row numbered by the line it begins on" in captured.out
    assert "Row 1, column “E-mail”" in captured.err
    assert contact_count(empty) == 0


def test_import_of_vcards_as_members_is_refused(empty, tmp_path, capsys):
    path = tmp_path / "k.vcf"
    path.write_text("BEGIN:VCARD\nFN:A B\nN:B;A\nEND:VCARD\n", encoding="utf-8")
    assert isa(empty, "import", "members", str(path)) == 2
    assert "Import it as contacts." in capsys.readouterr().err
