"""Two unlocked profiles that know each other as partners, for the sharing tests.

Not a conftest.py: a second module named conftest would shadow `from heartlog_testing import`."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from heartlog.core import models as m
from heartlog.core.journal import Journal
from heartlog.core.profiles import OpenProfile, create_profile, unlock
from heartlog.core.sharing import keys, partners, share_code

PASS = "correct horse battery"  # the same as tests/conftest.py PASSPHRASE
_names = itertools.count()


@dataclass
class Couple:
    a: OpenProfile
    b: OpenProfile
    a_partner_id: int  # B, as known to A
    b_partner_id: int  # A, as known to B

    @property
    def ja(self) -> Journal:
        return self.a.journal

    @property
    def jb(self) -> Journal:
        return self.b.journal

    def close(self) -> None:
        self.a.close()
        self.b.close()


def open_new(name: str) -> OpenProfile:
    create_profile(name, PASS)
    return unlock(name, PASS)


def make_couple(a_name: str | None = None, b_name: str | None = None) -> Couple:
    n = next(_names)
    a = open_new(a_name or f"Alex{n}")
    b = open_new(b_name or f"Sam{n}")
    code_a = share_code.share_code_file_text(keys.public_key(a.journal), a.profile.name)
    code_b = share_code.format_share_code(keys.public_key(b.journal))
    pb = partners.add_partner(a.journal, code_b, "Sam")
    pa = partners.add_partner(b.journal, code_a)
    return Couple(a, b, pb.id, pa.id)


@pytest.fixture(name="couple")
def couple_fixture() -> Iterator[Couple]:
    c = make_couple()
    yield c
    c.close()


def dump_shared_state(journal: Journal) -> list[tuple]:
    """Everything a bundle import may change, to compare before and after."""
    with journal.session() as s:
        rows: list[tuple] = []
        for r in s.scalars(select(m.ReceivedEntry).order_by(m.ReceivedEntry.pk)):
            rows.append(
                (
                    "entry",
                    r.partner_id,
                    r.entry_id,
                    r.title,
                    r.body,
                    tuple(r.tags),
                    r.mood,
                    r.written_at,
                    r.updated_at,
                    r.received_at,
                )
            )
        for r in s.scalars(select(m.Reflection).order_by(m.Reflection.id)):
            rows.append(("refl", r.id, r.partner_id, r.entry_id, r.author, r.body, r.updated_at))
        for p in s.scalars(select(m.Partner).order_by(m.Partner.id)):
            rows.append(("partner", p.id, p.name, p.public_key, p.last_bundle_seq))
        return rows


def day(n: int) -> dt.datetime:
    return dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(
        days=n
    )
