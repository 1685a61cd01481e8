""" "My share code": the public code to copy or save, and the fingerprint to compare aloud."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.sharing import keys, share_code
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit


class ShareCodeDialog(QDialog):
    def __init__(self, journal: Journal, profile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setWindowTitle(self.tr("My share code"))
        self._profile_name = profile_name
        self._key = keys.public_key(journal)
        self.code = share_code.format_share_code(self._key)

        intro = QLabel(
            self.tr(
                "Give this code to your partner once, by message or as a file. It is public: "
                "it lets your partner share with you, and nothing more."
            )
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self.code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setFont(QFont("monospace"))
        self.fingerprint_label = QLabel(keys.fingerprint(self._key))
        big = self.fingerprint_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.fingerprint_label.setFont(big)
        compare = QLabel(
            self.tr("Fingerprint — read it aloud with your partner; theirs must show the same:")
        )
        compare.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy code"))
        self.save_button = QPushButton(self.tr("Save as file…"))
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy)
        self.save_button.clicked.connect(self._on_save)

        layout = QVBoxLayout(self)
        for w in (intro, self.code_edit, compare, self.fingerprint_label, self.status, buttons):
            layout.addWidget(w)

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status.setText(self.tr("Copied."))

    def ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save share code"),
            f"{self._profile_name}{share_code.SUFFIX}",
            self.tr("HeartLog share code (*.heartcode)"),
        )
        return path

    @Slot()
    def _on_save(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            share_code.write_share_code_file(Path(path), self._key, self._profile_name)
        except HeartLogError as exc:
            self.status.setText(error_message(exc))
            return
        self.status.setText(self.tr("Saved %1.").replace("%1", Path(path).name))
