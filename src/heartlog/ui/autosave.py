"""Autosave: a crash-safe draft while typing, the entry itself once typing pauses.

- Draft: at most every ``DRAFT_MS`` while typing (``Journal.save_draft``), so a
  killed process loses at most a second or two; core folds drafts back into
  their entries on the next unlock.
- Save: ``DEBOUNCE_MS`` after typing stops, at the latest every ``MAX_WAIT_MS``
  of continuous typing, when focus leaves the editor, and before anything else
  is shown or the window closes.
- A failed save (disk full, I/O error) keeps the text in the editor, keeps
  writing drafts, says so once, and retries every ``RETRY_MS`` until it works.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from heartlog.core.errors import EntryNotFound, HeartLogError
from heartlog.ui.alerts import error_text
from heartlog.ui.editor import EditorValues, EntryEditor
from heartlog.ui.safe_errors import safe_text

if TYPE_CHECKING:
    from heartlog.core.journal import Journal

log = logging.getLogger(__name__)


def draft_extra(values: EditorValues) -> dict[str, object]:
    """What a draft needs beyond title and body to recreate a never-saved entry."""
    return {
        "written_at": values.written_at.isoformat(),
        "tags": list(values.tags),
        "mood": values.mood,
        "prompt_id": values.prompt_id,
    }


class Autosave(QObject):
    saved = Signal(str, object)  # entry id, when (aware datetime)
    draftSaved = Signal(str)  # entry id
    failed = Signal(str)  # translated message, once per run of failures
    recovered = Signal()  # saving works again

    DEBOUNCE_MS = 1000
    DRAFT_MS = 1000
    MAX_WAIT_MS = 15000
    RETRY_MS = 3000

    def __init__(
        self,
        editor: EntryEditor,
        journal: Callable[[], Journal | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self._journal = journal
        self._dirty = False
        self._draft_dirty = False
        self._dirty_since = 0.0
        self.failing = False
        self._debounce = self._timer(self.DEBOUNCE_MS, self._on_debounce)
        self._draft_timer = self._timer(self.DRAFT_MS, self._on_draft_timer)
        self._retry = self._timer(self.RETRY_MS, self._on_retry, single=False)
        editor.edited.connect(self._on_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _timer(self, ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def set_intervals(
        self,
        debounce_ms: int | None = None,
        draft_ms: int | None = None,
        retry_ms: int | None = None,
    ) -> None:
        """Change the timings (tests and fault-injection runs use short ones)."""
        for timer, ms in (
            (self._debounce, debounce_ms),
            (self._draft_timer, draft_ms),
            (self._retry, retry_ms),
        ):
            if ms is not None:
                timer.setInterval(ms)

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- triggers -------------------------------------------------------------------
    def _on_edited(self) -> None:
        if not self._dirty:
            self._dirty_since = time.monotonic()
        self._dirty = True
        self._draft_dirty = True
        if (time.monotonic() - self._dirty_since) * 1000 >= self.MAX_WAIT_MS:
            self.save_now()
        else:
            self._debounce.start()
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def mark_dirty(self) -> None:
        """Treat the editor as changed (e.g. unsaved text put back after unlocking)."""
        self._on_edited()

    def _on_debounce(self) -> None:
        self.save_now()

    def _on_retry(self) -> None:
        if self.save_now():
            self._retry.stop()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._dirty or old is None:
            return
        inside = self.editor.isAncestorOf
        if (old is self.editor or inside(old)) and not (
            new is not None and (new is self.editor or inside(new))
        ):
            self.save_now()

    # -- writing ----------------------------------------------------------------------
    def _on_draft_timer(self) -> None:
        journal = self._journal()
        if journal is None or not self._draft_dirty or not self.editor.entry_id:
            return
        values = self.editor.values()
        if self.editor.is_new and values.blank:
            return
        try:
            journal.save_draft(values.entry_id, values.title, values.body, draft_extra(values))
        except Exception as exc:
            log.warning("could not write the draft (%s); trying again", type(exc).__name__)
            self._draft_timer.start()
            return
        self._draft_dirty = False
        self.draftSaved.emit(values.entry_id)

    def save_now(self) -> bool:
        """Save the editor's entry if it changed. True when nothing is left unsaved."""
        self._debounce.stop()
        if not self._dirty:
            return True
        journal = self._journal()
        if journal is None or not self.editor.entry_id:
            return False
        values = self.editor.values()
        if self.editor.is_new and values.blank:
            self._mark_clean()
            return True
        try:
            self._write(journal, values)
        except Exception as exc:
            self._on_save_failed(exc)
            return False
        self._mark_clean()
        if self.failing:
            self.failing = False
            self._retry.stop()
            self.recovered.emit()
        self.saved.emit(values.entry_id, dt.datetime.now().astimezone())
        return True

    def _write(self, journal: Journal, values: EditorValues) -> None:
        fields = {
            "title": values.title,
            "body": values.body,
            "written_at": values.written_at,
            "tags": values.tags,
            "mood": values.mood,
            "prompt_id": values.prompt_id,
        }
        if not self.editor.is_new:
            try:
                journal.update(values.entry_id, **fields)
            except EntryNotFound:
                # Deleted behind our back (another feature): keep the words, as a new entry.
                self.editor.is_new = True
        if self.editor.is_new:
            journal.add(entry_id=values.entry_id, **fields)  # type: ignore[arg-type]
            self.editor.is_new = False
        try:
            journal.discard_draft(values.entry_id)
        except Exception:  # the entry is saved; a stale draft is folded in harmlessly later
            log.warning("could not remove the draft after saving")

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, HeartLogError):
            log.warning("saving failed: %s", type(exc).__name__)
        else:
            log.warning("saving failed: %s", safe_text(exc))
        if not self._retry.isActive():
            self._retry.start()
        if not self.failing:
            self.failing = True
            self.failed.emit(error_text(exc)[1])

    def _mark_clean(self) -> None:
        self._dirty = False
        self._draft_dirty = False
        self._draft_timer.stop()

    def detach(self) -> None:
        """Stop following the application's focus (the window is closing)."""
        self.forget()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)

    def forget(self) -> None:
        """Drop pending work for the current entry (it was deleted or the window locked)."""
        self._mark_clean()
        self._debounce.stop()
        self._retry.stop()
        self.failing = False
