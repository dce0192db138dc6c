"""What the packaging relies on, checked without building the bundle: data files found in
every layout, the wheel's contents, the icons, the Linux desktop files, the Windows version
resource and installer script. The built bundle itself: tests/test_package.py."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QTimer

import isa_desk
from isa_desk import language as i18n
from isa_desk.core.paths import HOME_ENV, default_database_path, resource_path
from isa_desk.ui.shell import app as app_module
from isa_desk.ui.shell import app_icon

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = PACKAGING / "linux" / f"{app_icon.DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{app_icon.DESKTOP_ID}.metainfo.xml"

sys.path.insert(0, str(PACKAGING))
import windows_version  # noqa: E402  (beside the spec, not a package)


def load_paths_module(package_dir: Path):
    """isa_desk/core/paths.py as if it were installed in `package_dir`."""
    target = package_dir / "core" / "paths.py"
    target.parent.mkdir(parents=True)
    shutil.copy(ROOT / "isa_desk" / "core" / "paths.py", target)
    spec = importlib.util.spec_from_file_location("installed_paths", target)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resource_path_finds_the_source_tree_files():
    expected = ROOT / "translations" / "isa_desk_de.qm"
    assert resource_path("translations", "isa_desk_de.qm") == expected
    assert resource_path("resources", "icons", "isa-desk.svg").is_file()
    assert resource_path("resources", "fonts").is_dir()


def test_resource_path_in_an_installed_or_frozen_layout(tmp_path):
    """A wheel and the PyInstaller bundle both keep the data inside the package folder; a
    stray top-level resources/ beside it (some other distribution's) is never used."""
    site = tmp_path / "site-packages"
    package = site / "isa_desk"
    paths = load_paths_module(package)
    (package / "translations").mkdir()
    (package / "translations" / "isa_desk_de.qm").write_bytes(b"qm")
    (package / "resources" / "icons").mkdir(parents=True)
    (package / "resources" / "icons" / "isa-desk.svg").write_text("<svg/>")
    (site / "resources" / "fonts").mkdir(parents=True)
    (site / "resources" / "fonts" / "stray.ttf").write_bytes(b"x")

    assert paths.resource_path("translations", "isa_desk_de.qm") == (
        package / "translations" / "isa_desk_de.qm"
    )
    assert paths.resource_path("resources", "icons", "isa-desk.svg") == (
        package / "resources" / "icons" / "isa-desk.svg"
    )
    # missing: the path inside the package, for the caller's message; not the stray copy
    assert paths.resource_path("resources", "fonts", "stray.ttf") == (
        package / "resources" / "fonts" / "stray.ttf"
    )


def test_resource_path_falls_back_to_a_source_checkout(tmp_path):
    package = tmp_path / "checkout" / "isa_desk"
    paths = load_paths_module(package)
    (tmp_path / "checkout" / "pyproject.toml").write_text("")
    (tmp_path / "checkout" / "translations").mkdir()
    (tmp_path / "checkout" / "translations" / "isa_desk_en.qm").write_bytes(b"qm")
    assert paths.resource_path("translations", "isa_desk_en.qm") == (
        tmp_path / "checkout" / "translations" / "isa_desk_en.qm"
    )


def shipped_files() -> list[str]:
    """Every data file an installation must carry, as a path inside the wheel."""
    names = [
        f"isa_desk/translations/{path.name}"
        for path in sorted((ROOT / "translations").glob("*.qm"))
    ]
    names += [
        f"isa_desk/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    migrations = ROOT / "isa_desk" / "core" / "db" / "migrations"
    names += [
        f"isa_desk/core/db/migrations/{path.relative_to(migrations).as_posix()}"
        for pattern in ("*.py", "*.mako")
        for path in sorted(migrations.rglob(pattern))
        if "__pycache__" not in path.parts
    ]
    return names


@pytest.mark.slow
def test_a_wheel_carries_translations_resources_and_migrations(tmp_path):
    """`pip install .` (not editable) must give a working program: build the wheel, unpack
    it as an installation would, and ask resource_path there."""
    source = tmp_path / "source"  # a copy: setuptools leaves its build/ folder behind
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.ts")
    for folder in ("isa_desk", "resources", "translations"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
            str(source),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("isa_desk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert not [name for name in shipped_files() if name not in names]
    assert "isa_desk/translations/update.py" not in names  # a tool, not package data
    assert not [name for name in names if name.startswith(("resources/", "translations/"))]

    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import isa_desk; "
        "from isa_desk.core.paths import resource_path as r; "
        "print(isa_desk.__file__); print(r('translations', 'isa_desk_de.qm')); "
        "print(r('resources', 'icons', 'isa-desk-32.png')); "
        "print(r('resources', 'fonts', 'LiberationSans-Regular.ttf'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [Path(line) for line in result.stdout.split()]
    site = (tmp_path / "site").resolve()
    assert all(line.is_relative_to(site) for line in lines), result.stdout
    assert all(line.is_file() for line in lines)


@pytest.mark.parametrize("size", app_icon.SIZES)
def test_icon_png_sizes(size):
    with Image.open(ICONS / f"isa-desk-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: transparent
        assert image.getpixel((size // 2, size // 4))[3] == 255  # the drawing: opaque


def test_icon_ico_holds_every_windows_size():
    with Image.open(ICONS / "isa-desk.ico") as icon:
        sizes = {width for width, _height in icon.info["sizes"]}
    assert {16, 24, 32, 48, 256} <= sizes


def test_icon_svg_source():
    root = ET.parse(ICONS / "isa-desk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_application_icon_has_every_size(qapp):
    icon = app_icon.application_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(app_icon.SIZES)


def test_window_opens_and_closes_by_itself_when_asked(qapp, monkeypatch, tmp_path):
    """$ISA_DESK_QUIT_AFTER_MS, which the smoke test of the bundle uses: a real event loop."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.setenv(app_module.QUIT_AFTER_ENV, "300")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    guard = QTimer()  # should the window stay open, end the loop anyway and fail below
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20_000)
    locale = QLocale()
    started = time.monotonic()
    try:
        # the default database: made on the first start without a question
        assert app_module.run_gui(str(default_database_path()), "en") == 0
    finally:
        guard.stop()
        i18n.uninstall()
        QLocale.setDefault(locale)
    assert time.monotonic() - started < 15
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == app_icon.DESKTOP_ID
    windows = [w for w in qapp.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    assert windows and not any(window.isVisible() for window in windows)
    for window in windows:
        window.deleteLater()


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_program_and_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "isa-desk"
    assert entry["Icon"] == app_icon.DESKTOP_ID
    assert entry["Name"] == "ISA Desk"
    assert "Office;" in entry["Categories"]
    # the installer script rewrites Exec by pattern; keep one Exec line
    assert DESKTOP_FILE.read_text(encoding="utf-8").count("\nExec=") == 1


def test_metainfo_matches_desktop_entry_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == app_icon.DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.find("provides/binary").text == "isa-desk"
    newest = root.find("releases/release")
    assert newest.get("version") == isa_desk.__version__, (
        "add a <release> entry for the new version to the metainfo (newest first)"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date"))


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None and not os.environ.get("CI"),
    reason="desktop-file-validate not installed (.ci/run installs it)",
)
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None and not os.environ.get("CI"),
    reason="appstreamcli not installed (.ci/run installs it)",
)
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 0)),
        ("1.4.2+local.7", (1, 4, 2, 0)),
        ("1.2rc3", (1, 2, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
    ],
)
def test_windows_numeric_version(version, numbers):
    assert windows_version.numeric_version(version) == numbers


@pytest.mark.skipif(
    sys.platform != "win32", reason="PyInstaller's version resource classes work on Windows only"
)
def test_windows_version_resource():
    text = str(windows_version.version_info("0.3.1", "ISA Desk", "ISA Desk"))
    assert "filevers=(0, 3, 1, 0)" in text
    assert "'ProductVersion', '0.3.1'" in text
    assert "'OriginalFilename', 'ISA Desk.exe'" in text


def inno_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / "isa_desk.iss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
        elif line and not line.startswith((";", "#")):
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_installs_per_user_in_german_and_english():
    sections = inno_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs then
    assert (PACKAGING / setup["SetupIconFile"].replace("\\", "/")).is_file()
    languages = " ".join(sections["Languages"])
    assert "German.isl" in languages and "Default.isl" in languages
    assert any("desktopicon" in line and "unchecked" in line for line in sections["Tasks"])
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    # the uninstaller must not delete the user's data folder
    assert not any("localappdata" in line.lower() for line in sections.get("UninstallDelete", []))


def test_inno_setup_starts_the_windowed_program_of_the_spec():
    script = (PACKAGING / "isa_desk.iss").read_text(encoding="utf-8")
    spec = (PACKAGING / "isa_desk.spec").read_text(encoding="utf-8")
    exe = re.search(r'#define AppExe "(.+)\.exe"', script).group(1)
    assert f'program("{exe}", False' in spec
