"""A folder of Markdown or text files, one entry per file.

The date comes from the front matter (``date: 2024-03-01 15:30`` or full ISO
8601 with an offset) or else from the file name: ``2024-03-01.md``,
``2024-03-01 Title.md``, ``2024-03-01-1530.md``, ``2024-03-01-1530 Title.md``.
A date without a time is noon. The title is the front matter's ``title``, else
the one in the file name, else a first-line ``# Heading``. ``tags`` (a list or
``a, b``) and ``starred: true`` are read too. Sub-folders are read; hidden files
and folders are skipped. A file without a date is an error that names it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.front_matter import FrontValue, split_front_matter
from heartlog.core.interop.markdown_text import heading_text
from heartlog.core.interop.model import (
    CancelFn,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    ProgressFn,
    attach_zone,
    check_text,
    clean_tags,
    decode_text,
    read_bytes,
)
from heartlog.core.interop.moments import DEFAULT_TIME, parse_day, parse_iso_moment

FORMAT = "markdown"
SUFFIXES = (".md", ".markdown", ".txt", ".text")
_FILE_NAME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[-_T](?P<hour>\d{2})[-:.h]?(?P<minute>\d{2})(?![0-9]))?"
    r"(?:[ _-]+(?P<title>.*))?",
    re.ASCII | re.DOTALL,
)


def entry_files(folder: Path) -> list[Path]:
    """Markdown and text files under ``folder``, hidden ones skipped, in path order."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _date_from_name(stem: str, where: str, tz: dt.tzinfo | None) -> tuple[dt.datetime, str] | None:
    match = _FILE_NAME.fullmatch(stem)
    if match is None:
        return None
    day = parse_day(match["date"], where)
    clock = DEFAULT_TIME
    if match["hour"] is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 23 or minute > 59:
            raise ImportFormatError(f"the time in the file name {stem!r} is not valid.", where)
        clock = dt.time(hour, minute)
    title = (match["title"] or "").strip()
    return attach_zone(dt.datetime.combine(day, clock), tz, where), title


def _front_date(value: FrontValue, where: str, tz: dt.tzinfo | None) -> dt.datetime:
    if not isinstance(value, str):
        raise ImportFormatError("'date' in the front matter must be a date like 2024-03-01.", where)
    return parse_iso_moment(value, where, tz)


def _front_tags(value: FrontValue, where: str) -> list[object]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    if isinstance(value, str):
        return [part for part in value.replace(",", " ").split() if part]
    raise ImportFormatError("'tags' in the front matter must be a list.", where)


def parse_markdown_file(
    data: bytes, relative_name: str, tz: dt.tzinfo | None = None
) -> ParsedEntry:
    text = decode_text(data, relative_name)
    front, body, _ = split_front_matter(text, relative_name)
    stem = Path(relative_name).stem
    where = relative_name
    named = _date_from_name(stem, where, tz)
    if front.get("date") is not None:
        moment = _front_date(front["date"], f"{where}, front matter", tz)
    elif named is not None:
        moment = named[0]
    else:
        raise ImportFormatError(
            "has no date. Add a 'date: YYYY-MM-DD' front matter line or name the file "
            "like 2024-03-01.md.",
            where,
        )
    title_value = front.get("title")
    if title_value is not None and not isinstance(title_value, str):
        title_value = str(title_value)
    title = check_text(title_value, "title", where)
    if "title" not in front:  # an explicit empty title stays empty
        title = named[1] if named else ""
    body = body.strip("\n").rstrip()
    if "title" not in front and not title:
        first, _, rest = body.partition("\n")
        heading = heading_text(first)
        if heading is not None:
            title, body = heading, rest.strip("\n").rstrip()
    starred = front.get("starred")
    if starred is not None and not isinstance(starred, bool):
        raise ImportFormatError("'starred' in the front matter must be true or false.", where)
    return ParsedEntry(
        written_at=moment,
        title=title.strip(),
        body=check_text(body, "text", where),
        tags=clean_tags(_front_tags(front.get("tags"), where), where, starred=bool(starred)),
        where=where,
    )


def read_markdown_folder(
    folder: Path,
    *,
    tz: dt.tzinfo | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ParsedJournal:
    parsed = ParsedJournal(format=FORMAT, source=folder)
    if folder.is_file():
        files, base = [folder], folder.parent
    elif folder.is_dir():
        files, base = entry_files(folder), folder
    else:
        raise ImportFormatError("does not exist.", str(folder))
    if not files:
        raise ImportFormatError(
            "holds no Markdown or text files (.md, .markdown, .txt).", folder.name
        )
    for number, path in enumerate(files, start=1):
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled
        relative = path.relative_to(base).as_posix()
        parsed.entries.append(parse_markdown_file(read_bytes(path, relative), relative, tz))
        if progress is not None:
            progress(number, len(files))
    return parsed
