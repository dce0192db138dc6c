"""The one place that knows where ISA Desk keeps its files."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_documents_dir

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


def documents_dir() -> Path:
    """The folder letters, PDFs and exports are offered in: the platform's documents folder
    (Windows' known folder, the XDG user directory on Linux, so "~/Dokumente" on a German
    desktop), made when missing. When it cannot be made, the home folder."""
    folder = Path(user_documents_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only home, a file in the way: the dialogs start at home
        return Path.home()
    return folder


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


def made_without_asking(target: str) -> bool:
    """Whether the database `target` may be made without asking: it exists (or is a URL),
    or it is the default or the demo database of the user data folder, made on first use.
    A missing file named with --database or $ISA_DESK_DATABASE is more likely a typing error."""
    if is_url(target) or Path(target).exists():
        return True
    made_on_first_use = (default_database_path().resolve(), demo_database_path().resolve())
    return Path(target).resolve() in made_on_first_use


def resource_path(*parts: str) -> Path:
    """A shipped data file: resource_path("translations", "isa_desk_de.qm"),
    resource_path("resources", "icons", "isa-desk.svg").

    resources/ and translations/ sit at the top of the source tree; an installed wheel and
    the frozen bundle carry them inside the package (isa_desk/resources,
    isa_desk/translations), see setup.py and packaging/isa_desk.spec. The path is returned
    even when the file is missing, so the caller can name it in a message.
    """
    for root in _resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _PACKAGE_DIR.joinpath(*parts)


def _resource_roots() -> list[Path]:
    roots = [_PACKAGE_DIR]  # a wheel, the frozen bundle (its modules live under _MEIPASS)
    source_tree = _PACKAGE_DIR.parent
    # a checkout or editable install; only there, so that a stray top-level "resources"
    # folder of some other distribution in site-packages is never picked up
    if (source_tree / "pyproject.toml").is_file():
        roots.append(source_tree)
    return roots
