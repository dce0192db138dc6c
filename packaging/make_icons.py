"""Render the application icon from its SVG source into PNG sizes and a Windows ICO.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/isa-desk-<size>.png (16 to 256 pixels: the window icon, the Linux
desktop's hicolor theme) and resources/icons/isa-desk.ico (every size in one file: the
Windows program, installer and start-menu icon). Run it after changing isa-desk.svg and
commit the results: the build machines need neither the renderer nor this script.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "isa-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # 20 and 40: Windows at 125 % scaling


def png_path(size: int) -> Path:
    return ICONS / f"isa-desk-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The drawing at `size` x `size` pixels as PNG bytes, antialiased, transparent corners."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(images: dict[int, bytes], target: Path) -> None:
    """One ICO with every size drawn from the SVG (not scaled down from the largest)."""
    frames = [Image.open(io.BytesIO(images[size])) for size in ICO_SIZES]
    largest = frames[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QSvgRenderer needs it
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        png_path(size).write_bytes(images[size])
    write_ico(images, ICONS / "isa-desk.ico")
    print(f"wrote {len(PNG_SIZES)} PNG files and isa-desk.ico to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
