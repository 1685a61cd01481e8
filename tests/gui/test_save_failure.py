"""A full disk: the text stays in the editor, HeartLog says so once and keeps retrying."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from driving import TIMEOUT_MS, start_and_unlock, type_passphrase
from sqlalchemy import event

from heartlog_testing import PASSPHRASE

BIG = "All the words of a long evening. " * 800  # ~26 kB: needs new pages


@contextmanager
def full_disk(window) -> Iterator[None]:
    """Every new connection may not grow the database file (SQLite's max_page_count)."""
    engine = window.session.opened.engine
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    def limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(engine, "connect", limit)


def test_full_disk_keeps_the_text_warns_and_saves_once_space_is_back(
    qtbot, new_flow, profile, caplog
):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=20, draft_ms=20, retry_ms=50)
    editor = window.editor
    with full_disk(window):
        editor.body_edit.insertPlainText(BIG)
        qtbot.waitUntil(lambda: window.autosave.failing, timeout=TIMEOUT_MS)
        assert window.notice.isVisibleTo(window)
        assert "could not write" in window.notice.label.text()
        assert "retrying" in window.save_label.text()
        assert editor.body_edit.text() == BIG
        assert window.journal.count() == 0
        # Switching away is refused while the words are not safe.
        assert not window.new_entry()
        assert editor.body_edit.text() == BIG
    qtbot.waitUntil(lambda: not window.autosave.failing, timeout=TIMEOUT_MS)
    assert window.journal.get(editor.entry_id).body == BIG
    assert not window.notice.isVisible()
    assert "saving failed" in caplog.text
    assert "long evening" not in caplog.text  # SQL parameters (entry text) are never logged


def test_crash_details_never_contain_entry_text(qtbot, new_flow, profile):
    from heartlog.ui.crash_dialog import crash_details

    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    entry = window.journal.add("short")
    with full_disk(window):
        try:
            window.journal.update(entry.id, body=BIG)
        except Exception as exc:
            failure = exc
    details = crash_details(type(failure), failure, failure.__traceback__)
    assert "database or disk is full" in details
    assert "long evening" not in details


def test_locking_while_the_disk_is_full_keeps_the_words_in_memory(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=20, draft_ms=20, retry_ms=50)
    with full_disk(window):
        window.editor.body_edit.insertPlainText(BIG)
        qtbot.waitUntil(lambda: window.autosave.failing, timeout=TIMEOUT_MS)
        window.lock()
    assert window.editor.body_edit.text() == ""
    type_passphrase(qtbot, window.unlock_dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=TIMEOUT_MS)
    assert window.editor.body_edit.text() == BIG
    qtbot.waitUntil(lambda: window.journal.count() == 1, timeout=TIMEOUT_MS)


def test_closing_while_the_disk_is_full_asks_once(qtbot, new_flow, profile, alerts_log):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=20, draft_ms=20, retry_ms=60_000)
    with full_disk(window):
        window.editor.body_edit.insertPlainText(BIG)
        qtbot.waitUntil(lambda: window.autosave.failing, timeout=TIMEOUT_MS)
        alerts_log.answer = True  # "keep the window open"
        assert not window.close()
        assert window.isVisible()
        assert len(alerts_log.questions) == 1
    assert window.close()
