"""Marking entries for sharing and selecting entries by ids, tag, marks and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from sharing_helpers import day

from heartlog.core.errors import EntryNotFound
from heartlog.core.sharing.errors import NothingSelected
from heartlog.core.sharing.selection import (
    Selection,
    is_marked,
    mark,
    marked_entries,
    resolve_ids,
    select_entries,
)


@pytest.fixture
def entries(journal):
    return [
        journal.add(
            body=f"body {i}", title=f"t{i}", written_at=day(i), tags=["work"] if i % 2 else []
        )
        for i in range(6)
    ]


def test_mark_and_unmark_keep_updated_at(journal, entries):
    before = journal.get(entries[0].id).updated_at
    assert mark(journal, [entries[0].id, entries[2].id]) == 2
    assert mark(journal, [entries[0].id]) == 0  # already marked
    assert [e.id for e in marked_entries(journal)] == [entries[0].id, entries[2].id]
    assert is_marked(journal, entries[0].id)
    assert journal.get(entries[0].id).updated_at == before
    assert mark(journal, [entries[0].id], marked=False) == 1
    assert [e.id for e in marked_entries(journal)] == [entries[2].id]


def test_mark_with_an_unknown_id_changes_nothing(journal, entries):
    with pytest.raises(EntryNotFound):
        mark(journal, [entries[0].id, "no-such-entry"])
    assert marked_entries(journal) == []


def test_id_prefixes(journal, entries):
    assert resolve_ids(journal, [entries[1].id[:8]]) == [entries[1].id]
    with pytest.raises(EntryNotFound):
        resolve_ids(journal, ["abc"])  # too short to be a prefix


def test_selections_intersect(journal, entries):
    ids = [e.id for e in entries]
    assert [e.id for e in select_entries(journal, Selection(tag="work"))] == ids[1::2]
    assert [e.id for e in select_entries(journal, Selection(tag="#Work"))] == ids[1::2]
    got = select_entries(journal, Selection(start=day(2).date(), end=day(4).date()))
    assert [e.id for e in got] == ids[2:5]
    got = select_entries(journal, Selection(tag="work", start=day(2).date()))
    assert [e.id for e in got] == [ids[3], ids[5]]
    got = select_entries(journal, Selection(ids=(ids[0], ids[1]), tag="work"))
    assert [e.id for e in got] == [ids[1]]
    mark(journal, ids[:3])
    got = select_entries(journal, Selection(marked=True, end=day(1).date()))
    assert [e.id for e in got] == ids[:2]


def test_empty_selection_is_never_everything(journal, entries):
    with pytest.raises(NothingSelected):
        select_entries(journal, Selection())
    assert select_entries(journal, Selection(start=dt.date(2030, 1, 1))) == []
