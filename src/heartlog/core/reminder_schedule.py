"""The daily "connection time" reminder: its per-profile settings and when it next falls due.

The Qt side (timer, tray message) is ``heartlog.ui.reminder``; this part is plain
Python so it can be tested and reused without a display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal

SETTING_KEY = "prompts.reminder"
DEFAULT_TIME = dt.time(20, 0)


class InvalidReminderTime(HeartLogError):
    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r} is not a time of day. Use HH:MM, for example 20:30.")
        self.text = text


def parse_time(text: str) -> dt.time:
    """``HH:MM`` (24-hour) as a time, or ``InvalidReminderTime``."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError(text)
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise InvalidReminderTime(text) from None


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = False
    at: dt.time = DEFAULT_TIME

    def to_json(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "time": self.at.strftime("%H:%M")}

    @classmethod
    def from_json(cls, data: Any) -> ReminderSettings:
        """Tolerant reading: a damaged setting gives the default (off), never an error."""
        if not isinstance(data, dict):
            return cls()
        try:
            at = parse_time(str(data.get("time", "")))
        except InvalidReminderTime:
            at = DEFAULT_TIME
        return cls(enabled=data.get("enabled") is True, at=at)


def next_occurrence(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The first local wall-clock ``at`` strictly after ``now`` (aware, local time).

    Built from local dates so a daylight-saving change between now and then is
    handled by the system time zone rather than a fixed offset.
    """
    local = now.astimezone()
    for days_ahead in (0, 1, 2):
        day = local.date() + dt.timedelta(days=days_ahead)
        candidate = dt.datetime.combine(day, at).astimezone()
        if candidate > local:
            return candidate
    raise AssertionError("unreachable: a time of day recurs within two days")


def load_reminder(journal: Journal) -> ReminderSettings:
    return ReminderSettings.from_json(journal.setting(SETTING_KEY))


def save_reminder(journal: Journal, settings: ReminderSettings) -> None:
    journal.set_setting(SETTING_KEY, settings.to_json())
