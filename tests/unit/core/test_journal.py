"""The Journal service on a real encrypted profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartlog.core import journal as journal_module
from heartlog.core.errors import EntryNotFound, InvalidEntry
from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START
from heartlog.core.search_query import fts_match

UTC2 = dt.timezone(dt.timedelta(hours=2))
no_surrogates = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)


def at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=UTC2)


def test_add_get_update_keeps_fields(journal):
    e = journal.add("body", title="Title", written_at=at(3), tags=["Us", "#money", "us"], mood=4)
    assert e.tags == ("Us", "money")  # case-insensitive de-duplication, '#' dropped
    got = journal.get(e.id)
    assert (got.title, got.body, got.mood, got.written_at) == ("Title", "body", 4, at(3))
    assert got.written_at.utcoffset() == dt.timedelta(hours=2)
    assert got.entry_date == dt.date(2026, 11, 3)
    before = got.updated_at
    same = journal.update(e.id, title="Title")
    assert same.updated_at == before  # nothing changed, nothing moved
    changed = journal.update(e.id, body="new body", tags=["work"], mood=None)
    assert (changed.body, changed.tags, changed.mood) == ("new body", ("work",), None)
    assert changed.updated_at > before
    assert journal.tags() == ["work"] or "work" in journal.tags()


def test_invalid_values_are_refused_and_change_nothing(journal):
    e = journal.add("text", mood=3)
    with pytest.raises(InvalidEntry):
        journal.update(e.id, mood=6)
    with pytest.raises(InvalidEntry):
        journal.add("x", tags=["t" * 81])
    with pytest.raises(InvalidEntry):
        journal.add("lone \ud800 surrogate")
    assert journal.get(e.id).mood == 3
    assert journal.count() == 1
    with pytest.raises(EntryNotFound):
        journal.get("no-such-id")


def test_list_is_paged_newest_first_and_filters(journal):
    ids = [
        journal.add(f"entry {d}", written_at=at(d), tags=["even"] if d % 2 == 0 else []).id
        for d in range(1, 21)
    ]
    page1 = journal.list(offset=0, limit=5)
    page2 = journal.list(offset=5, limit=5)
    assert [e.id for e in page1 + page2] == ids[::-1][:10]
    assert journal.count() == 20
    assert journal.count(tag="even") == 10
    assert [
        e.entry_date.day for e in journal.list(start=dt.date(2026, 11, 5), end=dt.date(2026, 11, 7))
    ] == [7, 6, 5]
    assert journal.position_of_date(dt.date(2026, 11, 18)) == 2  # the 20th and 19th come first
    assert [e.id for e in journal.iter_all(batch=3)] == ids
    assert journal.days_with_entries(dt.date(2026, 11, 19), dt.date(2026, 11, 30)) == [
        dt.date(2026, 11, 19),
        dt.date(2026, 11, 20),
    ]


def test_delete_then_restore_is_exact(journal):
    e = journal.add("do not lose me", title="Keep", written_at=at(9), tags=["a", "b"], mood=2)
    snapshot = journal.delete(e.id)
    assert journal.count() == 0 and journal.tags() == []
    restored = journal.restore(snapshot)
    assert restored == journal.get(e.id) == snapshot
    assert [h.entry.id for h in journal.search("lose")] == [e.id]


def test_search_ranks_and_highlights(journal):
    journal.add("We talked about money and more money.", title="Money talk")
    journal.add("A quiet walk; money was not mentioned much.")
    journal.add("Nothing relevant here.")
    hits = journal.search("money")
    assert len(hits) == 2 and journal.search_count("money") == 2
    assert hits[0].entry.title == "Money talk"
    assert f"{HIGHLIGHT_START}money{HIGHLIGHT_END}" in hits[0].snippet
    assert journal.search("mon") == []
    assert len(journal.search("mon", prefix=True)) == 2
    assert len(journal.search("MONEY quiet")) == 1  # every word must match


def _fts5_rank_order(journal, match: str) -> dict[str, tuple[float, str]]:
    """Entry id -> (rank, snippet) by FTS5's own configured rank, the reference."""
    sql = (
        "SELECT e.id, f.rank, f.snip FROM (SELECT rowid, rank, snippet(entries_fts, 1, "
        f"'{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 24) AS snip FROM entries_fts "
        "WHERE entries_fts MATCH ? ORDER BY rank) AS f JOIN entries AS e ON e.pk = f.rowid"
    )
    with journal.read_session() as s:
        rows = s.connection().exec_driver_sql(sql, (match,)).all()
    return {entry_id: (rank, snip) for entry_id, rank, snip in rows}


def test_search_pages_agree_with_fts5_rank_and_carry_whole_entries(journal, monkeypatch):
    words = ["money", "chores", "walk", "dinner", "money money", "listened"]
    for i in range(60):
        body = " ".join(words[j % len(words)] for j in range(i % 7 + 1)) + f" day {i}."
        title = "Money" if i % 9 == 0 else ""
        entry = journal.add(
            body,
            title=title,
            written_at=at(1 + i % 28, 8 + i % 12),
            tags=["zeta", "Alpha", "beta", f"T{i % 3}"][: i % 5],
            mood=(i % 5) + 1 if i % 2 else None,
        )
        if i % 10 == 0:  # shared then revoked: every field of the entry must come back
            journal.restore(
                replace(
                    journal.delete(entry.id),
                    shared_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
                    revoked_at=dt.datetime(2026, 11, 21, tzinfo=dt.UTC),
                )
            )
    monkeypatch.setattr(journal_module, "_SEARCH_PAGE_CHUNK", 4)  # many statements per page
    for query in ["money", "walk dinner", "chores", "day"]:
        hits = journal.search(query, limit=None)
        reference = _fts5_rank_order(journal, fts_match(query))
        assert len(hits) == len(reference) == journal.search_count(query) > 0
        for hit in hits:
            rank, snippet = reference[hit.entry.id]
            assert hit.rank == pytest.approx(rank) and hit.snippet == snippet
            assert hit.entry == journal.get(hit.entry.id)
        assert [h.rank for h in hits] == sorted(h.rank for h in hits)  # best first
        paged = [
            h
            for start in range(0, len(hits), 7)
            for h in journal.search(query, limit=7, offset=start)
        ]
        assert [h.entry.id for h in paged] == [h.entry.id for h in hits]  # stable across pages
    assert any(h.entry.shared_at and h.entry.revoked_at for h in journal.search("day", limit=None))
    assert any(len(h.entry.tags) == 4 for h in journal.search("day", limit=None))


def test_search_ignores_diacritics(journal):
    journal.add("Un café au lait avec Zoë")
    assert len(journal.search("cafe zoe")) == 1


HOSTILE = [
    '"',
    "AND",
    "NOT",
    "OR",
    "*",
    "-",
    "a -b",
    "NEAR(a b)",
    "title:x",
    "^",
    "'",
    "(",
    "🙂",
    "👩‍❤️‍👨",
    "a" * 10_000,
    "x " * 5_000,
    "\x00",
    "\\",
    "%",
    "_",
    "{a b}",
    "",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(journal, query):
    journal.add("AND NOT OR title x a b")
    assert isinstance(journal.search(query), list)
    assert isinstance(journal.search(query, prefix=True), list)
    assert journal.search_count(query) >= 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200))
def test_any_query_is_searched_as_words(journal, query):
    hits = journal.search(query, prefix=True)
    assert isinstance(hits, list)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=no_surrogates, body=no_surrogates)
def test_any_text_round_trips_exactly(journal, title, body):
    e = journal.add(body, title=title)
    got = journal.get(e.id)
    assert (got.title, got.body) == (title, body)
    journal.delete(e.id)


def test_drafts_are_recovered_into_their_entries(journal):
    existing = journal.add("old body", title="Old")
    journal.save_draft(existing.id, "Old", "old body plus what I typed before the crash")
    journal.save_draft(
        "11111111-2222-3333-4444-555555555555",
        "New",
        "a brand new entry",
        {"tags": ["draft"], "mood": 5, "written_at": at(4).isoformat()},
    )
    journal.save_draft("66666666-2222-3333-4444-555555555555", "", "   ")
    recovered = journal.recover_drafts()
    assert {e.id for e in recovered} == {existing.id, "11111111-2222-3333-4444-555555555555"}
    assert journal.get(existing.id).body.endswith("before the crash")
    new = journal.get("11111111-2222-3333-4444-555555555555")
    assert (new.title, new.tags, new.mood, new.written_at) == ("New", ("draft",), 5, at(4))
    assert journal.drafts() == []
    assert not journal.exists("66666666-2222-3333-4444-555555555555")


def test_settings_round_trip(journal):
    assert journal.setting("autolock", 10) == 10
    journal.set_setting("autolock", {"minutes": 5})
    assert journal.setting("autolock") == {"minutes": 5}


def test_add_many_is_all_or_nothing(journal):
    from heartlog.core.journal import Entry

    good = Entry(id="a" * 36, written_at=at(1), body="fine")
    bad = Entry(id="b" * 36, written_at=at(2), body="bad", mood=9)
    with pytest.raises(InvalidEntry):
        journal.add_many([good, bad])
    assert journal.count() == 0
    assert journal.add_many([good]) == 1
