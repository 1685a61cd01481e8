"""The analysis cache in a real encrypted profile: staleness, versions, progress, cancel."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from heartlog.core import models as m
from heartlog.core.analysis import PARTNER_NAMES_SETTING, AnalysisStore, lexicon
from heartlog.core.analysis.analyser import reset_caches

UTC = dt.UTC


def when(day: int, hour: int = 20) -> dt.datetime:
    return dt.datetime(2026, 3, 1, hour, tzinfo=UTC) + dt.timedelta(days=day - 1)


def fill(journal, n: int = 5) -> list[str]:
    texts = [
        "We argued about money again. He yelled at me.",
        "Lovely walk by the river, we laughed a lot.",
        "Work was stressful, the deadline moved up.",
        "Hoy discutimos otra vez por el dinero y me gritó.",
        "He apologised and we talked it through.",
    ]
    return [journal.add(texts[i % len(texts)], written_at=when(1 + i)).id for i in range(n)]


def analysis_rows(journal) -> int:
    with journal.session() as s:
        return int(s.scalar(select(func.count()).select_from(m.EntryAnalysis)) or 0)


def test_unchanged_entries_are_never_analysed_again(journal) -> None:
    fill(journal)
    store = AnalysisStore(journal)
    assert store.stale_count() == 5
    assert store.analyse_stale() == 5
    assert store.analyse_stale() == 0
    assert AnalysisStore(journal).analyse_stale() == 0  # a new store (re-open) too
    assert analysis_rows(journal) == 5


def test_edits_reanalyse_only_what_changed(journal) -> None:
    ids = fill(journal)
    store = AnalysisStore(journal)
    store.analyse_stale()
    journal.update(ids[1], tags=["walk"], mood=5)  # neither title nor body
    assert store.analyse_stale() == 0
    journal.update(ids[1], body="We had a huge fight about the dishes.")
    assert store.stale_count() == 1
    assert store.analyse_stale() == 1
    assert store.analysis_for(ids[1], refresh=False).has_partner_conflict


def test_a_version_bump_reanalyses_everything(journal, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(journal)
    AnalysisStore(journal).analyse_stale()
    monkeypatch.setattr(lexicon, "CODE_VERSION", lexicon.CODE_VERSION + 1)
    reset_caches()
    try:
        store = AnalysisStore(journal)
        assert store.version.startswith(f"{lexicon.CODE_VERSION}+")
        assert store.analyse_stale() == 5
        assert store.analyse_stale() == 0
    finally:
        monkeypatch.undo()
        reset_caches()


def test_partner_names_change_reanalyses(journal) -> None:
    fill(journal, 2)
    assert AnalysisStore(journal).analyse_stale() == 2
    journal.set_setting(PARTNER_NAMES_SETTING, ["Sam"])
    store = AnalysisStore(journal)
    assert store.partner_names == ("Sam",)
    assert store.analyse_stale() == 2


def test_progress_and_cancel_keep_what_was_done(journal) -> None:
    fill(journal, 120)
    store = AnalysisStore(journal)
    seen: list[tuple[int, int]] = []
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 60:
            stop.set()

    done = store.analyse_stale(progress=progress, cancel=stop)
    assert done == 60
    assert seen[0] == (0, 120) and seen[-1] == (60, 120)
    assert [d for d, _ in seen] == list(range(61))
    assert store.stale_count() == 60
    assert store.analyse_stale(cancel=lambda: False) == 60
    assert store.stale_count() == 0


def test_results_scores_and_language(journal) -> None:
    ids = fill(journal)
    store = AnalysisStore(journal)
    assert store.analysis_for("no-such-id") is None
    result = store.analysis_for(ids[0])  # analysed on demand
    assert result is not None and result.sentences[0].conflict
    store.analyse_stale()
    scores = store.scores()
    assert set(scores) == set(ids)
    assert scores[ids[3]] is None  # Spanish: not analysed
    assert not store.analysis_for(ids[3]).language_ok
    assert scores[ids[1]] > 0 > scores[ids[0]]
    assert store.scores([ids[1]]) == {ids[1]: scores[ids[1]]}


def test_deleting_an_entry_drops_its_analysis(journal) -> None:
    ids = fill(journal, 3)
    store = AnalysisStore(journal)
    store.analyse_stale()
    journal.delete(ids[0])
    assert analysis_rows(journal) == 2
    journal.restore(
        journal.get(ids[1]).__class__(id=ids[0], written_at=when(1), body="Restored text.")
    )
    assert store.analyse_stale() == 1


def test_patterns_from_the_store(journal) -> None:
    journal.add("We argued about money again.", written_at=when(2))
    journal.add("Another fight about the credit card bill. He walked out.", written_at=when(9))
    store = AnalysisStore(journal)
    (p,) = store.patterns(dt.date(2026, 3, 15))
    assert (p.theme, p.status, p.days) == ("money", "unresolved", 2)
    assert "stonewalling" in p.horsemen
    assert store.patterns(dt.date(2026, 5, 30)) == []  # out of the window by then


def test_reading_cached_results_builds_no_analyser(journal) -> None:
    fill(journal, 2)
    AnalysisStore(journal).analyse_stale()
    store = AnalysisStore(journal)
    assert store.stale_count() == 0 and len(store.scores()) == 2
    assert store.patterns(dt.date(2026, 3, 31)) == []
    assert store._analyser is None  # nothing needed analysing: VADER need not load
