"""The start of a session: pick or create a profile, unlock it, open its main window."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from heartlog.ui import alerts, app_settings
from heartlog.ui.profile_catalog import ProfileInfo, ProfileInUse, list_profiles, preload_core
from heartlog.ui.profile_session import ProfileSession, acquire_window_lock
from heartlog.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from heartlog.core.profiles import OpenProfile
    from heartlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class StartFlow(QObject):
    """Drives the dialogs without nested event loops, so tests can click through them.

    ``dialog`` is the dialog on screen, ``window`` the main window once open.
    ``finished`` means nothing is left on screen: the app should quit.
    """

    windowShown = Signal(object)  # MainWindow
    dialogShown = Signal(object)  # QDialog
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self._lock: QLockFile | None = None
        self._preloaded = False

    def start(self) -> None:
        profiles = list_profiles()
        if not profiles:
            self.show_new_profile()
            return
        last = app_settings.last_profile_id()
        target = next((p for p in profiles if p.id == last), None)
        if target is None and len(profiles) == 1:
            target = profiles[0]
        if target is None:
            self.show_picker()
        else:
            self.show_unlock(target)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.dialogShown.emit(dialog)
        if not self._preloaded:
            self._preloaded = True
            # While a person types, import the database stack and the main window.
            QTimer.singleShot(0, preload_core)

    # -- the dialogs ----------------------------------------------------------------------
    def show_picker(self) -> None:
        from heartlog.ui.start_dialogs import ProfilePickerDialog

        picker = ProfilePickerDialog(list_profiles(), app_settings.last_profile_id())
        picker.chosen.connect(self._on_profile_chosen)
        picker.newProfileRequested.connect(self.show_new_profile)
        picker.rejected.connect(self._on_cancelled)
        self._show(picker)

    def show_new_profile(self) -> None:
        from heartlog.ui.new_profile_dialog import NewProfileDialog

        dialog = NewProfileDialog()
        dialog.created.connect(self._on_created)
        dialog.rejected.connect(self._on_new_profile_cancelled)
        self._show(dialog)

    def show_unlock(self, profile: ProfileInfo) -> None:
        try:
            self._release_lock()
            self._lock = acquire_window_lock(profile)
        except ProfileInUse as exc:
            alerts.alert(None, exc)
            self.show_picker()
            return
        dialog = UnlockDialog(profile, can_switch=True)
        dialog.unlocked.connect(lambda opened: self._on_unlocked(profile, opened))
        dialog.switchProfile.connect(self._on_switch_from_unlock)
        dialog.rejected.connect(self._on_unlock_cancelled)
        self._show(dialog)

    # -- outcomes -----------------------------------------------------------------------
    def _on_profile_chosen(self, profile: ProfileInfo) -> None:
        self.show_unlock(profile)

    def _on_switch_from_unlock(self) -> None:
        self._release_lock()
        self.show_picker()

    def _on_unlock_cancelled(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # "Other profile..." already showed the picker
        self._on_cancelled()

    def _on_new_profile_cancelled(self) -> None:
        if list_profiles():
            self.show_picker()
        else:
            self._on_cancelled()

    def _on_cancelled(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self._release_lock()
        self.dialog = None
        self.finished.emit()

    def _on_created(self, opened: OpenProfile) -> None:
        profile = ProfileInfo(opened.profile.id, opened.profile.name, opened.profile.folder)
        try:
            self._release_lock()
            self._lock = acquire_window_lock(profile)
        except ProfileInUse as exc:  # practically impossible for a brand-new profile
            opened.close()
            alerts.alert(None, exc)
            self.show_picker()
            return
        self._on_unlocked(profile, opened)

    def _on_unlocked(self, profile: ProfileInfo, opened: OpenProfile) -> None:
        from heartlog.ui.main_window import MainWindow

        lock, self._lock = self._lock, None
        if lock is None:  # cannot happen: the lock is taken before the dialog
            opened.close()
            return
        app_settings.set_last_profile_id(profile.id)
        window = MainWindow(ProfileSession(profile, lock), opened)
        window.switchProfileRequested.connect(self._on_switch_from_window)
        window.closed.connect(self._on_window_closed)
        self.window = window
        self.dialog = None
        window.show()
        self.windowShown.emit(window)

    def _on_switch_from_window(self) -> None:
        window = self.window
        if window is None:
            return
        window.closed.disconnect(self._on_window_closed)
        if not window.close():  # it could not save and the person chose to stay
            window.closed.connect(self._on_window_closed)
            return
        self.window = None
        self.show_picker()

    def _on_window_closed(self) -> None:
        self.window = None
        if self.dialog is None or not self.dialog.isVisible():
            self.finished.emit()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
