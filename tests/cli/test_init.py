"""A database on first use: `isa-desk init`, the default database made by any command, and
a missing explicit path that names `init`."""

from __future__ import annotations

from sqlalchemy import func, select

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from isa_desk.core.paths import default_database_path
from tests.core.exchange.files import GERMAN_HEADERS, SCHMIDT, workbook


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def contacts_in(path) -> int:
    db = Database.open(str(path))
    try:
        with db.session() as session:
            return session.scalar(select(func.count(Contact.id))) or 0
    finally:
        db.close()


def test_init_creates_an_empty_database_and_leaves_an_existing_one_alone(tmp_path, capsys):
    path = tmp_path / "office" / "new.sqlite"
    code, out, err = run(capsys, "--database", str(path), "init")
    assert (code, err) == (0, "")
    assert f"Empty database created: {path}" in out
    assert contacts_in(path) == 0
    before = path.read_bytes()

    code, out, err = run(capsys, "--database", str(path), "init")
    assert code == 2 and out == ""
    assert err.strip() == f"{path} exists already; nothing was changed."
    assert path.read_bytes() == before


def test_a_missing_explicit_database_names_init_and_is_not_made(tmp_path, capsys):
    path = tmp_path / "typo.sqlite"
    code, out, err = run(capsys, "--database", str(path), "info")
    assert code == 2 and out == ""
    assert str(path) in err and f"isa-desk --database {path} init" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not path.exists()


def test_info_on_a_fresh_installation_makes_the_default_database(home, capsys):
    code, out, err = run(capsys, "info")
    assert (code, err) == (0, "")
    assert default_database_path().is_file()
    assert "Members: 0" in out


def test_import_into_the_default_database_of_a_fresh_installation(home, tmp_path, capsys):
    source = workbook(tmp_path / "liste.xlsx", [GERMAN_HEADERS, SCHMIDT])
    code, out, err = run(capsys, "import", "contacts", str(source))
    assert "1" in out
    assert (code, err) == (0, ""), err
    assert contacts_in(default_database_path()) == 1
