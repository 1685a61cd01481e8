"""Random journals and selections for the privacy property tests (unit and GUI).

Words are 6 to 10 letters drawn from consonants only, so they can never be one
of the fixed words of a document (English labels, HTML, CSS, JSON keys) nor a
piece of a hexadecimal entry id.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from heartlog.core import models as m
from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing.selection import Selection, mark

LETTERS = "ghjklmnpqrstvwxz"  # no a-f: never a piece of a hex id
_TOKEN = re.compile(r"[A-Za-z]+")
BASE = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

words = st.text(alphabet=LETTERS, min_size=6, max_size=10)


@dataclass(frozen=True)
class SpecEntry:
    title: list[str]
    body: list[str]
    tags: list[str]
    day: int
    marked: bool


@dataclass(frozen=True)
class Spec:
    entries: list[SpecEntry]
    kind: str  # ids | tag | marked | dates
    chosen_mask: list[bool]
    tag: str
    start: int
    end: int


@st.composite
def journal_specs(draw: Any) -> Spec:
    vocab = draw(st.lists(words, min_size=8, max_size=30, unique=True))
    tag_pool = vocab[:4]
    n = draw(st.integers(min_value=1, max_value=8))
    entries = [
        SpecEntry(
            title=draw(st.lists(st.sampled_from(vocab), max_size=3)),
            body=draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=20)),
            tags=draw(st.lists(st.sampled_from(tag_pool), max_size=2, unique=True)),
            day=draw(st.integers(0, 20)),
            marked=draw(st.booleans()),
        )
        for _ in range(n)
    ]
    start = draw(st.integers(0, 20))
    return Spec(
        entries=entries,
        kind=draw(st.sampled_from(["ids", "tag", "marked", "dates"])),
        chosen_mask=draw(st.lists(st.booleans(), min_size=n, max_size=n)),
        tag=draw(st.sampled_from(tag_pool)),
        start=start,
        end=draw(st.integers(start, 20)),
    )


def build(journal: Journal, spec: Spec) -> tuple[Selection, list[str], list[str], list[str]]:
    """Fill ``journal``; the selection, the ids it must (and must not) pick, all ids."""
    made = [
        Entry(
            id=str(uuid.uuid4()),
            title=" ".join(e.title),
            body=" ".join(e.body),
            tags=tuple(e.tags),
            written_at=BASE + dt.timedelta(days=e.day),
        )
        for e in spec.entries
    ]
    journal.add_many(made)  # one transaction: keeps the examples quick
    ids = [e.id for e in made]
    with journal.session() as s:  # analysis rows full of each entry's own words
        for entry_id, e in zip(ids, spec.entries, strict=True):
            pk = s.query(m.Entry.pk).filter(m.Entry.id == entry_id).scalar()
            s.add(
                m.EntryAnalysis(
                    entry_pk=pk,
                    content_hash="x",
                    analyzer_version="t",
                    compound=-0.5,
                    result={"evidence": e.body, "themes": e.title},
                )
            )
    mark(journal, [i for i, e in zip(ids, spec.entries, strict=True) if e.marked])
    if spec.kind == "ids":
        chosen = [i for i, c in zip(ids, spec.chosen_mask, strict=True) if c]
        selection = Selection(ids=tuple(chosen)) if chosen else Selection(ids=("",))
    elif spec.kind == "tag":
        chosen = [i for i, e in zip(ids, spec.entries, strict=True) if spec.tag in e.tags]
        selection = Selection(tag=spec.tag)
    elif spec.kind == "marked":
        chosen = [i for i, e in zip(ids, spec.entries, strict=True) if e.marked]
        selection = Selection(marked=True)
    else:
        chosen = [
            i for i, e in zip(ids, spec.entries, strict=True) if spec.start <= e.day <= spec.end
        ]
        start, end = (BASE + dt.timedelta(days=d) for d in (spec.start, spec.end))
        selection = Selection(start=start.date(), end=end.date())
    return selection, chosen, [i for i in ids if i not in chosen], ids


def entry_words(spec: Spec, ids: list[str], wanted: list[str]) -> set[str]:
    out: set[str] = set()
    for entry_id, e in zip(ids, spec.entries, strict=True):
        if entry_id in wanted:
            out.update(e.title, e.body, e.tags)
    return out


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(html.unescape(text)))


def json_strings(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def wipe(sender: Journal, receiver: Journal) -> None:
    """Empty the sender's journal and the receiver's inbox between examples."""
    from sqlalchemy import delete

    with sender.session() as s:
        s.execute(delete(m.Entry))
        s.execute(delete(m.Tag))
        s.execute(delete(m.Setting))
    with receiver.session() as s:
        s.execute(delete(m.ReceivedEntry))
