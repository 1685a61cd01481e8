"""Analysis in the main window: after saves, on unlock, mood colours in the list, and "Why?"."""

from __future__ import annotations

import threading

from driving import TIMEOUT_MS, start_and_unlock, wait_saved
from feature_driving import PASSPHRASE, feature, open_window, unlock_again, wait_dialog
from journal_data import make_journal
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtTest import QTest

from heartlog.core.analysis import AnalysisStore
from heartlog.core.profiles import unlock
from heartlog.ui.analysis_worker import AnalysisWorker
from heartlog.ui.entry_delegate import MOOD_COLOURS, mood_colour_of
from heartlog.ui.entry_list_model import EntryRole, ScoreRole
from heartlog.ui.features.analysis_feature import WHY_SHORTCUT, AnalysisFeature
from heartlog.ui.why_dialog import WhyDialog

HAPPY = "We made up and I felt seen. She really listened to me tonight and I felt so close to her."
SAD = "I felt unheard and invisible. He gave me the silent treatment and walked out."


def row_of(window, entry_id: str) -> int:
    row = window.model.row_of(entry_id)
    assert row >= 0
    return row


def test_saving_an_entry_gets_it_analysed_and_coloured(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    window.new_entry()
    qtbot.keyClicks(window.editor.body_edit, HAPPY)
    wait_saved(qtbot, window)
    entry_id = window.editor.entry_id
    store = AnalysisStore(window.journal)
    qtbot.waitUntil(
        lambda: store.analysis_for(entry_id, refresh=False) is not None, timeout=TIMEOUT_MS
    )
    index = window.model.index(row_of(window, entry_id))
    qtbot.waitUntil(lambda: index.data(ScoreRole) is not None, timeout=TIMEOUT_MS)
    score = index.data(ScoreRole)
    assert score > 0.3
    colour = mood_colour_of(index.data(EntryRole), score)
    assert colour is not None and colour.rgb() == QColor(MOOD_COLOURS[5]).rgb()
    assert colour.alphaF() < 1  # paler than a mood the writer chose

    # Rewriting the entry sadly changes its colour once it is analysed again.
    window.editor.body_edit.selectAll()
    qtbot.keyClicks(window.editor.body_edit, SAD)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: (index.data(ScoreRole) or 0) < -0.3, timeout=TIMEOUT_MS)
    assert (
        mood_colour_of(index.data(EntryRole), index.data(ScoreRole)).rgb()
        == QColor(MOOD_COLOURS[1]).rgb()
    )
    # A mood the writer chose wins over the analysis.
    analysis = feature(window, AnalysisFeature)
    assert "negative" in analysis.why_action.iconText()


def test_rapid_saves_are_analysed_together_off_the_gui_thread(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    analysis = feature(window, AnalysisFeature)
    started: list[int] = []
    original = analysis.runs._start
    analysis.runs._start = lambda ids: started.append(len(ids or [])) or original(ids)
    for i in range(3):
        window.new_entry()
        qtbot.keyClicks(window.editor.body_edit, f"Entry {i}: {HAPPY}")
        wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: not analysis.runs.is_busy(), timeout=TIMEOUT_MS)
    assert started == [3]  # one run for the three saves
    assert AnalysisStore(window.journal).stale_count() == 0


def test_unlock_analyses_stale_entries_with_progress_and_lock_cancels(qtbot, new_flow, monkeypatch):
    samples = [("", f"Day {i}. {HAPPY if i % 2 else SAD}", (), None) for i in range(150)]
    make_journal(samples=samples)
    # The compiled analysis gets through 150 entries faster than the status bar can be
    # looked at: the first run is held after 20 entries until it is cancelled.
    held = threading.Event()
    original_report = AnalysisWorker._report

    def report(worker: AnalysisWorker, done: int, total: int) -> None:
        original_report(worker, done, total)
        if done == 20 and not held.is_set():
            held.set()
            worker._cancel.wait(TIMEOUT_MS / 1000)

    monkeypatch.setattr(AnalysisWorker, "_report", report)
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    analysis = feature(window, AnalysisFeature)
    qtbot.waitUntil(
        lambda: (
            analysis.progress_label.isVisible() and "Analysing" in analysis.progress_label.text()
        ),
        timeout=TIMEOUT_MS,
    )
    assert held.is_set()
    window.lock()  # in the middle of the run
    assert not analysis.runs.is_busy()
    assert not analysis.progress_label.isVisible()
    assert window.model.rowCount() == 0
    with unlock("Test", PASSPHRASE) as op:
        left = AnalysisStore(op.journal).stale_count()
    assert 0 < left <= 150 - 20  # the lock stopped it: what was done is kept

    unlock_again(qtbot, window)  # the run starts over where it stopped
    assert AnalysisStore(window.journal).stale_count() == 0
    assert not analysis.progress_label.isVisible()
    assert window.model.index(0).data(ScoreRole) is not None


def test_progress_text_uses_the_locale(qtbot, new_flow):
    make_journal()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        window = open_window(qtbot, new_flow)
        analysis = feature(window, AnalysisFeature)
        analysis._on_progress(120, 3000)
        assert analysis.progress_label.text() == "Analysing 120 of 3,000 entries…"
        analysis._on_progress(0, 1)
        assert analysis.progress_label.text() == "Analysing 0 of 1 entry…"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.C))


def test_why_opens_for_the_current_entry_by_shortcut(qtbot, new_flow):
    entries = make_journal()
    window = open_window(qtbot, new_flow)
    window.open_entry(entries[1].id)  # "Argued about money again..."
    analysis = feature(window, AnalysisFeature)
    assert analysis.why_action.isEnabled() and analysis.why_button.isVisible()
    assert analysis.why_action in window.menu("edit").actions()
    window.activateWindow()
    QTest.keySequence(window, QKeySequence(WHY_SHORTCUT))
    dialog = wait_dialog(qtbot, window, WhyDialog)
    assert "Overall mood" in dialog.overall.text()
    assert "money" in dialog.browser.toPlainText().lower()
    assert dialog.property("entryId") == entries[1].id
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)  # closed with the journal


def test_why_says_an_entry_in_another_language_is_not_analysed(qtbot, new_flow):
    make_journal(
        samples=[
            ("", "Heute haben wir lange gesprochen und ich habe mich verstanden gefühlt.", (), None)
        ]
    )
    window = open_window(qtbot, new_flow)
    window.open_entry(window.model.entry_at(0).id)
    analysis = feature(window, AnalysisFeature)
    assert analysis.why_action.iconText() == "Not analysed · Why?"
    analysis.why_action.trigger()
    dialog = wait_dialog(qtbot, window, WhyDialog)
    assert "only understands English" in dialog.overall.text()
    assert window.model.index(0).data(ScoreRole) is None  # no colour rather than a wrong one


def test_a_new_entry_has_nothing_to_explain(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    window.new_entry()
    analysis = feature(window, AnalysisFeature)
    assert not analysis.why_action.isEnabled() and not analysis.why_button.isVisible()
