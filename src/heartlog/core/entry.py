"""Journal data as core hands it out: entries, search hits, drafts, and their checks."""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from heartlog.core.errors import InvalidEntry
from heartlog.core.timestamps import from_storage, utc_aware

MAX_TAG_CHARS = 80


@dataclass(frozen=True)
class Entry:
    """A journal entry as core hands it out (plain data, safe across threads)."""

    id: str
    written_at: dt.datetime  # aware, in the writer's offset
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None
    prompt_id: str | None = None
    marked_for_sharing: bool = False
    shared_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    import_hash: str | None = None

    @property
    def entry_date(self) -> dt.date:
        return self.written_at.date()

    @property
    def heading(self) -> str:
        """The title, or the first non-empty line of the body."""
        if self.title.strip():
            return self.title.strip()
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()
        return ""


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str  # with HIGHLIGHT_START / HIGHLIGHT_END around matched words
    rank: float


@dataclass(frozen=True)
class Draft:
    entry_id: str
    title: str
    body: str
    saved_at: dt.datetime
    extra: dict[str, Any] = field(default_factory=dict)


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def _to_entry(row: Any, tags: tuple[str, ...] | None = None) -> Entry:
    """An ``Entry`` from an ORM object, or from a Core row of the entries table plus tags."""
    return Entry(
        id=row.id,
        written_at=from_storage(row.written_at, row.utc_offset_min),
        title=row.title,
        body=row.body,
        tags=tuple(t.name for t in row.tags) if tags is None else tags,
        mood=row.mood,
        prompt_id=row.prompt_id,
        marked_for_sharing=row.marked_for_sharing,
        shared_at=utc_aware(row.shared_at),
        revoked_at=utc_aware(row.revoked_at),
        created_at=utc_aware(row.created_at),
        updated_at=utc_aware(row.updated_at),
        import_hash=row.import_hash,
    )


# The entry columns and tags a raw SQL query over ``entries AS e`` selects, in the
# order ``entry_from_raw`` reads them (searching, where a page is read on every keystroke).
RAW_ENTRY_COLUMNS = (
    "e.id, e.written_at, e.utc_offset_min, e.title, e.body, e.mood, e.prompt_id, "
    "e.marked_for_sharing, e.shared_at, e.revoked_at, e.created_at, e.updated_at, "
    "e.import_hash, (SELECT json_group_array(t.name) FROM entry_tags AS et "
    "JOIN tags AS t ON t.id = et.tag_id WHERE et.entry_pk = e.pk)"
)
_from_iso = dt.datetime.fromisoformat
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _nocase(name: str) -> str:
    """The sort key of SQLite's NOCASE collation, which tag names use: ASCII folded."""
    return name.translate(_ASCII_LOWER)


def entry_from_raw(values: Sequence[Any]) -> Entry:
    """An ``Entry`` from the first values of a row selecting ``RAW_ENTRY_COLUMNS``."""
    shared, revoked, created, updated = values[8:12]
    return Entry(
        id=values[0],
        written_at=from_storage(_from_iso(values[1]), values[2]),
        title=values[3],
        body=values[4],
        tags=tuple(sorted(json.loads(values[13]), key=_nocase)),  # as the ORM orders them
        mood=values[5],
        prompt_id=values[6],
        marked_for_sharing=bool(values[7]),
        shared_at=None if shared is None else utc_aware(_from_iso(shared)),
        revoked_at=None if revoked is None else utc_aware(_from_iso(revoked)),
        created_at=None if created is None else utc_aware(_from_iso(created)),
        updated_at=None if updated is None else utc_aware(_from_iso(updated)),
        import_hash=values[12],
    )


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, '#'-less, de-duplicated (case-insensitively) tags, in order."""
    out: dict[str, str] = {}
    for raw in tags:
        name = raw.strip().lstrip("#").strip()
        if not name:
            continue
        if len(name) > MAX_TAG_CHARS:
            raise InvalidEntry(f"A tag can be at most {MAX_TAG_CHARS} characters long.")
        out.setdefault(name.casefold(), name)
    return tuple(out.values())


def _check_mood(mood: int | None) -> None:
    if mood is not None and not (isinstance(mood, int) and 1 <= mood <= 5):
        raise InvalidEntry("Mood must be a whole number from 1 to 5, or empty.")


def _check_text(*values: str) -> None:
    for value in values:
        if not isinstance(value, str):
            raise InvalidEntry("Entry text must be text.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidEntry("The text contains characters that cannot be saved.") from exc
