"""The window's remembered settings: an INI file in the user data folder.

One place names every key, so the file stays readable and a test can point it at a
temporary folder (ISA_DESK_HOME).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from isa_desk.core import paths
from isa_desk.core.errors import ValidationError

if TYPE_CHECKING:
    from isa_desk.core.db.server_login import ServerLogin

LANGUAGE = "general/language"
LAST_AREA = "window/last_area"
GEOMETRY = "window/geometry"
STATE = "window/state"
MAIL_SERVER = "mail/server"  # smtp[s]://USER@HOST:PORT, never with a password
MAIL_PACE = "mail/pace"
TEAM_SERVER = "team/server"  # postgresql+psycopg://USER@HOST:PORT/DATABASE, never a password
TEAM_AT_START = "team/open_at_start"  # the team server was the database used last


class Settings:
    """Typed access to the settings file (QSettings in INI format)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else paths.settings_path()
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)

    # language ---------------------------------------------------------------------------
    def language(self) -> str | None:
        value = self.store.value(LANGUAGE)
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self.store.setValue(LANGUAGE, language)

    # window -----------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes(GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue(GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue(STATE, value)

    def last_area(self) -> str | None:
        value = self.store.value(LAST_AREA)
        return str(value) if value else None

    def set_last_area(self, key: str) -> None:
        self.store.setValue(LAST_AREA, key)

    def dialog_geometry(self, name: str) -> QByteArray | None:
        """The size and place a dialog had when it was last closed."""
        return self._bytes(f"dialogs/{name}/geometry")

    def set_dialog_geometry(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"dialogs/{name}/geometry", value)

    # lists ------------------------------------------------------------------------------
    def column_widths(self, list_key: str) -> dict[str, int]:
        """Remembered widths by column field name."""
        widths = {}
        for item in self._list(f"lists/{list_key}/widths"):
            field, _, width = item.partition("=")
            if width.isdigit():
                widths[field] = int(width)
        return widths

    def set_column_widths(self, list_key: str, widths: dict[str, int]) -> None:
        self.store.setValue(
            f"lists/{list_key}/widths", [f"{field}={width}" for field, width in widths.items()]
        )

    def hidden_columns(self, list_key: str) -> set[str] | None:
        """Field names the user hid; None when never chosen (the list's defaults apply)."""
        if not self.store.contains(f"lists/{list_key}/hidden"):
            return None
        return set(self._list(f"lists/{list_key}/hidden"))

    def set_hidden_columns(self, list_key: str, fields: set[str]) -> None:
        # An explicit marker keeps "nothing hidden" apart from "never chosen".
        self.store.setValue(f"lists/{list_key}/hidden", sorted(fields) or [""])

    # mail -------------------------------------------------------------------------------
    def mail_server(self) -> str:
        value = self.store.value(MAIL_SERVER)
        return str(value) if value else ""

    def set_mail_server(self, url: str) -> None:
        self.store.setValue(MAIL_SERVER, url)

    def mail_pace(self) -> float | None:
        """Seconds between two e-mails of a mailing; None when never chosen."""
        try:
            return float(self.store.value(MAIL_PACE))
        except (TypeError, ValueError):
            return None

    def set_mail_pace(self, seconds: float) -> None:
        self.store.setValue(MAIL_PACE, seconds)

    # team server ------------------------------------------------------------------------
    def team_server(self) -> ServerLogin | None:
        """The database server last connected to; None when none (or unreadable)."""
        from isa_desk.core.db.server_login import ServerLogin  # the password store with it

        value = self.store.value(TEAM_SERVER)
        try:
            return ServerLogin.from_url(str(value)) if value else None
        except ValidationError:
            return None

    def set_team_server(self, login: ServerLogin) -> None:
        self.store.setValue(TEAM_SERVER, login.target())

    def team_server_at_start(self) -> bool:
        """Whether the window opens the team server at start (it was used last)."""
        return str(self.store.value(TEAM_AT_START, "false")).lower() == "true"

    def set_team_server_at_start(self, value: bool) -> None:
        self.store.setValue(TEAM_AT_START, "true" if value else "false")

    # folders ----------------------------------------------------------------------------
    def last_folder(self, purpose: str) -> str:
        """The folder last used for `purpose` while it is there, else the documents folder."""
        value = self.store.value(f"folders/{purpose}")
        if value and Path(str(value)).is_dir():
            return str(value)
        return str(paths.documents_dir())

    def set_last_folder(self, purpose: str, folder: str | Path) -> None:
        self.store.setValue(f"folders/{purpose}", str(folder))

    def sync(self) -> None:
        self.store.sync()

    # helpers ----------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _list(self, key: str) -> list[str]:
        value = self.store.value(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value if str(item)]
