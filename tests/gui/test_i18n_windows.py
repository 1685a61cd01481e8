"""Every window and dialog opens in English, German and Spanish without a Qt warning,
and a German run really speaks German (menus, Qt's own buttons, prompts, dashboard)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from feature_driving import feature, open_window
from i18n_helpers import LANGUAGES, interface_language, recorded_qt_warnings
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QWidget,
)

from heartlog.core.analysis import AnalysisStore
from heartlog.core.profiles import unlock
from heartlog.core.restore import CorruptProfile
from heartlog.core.timestamps import local_now
from heartlog.ui.about_dialog import AboutDialog
from heartlog.ui.backups_dialog import BackupsDialog
from heartlog.ui.crash_dialog import CrashDialog
from heartlog.ui.dashboard.dashboard_view import PAGE_LOADING
from heartlog.ui.date_jump_dialog import GoToDateDialog
from heartlog.ui.export_dialog import ExportDialog
from heartlog.ui.features.prompts_feature import PromptsFeature
from heartlog.ui.features.share_folder_dialog import ShareFolderDialog
from heartlog.ui.import_dialog import ImportDialog
from heartlog.ui.love_languages_dialog import LoveLanguagesDialog
from heartlog.ui.main_window import MainWindow
from heartlog.ui.new_profile_dialog import NewProfileDialog
from heartlog.ui.profile_catalog import list_profiles
from heartlog.ui.profile_prefs import ProfilePrefs
from heartlog.ui.prompt_browser import PromptBrowser
from heartlog.ui.pseudo_locale import PseudoTranslator
from heartlog.ui.reminder import ReminderSettingsDialog
from heartlog.ui.restore_dialog import RestoreDialog
from heartlog.ui.settings_dialog import SettingsDialog
from heartlog.ui.sharing.add_partner_dialog import AddPartnerDialog
from heartlog.ui.sharing.share_code_dialog import ShareCodeDialog
from heartlog.ui.sharing.share_dialog import ShareDialog
from heartlog.ui.start_dialogs import ProfilePickerDialog
from heartlog.ui.unlock_dialog import UnlockDialog
from heartlog.ui.why_dialog import WhyDialog

PASSPHRASE = "correct horse battery"
TIMEOUT_MS = 30_000
ENGLISH_TEXT = "We argued about money again and I felt unheard. Later we talked it through."


def _write_entries(profile) -> None:
    """Entries of this week, written before the window opens (the dashboard has a week)."""
    now = local_now()
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add(ENGLISH_TEXT, title="Money", written_at=now - dt.timedelta(hours=1))
        opened.journal.add("Heute war ein ruhiger Tag.", title="Ruhe", written_at=now)


def _show(qtbot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    dialog.close()


def _dialogs(window: MainWindow, tmp_path: Path) -> list[QWidget]:
    journal = window.journal
    assert journal is not None and window.session.opened is not None
    service = feature(window, PromptsFeature).service
    assert service is not None
    entry = journal.list(limit=1)[0]
    result = AnalysisStore(journal).analysis_for(entry.id)
    profile = list_profiles()[0]
    damaged = CorruptProfile(window.session.opened.profile, "damaged", None, tmp_path)
    return [
        UnlockDialog(profile, window),
        NewProfileDialog(window),
        ProfilePickerDialog(list_profiles(), profile.id, window),
        SettingsDialog(ProfilePrefs(), window),
        AboutDialog(window),
        BackupsDialog(window.session.opened, window),
        RestoreDialog(damaged, PASSPHRASE, window),
        ImportDialog(journal, window),
        ExportDialog(journal, window),
        ShareCodeDialog(journal, window.profile_name, window),
        AddPartnerDialog(journal, window),
        ShareDialog(journal, window, entry_ids=[entry.id]),
        ShareFolderDialog(journal, window),
        PromptBrowser(service, window),
        LoveLanguagesDialog(service, window),
        ReminderSettingsDialog(service, None, window),
        WhyDialog(entry, result, window),
        GoToDateDialog(journal, entry.written_at.date(), window),
        CrashDialog("Traceback: details", window),
    ]


def _show_dashboard(qtbot, window: MainWindow) -> None:
    page = window.insights_page
    window.tabs.setCurrentIndex(page.index)
    qtbot.waitUntil(
        lambda: page.view is not None and page.view.stack.currentIndex() != PAGE_LOADING,
        timeout=TIMEOUT_MS,
    )
    page.view.wait_for_work()
    QApplication.processEvents()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_window_and_dialog_opens_without_a_qt_warning(
    qtbot, new_flow, profile, tmp_path, code
) -> None:
    _write_entries(profile)
    with interface_language(code), recorded_qt_warnings() as warnings:
        window = open_window(qtbot, new_flow)
        for dialog in _dialogs(window, tmp_path):
            _show(qtbot, dialog)
        _show_dashboard(qtbot, window)
        window.tabs.setCurrentIndex(0)
        window.lock()  # the locked page and the unlock dialog
        QApplication.processEvents()
        assert window.unlock_dialog is not None
        window.unlock_dialog.reject()
        window.close()
    assert warnings == []


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_a_german_run_speaks_german(qtbot, new_flow, profile) -> None:
    _write_entries(profile)
    with interface_language("de"):
        window = open_window(qtbot, new_flow)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Datei", "&Bearbeiten", "E&xtras"]
        assert window.tabs.tabText(window.insights_page.index) == "&Einblicke"
        # Qt's own words come from qtbase_de.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
        # Content: the prompt card and the dashboard use the German texts.
        card = feature(window, PromptsFeature).card
        assert card is not None
        german_practices = {
            p.name for p in feature(window, PromptsFeature).service.catalogue.practices
        }
        assert "Vergebung" in german_practices and card.practice_label.text() in german_practices
        _show_dashboard(qtbot, window)
        view = window.insights_page.view
        assert view is not None
        assert view.summary_text().startswith("Du hast diese Woche")
        assert view.picker.this_week_button.text() == "Diese Woche"
        # Dates and numbers follow the German locale.
        assert window.locale().toString(QDate(2026, 11, 16), "MMMM") == "November"
        window.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_menu_accelerators_are_unique(qtbot, new_flow, profile, code) -> None:
    with interface_language(code):
        window = open_window(qtbot, new_flow)
        bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
        tabs = [_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
        labels = [_mnemonic(w.text()) for w in window.findChildren(QLabel) if w.buddy()]
        orphans = [
            w.text() for w in window.findChildren(QLabel) if _mnemonic(w.text()) and not w.buddy()
        ]
        assert orphans == []  # a label's "&" only works (and hides) with a buddy
        top = [m for m in bar + tabs + labels if m]
        assert len(top) == len(set(top)), top
        for menu in window.findChildren(QMenu):
            keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
            keys = [k for k in keys if k]
            assert len(keys) == len(set(keys)), (menu.title(), keys)
        window.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_dialog_accelerators_are_unique(qtbot, new_flow, profile, tmp_path, code) -> None:
    _write_entries(profile)
    with interface_language(code):
        window = open_window(qtbot, new_flow)
        for dialog in _dialogs(window, tmp_path):
            qtbot.addWidget(dialog)
            orphans = [
                w.text()
                for w in dialog.findChildren(QLabel)
                if _mnemonic(w.text()) and w.buddy() is None and w.textFormat() != Qt.RichText
            ]
            assert orphans == [], (type(dialog).__name__, orphans)  # "&" would show as is
            texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
            texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy()]
            keys = [k for k in map(_mnemonic, texts) if k]
            assert len(keys) == len(set(keys)), (type(dialog).__name__, texts)
            if isinstance(dialog, QDialog):
                dialog.reject()
        window.close()


def _clipped(widget: QWidget) -> list[str]:
    """Visible labels, buttons and combo boxes narrower than their text."""
    found = []
    for label in widget.findChildren(QLabel):
        shown = label.isVisible() and label.text() and not label.wordWrap()
        if shown and label.sizeHint().width() > label.width() + 1:
            found.append(f"label {label.text()!r}")
    for kind in (QAbstractButton, QComboBox):
        for w in widget.findChildren(kind):
            if w.isVisible() and w.sizeHint().width() > w.width() + 1:
                text = w.text() if isinstance(w, QAbstractButton) else w.currentText()
                found.append(f"{kind.__name__} {text!r}")
    return found


def test_the_pseudo_locale_clips_no_text(qtbot, new_flow, profile, tmp_path) -> None:
    """Every string ~40% longer (as German often is): nothing is cut off."""
    _write_entries(profile)
    app = QApplication.instance()
    translator = PseudoTranslator()
    app.installTranslator(translator)
    try:
        window = open_window(qtbot, new_flow)
        assert window.tabs.tabText(0).startswith("[")  # really pseudo-translated
        assert _clipped(window) == []
        for dialog in _dialogs(window, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            QApplication.processEvents()
            assert _clipped(dialog) == [], type(dialog).__name__
            dialog.close()
        window.close()
    finally:
        app.removeTranslator(translator)
