"""Reflections ("what I heard is...") on shared entries, in both directions."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from heartlog.core import models as m
from heartlog.core.journal import Journal, _check_text
from heartlog.core.sharing.errors import ReflectionError
from heartlog.core.timestamps import utc_aware

AUTHOR_ME = "me"
AUTHOR_PARTNER = "partner"
MAX_REFLECTION_CHARS = 20_000


@dataclass(frozen=True)
class ReflectionInfo:
    id: str
    partner_id: int
    partner_name: str
    entry_id: str
    author: str  # "me" or "partner"
    body: str
    created_at: dt.datetime
    updated_at: dt.datetime


def _info(row: m.Reflection, partner_name: str) -> ReflectionInfo:
    return ReflectionInfo(
        id=row.id,
        partner_id=row.partner_id,
        partner_name=partner_name,
        entry_id=row.entry_id,
        author=row.author,
        body=row.body,
        created_at=utc_aware(row.created_at) or dt.datetime.now(dt.UTC),
        updated_at=utc_aware(row.updated_at) or dt.datetime.now(dt.UTC),
    )


def _clean_body(body: str) -> str:
    _check_text(body)
    body = body.strip()
    if not body:
        raise ReflectionError("The reflection is empty: write what you heard first.")
    if len(body) > MAX_REFLECTION_CHARS:
        raise ReflectionError(
            f"A reflection can be at most {MAX_REFLECTION_CHARS} characters long."
        )
    return body


def reflect(journal: Journal, received_entry_id: str, body: str) -> ReflectionInfo:
    """Write my reflection on an entry a partner shared; it travels in my next bundle."""
    body = _clean_body(body)
    with journal.session() as s:
        row = s.execute(
            select(m.ReceivedEntry, m.Partner.name)
            .join(m.Partner, m.Partner.id == m.ReceivedEntry.partner_id)
            .where(m.ReceivedEntry.entry_id == received_entry_id)
        ).first()
        if row is None:
            raise ReflectionError(
                "That entry is not among the entries your partner shared, so it cannot "
                "get a reflection."
            )
        received, partner_name = row
        now = m.utcnow()
        refl = m.Reflection(
            id=str(uuid.uuid4()),
            partner_id=received.partner_id,
            entry_id=received.entry_id,
            author=AUTHOR_ME,
            body=body,
            created_at=now,
            updated_at=now,
        )
        s.add(refl)
        s.flush()
        return _info(refl, partner_name)


def edit_reflection(journal: Journal, reflection_id: str, body: str) -> ReflectionInfo:
    body = _clean_body(body)
    with journal.session() as s:
        row = s.get(m.Reflection, reflection_id)
        if row is None or row.author != AUTHOR_ME:
            raise ReflectionError("Only your own reflections can be changed.")
        if row.body != body:
            row.body, row.updated_at = body, m.utcnow()
        partner = s.get(m.Partner, row.partner_id)
        return _info(row, partner.name if partner else "")


def delete_reflection(journal: Journal, reflection_id: str) -> None:
    """Delete my reflection; my next bundle removes it from the partner's app too."""
    with journal.session() as s:
        row = s.get(m.Reflection, reflection_id)
        if row is None or row.author != AUTHOR_ME:
            raise ReflectionError("Only your own reflections can be deleted.")
        s.delete(row)


def reflections_for(journal: Journal, entry_id: str) -> list[ReflectionInfo]:
    """Reflections on one entry (mine or the partner's), oldest first.

    For one of my entries these are the partner's; for a received entry, mine.
    """
    with journal.session() as s:
        rows = s.execute(
            select(m.Reflection, m.Partner.name)
            .join(m.Partner, m.Partner.id == m.Reflection.partner_id)
            .where(m.Reflection.entry_id == entry_id)
            .order_by(m.Reflection.created_at, m.Reflection.id)
        ).all()
        return [_info(r, name) for r, name in rows]


def all_reflections(journal: Journal, author: str | None = None) -> list[ReflectionInfo]:
    stmt = (
        select(m.Reflection, m.Partner.name)
        .join(m.Partner, m.Partner.id == m.Reflection.partner_id)
        .order_by(m.Reflection.created_at.desc(), m.Reflection.id)
    )
    if author is not None:
        stmt = stmt.where(m.Reflection.author == author)
    with journal.read_session() as s:
        return [_info(r, name) for r, name in s.execute(stmt).all()]


def my_reflections_to(journal: Journal, partner_id: int) -> list[ReflectionInfo]:
    """My reflections on this partner's entries: what my next bundle to them carries."""
    with journal.session() as s:
        partner = s.get(m.Partner, partner_id)
        rows = s.scalars(
            select(m.Reflection)
            .where(m.Reflection.partner_id == partner_id, m.Reflection.author == AUTHOR_ME)
            .order_by(m.Reflection.created_at, m.Reflection.id)
        )
        return [_info(r, partner.name if partner else "") for r in rows]
