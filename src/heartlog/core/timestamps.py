"""Conversions between aware datetimes and how the database stores them."""

from __future__ import annotations

import datetime as dt


def local_now() -> dt.datetime:
    """Now, aware, in the computer's local time zone."""
    return dt.datetime.now().astimezone()


def to_storage(moment: dt.datetime) -> tuple[dt.datetime, int, dt.date]:
    """(naive UTC, UTC offset in minutes, local calendar day) for an entry time.

    A naive ``moment`` is taken as local time on this computer.
    """
    aware = moment.astimezone() if moment.tzinfo is None else moment
    offset = aware.utcoffset() or dt.timedelta(0)
    utc = aware.astimezone(dt.UTC).replace(tzinfo=None)
    return utc, int(offset.total_seconds() // 60), aware.date()


def from_storage(utc: dt.datetime, offset_min: int) -> dt.datetime:
    """The aware datetime as the writer saw it (their offset)."""
    tz = dt.timezone(dt.timedelta(minutes=offset_min))
    return utc.replace(tzinfo=dt.UTC).astimezone(tz)


def utc_aware(naive_utc: dt.datetime | None) -> dt.datetime | None:
    return None if naive_utc is None else naive_utc.replace(tzinfo=dt.UTC)
