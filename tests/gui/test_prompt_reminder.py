"""The connection-time reminder, with and without a system tray (availability injected)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTime, QTimer

from heartlog.core.prompts import PromptService
from heartlog.core.reminder_schedule import ReminderSettings
from heartlog.core.timestamps import local_now
from heartlog.ui.reminder import MAX_WAIT_MS, ConnectionReminder, ReminderSettingsDialog


def clock_just_before(at: dt.time, ms: int):
    """A clock running at real speed that reads ``ms`` before the next ``at``."""
    start = local_now()
    target = dt.datetime.combine(start.date() + dt.timedelta(days=1), at).astimezone()
    offset = target - dt.timedelta(milliseconds=ms) - start
    return lambda: local_now() + offset, target


@pytest.mark.parametrize("tray", [False, True])
def test_the_reminder_fires_at_the_chosen_time(qtbot, tray: bool) -> None:
    at = dt.time(20, 30)
    clock, target = clock_just_before(at, 150)
    reminder = ConnectionReminder(tray_available=tray, now=clock)
    reminder.apply(ReminderSettings(enabled=True, at=at))
    assert reminder.next_due() == target
    with qtbot.waitSignal(reminder.reminderDue, timeout=5000):
        pass
    assert reminder.next_due() == target + dt.timedelta(days=1)
    assert reminder.uses_tray is tray
    if tray:
        assert reminder.tray_icon is not None and reminder.tray_icon.isVisible()
    else:
        assert reminder.tray_icon is None


def test_without_a_tray_the_message_goes_to_the_window(qtbot) -> None:
    clock, _ = clock_just_before(dt.time(8, 0), 100)
    reminder = ConnectionReminder(tray_available=False, now=clock)
    with qtbot.waitSignal(reminder.statusMessage, timeout=5000) as message:
        reminder.apply(ReminderSettings(enabled=True, at=dt.time(8, 0)))
    assert "connection" in message.args[0]


def test_with_a_tray_nothing_goes_to_the_window(qtbot) -> None:
    clock, _ = clock_just_before(dt.time(8, 0), 100)
    reminder = ConnectionReminder(tray_available=True, now=clock)
    with (
        qtbot.assertNotEmitted(reminder.statusMessage),
        qtbot.waitSignal(reminder.reminderDue, timeout=5000),
    ):
        reminder.apply(ReminderSettings(enabled=True, at=dt.time(8, 0)))


def test_far_away_times_are_rechecked_hourly_and_can_be_stopped(qtbot) -> None:
    reminder = ConnectionReminder(tray_available=True)
    now = local_now()
    at = (now - dt.timedelta(hours=3)).time().replace(second=0, microsecond=0)
    reminder.apply(ReminderSettings(enabled=True, at=at))
    timer = reminder.findChild(QTimer)
    assert timer.isActive() and timer.interval() == MAX_WAIT_MS
    reminder.apply(ReminderSettings(enabled=False, at=at))
    assert not timer.isActive()
    assert reminder.next_due() is None
    assert not reminder.tray_icon.isVisible()


def test_the_settings_dialog_saves_and_applies(qtbot, opened) -> None:
    service = PromptService(opened.journal, opened.profile.id)
    reminder = ConnectionReminder(tray_available=False)
    dialog = ReminderSettingsDialog(service, reminder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.time_edit.isEnabled()
    dialog.enabled_check.setChecked(True)
    dialog.time_edit.setTime(QTime(21, 15))
    dialog._on_save()
    assert service.reminder() == ReminderSettings(enabled=True, at=dt.time(21, 15))
    assert reminder.next_due() is not None and reminder.next_due().time() == dt.time(21, 15)
