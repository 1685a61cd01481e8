"""The reminder's schedule and settings (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from heartlog.core.reminder_schedule import (
    InvalidReminderTime,
    ReminderSettings,
    next_occurrence,
    parse_time,
)


def local(y: int, mo: int, d: int, h: int, mi: int) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi).astimezone()


def test_next_occurrence_is_later_today_or_tomorrow() -> None:
    at = dt.time(20, 30)
    assert next_occurrence(local(2026, 6, 1, 9, 0), at) == local(2026, 6, 1, 20, 30)
    assert next_occurrence(local(2026, 6, 1, 20, 30), at) == local(2026, 6, 2, 20, 30)
    assert next_occurrence(local(2026, 6, 1, 23, 59), at) == local(2026, 6, 2, 20, 30)
    assert next_occurrence(local(2026, 12, 31, 21, 0), at) == local(2027, 1, 1, 20, 30)


def test_next_occurrence_accepts_any_time_zone() -> None:
    utc_now = local(2026, 6, 1, 9, 0).astimezone(dt.UTC)
    assert next_occurrence(utc_now, dt.time(20, 30)) == local(2026, 6, 1, 20, 30)


@pytest.mark.parametrize(
    ("text", "expected"), [("7:05", dt.time(7, 5)), ("23:59", dt.time(23, 59))]
)
def test_parse_time(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "7", "7:5", "ab:cd", "12:60"])
def test_bad_times_are_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidReminderTime, match="HH:MM"):
        parse_time(text)


def test_settings_read_tolerantly() -> None:
    assert ReminderSettings.from_json(None) == ReminderSettings()
    assert ReminderSettings.from_json({"enabled": "yes", "time": "99:99"}) == ReminderSettings()
    settings = ReminderSettings(enabled=True, at=dt.time(6, 0))
    assert ReminderSettings.from_json(settings.to_json()) == settings
