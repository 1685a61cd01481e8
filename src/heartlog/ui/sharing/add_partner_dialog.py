""" "Add partner": paste or load the partner's share code, check the fingerprint, name them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.sharing import keys, partners, share_code
from heartlog.core.sharing.errors import InvalidShareCode
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit


class AddPartnerDialog(QDialog):
    partnerAdded = Signal(int)  # the partner's id

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.journal = journal
        self.setWindowTitle(self.tr("Add partner"))
        self.code_edit = QPlainTextEdit()
        self.code_edit.setPlaceholderText(self.tr("Paste your partner's share code here"))
        self.code_edit.setMaximumHeight(90)
        self.load_button = QPushButton(self.tr("Load from file…"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your partner's name"))
        self.fingerprint_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        hint = QLabel(
            self.tr("Before adding, read the fingerprint aloud with your partner: it must match.")
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add partner"))
        self.add_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Share code:"), self.code_edit)
        form.addRow("", self.load_button)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Name:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.code_edit.textChanged.connect(self._on_code_changed)
        self.load_button.clicked.connect(self._on_load)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        self._own = keys.public_key(journal)

    @Slot()
    def _on_code_changed(self) -> None:
        text = self.code_edit.toPlainText()
        self.fingerprint_label.clear()
        self.add_button.setEnabled(False)
        if not text.strip():
            self.error_label.clear()
            return
        try:
            parsed = share_code.parse_share_code(text)
        except InvalidShareCode:
            self.error_label.setText(
                self.tr("This is not a complete HeartLog share code yet. Paste the whole code.")
            )
            return
        if parsed.public_key == self._own:
            self.error_label.setText(
                self.tr("That is your own share code. Paste your partner's code instead.")
            )
            return
        self.error_label.clear()
        self.fingerprint_label.setText(parsed.fingerprint)
        if parsed.name and not self.name_edit.text().strip():
            self.name_edit.setText(parsed.name)
        self.add_button.setEnabled(True)

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open share code"),
            "",
            self.tr("HeartLog share code (*.heartcode);;All files (*)"),
        )
        return path

    @Slot()
    def _on_load(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        try:
            self.code_edit.setPlainText(share_code.read_code_argument(str(Path(path))))
        except HeartLogError as exc:
            self.error_label.setText(error_message(exc))

    @Slot()
    def _on_add(self) -> None:
        try:
            info = partners.add_partner(
                self.journal, self.code_edit.toPlainText(), self.name_edit.text()
            )
        except HeartLogError as exc:
            self.error_label.setText(error_message(exc))
            return
        self.partnerAdded.emit(info.id)
        self.accept()
