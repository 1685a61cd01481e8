"""What this profile last sent to each partner (kept in the encrypted settings)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy.orm import Session

from heartlog.core import models as m


@dataclass(frozen=True)
class SentState:
    sequence: int = 0
    entry_ids: tuple[str, ...] = ()


def _key(partner_id: int) -> str:
    return f"sharing.sent.{partner_id}"


def sent_state(s: Session, partner_id: int) -> SentState:
    row = s.get(m.Setting, _key(partner_id))
    raw = row.value if row is not None and isinstance(row.value, dict) else {}
    return SentState(int(raw.get("seq", 0)), tuple(raw.get("ids", ())))


def save_sent_state(s: Session, partner_id: int, state: SentState) -> None:
    value = {"seq": state.sequence, "ids": sorted(state.entry_ids)}
    row = s.get(m.Setting, _key(partner_id))
    if row is None:
        s.add(m.Setting(key=_key(partner_id), value=value))
    else:
        row.value = value


def forget_sent_state(s: Session, partner_id: int) -> None:
    row = s.get(m.Setting, _key(partner_id))
    if row is not None:
        s.delete(row)


def next_sequence(previous: int) -> int:
    """Grows with every bundle, and stays ahead after a restore from an old backup.

    Milliseconds since 1970 while the clock is sane; otherwise one more than last.
    """
    return max(previous + 1, time.time_ns() // 1_000_000)
