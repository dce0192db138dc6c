"""The program's icon and desktop identity (title bar, task bar, Alt+Tab, dialogs)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from isa_desk.core.paths import resource_path

# the name of the desktop entry and AppStream id (packaging/linux/): on Wayland the desktop
# finds the window's icon and name through it
DESKTOP_ID = "de.isa_portal.IsaDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """Every rendered size, so small places get the sharp small drawing, not a scaled one."""
    icon = QIcon()
    for size in SIZES:
        path = resource_path("resources", "icons", f"isa-desk-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def apply(app: QGuiApplication) -> None:
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)
