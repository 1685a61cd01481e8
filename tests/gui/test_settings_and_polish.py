"""Settings, theme, language list, app settings location, About, crash dialog and alerts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from driving import TIMEOUT_MS, start_and_unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from heartlog.core import errors
from heartlog.ui import alerts, app_settings
from heartlog.ui.settings_dialog import SettingsDialog
from heartlog_testing import PASSPHRASE


def test_app_settings_live_under_heartlog_home(qapp, heartlog_home: Path):
    app_settings.set_theme("dark")
    app_settings.settings().sync()
    assert (heartlog_home / app_settings.SETTINGS_FILE).is_file()
    assert app_settings.theme() == "dark"


def test_theme_from_the_settings_dialog_applies_at_once(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.actions.settings.trigger()
    dialog = window._dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    window_colour = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 100
    assert app_settings.theme() == "dark"
    window.actions.settings.trigger()
    dialog = window._dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_language_list_shows_shipped_translations(qtbot, tmp_path, monkeypatch):
    from heartlog.ui import app_language
    from heartlog.ui.profile_prefs import ProfilePrefs

    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "heartlog_de.qm").write_bytes(b"")
    (folder / "heartlog_es.qm").write_bytes(b"")
    (folder / "qtbase_de.qm").write_bytes(b"")
    monkeypatch.setattr(app_language, "translations_path", lambda: folder)
    dialog = SettingsDialog(ProfilePrefs())
    qtbot.addWidget(dialog)
    items = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert items == ["", "de", "en", "es"]  # English, the source language, is always there
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == ["Deutsch", "English", "Español"]  # each in its own words
    dialog.language.setCurrentIndex(3)
    dialog.accept()
    assert app_settings.language() == "es"


def test_about_dialog(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.actions.about.trigger()
    from heartlog import __version__
    from heartlog.ui.about_dialog import AboutDialog

    dialog = window._dialog
    assert isinstance(dialog, AboutDialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(window.word_label)))
    assert __version__ in text


def test_window_geometry_is_remembered(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.resize(705, 511)  # within the 800x600 offscreen screen
    window.close()
    again = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert (again.width(), again.height()) == (705, 511)


def test_every_control_has_an_accessible_name(qtbot, new_flow, profile):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTextEdit

    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    unnamed = []
    for kind in (QLineEdit, QTextEdit, QComboBox, QDateEdit):
        for widget in window.page.findChildren(kind):
            if (
                widget.isVisibleTo(window)
                and not widget.accessibleName()
                and widget.parent()
                and not isinstance(widget.parent(), (QComboBox, QDateEdit))
            ):
                unnamed.append(widget)
    assert unnamed == []
    for button in window.findChildren(QAbstractButton):
        assert (
            button.text()
            or button.accessibleName()
            or button.toolTip()
            or not button.isVisibleTo(window)
        )


def test_crash_dialog_logs_saves_and_copies_details(qtbot, monkeypatch, caplog):
    from heartlog.ui import crash_dialog

    shown: list[str] = []
    saved: list[bool] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: shown.append(self.details))

    def save() -> None:
        saved.append(True)

    crash_dialog.add_emergency_save(save)
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            crash_dialog._excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    finally:
        crash_dialog.remove_emergency_save(save)
    assert saved == [True]
    assert "ValueError: boom" in shown[0]
    assert any(r.levelname == "CRITICAL" for r in caplog.records)

    dialog = crash_dialog.CrashDialog(shown[0])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == shown[0]


@pytest.mark.parametrize(
    ("error", "title", "needle"),
    [
        (errors.WrongPassphrase(), "Wrong passphrase", "case-sensitive"),
        (errors.ProfileLocked("Anna"), "Profile already open", "“Anna”"),
        (errors.ProfileNotFound("Ben"), "Profile not found", "create a new one"),
        (errors.ProfileExists("Ben"), "Name already used", "another name"),
        (errors.ProfileCorrupt("x"), "Journal cannot be read", "backup"),
        (errors.StorageError("x"), "Could not save", "keep trying"),
        (OSError(28, "No space left on device"), "Could not save", "free some space"),
        (
            errors.InvalidEntry("Mood must be a whole number from 1 to 5, or empty."),
            "HeartLog",
            "Mood",
        ),
        (RuntimeError("internal"), "Something went wrong", "log file"),
    ],
)
def test_typed_errors_become_plain_messages(qapp, error, title, needle, alerts_log):
    alerts.alert(None, error)
    assert alerts_log.shown[-1][0] == title
    assert needle in alerts_log.shown[-1][1]
