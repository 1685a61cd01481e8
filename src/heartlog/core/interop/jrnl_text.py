"""jrnl's plain-text journal: ``[date time] Title *`` headers, then the body.

As jrnl 4 reads it (``jrnl/journals/Journal.py``): an entry starts at a line
``[<date>] `` at the start of a line; the date is written with the journal's
``timeformat`` (jrnl 4's default ``%F %r``, i.e. ``2024-03-01 03:30:00 PM``;
older journals ``%Y-%m-%d %H:%M``). The rest of that line is the title (jrnl
cut the first sentence off when the entry was written), a trailing ``*`` marks
a starred entry, the following lines are the body, and tags are words starting
with ``@`` or ``#``. jrnl 1.x journals had the date without brackets; they are
read when no bracketed header is found. Dates are wall-clock times without a
zone: they are taken in this computer's zone, or in ``tz`` when given.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from heartlog.core.entry import MAX_TAG_CHARS
from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.model import (
    STARRED_TAG,
    CancelFn,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    attach_zone,
    check_text,
    clean_tags,
    decode_text,
    read_bytes,
)
from heartlog.core.interop.moments import parse_day

FORMAT = "jrnl"

# jrnl: re.compile("(?:^|\n)\\[([^\\]]+)\\] "); an empty title may have lost its space.
_BRACKETED = re.compile(r"\[([^\]\n]+)\](?: (.*)|\s*)")
_LEGACY = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2})(?: (.*))?", re.ASCII)
_DATE_SHAPE = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})(?:[ T](.*))?", re.ASCII)
# jrnl's Entry.tag_regex with its default tag symbols "#@".
TAG_PATTERN = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")
_CLOCK_LIKE = re.compile(r"\d{1,2}:\d{2}", re.ASCII)
_ISO_CLOCK = re.compile(r"\d{2}:\d{2}(?::\d{2})?", re.ASCII)
_SHORTHANDS = {"%F": "%Y-%m-%d", "%r": "%I:%M:%S %p", "%T": "%H:%M:%S", "%R": "%H:%M"}
_TIME_FORMATS = ("%H:%M", "%I:%M:%S %p", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S%p")


def jrnl_tags(text: str) -> list[str]:
    """Tags as jrnl finds them (lower-cased, in order of appearance), without the sign."""
    seen: dict[str, None] = {}
    for raw in TAG_PATTERN.findall(text):
        name = raw.lower().lstrip("@#")
        if name and len(name) <= MAX_TAG_CHARS:
            seen.setdefault(name, None)
    return list(seen)


def _parse_header_date(
    blob: str, where: str, timeformat: str | None, tz: dt.tzinfo | None
) -> dt.datetime | None:
    """The header's moment, None if ``blob`` is not a date (e.g. a ``[1]`` footnote)."""
    if timeformat:
        try:
            return attach_zone(dt.datetime.strptime(blob, _strptime_format(timeformat)), tz, where)
        except ValueError:
            pass
    shape = _DATE_SHAPE.fullmatch(blob.strip())
    if shape is None:
        return None
    clock_text = (shape[2] or "").strip()
    if clock_text and not _CLOCK_LIKE.match(clock_text):
        return None  # "[2024-03-01 to 03-05] ..." is text that starts with a date
    day = parse_day(_zero_pad(shape[1]), where)
    clock = dt.time(9, 0) if not clock_text else _parse_clock(clock_text, blob, where)
    return attach_zone(dt.datetime.combine(day, clock), tz, where)


def _strptime_format(timeformat: str) -> str:
    """jrnl's config may use C ``strftime`` shorthands that ``strptime`` lacks."""
    for short, long in _SHORTHANDS.items():
        timeformat = timeformat.replace(short, long)
    return timeformat


def _zero_pad(day: str) -> str:
    y, m, d = day.split("-")
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _parse_clock(text: str, blob: str, where: str) -> dt.time:
    if _ISO_CLOCK.fullmatch(text):  # the common case, without strptime's cost
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            pass
    for fmt in _TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    raise ImportFormatError(
        f"the time in [{blob}] is not understood. Write it as [YYYY-MM-DD HH:MM].", where
    )


def split_title(first_line: str, rest: str) -> tuple[str, str, bool]:
    """(title, body, starred) from the header line's text and the lines after it."""
    title = first_line.strip()
    starred = title.endswith("*")
    if starred:
        title = title.rstrip("*").rstrip()
    body = rest.strip("\n").rstrip()
    return title, body, starred


def _entry(moment: dt.datetime, first_line: str, lines: list[str], where: str) -> ParsedEntry:
    title, body, starred = split_title(first_line, "\n".join(lines))
    check_text(title, "title", where)
    check_text(body, "body", where)
    tags = jrnl_tags(f"{title}\n{body}")
    return ParsedEntry(
        written_at=moment,
        title=title,
        body=body,
        tags=clean_tags(tags, where, starred=starred or STARRED_TAG in tags),
        where=where,
    )


def parse_jrnl_text(
    text: str,
    name: str = "journal.txt",
    *,
    tz: dt.tzinfo | None = None,
    timeformat: str | None = None,
    is_cancelled: CancelFn | None = None,
) -> ParsedJournal:
    """Every entry of a jrnl journal's text, or ImportFormatError naming the line."""
    parsed = ParsedJournal(format=FORMAT, source=Path(name))
    current: tuple[dt.datetime, str, str, list[str]] | None = None
    orphan: str | None = None  # where non-blank text comes before any header
    for number, line in enumerate(text.split("\n"), start=1):
        if is_cancelled is not None and number % 5000 == 0 and is_cancelled():
            raise ImportCancelled
        match = _BRACKETED.fullmatch(line) if line.startswith("[") else None
        where = f"{name}, line {number}"
        moment = _parse_header_date(match[1], where, timeformat, tz) if match else None
        if moment is None:
            if current is not None:
                current[3].append(line)
            elif orphan is None and line.strip():
                orphan = where
            continue
        if orphan is not None:
            raise ImportFormatError(
                "there is text before the first entry. Every jrnl entry starts with a "
                "line like [2024-03-01 09:00] Title; add one or remove the text.",
                orphan,
            )
        if current is not None:
            parsed.entries.append(_entry(current[0], current[2], current[3], current[1]))
        current = (moment, where, (match[2] if match else "") or "", [])
    if current is not None:
        parsed.entries.append(_entry(current[0], current[2], current[3], current[1]))
    elif orphan is not None:
        return _parse_legacy(text, name, tz, parsed)
    return parsed


def _parse_legacy(
    text: str, name: str, tz: dt.tzinfo | None, parsed: ParsedJournal
) -> ParsedJournal:
    """jrnl 1.x: ``2024-03-01 09:00 Title`` lines without brackets."""
    current: tuple[dt.datetime, str, str, list[str]] | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        where = f"{name}, line {number}"
        match = _LEGACY.fullmatch(line.rstrip())
        if match is None:
            if current is None and line.strip():
                raise ImportFormatError(
                    "this is not a jrnl journal: entries must start with a line like "
                    "[2024-03-01 09:00] Title.",
                    where,
                )
            if current is not None:
                current[3].append(line)
            continue
        day, clock = match[1].split(" ")
        try:
            naive = dt.datetime.combine(parse_day(day, where), dt.time.fromisoformat(clock))
        except ValueError:
            raise ImportFormatError(f"{match[1]!r} is not a valid time.", where) from None
        if current is not None:
            parsed.entries.append(_entry(current[0], current[2], current[3], current[1]))
        current = (attach_zone(naive, tz, where), where, match[2] or "", [])
    if current is not None:
        parsed.entries.append(_entry(current[0], current[2], current[3], current[1]))
    return parsed


def read_jrnl_text(
    path: Path,
    *,
    tz: dt.tzinfo | None = None,
    timeformat: str | None = None,
    is_cancelled: CancelFn | None = None,
) -> ParsedJournal:
    if path.is_dir():
        raise ImportFormatError("is a folder; a jrnl journal is one text file.", str(path))
    text = decode_text(read_bytes(path), path.name)
    parsed = parse_jrnl_text(
        text, path.name, tz=tz, timeformat=timeformat, is_cancelled=is_cancelled
    )
    parsed.source = path
    return parsed
