"""A page of a letter PDF shown as a picture: the very PDF the run writes, rendered by PDFium
(pypdfium2), so what the preview shows is what will be printed."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from isa_desk.ui.common import style
from isa_desk.ui.common.plain import plain_label

translate = QCoreApplication.translate
POINTS_PER_INCH = 72


def page_image(pdf: bytes, width: int, page: int = 0) -> QImage:
    """Page `page` of a PDF as an RGB image `width` pixels wide."""
    document = pdfium.PdfDocument(pdf)
    try:
        pdf_page = document[page]
        scale = width / pdf_page.get_width()
        bitmap = pdf_page.render(scale=scale, rev_byteorder=True)  # RGB, three bytes a pixel
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888,
        )
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it
    finally:
        document.close()


class PagePreview(QScrollArea):
    """Shows one page image, fitted to the width of the view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter_preview")
        self.label = plain_label()  # messages may quote names
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.label.setStyleSheet(f"background: {style.PREVIEW_DESK}; padding: 8px;")
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        self._pdf: bytes | None = None
        self.image: QImage | None = None

    def show_pdf(self, pdf: bytes | None) -> None:
        self._pdf = pdf
        self._render()

    def show_text(self, text: str) -> None:
        self._pdf, self.image = None, None
        self.label.setPixmap(QPixmap())
        self.label.setText(text)
        self.label.setStyleSheet(
            f"background: {style.PREVIEW_EMPTY}; color: {style.MUTED}; padding: 24px;"
        )

    def _render(self) -> None:
        if self._pdf is None:
            return
        width = max(self.viewport().width() - 24, 300)
        self.image = page_image(self._pdf, width * self.devicePixelRatio())
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(self.devicePixelRatio())
        self.label.setStyleSheet(f"background: {style.PREVIEW_DESK}; padding: 8px;")
        self.label.setText("")
        self.label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._render()
