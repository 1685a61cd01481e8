"""HeartLog's own whole-journal JSON export (schema ``heartlog-journal``, version 1).

The file is one JSON object (UTF-8, one entry per line)::

    {"format": "heartlog-journal", "version": 1, "app": "HeartLog 0.1.0",
     "exported_at": "2026-01-05T09:12:00+00:00", "entry_count": 2,
     "entries": [{"id": "<uuid>", "date": "2024-03-01T15:30:00+01:00",
                  "title": "...", "body": "...", "tags": ["..."], "mood": 3,
                  "prompt_id": null, "marked_for_sharing": false,
                  "shared_at": null, "revoked_at": null,
                  "created_at": "...+00:00", "updated_at": "...+00:00",
                  "import_hash": null}, ...]}

Entries are the documented entry JSON (``core.entry_json``) plus
``import_hash``; dates are ISO 8601 with their UTC offset, oldest entry first.
Importing it back (``parse_journal_json``) keeps every id and field, so a round
trip gives an identical journal; entries whose id is already present are
skipped. A reader accepts any version up to ``SCHEMA_VERSION`` and refuses
newer ones with a clear message; missing optional fields take their defaults.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from heartlog import __version__
from heartlog.core.atomic_file import atomic_writer
from heartlog.core.entry_json import entry_to_json
from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.json_source import (
    entry_list,
    entry_object,
    load_json,
    optional_bool,
    optional_list,
    required_str,
)
from heartlog.core.interop.model import (
    MAX_HASH_CHARS,
    MAX_PROMPT_ID_CHARS,
    CancelFn,
    ExportCancelled,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    ProgressFn,
    check_moment,
    check_text,
    clean_tags,
    read_bytes,
)
from heartlog.core.interop.moments import parse_iso_moment
from heartlog.core.journal import Entry, Journal

FORMAT = "heartlog-json"
SCHEMA_FORMAT = "heartlog-journal"
SCHEMA_VERSION = 1
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def entry_record(entry: Entry) -> dict[str, Any]:
    record = entry_to_json(entry)
    record["import_hash"] = entry.import_hash
    return record


def export_journal_json(
    journal: Journal,
    path: str | Path,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> int:
    """Write the whole journal to ``path`` atomically; returns the number of entries."""
    entries = journal.list(limit=None, oldest_first=True)
    header = {
        "format": SCHEMA_FORMAT,
        "version": SCHEMA_VERSION,
        "app": f"HeartLog {__version__}",
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "entry_count": len(entries),
    }
    head = json.dumps(header, ensure_ascii=False, indent=2)[: -len("\n}")]
    with atomic_writer(path) as fh:
        fh.write(f'{head},\n  "entries": [\n'.encode())
        for index, entry in enumerate(entries, start=1):
            if is_cancelled is not None and is_cancelled():
                raise ExportCancelled
            line = json.dumps(entry_record(entry), ensure_ascii=False)
            fh.write(f"    {line}{',' if index < len(entries) else ''}\n".encode())
            if progress is not None:
                progress(index, len(entries))
        fh.write(b"  ]\n}\n")
    return len(entries)


def _optional_moment(item: dict[str, Any], key: str, where: str) -> dt.datetime | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportFormatError(f'"{key}" must be an ISO 8601 date and time.', where)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ImportFormatError(
            f'"{key}" is not a valid date and time: {value!r}.', where
        ) from None
    return check_moment(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), where)


def _optional_short_text(item: dict[str, Any], key: str, limit: int, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ImportFormatError(f'"{key}" must be text of at most {limit} characters.', where)
    return check_text(value, key, where)


def _mood(item: dict[str, Any], where: str) -> int | None:
    mood = item.get("mood")
    if mood is None:
        return None
    if isinstance(mood, bool) or not isinstance(mood, int) or not 1 <= mood <= 5:
        raise ImportFormatError('"mood" must be a whole number from 1 to 5, or null.', where)
    return mood


def _entry(item: dict[str, Any], where: str) -> ParsedEntry:
    entry_id = required_str(item, "id", where)
    if not _UUID.fullmatch(entry_id):
        raise ImportFormatError(f'"id" {entry_id[:40]!r} is not an entry id (a UUID).', where)
    return ParsedEntry(
        written_at=parse_iso_moment(required_str(item, "date", where), where),
        title=check_text(item.get("title"), "title", where),
        body=check_text(item.get("body"), "body", where),
        tags=clean_tags(optional_list(item, "tags", where), where, signs="#"),  # as Journal.add
        where=where,
        entry_id=entry_id,
        mood=_mood(item, where),
        prompt_id=_optional_short_text(item, "prompt_id", MAX_PROMPT_ID_CHARS, where),
        marked_for_sharing=optional_bool(item, "marked_for_sharing", where),
        shared_at=_optional_moment(item, "shared_at", where),
        revoked_at=_optional_moment(item, "revoked_at", where),
        created_at=_optional_moment(item, "created_at", where),
        updated_at=_optional_moment(item, "updated_at", where),
        import_hash=_optional_short_text(item, "import_hash", MAX_HASH_CHARS, where),
    )


def parse_journal_json(
    data: bytes, name: str = "journal.json", is_cancelled: CancelFn | None = None
) -> ParsedJournal:
    document = load_json(data, name)
    if not isinstance(document, dict) or document.get("format") != SCHEMA_FORMAT:
        raise ImportFormatError(
            f'is not a HeartLog journal export (no "format": "{SCHEMA_FORMAT}").', name
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError('has no valid "version".', name)
    if version > SCHEMA_VERSION:
        raise ImportFormatError(
            f"was made by a newer HeartLog (format version {version}). "
            "Update HeartLog to import it.",
            name,
        )
    parsed = ParsedJournal(format=FORMAT, source=Path(name), exact=True)
    seen: set[str] = set()
    for index, raw in enumerate(entry_list(document, name, "HeartLog journal export"), start=1):
        if is_cancelled is not None and index % 2000 == 0 and is_cancelled():
            raise ImportCancelled
        where = f"{name}, entry {index}"
        entry = _entry(entry_object(raw, where), where)
        if entry.entry_id in seen:
            raise ImportFormatError(f"the id {entry.entry_id} appears twice.", where)
        seen.add(entry.entry_id)  # type: ignore[arg-type]
        parsed.entries.append(entry)
    return parsed


def read_journal_json(path: Path, *, is_cancelled: CancelFn | None = None) -> ParsedJournal:
    if path.is_dir():
        raise ImportFormatError("is a folder; a HeartLog JSON export is one file.", str(path))
    parsed = parse_journal_json(read_bytes(path), path.name, is_cancelled)
    parsed.source = path
    return parsed
