"""Lays HTML out as a PDF with Qt (QTextDocument + QPdfWriter), for the UI and the CLI."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PDF_RESOLUTION_DPI = 300


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one (the CLI has no window)."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["heartlog", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def html_to_pdf(html: str, title: str) -> bytes:
    """PDF bytes of ``html`` on A4 pages (a Qt GUI application must exist)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("HeartLog")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def render_pdf_offscreen(html: str, title: str) -> bytes:
    """For the CLI: make sure Qt runs (offscreen), then lay the PDF out."""
    ensure_gui_application()
    return html_to_pdf(html, title)
