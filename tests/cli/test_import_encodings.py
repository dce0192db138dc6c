"""`isa-desk import` with CSV files in other encodings: the encoding and separator found
are printed, --encoding and --separator override them, a file in two encodings is told."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from tests import copy_database
from tests.core.exchange.files import csv_file


@pytest.fixture
def database(current_demo_file, tmp_path):
    return copy_database(current_demo_file, tmp_path / "copy.sqlite")


def isa(database, *args) -> int:
    return main(["--lang", "en", "--database", str(database), *args])


def contact_by_email(database, email: str) -> Contact | None:
    db = Database.open(str(database))
    try:
        with db.session() as session:
            return session.scalars(select(Contact).where(Contact.email == email)).first()
    finally:
        db.close()


def gbk_list(tmp_path):
    return csv_file(
        tmp_path / "名单.csv",
        ["Vorname;Nachname;Organisation;E-Mail", "伟;张;佛山市人民政府;zhang.wei@example.cn"],
        "gbk",
    )


def test_the_encoding_and_separator_found_are_printed(database, tmp_path, capsys):
    assert isa(database, "import", "contacts", str(gbk_list(tmp_path))) == 0
    out = capsys.readouterr().out
    assert "名单.csv: Encoding: GB18030 (GBK); separator: Semicolon (;)." in out
    zhang = contact_by_email(database, "zhang.wei@example.cn")
    assert (zhang.name_zh or f"{zhang.family_name}{zhang.given_name}") == "张伟"


def test_the_encoding_given_is_the_one_read(database, tmp_path, capsys):
    path = gbk_list(tmp_path)
    args = ("import", "contacts", str(path), "--dry-run")
    assert isa(database, *args, "--encoding", "gbk", "--separator", "semicolon") == 0
    assert "Encoding: GB18030 (GBK); separator: Semicolon (;)." in capsys.readouterr().out
    # read as Windows-1252 the names are what the user asked for, and the line says so
    assert isa(database, *args, "--encoding", "windows-1252", "--json") == 0
    captured = capsys.readouterr()
    assert "Encoding: Windows-1252; separator: Semicolon (;)." in captured.err
    assert json.loads(captured.out)["created"] == 1  # the JSON stays alone on standard output


def test_an_unknown_encoding_or_separator_is_refused(database, tmp_path, capsys):
    path = gbk_list(tmp_path)
    assert isa(database, "import", "contacts", str(path), "--encoding", "latin-9") == 2
    assert "unknown encoding “latin-9” (choose one of: utf-8," in capsys.readouterr().err
    assert isa(database, "import", "contacts", str(path), "--separator", "x") == 2
    assert "unknown separator “x”" in capsys.readouterr().err


def test_a_file_in_two_encodings_imports_with_a_warning_naming_the_rows(database, tmp_path, capsys):
    path = tmp_path / "zusammen.csv"
    path.write_bytes(
        b"Vorname;Nachname;E-Mail\r\n"
        + "Jürgen;Groß;j.gross@example.org\r\n".encode()
        + "Käthe;Weiß;k.weiss@example.org\r\n".encode("cp1252")
    )
    assert isa(database, "import", "contacts", str(path)) == 0
    captured = capsys.readouterr()
    assert "Encoding: UTF-8, other lines Windows-1252" in captured.out
    assert (
        "zusammen.csv: The file mixes two encodings: 1 row was read as Windows-1252, "
        "the other rows as UTF-8. Check the names in these rows: 3"
    ) in captured.err
    assert contact_by_email(database, "k.weiss@example.org").given_name == "Käthe"
    assert contact_by_email(database, "j.gross@example.org").given_name == "Jürgen"
