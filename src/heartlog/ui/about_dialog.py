"""The About dialog: what HeartLog is, its version and licence."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heartlog import __version__
from heartlog.ui.app_icon import app_icon
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setWindowTitle(self.tr("About HeartLog"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = app_icon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            "<h2>HeartLog</h2><p>"
            + self.tr("Version %1").replace("%1", __version__)
            + "</p><p>"
            + self.tr(
                "A private journal for each partner in a couple. Your entries are "
                "encrypted on this computer and never leave it unless you share them."
            )
            + "</p><p>"
            + self.tr("Free software under the GNU General Public License, version 3 or later.")
            + "</p>"
        )
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setMinimumWidth(340)
        top.addWidget(text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
