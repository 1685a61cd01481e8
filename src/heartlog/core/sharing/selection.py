"""Choosing entries to share: the "marked for sharing" tick and selections.

A selection is the intersection of what it names (ids, a tag, the marked
entries, a date range). An empty selection is an error, never "everything":
nothing leaves the journal unless it was chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update

from heartlog.core import models as m
from heartlog.core.errors import EntryNotFound
from heartlog.core.journal import Entry, Journal, _to_entry
from heartlog.core.sharing.errors import NothingSelected

MIN_ID_PREFIX = 4


@dataclass(frozen=True)
class Selection:
    ids: tuple[str, ...] = ()
    tag: str | None = None
    marked: bool = False
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.ids or self.tag or self.marked or self.start or self.end)


def resolve_ids(journal: Journal, ids: Iterable[str]) -> list[str]:
    """Full entry ids for ``ids`` (each a full id or a unique prefix of 4+ characters)."""
    out: list[str] = []
    with journal.session() as s:
        for raw in ids:
            given = raw.strip().lower()
            exact = s.scalar(select(m.Entry.id).where(m.Entry.id == given))
            if exact is not None:
                out.append(exact)
                continue
            found = (
                list(s.scalars(select(m.Entry.id).where(m.Entry.id.startswith(given)).limit(2)))
                if len(given) >= MIN_ID_PREFIX
                else []
            )
            if len(found) != 1:
                raise EntryNotFound(raw)
            out.append(found[0])
    return list(dict.fromkeys(out))


def select_entries(journal: Journal, selection: Selection) -> list[Entry]:
    """The entries a selection names, oldest first. Raises ``NothingSelected``."""
    if selection.is_empty:
        raise NothingSelected(
            "Choose which entries: by ids, a tag, the entries marked for sharing, or a date range."
        )
    stmt = select(m.Entry).order_by(m.Entry.written_at, m.Entry.pk)
    if selection.ids:
        stmt = stmt.where(m.Entry.id.in_(resolve_ids(journal, selection.ids)))
    if selection.marked:
        stmt = stmt.where(m.Entry.marked_for_sharing.is_(True))
    if selection.start is not None:
        stmt = stmt.where(m.Entry.entry_date >= selection.start)
    if selection.end is not None:
        stmt = stmt.where(m.Entry.entry_date <= selection.end)
    if selection.tag is not None:
        stmt = stmt.where(
            m.Entry.pk.in_(
                select(m.entry_tags.c.entry_pk)
                .join(m.Tag, m.Tag.id == m.entry_tags.c.tag_id)
                .where(m.Tag.name == selection.tag.strip().lstrip("#"))
            )
        )
    with journal.session() as s:
        return [_to_entry(r) for r in s.scalars(stmt)]


def entries_by_ids(journal: Journal, ids: Sequence[str]) -> list[Entry]:
    """These entries, oldest first; raises ``EntryNotFound`` for a missing one."""
    wanted = list(dict.fromkeys(ids))
    with journal.session() as s:
        rows = list(
            s.scalars(
                select(m.Entry)
                .where(m.Entry.id.in_(wanted))
                .order_by(m.Entry.written_at, m.Entry.pk)
            )
        )
        found = {r.id for r in rows}
        for entry_id in wanted:
            if entry_id not in found:
                raise EntryNotFound(entry_id)
        return [_to_entry(r) for r in rows]


def mark(journal: Journal, ids: Iterable[str], marked: bool = True) -> int:
    """Tick (or untick) entries for sharing; all or nothing. Returns how many changed.

    The tick is not a change of the entry's content, so ``updated_at`` stays.
    """
    full = resolve_ids(journal, ids)
    with journal.session() as s:
        result = s.execute(
            update(m.Entry)
            .where(m.Entry.id.in_(full), m.Entry.marked_for_sharing.is_not(marked))
            .values(marked_for_sharing=marked)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)


def marked_entries(journal: Journal) -> list[Entry]:
    """Every entry ticked for sharing, oldest first."""
    return select_entries(journal, Selection(marked=True))


def is_marked(journal: Journal, entry_id: str) -> bool:
    with journal.read_session() as s:
        value = s.scalar(select(m.Entry.marked_for_sharing).where(m.Entry.id == entry_id))
        if value is None:
            raise EntryNotFound(entry_id)
        return bool(value)
