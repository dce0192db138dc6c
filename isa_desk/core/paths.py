"""The one place that knows where ISA Desk keeps its files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ISA Desk"
APP_AUTHOR = "ISA"
DATABASE_ENV = "ISA_DESK_DATABASE"
HOME_ENV = "ISA_DESK_HOME"  # points the whole user data folder elsewhere (tests, portable use)

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The user data folder: database, backups, log, settings. Created on first use."""
    override = os.environ.get(HOME_ENV)
    folder = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "isa-desk.sqlite"


def demo_database_path() -> Path:
    return data_dir() / "isa-desk-demo.sqlite"


def log_path() -> Path:
    return data_dir() / "isa-desk.log"


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def is_url(target: str) -> bool:
    return "://" in target


def database_target(option: str | None = None, demo: bool = False) -> str:
    """The database to open: `--database`, then $ISA_DESK_DATABASE, then the default file.

    The result is either a file path or an SQLAlchemy URL.
    """
    if option:
        return option
    if demo:
        return str(demo_database_path())
    return os.environ.get(DATABASE_ENV) or str(default_database_path())


def resource_path(*parts: str) -> Path:
    """A shipped data file (resources/, translations/), installed, from source or frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    roots = [Path(frozen_root)] if frozen_root else []
    roots += [_PACKAGE_DIR, _PACKAGE_DIR.parent]
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return roots[0].joinpath(*parts)
