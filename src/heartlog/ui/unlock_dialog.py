"""The unlock dialog: passphrase, show/hide, caps-lock warning, key derivation off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import ProfileLocked, WrongPassphrase
from heartlog.ui import alerts
from heartlog.ui.background import BackgroundCall
from heartlog.ui.passphrase_field import PassphraseEdit
from heartlog.ui.profile_catalog import ProfileInfo
from heartlog.ui.window_fit import grow_to_fit

if TYPE_CHECKING:
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)


def unlock_profile(profile_id: str, passphrase: str) -> OpenProfile:
    """Runs on a pool thread: the slow Argon2id derivation, open, migrate, daily backup."""
    from heartlog.core.profile_open import open_for_use

    return open_for_use(profile_id, passphrase)


class UnlockDialog(QDialog):
    """Asks for the passphrase of one profile; emits ``unlocked(OpenProfile)``."""

    unlocked = Signal(object)
    switchProfile = Signal()

    def __init__(
        self,
        profile: ProfileInfo,
        parent: QWidget | None = None,
        can_switch: bool = True,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.profile = profile
        self._task: BackgroundCall | None = None
        self.setWindowTitle(self.tr("Unlock %1 — HeartLog").replace("%1", profile.name))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = QLabel(
            self.tr("Unlock the journal of <b>%1</b>").replace("%1", _html(profile.name))
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        if reason:
            note = QLabel(reason)
            note.setWordWrap(True)
            layout.addWidget(note)

        form = QFormLayout()
        self.passphrase = PassphraseEdit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.show_box = QCheckBox(self.tr("S&how passphrase"))
        self.show_box.toggled.connect(self.passphrase.set_revealed)
        layout.addWidget(self.show_box)

        self.caps_label = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps_label.setObjectName("warningText")
        self.caps_label.setVisible(False)
        self.passphrase.capsLockChanged.connect(self.caps_label.setVisible)
        layout.addWidget(self.caps_label)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setAccessibleName(self.tr("Unlock error"))
        layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_bar.setVisible(False)
        layout.addWidget(self.busy_bar)

        self.buttons = QDialogButtonBox(self)  # parented now, so setDefault reaches the dialog
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.switch_button: QPushButton | None = None
        if can_switch:
            self.switch_button = self.buttons.addButton(
                self.tr("&Other profile…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.switch_button.clicked.connect(self._on_switch)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    # -- state ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.passphrase, self.show_box, self.unlock_button, self.cancel_button):
            widget.setEnabled(not busy)
        if self.switch_button is not None:
            self.switch_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.adjustSize()  # make room for the wrapped message

    # -- slots ----------------------------------------------------------------
    def _on_unlock(self) -> None:
        if self.busy:
            return
        secret = self.passphrase.text()
        if not secret:
            self.show_error(self.tr("Type your passphrase first."))
            self.passphrase.setFocus()
            return
        self.show_error("")
        self._set_busy(True)
        self._task = BackgroundCall(unlock_profile, self.profile.id, secret, parent=self)
        self._task.succeeded.connect(self._on_unlock_succeeded)
        self._task.failed.connect(self._on_unlock_failed)
        self._task.start()

    def _on_unlock_succeeded(self, opened: OpenProfile) -> None:
        self._set_busy(False)
        self.passphrase.clear_secret()
        self.show_box.setChecked(False)
        log.info("unlocked profile %s", self.profile.id)
        self.unlocked.emit(opened)
        self.accept()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.show_error(
                self.tr("Wrong passphrase. Check it and try again (it is case-sensitive).")
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if isinstance(exc, ProfileLocked):
            self.show_error(alerts.error_text(exc)[1])
            return
        from heartlog.core.restore import CorruptProfile

        if isinstance(exc, CorruptProfile):
            self._offer_restore(exc)
            return
        alerts.alert(self, exc)

    def _offer_restore(self, exc: BaseException) -> None:
        """The journal is damaged (and untouched): offer its newest verified backup."""
        from heartlog.ui.restore_dialog import RestoreDialog

        secret = self.passphrase.text()
        dialog = RestoreDialog(exc, secret, self)
        dialog.restored.connect(lambda _aside: self._on_unlock())
        self.restore_dialog = dialog
        dialog.open()

    def _on_switch(self) -> None:
        self.switchProfile.emit()
        self.reject()

    # -- while busy, the dialog cannot be closed under the worker ---------------
    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
