"""The documented JSON form of an entry (CLI ``--json``, exports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heartlog.core.journal import Entry


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.written_at.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "mood": entry.mood,
        "prompt_id": entry.prompt_id,
        "marked_for_sharing": entry.marked_for_sharing,
        "shared_at": _iso(entry.shared_at),
        "revoked_at": _iso(entry.revoked_at),
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
    }
