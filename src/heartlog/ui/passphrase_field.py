"""A passphrase line edit that can be revealed and that notices Caps Lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class PassphraseEdit(QLineEdit):
    """Hidden by default; ``capsLockChanged(bool)`` guesses Caps Lock from typed letters.

    Qt has no portable way to read the Caps Lock state, so a letter whose case
    disagrees with the Shift key is taken as the sign.
    """

    capsLockChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.caps_lock_on = False

    def set_revealed(self, revealed: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self.caps_lock_on:
                self.caps_lock_on = caps
                self.capsLockChanged.emit(caps)
        elif event.key() == Qt.Key.Key_CapsLock:
            self.caps_lock_on = not self.caps_lock_on
            self.capsLockChanged.emit(self.caps_lock_on)
        super().keyPressEvent(event)

    def clear_secret(self) -> None:
        """Forget the typed passphrase (as far as Python strings allow)."""
        self.clear()
        self.set_revealed(False)
