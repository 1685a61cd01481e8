"""jrnl's JSON export (``jrnl --export json``).

The shape jrnl 4 writes (``jrnl/plugins/json_exporter.py``)::

    {"tags": {"@anna": 2},
     "entries": [{"title": "...", "body": "...", "date": "2024-03-01",
                  "time": "15:30", "tags": ["@anna"], "starred": false}]}

``date`` is required; a missing ``time`` is 09:00 (jrnl's default hour); a
missing ``tags`` list is read from the text as jrnl would. Times are
wall-clock times, taken in this computer's zone or in ``tz``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.jrnl_text import jrnl_tags
from heartlog.core.interop.json_source import (
    entry_list,
    entry_object,
    load_json,
    optional_bool,
    optional_list,
    required_str,
)
from heartlog.core.interop.model import (
    CancelFn,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    attach_zone,
    check_text,
    clean_tags,
    read_bytes,
)
from heartlog.core.interop.moments import parse_day, parse_time

FORMAT = "jrnl-json"
DEFAULT_TIME = dt.time(9, 0)


def _entry(item: dict[str, Any], where: str, tz: dt.tzinfo | None) -> ParsedEntry:
    day = parse_day(required_str(item, "date", where).strip(), where)
    time_text = item.get("time")
    if time_text is None or time_text == "":
        clock = DEFAULT_TIME
    elif isinstance(time_text, str):
        clock = parse_time(time_text.strip(), where)
    else:
        raise ImportFormatError('"time" must be text like "15:30".', where)
    title = check_text(item.get("title"), "title", where)
    body = check_text(item.get("body"), "body", where)
    tags = optional_list(item, "tags", where) if "tags" in item else jrnl_tags(f"{title}\n{body}")
    return ParsedEntry(
        written_at=attach_zone(dt.datetime.combine(day, clock), tz, where),
        title=title.strip(),
        body=body.strip("\n").rstrip(),
        tags=clean_tags(
            [t.lower() if isinstance(t, str) else t for t in tags],
            where,
            starred=optional_bool(item, "starred", where),
        ),
        where=where,
    )


def parse_jrnl_json(
    data: bytes,
    name: str = "journal.json",
    *,
    tz: dt.tzinfo | None = None,
    is_cancelled: CancelFn | None = None,
) -> ParsedJournal:
    items = entry_list(load_json(data, name), name, "jrnl JSON export")
    parsed = ParsedJournal(format=FORMAT, source=Path(name))
    for index, item in enumerate(items, start=1):
        if is_cancelled is not None and index % 2000 == 0 and is_cancelled():
            raise ImportCancelled
        where = f"{name}, entry {index}"
        parsed.entries.append(_entry(entry_object(item, where), where, tz))
    return parsed


def read_jrnl_json(
    path: Path, *, tz: dt.tzinfo | None = None, is_cancelled: CancelFn | None = None
) -> ParsedJournal:
    if path.is_dir():
        raise ImportFormatError("is a folder; a jrnl JSON export is one file.", str(path))
    parsed = parse_jrnl_json(read_bytes(path), path.name, tz=tz, is_cancelled=is_cancelled)
    parsed.source = path
    return parsed
