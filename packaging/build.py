"""Build ISA Desk for distribution: the PyInstaller bundle, and on Windows the installer.

    python packaging/build.py              # dist/isa-desk/ (the bundle)
    python packaging/build.py --installer  # Windows: also dist/ISA-Desk-Setup-<version>.exe

Run it with the Python of the environment ISA Desk is installed in (`make package` does).
The version is the installed package's, the same that `isa-desk --version` prints; the
installer gets it as /DAppVersion=... On Linux the bundle also receives the desktop entry,
AppStream metainfo, icons and install.sh (a per-user install, see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "isa_desk.spec"
ICONS = ROOT / "resources" / "icons"
APP_ID = "de.isa_portal.IsaDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
INNO_SETUP_PLACES = (
    Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"), "Inno Setup 6"),
    Path(os.environ.get("ProgramFiles", r"C:\Program Files"), "Inno Setup 6"),
    Path(os.environ.get("LOCALAPPDATA", ""), "Programs", "Inno Setup 6"),
)


def package_version() -> str:
    return version("isa-desk")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    from PyInstaller.__main__ import run as pyinstaller  # only needed here

    pyinstaller(
        [
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ]
    )
    return dist / "isa-desk"


def add_linux_desktop_files(bundle: Path) -> None:
    """share/ as in a system prefix, plus install.sh, so the folder installs itself."""
    share = bundle / "share"
    linux = PACKAGING / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"isa-desk-{size}.png", folder / f"{APP_ID}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "isa-desk.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", bundle / "install.sh")


def find_iscc() -> Path:
    """The Inno Setup compiler: $ISCC, on the PATH, or where its installer puts it."""
    named = os.environ.get("ISCC") or shutil.which("iscc")
    if named:
        return Path(named)
    for place in INNO_SETUP_PLACES:
        if (place / "ISCC.exe").is_file():
            return place / "ISCC.exe"
    raise SystemExit(
        "Inno Setup 6 was not found: install it (see packaging/README.md) "
        "or set ISCC to the path of ISCC.exe."
    )


def build_installer(bundle: Path, dist: Path, app_version: str) -> None:
    from windows_version import numeric_version  # beside this file

    file_version = ".".join(str(number) for number in numeric_version(app_version))
    subprocess.run(
        [
            str(find_iscc()),
            f"/DAppVersion={app_version}",
            f"/DFileVersion={file_version}",
            f"/DBundleDir={bundle}",
            f"/DOutputDir={dist}",
            str(PACKAGING / "isa_desk.iss"),
        ],
        check=True,
    )


def folder_size(folder: Path) -> int:
    """Bytes on disk; the bundle links some libraries twice, count them once."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the ISA Desk bundle (and installer).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also compile the Windows installer with Inno Setup",
    )
    args = parser.parse_args(argv)
    app_version = package_version()
    started = time.monotonic()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    print(
        f"ISA Desk {app_version}: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB) "
        f"built in {time.monotonic() - started:.0f} s"
    )
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("The installer is built on Windows (Inno Setup).")
        build_installer(bundle, args.dist.resolve(), app_version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
