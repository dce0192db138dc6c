"""Smoke test of the built program: the PyInstaller bundle in dist/isa-desk, run as the
office would run it, offscreen and apart from the source tree. It proves that nothing the
program needs at run time (translations, fonts, icons, migrations, Qt plugins, the
libraries' data) was left out of the bundle.

The bundle is built first (about a minute, packaging/build.py) unless dist/ holds one newer
than every file it is made of.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

try:
    import fcntl
except ImportError:  # Windows: no concurrent test runs to guard against there
    fcntl = None

import isa_desk
from isa_desk.core.db import schema
from isa_desk.ui.shell import app_icon

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "isa-desk"
INTERNAL = BUNDLE / "_internal"
EXE = BUNDLE / ("isa-desk.exe" if sys.platform == "win32" else "isa-desk")
BUILD_INPUTS = ("isa_desk", "resources", "translations", "packaging", "setup.py", "pyproject.toml")
EVENT = "10. Plenarversammlung der ISA"
QUIT_AFTER_ENV = "ISA_DESK_QUIT_AFTER_MS"


def newest_input() -> float:
    newest = 0.0
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@contextlib.contextmanager
def build_lock():
    """One build at a time in this checkout: a second test run waits, then reuses it."""
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / "package.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/isa-desk, built now unless it is newer than all of its sources."""
    with build_lock():
        if EXE.is_file() and EXE.stat().st_mtime > newest_input():
            return BUNDLE
        if importlib.util.find_spec("PyInstaller") is None:
            message = "PyInstaller is missing: `make test` installs it (the package extra)"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py")], check=True, timeout=1800
        )
    return BUNDLE


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ISA_DESK_", "PYTHON", "XDG_DATA_HOME"))
    }
    env.update(ISA_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def frozen(folder: Path, *args: str, timeout: float = 180, **env: str):
    """Run the bundled program in `folder` (its working folder and user data folder)."""
    return subprocess.run(
        [str(EXE), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=clean_environment(folder / "home", **env),
    )


@pytest.fixture(scope="module")
def demo_database(bundle, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("frozen")
    database = folder / "demo.sqlite"
    result = frozen(folder, "--database", str(database), "demo")
    assert result.returncode == 0, result.stderr
    return database


def test_version_comes_from_the_package(bundle, tmp_path):
    result = frozen(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"isa-desk {isa_desk.__version__}"


def test_bundle_carries_the_data_files(bundle):
    package = INTERNAL / "isa_desk"
    for qm in (ROOT / "translations").glob("*.qm"):
        assert (package / "translations" / qm.name).read_bytes() == qm.read_bytes()
    for file in (ROOT / "resources").rglob("*"):
        if file.is_file():
            assert (package / "resources" / file.relative_to(ROOT / "resources")).is_file()
    versions = ROOT / "isa_desk" / "core" / "db" / "migrations" / "versions"
    for revision in versions.glob("*.py"):
        assert (package / "core" / "db" / "migrations" / "versions" / revision.name).is_file()
    assert (package / "core" / "db" / "migrations" / "env.py").is_file()
    # Qt's own translations for the standard dialogs, only in the program's languages
    qt_translations = {path.name for path in INTERNAL.rglob("qtbase_*.qm")}
    assert qt_translations == {"qtbase_de.qm", "qtbase_en.qm", "qtbase_zh_CN.qm"}


def test_demo_database_and_info(demo_database):
    result = frozen(demo_database.parent, "--lang", "en", "--database", str(demo_database), "info")
    assert result.returncode == 0, result.stderr
    assert "Members: 46 (DE 21, CN 25)" in result.stdout
    assert f"Schema revision: {schema.head_revision()} (current)" in result.stdout


@pytest.mark.parametrize("language", ["de", "zh"])
def test_translations_load_as_from_the_source(bundle, tmp_path, language):
    """The frozen program speaks exactly like the source tree does."""
    result = frozen(tmp_path, "--lang", language, "--help")
    source = subprocess.run(
        [sys.executable, "-m", "isa_desk", "--lang", language, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean_environment(tmp_path / "home"),
    )
    assert result.returncode == source.returncode == 0, result.stderr
    assert result.stdout == source.stdout


def test_old_database_is_backed_up_and_upgraded(bundle, tmp_path):
    """Alembic runs env.py and the revision files from the bundle."""
    database = tmp_path / "office.sqlite"
    shutil.copy(ROOT / "tests" / "data" / "schema-0001.sqlite", database)
    result = frozen(tmp_path, "--database", str(database), "demo")
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("office.backup-0001-*.sqlite"))
    info = frozen(tmp_path, "--lang", "en", "--database", str(database), "info")
    assert f"Schema revision: {schema.head_revision()} (current)" in info.stdout


def test_a_team_server_database(bundle, tmp_path, postgres_templates):
    """The frozen program carries PostgreSQL's driver: it creates and reads a server database."""
    with postgres_templates.new() as url:
        result = frozen(tmp_path, "--database", url, "demo")
        assert result.returncode == 0, result.stderr
        info = frozen(tmp_path, "--lang", "en", "--database", url, "info")
        assert info.returncode == 0, info.stderr
        assert "Members: 46 (DE 21, CN 25)" in info.stdout


def test_window_opens_and_quits(demo_database, tmp_path):
    result = frozen(
        tmp_path, "--database", str(demo_database), timeout=120, **{QUIT_AFTER_ENV: "1500"}
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    log = tmp_path / "home" / "isa-desk.log"
    assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")


def test_invitation_letters_as_pdf(demo_database, tmp_path):
    pdf = tmp_path / "einladung.pdf"
    result = frozen(
        tmp_path,
        "--database",
        str(demo_database),
        "letters",
        "--template",
        "einladung",
        "--event",
        EVENT,
        "--out",
        str(pdf),
    )
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if shutil.which("pdftotext"):  # poppler-utils, installed by .ci/run
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Plenarversammlung" in text
    if shutil.which("pdffonts"):  # the bundled fonts were found and embedded
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "LiberationSans" in fonts


def test_excel_export(demo_database, tmp_path):
    workbook_path = tmp_path / "mitglieder.xlsx"
    result = frozen(
        tmp_path, "--database", str(demo_database), "export", "members", str(workbook_path)
    )
    assert result.returncode == 0, result.stderr
    workbook = openpyxl.load_workbook(workbook_path, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert len(rows) > 46  # a header and every member record
    assert any("Aachen" in row for row in rows)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's installer")
def test_linux_install_and_uninstall_keep_the_data(bundle, tmp_path):
    home = tmp_path / "user"
    env = clean_environment(tmp_path / "unused", HOME=str(home))
    shared = home / ".local" / "share"
    data = shared / "ISA Desk"
    data.mkdir(parents=True)
    (data / "isa-desk.sqlite").write_bytes(b"the office's data")

    subprocess.run(
        ["sh", str(BUNDLE / "install.sh")], env=env, check=True, capture_output=True, timeout=300
    )
    prefix = home / ".local" / "opt" / "isa-desk"
    command = home / ".local" / "bin" / "isa-desk"
    version = subprocess.run(
        [str(command), "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert version.stdout.strip() == f"isa-desk {isa_desk.__version__}"
    desktop = shared / "applications" / f"{app_icon.DESKTOP_ID}.desktop"
    assert f'Exec="{prefix}/isa-desk"' in desktop.read_text(encoding="utf-8")
    icon = shared / "icons" / "hicolor" / "48x48" / "apps" / f"{app_icon.DESKTOP_ID}.png"
    assert icon.is_file()
    assert (shared / "metainfo" / f"{app_icon.DESKTOP_ID}.metainfo.xml").is_file()

    subprocess.run(
        ["sh", str(prefix / "install.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert not prefix.exists() and not command.exists() and not desktop.exists()
    assert (data / "isa-desk.sqlite").read_bytes() == b"the office's data"
