"""The analysis worker (thread pool, progress, cancel, failure) and the Why? dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool, QTimer
from sqlalchemy import create_engine

from heartlog.core.analysis import AnalysisStore
from heartlog.core.journal import Journal
from heartlog.ui.analysis_worker import AnalysisWorker
from heartlog.ui.why_dialog import WhyDialog, mood_colour


@pytest.fixture
def pool(qapp) -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    yield pool
    pool.waitForDone()


def fill(journal: Journal, n: int) -> None:
    start = dt.datetime(2026, 1, 1, 20, tzinfo=dt.UTC)
    texts = [
        "We argued about money again. He yelled at me.",
        "Lovely walk by the river, we laughed a lot.",
        "Work was stressful and the deadline moved up.",
    ]
    for i in range(n):
        journal.add(texts[i % 3], written_at=start + dt.timedelta(hours=i))


def test_worker_analyses_stale_entries_with_progress(qtbot, journal, pool) -> None:
    fill(journal, 30)
    worker = AnalysisWorker(journal)
    seen: list[tuple[int, int]] = []
    worker.progress.connect(lambda done, total: seen.append((done, total)))
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # the GUI thread keeps running
    with qtbot.waitSignal(worker.finished, timeout=60_000) as blocker:
        worker.start(pool)
        assert worker.is_running()
    assert blocker.args == [30]
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == (30, 30))
    assert seen[0] == (0, 30)
    assert ticks == [1]
    assert not worker.is_running() and not worker.was_cancelled
    assert AnalysisStore(journal).stale_count() == 0


def test_worker_cancel_keeps_what_was_done(qtbot, journal, pool) -> None:
    fill(journal, 400)
    worker = AnalysisWorker(journal)

    def on_progress(done: int, _total: int) -> None:
        if done >= 5:
            worker.cancel()

    worker.progress.connect(on_progress)
    with qtbot.waitSignal(worker.finished, timeout=120_000) as blocker:
        worker.start(pool)
    done = blocker.args[0]
    assert worker.was_cancelled
    assert 5 <= done < 400
    assert AnalysisStore(journal).stale_count() == 400 - done


def test_a_worker_whose_window_is_gone_stops_quietly(qtbot, journal, pool) -> None:
    """The app quitting under a run deletes the worker's QObject; the pool thread then
    has nobody to report to: it stops at the next entry, without an error."""
    fill(journal, 20)
    worker = AnalysisWorker(journal)
    shiboken6.delete(worker)  # what the window's destruction does to its children
    assert not shiboken6.isValid(worker)
    worker._run()  # the pool thread's part, here on this thread so the moment is exact
    assert worker.was_cancelled
    assert worker.error is None
    assert AnalysisStore(journal).stale_count() == 20  # stopped before the first entry


def test_worker_for_saved_entries(qtbot, journal, pool) -> None:
    entry = journal.add("She really listened to me tonight.")
    worker = AnalysisWorker(journal, entry_ids=[entry.id])
    with qtbot.waitSignal(worker.finished, timeout=60_000) as blocker:
        worker.start(pool)
    assert blocker.args == [1]
    assert AnalysisStore(journal).scores()[entry.id] > 0


def test_worker_reports_failure(qtbot, pool) -> None:
    broken = Journal(create_engine("sqlite://"))  # no tables: every query fails
    worker = AnalysisWorker(broken)
    with qtbot.waitSignal(worker.failed, timeout=60_000) as blocker:
        worker.start(pool)
    assert "log" in blocker.args[0]
    assert worker.error is not None and not worker.is_running()


def open_why(qtbot, journal, entry_id: str):
    """The Why? dialog of an entry, shown, with the analysis it shows."""
    result = AnalysisStore(journal).analysis_for(entry_id)
    dialog = WhyDialog(journal.get(entry_id), result)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, result


def test_why_dialog_shows_sentences_scores_and_markers(qtbot, journal) -> None:
    entry = journal.add(
        "We didn't fight about money this time. You always leave the dishes for me! "
        "Later we talked it through.",
        title="Kitchen",
    )
    dialog, result = open_why(qtbot, journal, entry.id)
    text = dialog.browser.toPlainText()
    assert "You always leave the dishes for me!" in text
    assert "Criticism: \u201cyou always\u201d" in text  # the content texts name the horsemen
    assert "not counted (conflict: \u201cfight\u201d, negated)" in text
    assert "resolution: \u201ctalked it through\u201d" in text
    assert "conflict with your partner" in text
    assert "Kitchen" in dialog.heading.text()
    assert "Overall mood:" in dialog.overall.text()
    html_text = dialog.browser.toHtml()
    assert mood_colour(result.sentences[2].compound).name() in html_text


def test_why_dialog_for_text_that_was_not_analysed(qtbot, journal) -> None:
    entry = journal.add("Hoy discutimos otra vez por el dinero y me gritó.")
    dialog = WhyDialog(entry, AnalysisStore(journal).analysis_for(entry.id))
    qtbot.addWidget(dialog)
    assert "not analysed" in dialog.overall.text()
    assert "Hoy discutimos" in dialog.browser.toPlainText()
    empty = WhyDialog(entry, None)
    qtbot.addWidget(empty)
    assert "not been analysed" in empty.overall.text()


def test_mood_colour_goes_from_red_to_green() -> None:
    assert mood_colour(-0.8).hue() == 0 and mood_colour(0.8).hue() == 130
    assert mood_colour(0.0) != mood_colour(0.5) and mood_colour(None) != mood_colour(0.0)
    assert mood_colour(-0.9).saturation() > mood_colour(-0.2).saturation()


def test_why_says_what_an_apology_was_for(qtbot, journal) -> None:
    entry = journal.add("He apologised for yelling at me.")
    dialog, _result = open_why(qtbot, journal, entry.id)
    text = dialog.browser.toPlainText()
    assert "what the apology or making up was about" in text
    assert "resolution: \u201capologised\u201d" in text
