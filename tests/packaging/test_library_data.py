"""The bundle keeps only part of Babel's and pycountry's data (packaging/library_data.py):
checked without building it, with copies of both libraries that hold only the kept files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import babel
import pycountry

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import library_data  # noqa: E402  (beside the spec, not a package)


def test_only_the_programs_locales_and_no_translations():
    assert library_data.wanted("babel/locale-data/de.dat")
    assert library_data.wanted("babel/locale-data/root.dat")
    assert library_data.wanted("babel\\locale-data\\zh_Hant.dat")
    assert library_data.wanted("babel/locale-data/LICENSE.unicode")
    assert library_data.wanted("babel/global.dat")
    assert not library_data.wanted("babel/locale-data/fr.dat")
    assert not library_data.wanted("babel/locale-data/zh_Hant_HK.dat")
    assert not library_data.wanted("babel/locale-data/de_AT.dat")
    assert not library_data.wanted("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo")
    assert library_data.wanted("pycountry/databases/iso3166-1.json")
    assert library_data.wanted("PySide6/Qt/translations/qtbase_de.qm")


def copy_kept(package, target: Path) -> None:
    """The package's folder as the bundle holds it."""
    source = Path(package.__file__).parent
    for path in source.rglob("*"):
        inside = f"{source.name}/{path.relative_to(source).as_posix()}"
        if path.is_file() and "__pycache__" not in path.parts and library_data.wanted(inside):
            destination = target / inside
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


def test_countries_are_named_and_recognised_with_the_kept_data_only(tmp_path):
    for package in (babel, pycountry):
        copy_kept(package, tmp_path)
    assert not (tmp_path / "babel" / "locale-data" / "fr.dat").exists()
    assert not (tmp_path / "pycountry" / "locales").exists()
    code = (
        "import babel, pycountry\n"
        f"assert babel.__file__.startswith({str(tmp_path)!r}), babel.__file__\n"
        f"assert pycountry.__file__.startswith({str(tmp_path)!r})\n"
        "from isa_desk.core.domain import countries as c\n"
        "assert len(c.all_codes()) == 249\n"
        "assert [c.cldr_name('KZ', l) for l in ('de', 'en', 'zh', 'zh_Hant')] == "
        "['Kasachstan', 'Kazakhstan', '哈萨克斯坦', '哈薩克']\n"
        "assert c.country_code('臺灣') == 'TW' and c.country_code('Viet Nam') == 'VN'\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
