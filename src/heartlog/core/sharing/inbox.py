"""The "From <partner>" view's data: entries partners shared, newest first, searchable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text

from heartlog.core import models as m
from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START, Journal
from heartlog.core.search_query import fts_match
from heartlog.core.timestamps import from_storage, utc_aware


@dataclass(frozen=True)
class ReceivedEntry:
    """An entry a partner shared (read-only)."""

    pk: int
    partner_id: int
    partner_name: str
    id: str
    written_at: dt.datetime  # aware, in the writer's offset
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    updated_at: dt.datetime
    received_at: dt.datetime
    snippet: str = ""  # search hits only, with HIGHLIGHT_START/END marks

    @property
    def heading(self) -> str:
        if self.title.strip():
            return self.title.strip()
        return next((ln.strip() for ln in self.body.splitlines() if ln.strip()), "")


def _to_received(row: m.ReceivedEntry, partner_name: str, snippet: str = "") -> ReceivedEntry:
    return ReceivedEntry(
        pk=row.pk,
        partner_id=row.partner_id,
        partner_name=partner_name,
        id=row.entry_id,
        written_at=from_storage(row.written_at, row.utc_offset_min),
        title=row.title,
        body=row.body,
        tags=tuple(str(t) for t in row.tags or ()),
        mood=row.mood,
        updated_at=utc_aware(row.updated_at) or dt.datetime.now(dt.UTC),
        received_at=utc_aware(row.received_at) or dt.datetime.now(dt.UTC),
        snippet=snippet,
    )


def _base(partner_id: int | None) -> Any:
    stmt = select(m.ReceivedEntry, m.Partner.name).join(
        m.Partner, m.Partner.id == m.ReceivedEntry.partner_id
    )
    if partner_id is not None:
        stmt = stmt.where(m.ReceivedEntry.partner_id == partner_id)
    return stmt


def inbox(
    journal: Journal, partner_id: int | None = None, limit: int | None = None, offset: int = 0
) -> list[ReceivedEntry]:
    """Received entries, newest first."""
    stmt = (
        _base(partner_id)
        .order_by(m.ReceivedEntry.written_at.desc(), m.ReceivedEntry.pk.desc())
        .offset(offset)
        .limit(limit)
    )
    with journal.read_session() as s:
        return [_to_received(r, name) for r, name in s.execute(stmt).all()]


def inbox_count(journal: Journal, partner_id: int | None = None) -> int:
    stmt = select(func.count(m.ReceivedEntry.pk))
    if partner_id is not None:
        stmt = stmt.where(m.ReceivedEntry.partner_id == partner_id)
    with journal.read_session() as s:
        return int(s.scalar(stmt) or 0)


def received_entry(journal: Journal, entry_id: str) -> ReceivedEntry | None:
    with journal.read_session() as s:
        found = s.execute(_base(None).where(m.ReceivedEntry.entry_id == entry_id)).first()
        return None if found is None else _to_received(found[0], found[1])


def search_inbox(
    journal: Journal, query: str, partner_id: int | None = None, limit: int | None = 100
) -> list[ReceivedEntry]:
    """Received entries containing every word of ``query`` (FTS5), newest first."""
    match = fts_match(query, prefix_last=True)
    if match is None:
        return inbox(journal, partner_id, limit)
    sql = text(
        "SELECT rowid, snippet(received_fts, 1, :hs, :he, '…', 24) FROM received_fts "
        "WHERE received_fts MATCH :q"
    )
    with journal.read_session() as s:
        hits = dict(s.execute(sql, {"q": match, "hs": HIGHLIGHT_START, "he": HIGHLIGHT_END}).all())
        if not hits:
            return []
        stmt = (
            _base(partner_id)
            .where(m.ReceivedEntry.pk.in_(hits))
            .order_by(m.ReceivedEntry.written_at.desc(), m.ReceivedEntry.pk.desc())
            .limit(limit)
        )
        return [_to_received(r, name, hits[r.pk]) for r, name in s.execute(stmt).all()]
