"""The partners this profile trusts: a name and a public key each."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from heartlog.core import models as m
from heartlog.core.journal import Journal
from heartlog.core.sharing.errors import InvalidShareCode, PartnerNotFound
from heartlog.core.sharing.keys import fingerprint, public_key
from heartlog.core.sharing.share_code import parse_share_code
from heartlog.core.timestamps import utc_aware

MAX_PARTNER_NAME = 120
DEFAULT_PARTNER_NAME = "Partner"


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    public_key: bytes
    added_at: dt.datetime | None
    last_bundle_seq: int

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _info(row: m.Partner) -> PartnerInfo:
    return PartnerInfo(
        row.id, row.name, bytes(row.public_key), utc_aware(row.added_at), row.last_bundle_seq
    )


def clean_partner_name(name: str | None) -> str:
    name = unicodedata.normalize("NFC", " ".join((name or "").split()))
    if not name:
        return DEFAULT_PARTNER_NAME
    if len(name) > MAX_PARTNER_NAME:
        raise InvalidShareCode(f"A partner's name can be at most {MAX_PARTNER_NAME} characters.")
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise InvalidShareCode("A partner's name cannot contain control characters.")
    return name


def add_partner(journal: Journal, code_text: str, name: str | None = None) -> PartnerInfo:
    """Trust the partner whose share code is ``code_text``.

    Re-adding a known key renames that partner instead of adding a second one.
    Our own code is refused.
    """
    parsed = parse_share_code(code_text)
    if parsed.public_key == public_key(journal):
        raise InvalidShareCode(
            "That is this profile's own share code. Add your partner's code instead."
        )
    given = name if name and name.strip() else parsed.name
    clean = clean_partner_name(given)
    with journal.session() as s:
        row = s.scalar(select(m.Partner).where(m.Partner.public_key == parsed.public_key))
        if row is None:
            row = m.Partner(name=clean, public_key=parsed.public_key, last_bundle_seq=0)
            s.add(row)
        elif given:
            row.name = clean
        s.flush()
        return _info(row)


def list_partners(journal: Journal) -> list[PartnerInfo]:
    with journal.read_session() as s:
        rows = s.scalars(select(m.Partner).order_by(func.lower(m.Partner.name), m.Partner.id))
        return [_info(r) for r in rows]


def get_partner(journal: Journal, partner_id: int) -> PartnerInfo:
    with journal.session() as s:
        row = s.get(m.Partner, partner_id)
        if row is None:
            raise PartnerNotFound("That partner is no longer in this profile.")
        return _info(row)


def partner_by_key(journal: Journal, key: bytes) -> PartnerInfo | None:
    with journal.session() as s:
        row = s.scalar(select(m.Partner).where(m.Partner.public_key == key))
        return None if row is None else _info(row)


def find_partner(journal: Journal, name: str | None = None) -> PartnerInfo:
    """The partner called ``name`` (case-insensitive), or the only partner if None."""
    partners = list_partners(journal)
    if not partners:
        raise PartnerNotFound(
            "No partner yet. Add your partner's share code first (heartlog partner add)."
        )
    if name is None:
        if len(partners) > 1:
            names = ", ".join(p.name for p in partners)
            raise PartnerNotFound(f"There are several partners ({names}); say which one.")
        return partners[0]
    wanted = " ".join(name.split()).casefold()
    matches = [p for p in partners if p.name.casefold() == wanted]
    if len(matches) != 1:
        names = ", ".join(p.name for p in partners)
        raise PartnerNotFound(f"No single partner is called {name!r}. Partners: {names}.")
    return matches[0]


def remove_partner(journal: Journal, partner_id: int) -> None:
    """Forget a partner, what they shared and the reflections exchanged with them."""
    with journal.session() as s:
        row = s.get(m.Partner, partner_id)
        if row is None:
            raise PartnerNotFound("That partner is no longer in this profile.")
        s.delete(row)
