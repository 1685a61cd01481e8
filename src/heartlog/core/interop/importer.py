"""Storing parsed entries: all in one transaction, skipping what is already there.

Everything is parsed and checked first (``detect.read_source``); then every new
entry is inserted in ONE transaction, so a failure or a cancel stores nothing.
An entry is "already there" when the journal holds an entry with the same
content hash (``content_hash``; stored in ``entries.import_hash`` and computed
for entries written in HeartLog) or, for HeartLog's own JSON export, the same id.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from heartlog.core import models as m
from heartlog.core.interop.content_hash import content_hash
from heartlog.core.interop.detect import read_source
from heartlog.core.interop.model import (
    CancelFn,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    ProgressFn,
)
from heartlog.core.journal import Journal
from heartlog.core.timestamps import to_storage

log = logging.getLogger(__name__)

BATCH = 250
# A bigger page cache for this one connection keeps a large import from spilling
# half-built FTS pages to disk (the connection is not pooled, so it ends with it).
CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    entry_ids: tuple[str, ...]  # the new entries, for analysis
    warnings: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return (
            f"Imported {self.imported} {'entry' if self.imported == 1 else 'entries'}, "
            f"skipped {self.skipped} already present."
        )


def _naive_utc(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.astimezone(dt.UTC).replace(tzinfo=None)


def _existing_hashes(s: Session) -> set[str]:
    found: set[str] = set()
    rows = s.execute(select(m.Entry.import_hash, m.Entry.written_at, m.Entry.title, m.Entry.body))
    for stored, written_at, title, body in rows:
        if stored:
            found.add(stored)
        found.add(content_hash(written_at, title, body))
    return found


def _existing_ids(s: Session, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(s.scalars(select(m.Entry.id).where(m.Entry.id.in_(chunk))))
    return found


def plan(
    s: Session, parsed: ParsedJournal
) -> tuple[list[tuple[ParsedEntry, str, str | None]], int]:
    """(entries to insert as (entry, new id, import hash), number skipped)."""
    todo: list[tuple[ParsedEntry, str, str | None]] = []
    skipped = 0
    if parsed.exact:
        present = _existing_ids(s, [e.entry_id for e in parsed.entries if e.entry_id])
        for entry in parsed.entries:
            if entry.entry_id in present:
                skipped += 1
            else:
                todo.append((entry, entry.entry_id or str(uuid.uuid4()), entry.import_hash))
        return todo, skipped
    present = _existing_hashes(s)
    for entry in parsed.entries:
        digest = content_hash(entry.written_at, entry.title, entry.body)
        if digest in present:
            skipped += 1
            continue
        present.add(digest)
        todo.append((entry, str(uuid.uuid4()), digest))
    return todo, skipped


class _TagIds:
    """Tag name -> id, creating tags as needed (names compare as the column does)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.ids: dict[str, int] = {}

    def __call__(self, name: str) -> int:
        if name not in self.ids:
            found = self.s.scalar(select(m.Tag.id).where(m.Tag.name == name))
            if found is None:
                found = self.s.execute(
                    insert(m.Tag).values(name=name).returning(m.Tag.id)
                ).scalar_one()
            self.ids[name] = found
        return self.ids[name]


def _row(entry: ParsedEntry, entry_id: str, digest: str | None, now: dt.datetime) -> dict[str, Any]:
    utc, offset, day = to_storage(entry.written_at)
    return {
        "id": entry_id,
        "created_at": _naive_utc(entry.created_at) or now,
        "updated_at": _naive_utc(entry.updated_at) or now,
        "written_at": utc,
        "utc_offset_min": offset,
        "entry_date": day,
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "prompt_id": entry.prompt_id,
        "marked_for_sharing": entry.marked_for_sharing,
        "shared_at": _naive_utc(entry.shared_at),
        "revoked_at": _naive_utc(entry.revoked_at),
        "import_hash": digest,
    }


def _batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def preview_import(journal: Journal, parsed: ParsedJournal) -> tuple[int, int]:
    """(how many entries would be imported, how many are already there); stores nothing."""
    with journal.session() as s:
        todo, skipped = plan(s, parsed)
    return len(todo), skipped


def import_parsed(
    journal: Journal,
    parsed: ParsedJournal,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ImportResult:
    """Store ``parsed`` in one transaction; a cancel (ImportCancelled) stores nothing."""
    now = m.utcnow()
    with journal.session() as s:
        s.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
        todo, skipped = plan(s, parsed)
        tag_id = _TagIds(s)
        done = 0
        if progress is not None:
            progress(0, len(todo))
        for batch in _batches(todo, BATCH):
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled
            # Core insert on the table: the ORM's bulk path costs more than SQLite here.
            s.execute(insert(m.Entry.__table__), [_row(e, i, h, now) for e, i, h in batch])
            ids = [i for _, i, _ in batch]
            found = s.execute(select(m.Entry.id, m.Entry.pk).where(m.Entry.id.in_(ids)))
            pks = {row.id: row.pk for row in found}
            links = {(pks[i], tag_id(t)) for e, i, _ in batch for t in e.tags}
            if links:
                s.execute(
                    insert(m.entry_tags), [{"entry_pk": pk, "tag_id": t} for pk, t in sorted(links)]
                )
            done += len(batch)
            if progress is not None:
                progress(done, len(todo))
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled
    log.info("imported %d entries (%s), skipped %d", len(todo), parsed.format, skipped)
    return ImportResult(
        imported=len(todo),
        skipped=skipped,
        entry_ids=tuple(i for _, i, _ in todo),
        warnings=tuple(parsed.warnings),
    )


def import_path(
    journal: Journal,
    path: str | Path,
    fmt: str | None = None,
    *,
    tz: dt.tzinfo | None = None,
    jrnl_timeformat: str | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ImportResult:
    """Parse ``path`` in full, then import it in one transaction (all or nothing)."""
    parsed = read_source(
        Path(path), fmt, tz=tz, jrnl_timeformat=jrnl_timeformat, is_cancelled=is_cancelled
    )
    return import_parsed(journal, parsed, progress=progress, is_cancelled=is_cancelled)
