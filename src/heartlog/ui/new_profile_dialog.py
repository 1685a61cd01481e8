"""The new-profile dialog: name, passphrase twice, a zxcvbn strength meter, the no-recovery warning."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.profile_index import MAX_NAME_CHARS, MIN_PASSPHRASE_CHARS
from heartlog.ui import alerts
from heartlog.ui.background import BackgroundCall
from heartlog.ui.check_label import wrapping_check_box
from heartlog.ui.passphrase_field import PassphraseEdit
from heartlog.ui.profile_catalog import list_profiles
from heartlog.ui.window_fit import grow_to_fit

if TYPE_CHECKING:
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)

_METER_INPUT_CHARS = 64  # zxcvbn slows down a lot on very long input


def create_and_unlock(name: str, passphrase: str) -> OpenProfile:
    """Runs on a pool thread: create the profile, then open it (two key derivations)."""
    from heartlog.core.profiles import create_profile, unlock

    profile = create_profile(name, passphrase)
    return unlock(profile, passphrase)


def passphrase_score(passphrase: str, user_inputs: list[str]) -> int:
    """zxcvbn's 0-4 guessability score."""
    from zxcvbn import zxcvbn

    if not passphrase:
        return 0
    return int(zxcvbn(passphrase[:_METER_INPUT_CHARS], user_inputs=user_inputs)["score"])


class NewProfileDialog(QDialog):
    """Creates and opens a profile; emits ``created(OpenProfile)``."""

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._task: BackgroundCall | None = None
        self._existing_names = {p.name.casefold() for p in list_profiles()}
        self.setWindowTitle(self.tr("New profile — HeartLog"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Each person keeps their own journal, locked with their own passphrase. "
                "Nobody else on this computer can read it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("Your first name, for example"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.passphrase = PassphraseEdit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = PassphraseEdit()
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("&Again:"), self.confirm)
        layout.addLayout(form)

        self.show_box = QCheckBox(self.tr("S&how passphrase"))
        self.show_box.toggled.connect(self.passphrase.set_revealed)
        self.show_box.toggled.connect(self.confirm.set_revealed)
        layout.addWidget(self.show_box)

        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        strength = QVBoxLayout()
        strength.setSpacing(4)
        strength.addWidget(self.meter)
        strength.addWidget(self.strength_label)
        layout.addLayout(strength)
        self.caps_label = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps_label.setObjectName("warningText")
        self.caps_label.setVisible(False)
        self.passphrase.capsLockChanged.connect(self.caps_label.setVisible)
        self.confirm.capsLockChanged.connect(self.caps_label.setVisible)
        layout.addWidget(self.caps_label)

        warning = QLabel(
            self.tr(
                "<b>There is no way to recover a lost passphrase.</b> Your journal is "
                "encrypted with it; without it, nobody can open the journal again. "
                "Write it down somewhere safe."
            )
        )
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setWordWrap(True)
        warning.setObjectName("noticeText")
        layout.addWidget(warning)
        # The box's text wraps: it is a long sentence, longer still in other languages.
        self.ack_box, ack_row = wrapping_check_box(
            self.tr("I &understand that a lost passphrase cannot be recovered."), self
        )
        self.ack_box.setAccessibleName(
            self.tr("Acknowledge that a lost passphrase cannot be recovered")
        )
        layout.addLayout(ack_row)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("errorText")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setVisible(False)
        layout.addWidget(self.busy_bar)

        self.buttons = QDialogButtonBox(self)  # parented now, so setDefault reaches the dialog
        self.create_button = self.buttons.addButton(
            self.tr("&Create profile"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self._on_create)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        for edit in (self.name_edit, self.passphrase, self.confirm):
            edit.textChanged.connect(self._on_input_changed)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        self.name_edit.textChanged.connect(self._on_passphrase_changed)
        self.ack_box.toggled.connect(self._on_input_changed)
        self._on_passphrase_changed()
        self._on_input_changed()
        self.name_edit.setFocus()

    # -- validation -------------------------------------------------------------
    def problem(self) -> str:
        """Why the profile cannot be created yet, or "" when it can."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the profile a name.")
        if name.casefold() in self._existing_names:
            return self.tr("A profile with this name already exists. Choose another name.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE_CHARS:
            return self.tr("Use a passphrase of at least %n characters.", "", MIN_PASSPHRASE_CHARS)
        if self.confirm.text() != self.passphrase.text():
            return self.tr("The two passphrases are not the same yet.")
        if not self.ack_box.isChecked():
            return self.tr(
                "Tick the box to confirm you understand the passphrase cannot be recovered."
            )
        return ""

    def _on_input_changed(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.create_button.setEnabled(not problem and not self.busy)

    def _on_passphrase_changed(self) -> None:
        text = self.passphrase.text()
        score = passphrase_score(text, [self.name_edit.text()]) if text else 0
        self.meter.setValue(score if text else 0)
        labels = [
            self.tr("Very weak: easy to guess."),
            self.tr("Weak: add more unrelated words."),
            self.tr("Fair: one or two more words would make it strong."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        self.strength_label.setText(
            self.tr("Strength: %1").replace("%1", labels[score])
            if text
            else self.tr(
                "Tip: a few unrelated words, like a short odd sentence, are strong and easy to remember."
            )
        )
        self.meter.setProperty("strength", score if text else -1)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)

    # -- creating ---------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.name_edit, self.passphrase, self.confirm, self.show_box, self.ack_box):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy and not self.problem())
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("&Create profile"))

    def _on_create(self) -> None:
        if self.busy or self.problem():
            return
        self._set_busy(True)
        self._task = BackgroundCall(
            create_and_unlock, self.name_edit.text().strip(), self.passphrase.text(), parent=self
        )
        self._task.succeeded.connect(self._on_created)
        self._task.failed.connect(self._on_create_failed)
        self._task.start()

    def _on_created(self, opened: OpenProfile) -> None:
        self._set_busy(False)
        self.passphrase.clear_secret()
        self.confirm.clear_secret()
        log.info("created profile %s from the UI", opened.profile.id)
        self.created.emit(opened)
        self.accept()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        alerts.alert(self, exc)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
