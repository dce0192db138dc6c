"""`isa-desk letters --per-language`: each recipient in their preferred language, with the
built-in family or templates named per language, the count of letters by language, and the
Chinese address order as an option."""

from __future__ import annotations

from pathlib import Path

import pytest

from isa_desk.cli import main
from isa_desk.core.db.engine import Database
from tests.core.documents.letters.three_languages import EVENT, add_people
from tests.core.documents.pdf_text import needs_poppler, text

pytestmark = needs_poppler


@pytest.fixture
def database(tmp_path, empty_file) -> tuple[Path, list[str]]:
    """A database with a recipient in German, one in English and one in Chinese."""
    from tests import copy_database

    path = copy_database(empty_file, tmp_path / "letters.sqlite")
    db = Database.open(str(path))
    try:
        people = add_people(db)
    finally:
        db.close()
    return path, [str(people.beispiel), str(people.smith), str(people.liu)]


def letters(capsys, database, template: str, *options: str) -> tuple[int, str, str]:
    """`isa-desk letters` for the three recipients and the event, with `options`."""
    path, ids = database
    arguments = ["--database", str(path), "letters", "--template", template, "--event", EVENT]
    code = main(["--lang", "en", *arguments, "--contact", *ids, *options])
    out, err = capsys.readouterr()
    return code, out, err


def test_per_language_with_the_built_in_family(capsys, database, tmp_path):
    split = tmp_path / "split"
    code, out, err = letters(
        capsys,
        database,
        "einladung",
        "--split",
        str(split),
        "--per-language",
        "--chinese-address-order",
    )
    assert (code, err) == (0, "")
    assert "3 letters" in out
    assert "By language: 1 in German, 1 in English, 1 in Chinese." in out
    assert "Sehr geehrte Frau Dr. Beispiel," in text(split / "Beispiel_Anna.pdf")
    assert "Dear Mr Smith," in text(split / "Smith_John.pdf")
    chinese = text(split / "Liu_Yi.pdf")
    assert "尊敬的刘女士：" in chinese and "2027年3月18日" in chinese
    assert "中国广东省佛山市 528000" in chinese and "刘毅女士 收" in chinese


def test_a_template_named_for_a_language_sets_per_language(capsys, database, tmp_path):
    code, out, err = letters(
        capsys,
        database,
        "brief",
        "--out",
        str(tmp_path / "all.pdf"),
        "--template-zh",
        "yaoqing",
    )
    assert (code, err) == (0, "")
    assert "By language: 2 in German, 1 in Chinese." in out
    combined = text(tmp_path / "all.pdf")
    assert "尊敬的刘女士：" in combined and "Dear" not in combined
    # without the option the address in China stays in the DIN 5008 form
    assert "FOSHAN 528000" in combined and "中国广东省" not in combined


def test_a_template_in_the_wrong_language_is_one_line_and_exit_2(capsys, database, tmp_path):
    code, out, err = letters(
        capsys,
        database,
        "einladung",
        "--out",
        str(tmp_path / "all.pdf"),
        "--template-en",
        "yaoqing",
    )
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and "“yaoqing” is written in Chinese" in err
    assert not (tmp_path / "all.pdf").exists()
