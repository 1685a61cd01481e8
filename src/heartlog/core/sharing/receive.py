"""Importing a partner's bundle: verify everything first, then apply it in one transaction.

A bundle is rejected whole (``ShareBundleRejected``) when it is not a bundle,
of an unknown version, cut short or extended, made by this profile, meant for
another recipient, from an unknown sender, changed in any byte, or older than
one already imported. Nothing is written to the database before every check
has passed.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from heartlog.core import models as m
from heartlog.core.journal import Journal
from heartlog.core.sharing import bundle_format
from heartlog.core.sharing.bundle_format import Payload, read_header
from heartlog.core.sharing.errors import RejectReason, ShareBundleRejected
from heartlog.core.sharing.keys import fingerprint, fingerprint_bytes, private_key
from heartlog.core.sharing.partners import PartnerInfo, partner_by_key
from heartlog.core.sharing.reflections import AUTHOR_PARTNER
from heartlog.core.timestamps import to_storage

log = logging.getLogger(__name__)


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    status: ImportStatus
    path: Path | None = None
    partner_id: int | None = None
    partner_name: str = ""
    sequence: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    reflections: int = 0
    error: ShareBundleRejected | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.reflections)


@dataclass(frozen=True)
class VerifiedBundle:
    partner: PartnerInfo
    sequence: int
    payload: Payload


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def read_bundle_file(path: str | Path) -> bytes:
    target = Path(path)
    try:
        size = target.stat().st_size
        if size > bundle_format.MAX_BUNDLE_BYTES:
            raise ShareBundleRejected(
                RejectReason.TOO_LARGE, f"{target.name} is too large to be a share bundle."
            )
        return target.read_bytes()
    except OSError as exc:
        raise ShareBundleRejected(
            RejectReason.UNREADABLE, f"Cannot read {target.name}: {exc.strerror or exc}."
        ) from None


def verify_bundle(journal: Journal, data: bytes) -> VerifiedBundle:
    """Every check, no writes. Raises ``ShareBundleRejected`` with a plain reason."""
    header = read_header(data)
    me = private_key(journal)
    my_key = bytes(me.public_key)
    if header.sender_key == my_key:
        raise ShareBundleRejected(
            RejectReason.OWN_BUNDLE,
            "This bundle was made by this profile for your partner; open it in "
            "your partner's HeartLog instead. Nothing was imported.",
        )
    if header.recipient_fingerprint != fingerprint_bytes(my_key):
        raise ShareBundleRejected(
            RejectReason.WRONG_RECIPIENT,
            "This bundle was made for someone else, not for this profile. Ask your "
            "partner to share with this profile's share code. Nothing was imported.",
        )
    partner = partner_by_key(journal, header.sender_key)
    if partner is None:
        raise ShareBundleRejected(
            RejectReason.UNKNOWN_SENDER,
            "This bundle comes from someone you have not added as a partner "
            f"(fingerprint {fingerprint(header.sender_key)}). Add their share code first. "
            "Nothing was imported.",
        )
    payload = bundle_format.parse_payload(bundle_format.open_sealed(data, header, me))
    if header.sequence < partner.last_bundle_seq:
        raise ShareBundleRejected(
            RejectReason.OLDER,
            f"This bundle from {partner.name} is older than one already imported, so "
            "it would undo newer changes. Nothing was imported.",
        )
    return VerifiedBundle(partner, header.sequence, payload)


def receive_bundle(journal: Journal, data: bytes, path: Path | None = None) -> ImportResult:
    """Verify then import a bundle. Re-importing the same bundle changes nothing."""
    bundle = verify_bundle(journal, data)
    if bundle.sequence == bundle.partner.last_bundle_seq:
        return ImportResult(
            ImportStatus.ALREADY_IMPORTED,
            path=path,
            partner_id=bundle.partner.id,
            partner_name=bundle.partner.name,
            sequence=bundle.sequence,
        )
    return _apply(journal, bundle, path)


def receive_bundle_file(journal: Journal, path: str | Path) -> ImportResult:
    target = Path(path)
    return receive_bundle(journal, read_bundle_file(target), target)


def _apply(journal: Journal, bundle: VerifiedBundle, path: Path | None) -> ImportResult:
    pid = bundle.partner.id
    payload = bundle.payload
    added = updated = removed = 0
    with journal.session() as s:
        partner = s.get(m.Partner, pid)
        if partner is None or bundle.sequence <= partner.last_bundle_seq:
            # Someone imported this or a newer bundle since verification.
            return ImportResult(
                ImportStatus.ALREADY_IMPORTED, path, pid, bundle.partner.name, bundle.sequence
            )
        existing = {
            r.entry_id: r
            for r in s.scalars(select(m.ReceivedEntry).where(m.ReceivedEntry.partner_id == pid))
        }
        now = m.utcnow()
        for e in payload.entries:
            utc, offset, day = to_storage(e.written_at)
            incoming_updated = _naive_utc(e.updated_at)
            row = existing.pop(e.id, None)
            if row is None:
                row = m.ReceivedEntry(partner_id=pid, entry_id=e.id)
                s.add(row)
                added += 1
            elif row.updated_at > incoming_updated:
                continue  # never let older content overwrite newer
            elif (row.updated_at, row.title, row.body, row.tags, row.mood) == (
                incoming_updated,
                e.title,
                e.body,
                list(e.tags),
                e.mood,
            ) and (row.written_at, row.utc_offset_min) == (utc, offset):
                continue
            else:
                updated += 1
            row.written_at, row.utc_offset_min, row.entry_date = utc, offset, day
            row.title, row.body, row.tags, row.mood = e.title, e.body, list(e.tags), e.mood
            row.updated_at, row.received_at = incoming_updated, now
        # The bundle is the whole picture: what it no longer carries was revoked.
        gone = set(existing) | (set(payload.revoked) - {e.id for e in payload.entries})
        if gone:
            result = s.execute(
                delete(m.ReceivedEntry).where(
                    m.ReceivedEntry.partner_id == pid, m.ReceivedEntry.entry_id.in_(gone)
                )
            )
            removed = int(result.rowcount or 0)
        reflections = _apply_reflections(s, pid, payload)
        partner.last_bundle_seq = bundle.sequence
    log.info(
        "imported a bundle (seq %d): %d added, %d updated, %d removed, %d reflections",
        bundle.sequence,
        added,
        updated,
        removed,
        reflections,
    )
    return ImportResult(
        ImportStatus.IMPORTED,
        path=path,
        partner_id=pid,
        partner_name=bundle.partner.name,
        sequence=bundle.sequence,
        added=added,
        updated=updated,
        removed=removed,
        reflections=reflections,
    )


def _apply_reflections(s: Session, pid: int, payload: Payload) -> int:
    """Replace this partner's reflections on my entries; returns how many changed."""
    mine = set(
        s.scalars(
            select(m.Entry.id).where(m.Entry.id.in_({r.entry_id for r in payload.reflections}))
        )
    )
    current = {
        r.id: r
        for r in s.scalars(
            select(m.Reflection).where(
                m.Reflection.partner_id == pid, m.Reflection.author == AUTHOR_PARTNER
            )
        )
    }
    changed = 0
    for refl in payload.reflections:
        if refl.entry_id not in mine:
            continue  # only reflections on entries this profile has
        row = current.pop(refl.id, None)
        if row is None:
            if s.get(m.Reflection, refl.id) is not None:
                continue  # an id clash with a reflection not from this partner: ignore it
            row = m.Reflection(id=refl.id, partner_id=pid, author=AUTHOR_PARTNER)
            s.add(row)
        elif row.body == refl.body and row.entry_id == refl.entry_id:
            continue
        row.entry_id, row.body = refl.entry_id, refl.body
        row.created_at, row.updated_at = _naive_utc(refl.created_at), _naive_utc(refl.updated_at)
        changed += 1
    for row in current.values():
        s.delete(row)
        changed += 1
    return changed
