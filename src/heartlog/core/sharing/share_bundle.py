"""Making a share bundle for a partner: exactly the chosen entries, my reflections
on the partner's entries, and the revocation of anything sent before but not now.

Every bundle is the complete picture of what the partner may read from me: an
entry sent before and not chosen now is revoked, so a partner who missed a
bundle (a share folder keeps only the latest) still ends up right.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from heartlog.core import models as m
from heartlog.core.atomic_file import atomic_write_bytes
from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing import bundle_format
from heartlog.core.sharing.keys import private_key
from heartlog.core.sharing.partners import PartnerInfo, get_partner
from heartlog.core.sharing.reflections import ReflectionInfo, my_reflections_to
from heartlog.core.sharing.selection import entries_by_ids
from heartlog.core.sharing.share_state import (
    SentState,
    next_sequence,
    save_sent_state,
    sent_state,
)

log = logging.getLogger(__name__)


def _utc_iso(moment: dt.datetime | None) -> str:
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


@dataclass(frozen=True)
class RevokedEntry:
    id: str
    heading: str  # empty when the entry no longer exists here


@dataclass(frozen=True)
class SharePlan:
    """Exactly what a bundle to ``partner`` would carry (the dialog previews this)."""

    partner: PartnerInfo
    entries: tuple[Entry, ...]
    reflections: tuple[ReflectionInfo, ...]
    revoked: tuple[RevokedEntry, ...]


@dataclass(frozen=True)
class ShareResult:
    path: Path
    partner_name: str
    sequence: int
    shared: int
    revoked: int
    reflections: int


def plan_share(journal: Journal, partner_id: int, entry_ids: Sequence[str]) -> SharePlan:
    partner = get_partner(journal, partner_id)
    entries = tuple(entries_by_ids(journal, entry_ids))
    chosen = {e.id for e in entries}
    with journal.session() as s:
        previous = sent_state(s, partner_id)
        gone = [i for i in previous.entry_ids if i not in chosen]
        headings = dict(
            s.execute(select(m.Entry.id, m.Entry.title).where(m.Entry.id.in_(gone))).all()
        )
    revoked = []
    for entry_id in gone:
        heading = ""
        if entry_id in headings:
            heading = headings[entry_id] or journal.get(entry_id).heading
        revoked.append(RevokedEntry(entry_id, heading))
    return SharePlan(
        partner, entries, tuple(my_reflections_to(journal, partner_id)), tuple(revoked)
    )


def _entry_json(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "written_at": e.written_at.isoformat(),
        "title": e.title,
        "body": e.body,
        "tags": list(e.tags),
        "mood": e.mood,
        "updated_at": _utc_iso(e.updated_at or e.created_at),
    }


def _reflection_json(r: ReflectionInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "entry_id": r.entry_id,
        "body": r.body,
        "created_at": _utc_iso(r.created_at),
        "updated_at": _utc_iso(r.updated_at),
    }


def payload_for(plan: SharePlan, now: dt.datetime) -> dict[str, Any]:
    """The JSON payload: only what the plan lists (no analysis, no other entry)."""
    return {
        "format": bundle_format.VERSION,
        "created_at": _utc_iso(now),
        "entries": [_entry_json(e) for e in plan.entries],
        "revoked": [r.id for r in plan.revoked],
        "reflections": [_reflection_json(r) for r in plan.reflections],
    }


def write_bundle(
    journal: Journal, partner_id: int, entry_ids: Sequence[str], path: str | Path
) -> ShareResult:
    """Encrypt the chosen entries for the partner and write the bundle atomically.

    Only after the file is in place are the entries' ``shared_at``/``revoked_at``
    and the record of what the partner has updated (one transaction).
    """
    plan = plan_share(journal, partner_id, entry_ids)
    me = private_key(journal)
    now = dt.datetime.now(dt.UTC)
    with journal.session() as s:
        sequence = next_sequence(sent_state(s, partner_id).sequence)
    data = bundle_format.seal(me, plan.partner.public_key, sequence, payload_for(plan, now))
    target = Path(path)
    atomic_write_bytes(target, data)
    _record_sent(journal, plan, sequence, now)
    log.info(
        "wrote a bundle: %d entries, %d revoked, %d reflections (seq %d)",
        len(plan.entries),
        len(plan.revoked),
        len(plan.reflections),
        sequence,
    )
    return ShareResult(
        path=target,
        partner_name=plan.partner.name,
        sequence=sequence,
        shared=len(plan.entries),
        revoked=len(plan.revoked),
        reflections=len(plan.reflections),
    )


def _record_sent(journal: Journal, plan: SharePlan, sequence: int, now: dt.datetime) -> None:
    naive_now = now.replace(tzinfo=None)
    ids = [e.id for e in plan.entries]
    with journal.session() as s:
        s.execute(
            update(m.Entry)
            .where(m.Entry.id.in_(ids), m.Entry.shared_at.is_(None))
            .values(shared_at=naive_now)
            .execution_options(synchronize_session=False)
        )
        s.execute(
            update(m.Entry)
            .where(m.Entry.id.in_(ids))
            .values(revoked_at=None)
            .execution_options(synchronize_session=False)
        )
        s.execute(
            update(m.Entry)
            .where(m.Entry.id.in_([r.id for r in plan.revoked]))
            .values(revoked_at=naive_now)
            .execution_options(synchronize_session=False)
        )
        save_sent_state(s, plan.partner.id, SentState(sequence, tuple(ids)))
