"""The optional daily "connection time" reminder: a tray message, or an in-app message without a tray."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QStyle,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.prompts import PromptService
from heartlog.core.reminder_schedule import ReminderSettings, next_occurrence
from heartlog.core.timestamps import local_now
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)

# Re-check at least hourly so a suspended laptop or a clock change cannot push it far off.
MAX_WAIT_MS = 60 * 60 * 1000
EARLY_TOLERANCE = dt.timedelta(seconds=1)
MESSAGE_SHOWN_MS = 15_000


class ConnectionReminder(QObject):
    """Fires once a day at the chosen time while the app runs and the profile is open.

    With a system tray it shows a tray message; without one (some desktops,
    offscreen) it emits ``statusMessage`` for the main window's status bar.
    ``reminderDue`` is emitted either way.
    """

    reminderDue = Signal()
    statusMessage = Signal(str)
    openRequested = Signal()  # the tray icon or its message was clicked

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        tray_available: bool | None = None,
        icon: QIcon | None = None,
        now: Callable[[], dt.datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self._tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self._icon = icon
        self._now = now
        self._settings = ReminderSettings()
        self._due: dt.datetime | None = None
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def uses_tray(self) -> bool:
        return self._tray_available

    @property
    def tray_icon(self) -> QSystemTrayIcon | None:
        return self._tray

    def next_due(self) -> dt.datetime | None:
        return self._due

    def apply(self, settings: ReminderSettings) -> None:
        """Start, move or stop the reminder to match ``settings``."""
        self._settings = settings
        if not settings.enabled:
            self.stop()
            return
        self._due = next_occurrence(self._now(), settings.at)
        if self._tray_available:
            self._ensure_tray().show()
        self._arm()
        log.info("connection reminder set for %s", self._due.strftime("%H:%M"))

    def stop(self) -> None:
        self._timer.stop()
        self._due = None
        if self._tray is not None:
            self._tray.hide()

    def _arm(self) -> None:
        assert self._due is not None
        wait = (self._due - self._now()).total_seconds() * 1000
        self._timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._icon or QApplication.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("HeartLog"))
            self._tray.activated.connect(self._on_tray_activated)
            self._tray.messageClicked.connect(self.openRequested)
        return self._tray

    def _message(self) -> tuple[str, str]:
        return (
            self.tr("Connection time"),
            self.tr(
                "Time for your daily connection: set the phones aside and give each other "
                "a few unhurried minutes."
            ),
        )

    @Slot()
    def _on_timeout(self) -> None:
        if self._due is None:
            return
        now = self._now()
        if now + EARLY_TOLERANCE < self._due:
            self._arm()  # an hourly re-check, or woken early: wait for the rest
            return
        title, message = self._message()
        self.reminderDue.emit()
        if self._tray_available:
            self._ensure_tray().showMessage(
                title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_SHOWN_MS
            )
        else:
            self.statusMessage.emit(message)
        self._due = next_occurrence(max(now, self._due), self._settings.at)
        self._arm()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()


class ReminderSettingsDialog(QDialog):
    """Turn the daily reminder on or off and choose its time; saved in the profile."""

    def __init__(
        self,
        service: PromptService,
        reminder: ConnectionReminder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._service = service
        self._reminder = reminder
        current = service.reminder()
        self.setWindowTitle(self.tr("Connection time reminder"))
        intro = QLabel(
            self.tr(
                "A gentle daily nudge to spend a little undistracted time together. "
                "It appears while HeartLog is running."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.enabled_check = QCheckBox(self.tr("Remind me every day"), self)
        self.enabled_check.setChecked(current.enabled)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setTime(current.at)
        self.time_edit.setEnabled(current.enabled)
        self.enabled_check.toggled.connect(self.time_edit.setEnabled)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        if reminder is not None and not reminder.uses_tray:
            note = QLabel(
                self.tr(
                    "Your desktop has no system tray, so the reminder will appear in "
                    "HeartLog's window instead."
                ),
                self,
            )
            note.setWordWrap(True)
        else:
            note = None
        form = QFormLayout()
        form.addRow(self.enabled_check)
        form.addRow(self.tr("At:"), self.time_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def chosen(self) -> ReminderSettings:
        at = self.time_edit.time().toPython()
        assert isinstance(at, dt.time)
        return ReminderSettings(self.enabled_check.isChecked(), at.replace(second=0, microsecond=0))

    @Slot()
    def _on_save(self) -> None:
        settings = self.chosen()
        try:
            self._service.set_reminder(settings)
        except HeartLogError as exc:
            log.warning("reminder settings not saved: %s", type(exc).__name__)
            self.error_label.setText(error_message(exc))
            self.error_label.show()
            return
        if self._reminder is not None:
            self._reminder.apply(settings)
        self.accept()
