"""Dates, times and time zones as other journals write them."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.model import attach_zone, check_moment

# A date written without a time is taken as noon, as HeartLog's own CLI does.
DEFAULT_TIME = dt.time(12, 0)

_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[ T](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?",
    re.ASCII,
)
_GMT_OFFSET = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", re.ASCII)


def parse_day(text: str, where: str) -> dt.date:
    """``YYYY-MM-DD``; an impossible day (2023-02-30) gets an error that names it."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            f"{text!r} is not a real date (year-month-day). Correct it and try again.", where
        ) from None


def parse_time(text: str, where: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            f"{text!r} is not a valid time (hours:minutes). Correct it and try again.", where
        ) from None


def parse_iso_moment(text: str, where: str, tz: dt.tzinfo | None = None) -> dt.datetime:
    """``YYYY-MM-DD`` (noon), ``YYYY-MM-DD HH:MM[:SS]`` or full ISO 8601 with an offset.

    A time without an offset is wall-clock time in ``tz`` (this computer's zone
    when None).
    """
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise ImportFormatError(
            f"{text!r} is not a date. Write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.", where
        )
    day = parse_day(match["date"], where)
    clock = parse_time(match["time"], where) if match["time"] else DEFAULT_TIME
    naive = dt.datetime.combine(day, clock)
    zone = match["zone"]
    if zone is None:
        return attach_zone(naive, tz, where)
    offset = dt.timedelta(0) if zone == "Z" else _offset(zone, where)
    return check_moment(naive.replace(tzinfo=dt.timezone(offset)), where)


def _offset(zone: str, where: str) -> dt.timedelta:
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise ImportFormatError(f"{zone!r} is not a valid UTC offset.", where)
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def zone_named(name: str) -> dt.tzinfo | None:
    """An IANA zone (``Europe/Berlin``) or a ``GMT+0100`` offset; None if unknown."""
    name = name.strip()
    if not name:
        return None
    if name.upper() in ("UTC", "GMT", "Z"):
        return dt.UTC
    match = _GMT_OFFSET.fullmatch(name)
    if match and (name[0] in "+-" or name[:3].upper() in ("GMT", "UTC")):
        hours, minutes = int(match[2]), int(match[3] or 0)
        if hours <= 23 and minutes <= 59:
            sign = -1 if match[1] == "-" else 1
            return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def in_zone(utc: dt.datetime, zone_name: str | None, where: str) -> tuple[dt.datetime, bool]:
    """A UTC instant shown in the writer's zone; (moment, False) if the zone is unknown."""
    utc = utc.replace(tzinfo=dt.UTC) if utc.tzinfo is None else utc
    check_moment(utc, where)
    zone = zone_named(zone_name) if zone_name else None
    if zone is None:
        return utc, not zone_name
    try:
        return check_moment(utc.astimezone(zone), where), True
    except (OverflowError, ValueError):
        raise ImportFormatError("the date is out of range.", where) from None
