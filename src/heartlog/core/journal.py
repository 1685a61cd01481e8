"""The Journal service: entries, tags, search, drafts and settings of one profile."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, Select, delete, func, select, text
from sqlalchemy.orm import Session

from heartlog.core import models as m
from heartlog.core.db import READ_ONLY
from heartlog.core.db_errors import storage_errors
from heartlog.core.entry import (  # re-exported: callers import them from journal
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    RAW_ENTRY_COLUMNS,
    Draft,
    Entry,
    SearchHit,
    _check_mood,
    _check_text,
    _to_entry,
    entry_from_raw,
    normalise_tags,
)
from heartlog.core.errors import EntryNotFound
from heartlog.core.search_query import fts_match
from heartlog.core.timestamps import local_now, to_storage

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "Draft",
    "Entry",
    "Journal",
    "SearchHit",
    "_check_text",
    "_to_entry",
    "normalise_tags",
]

_UNSET: Any = object()

# Searching takes two statements on one connection. The first ranks every match with
# bm25, the title weighted twice the body (the rank migration 0001 configures), and
# keeps the page; ties go to the newer entry. Calling bm25() directly lets SQLite keep
# only the best rows as it goes, about 0.6 ms a query cheaper than FTS5's
# ``ORDER BY rank``. The second makes snippets for the page's entries only: the
# unary ``+`` keeps ``rowid IN`` a filter on the matches, so FTS5 does not handle
# each rowid as a separate lookup.
_SEARCH_RANKED = (
    "SELECT rowid, bm25(entries_fts, 2.0, 1.0) AS score FROM entries_fts "
    "WHERE entries_fts MATCH ? ORDER BY score, rowid DESC LIMIT ? OFFSET ?"
)
_SEARCH_PAGE = (
    f"SELECT e.pk, {RAW_ENTRY_COLUMNS}, "
    f"snippet(entries_fts, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 24) "
    "FROM entries_fts CROSS JOIN entries AS e ON e.pk = entries_fts.rowid "
    "WHERE entries_fts MATCH ? AND +entries_fts.rowid IN ({marks})"
)
_SEARCH_PAGE_CHUNK = 500  # rowids bound in one statement (SQLite allows 32,766)


class Journal:
    """One unlocked profile's journal. Every method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = engine.execution_options(**{READ_ONLY: True})

    # -- plumbing -----------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction, committed on success (for core services).

        A full disk or an I/O error raises ``StorageError`` (corruption:
        ``ProfileCorrupt``); the transaction is rolled back, nothing partial stays.
        """
        with storage_errors(), Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only: it does not wait for, or block, a writer."""
        with storage_errors(), Session(self._reader, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def _raw_read(self) -> Iterator[Any]:
        """A bare DBAPI cursor in a read transaction, for raw SQL on a hot path (search).

        It skips SQLAlchemy's connection and result layers, a tenth of a search.
        """
        with storage_errors():
            con = self._reader.raw_connection()
            try:
                cursor = con.cursor()
                cursor.execute("BEGIN")
                yield cursor
            finally:
                con.close()  # NullPool: really closed, the read transaction with it

    def _row(self, s: Session, entry_id: str) -> m.Entry:
        row = s.scalar(select(m.Entry).where(m.Entry.id == entry_id))
        if row is None:
            raise EntryNotFound(entry_id)
        return row

    def _tag_rows(self, s: Session, names: Sequence[str]) -> list[m.Tag]:
        rows: list[m.Tag] = []
        for name in names:
            tag = s.scalar(select(m.Tag).where(m.Tag.name == name))
            if tag is None:
                tag = m.Tag(name=name)
                s.add(tag)
                s.flush()
            rows.append(tag)
        return rows

    def _load_rows(self, s: Session, stmt: Any) -> list[tuple[Any, Entry]]:
        """(row, Entry) for a Core select over the entries table, in its order.

        Core rows and one tag query are much cheaper than ORM objects for pages
        of entries; writes still go through the ORM.
        """
        rows = s.execute(stmt).all()
        tags: dict[int, list[str]] = {}
        if rows:
            tag_rows = s.execute(
                select(m.entry_tags.c.entry_pk, m.Tag.name)
                .join(m.Tag, m.Tag.id == m.entry_tags.c.tag_id)
                .where(m.entry_tags.c.entry_pk.in_([r.pk for r in rows]))
                .order_by(m.Tag.name)
            )
            for pk, name in tag_rows:
                tags.setdefault(pk, []).append(name)
        return [(r, _to_entry(r, tuple(tags.get(r.pk, ())))) for r in rows]

    # -- entries --------------------------------------------------------------
    def add(
        self,
        body: str = "",
        title: str = "",
        written_at: dt.datetime | None = None,
        tags: Iterable[str] = (),
        mood: int | None = None,
        prompt_id: str | None = None,
        entry_id: str | None = None,
        import_hash: str | None = None,
    ) -> Entry:
        with self.session() as s:
            return self._add(
                s, body, title, written_at, tags, mood, prompt_id, entry_id, import_hash
            )

    def _add(
        self,
        s: Session,
        body: str,
        title: str,
        written_at: dt.datetime | None,
        tags: Iterable[str],
        mood: int | None,
        prompt_id: str | None,
        entry_id: str | None,
        import_hash: str | None = None,
        marked: bool = False,
    ) -> Entry:
        _check_text(title, body)
        _check_mood(mood)
        utc, offset, day = to_storage(written_at or local_now())
        now = m.utcnow()
        row = m.Entry(
            id=entry_id or str(uuid.uuid4()),
            created_at=now,
            updated_at=now,
            written_at=utc,
            utc_offset_min=offset,
            entry_date=day,
            title=title,
            body=body,
            mood=mood,
            prompt_id=prompt_id,
            import_hash=import_hash,
            marked_for_sharing=marked,
        )
        row.tags = self._tag_rows(s, normalise_tags(tags))
        s.add(row)
        s.flush()
        return _to_entry(row)

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Insert many entries in one transaction (all or nothing). Returns the count."""
        n = 0
        with self.session() as s:
            for e in entries:
                self._add(
                    s,
                    e.body,
                    e.title,
                    e.written_at,
                    e.tags,
                    e.mood,
                    e.prompt_id,
                    e.id or None,
                    e.import_hash,
                    e.marked_for_sharing,
                )
                n += 1
        return n

    def get(self, entry_id: str) -> Entry:
        with self.read_session() as s:
            return _to_entry(self._row(s, entry_id))

    def exists(self, entry_id: str) -> bool:
        with self.read_session() as s:
            return s.scalar(select(m.Entry.pk).where(m.Entry.id == entry_id)) is not None

    def update(
        self,
        entry_id: str,
        *,
        title: str = _UNSET,
        body: str = _UNSET,
        written_at: dt.datetime = _UNSET,
        tags: Iterable[str] = _UNSET,
        mood: int | None = _UNSET,
        prompt_id: str | None = _UNSET,
    ) -> Entry:
        """Change the given fields; ``updated_at`` moves only if something changed."""
        with self.session() as s:
            row = self._row(s, entry_id)
            changed = False
            if title is not _UNSET and title != row.title:
                _check_text(title)
                row.title, changed = title, True
            if body is not _UNSET and body != row.body:
                _check_text(body)
                row.body, changed = body, True
            if written_at is not _UNSET:
                utc, offset, day = to_storage(written_at)
                if (utc, offset) != (row.written_at, row.utc_offset_min):
                    row.written_at, row.utc_offset_min, row.entry_date = utc, offset, day
                    changed = True
            if tags is not _UNSET:
                names = normalise_tags(tags)
                if names != tuple(t.name for t in row.tags):
                    row.tags = self._tag_rows(s, names)
                    changed = True
            if mood is not _UNSET and mood != row.mood:
                _check_mood(mood)
                row.mood, changed = mood, True
            if prompt_id is not _UNSET and prompt_id != row.prompt_id:
                row.prompt_id, changed = prompt_id, True
            if changed:
                row.updated_at = m.utcnow()
            s.flush()
            return _to_entry(row)

    def delete(self, entry_id: str) -> Entry:
        """Delete for good (secure_delete wipes the pages); returns it for undo."""
        with self.session() as s:
            row = self._row(s, entry_id)
            snapshot = _to_entry(row)
            s.delete(row)
            s.execute(delete(m.Draft).where(m.Draft.entry_id == entry_id))
        self._drop_orphan_tags()
        return snapshot

    def restore(self, entry: Entry) -> Entry:
        """Put back a deleted entry exactly as it was (same id, dates and fields)."""
        with self.session() as s:
            restored = self._add(
                s,
                entry.body,
                entry.title,
                entry.written_at,
                entry.tags,
                entry.mood,
                entry.prompt_id,
                entry.id,
                entry.import_hash,
                entry.marked_for_sharing,
            )
            row = self._row(s, restored.id)
            if entry.created_at is not None:
                row.created_at = entry.created_at.astimezone(dt.UTC).replace(tzinfo=None)
            if entry.updated_at is not None:
                row.updated_at = entry.updated_at.astimezone(dt.UTC).replace(tzinfo=None)
            row.shared_at = entry.shared_at and entry.shared_at.replace(tzinfo=None)
            row.revoked_at = entry.revoked_at and entry.revoked_at.replace(tzinfo=None)
            s.flush()
            return _to_entry(row)

    def _drop_orphan_tags(self) -> None:
        with self.session() as s:
            s.execute(delete(m.Tag).where(~m.Tag.id.in_(select(m.entry_tags.c.tag_id).distinct())))

    # -- listing --------------------------------------------------------------
    def _filtered(
        self,
        stmt: Select[Any],
        start: dt.date | None,
        end: dt.date | None,
        tag: str | None,
    ) -> Select[Any]:
        if start is not None:
            stmt = stmt.where(m.Entry.entry_date >= start)
        if end is not None:
            stmt = stmt.where(m.Entry.entry_date <= end)
        if tag is not None:
            stmt = stmt.where(
                m.Entry.pk.in_(
                    select(m.entry_tags.c.entry_pk)
                    .join(m.Tag, m.Tag.id == m.entry_tags.c.tag_id)
                    .where(m.Tag.name == tag.strip().lstrip("#"))
                )
            )
        return stmt

    def list(
        self,
        offset: int = 0,
        limit: int | None = 50,
        start: dt.date | None = None,
        end: dt.date | None = None,
        tag: str | None = None,
        oldest_first: bool = False,
    ) -> list[Entry]:
        """A page of entries, newest first; ``start``/``end`` are inclusive days."""
        order = (
            (m.Entry.written_at, m.Entry.pk)
            if oldest_first
            else (m.Entry.written_at.desc(), m.Entry.pk.desc())
        )
        stmt = self._filtered(select(m.Entry.__table__), start, end, tag).order_by(*order)
        stmt = stmt.offset(offset).limit(limit)
        with self.read_session() as s:
            return [entry for _, entry in self._load_rows(s, stmt)]

    def count(
        self, start: dt.date | None = None, end: dt.date | None = None, tag: str | None = None
    ) -> int:
        stmt = self._filtered(select(func.count(m.Entry.pk)), start, end, tag)
        with self.read_session() as s:
            return int(s.scalar(stmt) or 0)

    def iter_all(self, batch: int = 500) -> Iterator[Entry]:
        """Every entry, oldest first, fetched in batches (exports, analysis)."""
        table = m.Entry.__table__
        last: tuple[dt.datetime, int] | None = None
        while True:
            stmt = select(table).order_by(table.c.written_at, table.c.pk).limit(batch)
            if last is not None:
                stmt = stmt.where(
                    (table.c.written_at > last[0])
                    | ((table.c.written_at == last[0]) & (table.c.pk > last[1]))
                )
            with self.read_session() as s:
                page = self._load_rows(s, stmt)
            if not page:
                return
            for _, entry in page:
                yield entry
            last = (page[-1][0].written_at, page[-1][0].pk)

    def position_of_date(self, day: dt.date, tag: str | None = None) -> int:
        """Index, in the newest-first list, of the first entry on or before ``day``."""
        stmt = self._filtered(select(func.count(m.Entry.pk)), None, None, tag).where(
            m.Entry.entry_date > day
        )
        with self.read_session() as s:
            return int(s.scalar(stmt) or 0)

    def days_with_entries(self, start: dt.date, end: dt.date) -> list[dt.date]:
        stmt = (
            select(m.Entry.entry_date)
            .where(m.Entry.entry_date.between(start, end))
            .distinct()
            .order_by(m.Entry.entry_date)
        )
        with self.read_session() as s:
            return list(s.scalars(stmt))

    # -- tags -----------------------------------------------------------------
    def tags(self) -> list[str]:
        with self.read_session() as s:
            return list(s.scalars(select(m.Tag.name).order_by(func.lower(m.Tag.name))))

    # -- search ---------------------------------------------------------------
    def search(
        self, query: str, limit: int | None = 50, offset: int = 0, prefix: bool = False
    ) -> list[SearchHit]:
        """Entries containing every word of ``query``, best match first.

        Any text is safe: it is reduced to plain words (see ``search_query``).
        """
        match = fts_match(query, prefix_last=prefix)
        if match is None:
            return []
        with self._raw_read() as cursor:
            ranked = cursor.execute(
                _SEARCH_RANKED, (match, -1 if limit is None else limit, offset)
            ).fetchall()
            found: dict[int, tuple[Entry, str]] = {}
            for start in range(0, len(ranked), _SEARCH_PAGE_CHUNK):
                pks = tuple(pk for pk, _ in ranked[start : start + _SEARCH_PAGE_CHUNK])
                sql = _SEARCH_PAGE.format(marks=",".join("?" * len(pks)))
                for row in cursor.execute(sql, (match, *pks)):
                    found[row[0]] = (entry_from_raw(row[1:]), row[-1])
        return [SearchHit(*found[pk], rank=rank) for pk, rank in ranked if pk in found]

    def search_count(self, query: str, prefix: bool = False) -> int:
        match = fts_match(query, prefix_last=prefix)
        if match is None:
            return 0
        with self.read_session() as s:
            return int(
                s.execute(
                    text("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH :q"),
                    {"q": match},
                ).scalar_one()
            )

    # -- drafts ---------------------------------------------------------------
    def save_draft(
        self, entry_id: str, title: str, body: str, extra: dict[str, Any] | None = None
    ) -> None:
        _check_text(title, body)
        with self.session() as s:
            row = s.get(m.Draft, entry_id)
            if row is None:
                row = m.Draft(entry_id=entry_id)
                s.add(row)
            row.title, row.body, row.extra, row.saved_at = title, body, extra or {}, m.utcnow()

    def discard_draft(self, entry_id: str) -> None:
        with self.session() as s:
            s.execute(delete(m.Draft).where(m.Draft.entry_id == entry_id))

    def drafts(self) -> list[Draft]:
        with self.read_session() as s:
            return [
                Draft(d.entry_id, d.title, d.body, d.saved_at.replace(tzinfo=dt.UTC), d.extra)
                for d in s.scalars(select(m.Draft).order_by(m.Draft.saved_at))
            ]

    def recover_drafts(self) -> list[Entry]:
        """Fold every leftover draft into its entry (creating it if it was new).

        Called on unlock: a draft exists only if the app stopped before saving.
        Returns the entries that changed.
        """
        recovered: list[Entry] = []
        for d in self.drafts():
            extra = d.extra or {}
            when = (
                dt.datetime.fromisoformat(extra["written_at"]) if extra.get("written_at") else None
            )
            if self.exists(d.entry_id):
                current = self.get(d.entry_id)
                if (current.title, current.body) != (d.title, d.body):
                    recovered.append(self.update(d.entry_id, title=d.title, body=d.body))
            elif d.title.strip() or d.body.strip():
                recovered.append(
                    self.add(
                        body=d.body,
                        title=d.title,
                        written_at=when,
                        tags=extra.get("tags", ()),
                        mood=extra.get("mood"),
                        prompt_id=extra.get("prompt_id"),
                        entry_id=d.entry_id,
                    )
                )
            self.discard_draft(d.entry_id)
        return recovered

    # -- settings -------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        with self.read_session() as s:
            row = s.get(m.Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.session() as s:
            row = s.get(m.Setting, key)
            if row is None:
                s.add(m.Setting(key=key, value=value))
            else:
                row.value = value
