"""`isa-desk transfer --to URL` end to end: the demo database copied to a real server,
refusals and failures in one line with exit code 1, bad input with 2."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from isa_desk.cli import main
from isa_desk.core.db.models import Base
from tests import copy_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path, demo_file):
    return copy_database(demo_file, tmp_path / "office.sqlite")


def rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return sum(
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables
            )
    finally:
        engine.dispose()


def test_the_database_is_copied_and_verified(office, postgres_templates, capsys):
    with postgres_templates.new() as url:
        with_password = make_url(url).set(password="Geheim-密码").render_as_string(False)
        code, out, err = run(capsys, "--database", str(office), "transfer", "--to", with_password)
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert lines[0] == f"Copied from {office} to {make_url(url).set(password='***')}:"
        assert "  contact: 152" in lines and "  consent: 201" in lines
        assert "  audit_entry: 595" in lines
        assert lines[-1].startswith("Verified: every table on the server holds as many rows")
        assert "Geheim" not in out
        copied = rows(url)
        assert f"({copied} in all)" in lines[-1]

        # a second time: the server's database holds records now
        code, out, err = run(capsys, "--database", str(office), "transfer", "--to", url)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and "already holds records" in err
        assert rows(url) == copied


def test_a_server_that_does_not_answer_is_one_line(office, capsys):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://anna@127.0.0.1:{port}/isa"
    code, out, err = run(capsys, "--database", str(office), "transfer", "--to", url)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and f"127.0.0.1:{port}/isa" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "target", ["sqlite:///elsewhere.sqlite", "postgresql+psycopg://anna@server", "server/isa"]
)
def test_a_target_that_is_no_server_database_is_bad_input(office, capsys, target):
    code, out, err = run(capsys, "--database", str(office), "transfer", "--to", target)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "is not the address of a PostgreSQL database" in err


def test_a_missing_source_or_target_is_bad_input(tmp_path, capsys):
    url = "postgresql+psycopg://anna@server/isa"
    missing = tmp_path / "missing.sqlite"
    code, out, err = run(capsys, "--database", str(missing), "transfer", "--to", url)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "does not exist" in err
    assert not missing.exists()
    code, out, err = run(capsys, "--database", str(missing), "transfer")
    assert code == 2 and "--to" in err
