"""Live search: each query runs on a worker thread so typing never waits for the database."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from heartlog.ui.background import BackgroundCall
from heartlog.ui.entry_list_model import EntryListModel, SearchResult, run_search

log = logging.getLogger(__name__)

MIN_QUERY_CHARS = 2  # one Latin letter matches nearly everything; wait for a second one


def worth_searching(query: str) -> bool:
    """True when ``query`` narrows the list (two characters, or one non-Latin like 愛)."""
    text = query.strip()
    return len(text) >= MIN_QUERY_CHARS or any(ord(ch) > 0x2E7F for ch in text)


class LiveSearch(QObject):
    """Feeds ``model`` with the results of the latest query; older answers are dropped.

    At most one search runs at a time; while it runs, only the newest waiting
    query is kept. ``applied(query)`` fires once the model shows ``query``.
    """

    applied = Signal(str)

    def __init__(self, model: EntryListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._running: BackgroundCall | None = None
        self._running_generation = -1
        self._waiting: str | None = None
        self.wanted = ""

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def request(self, query: str) -> None:
        self.wanted = query
        if not worth_searching(query):
            self._waiting = None
            if self.model.query:
                self.model.set_query("")
            self.applied.emit("")
            return
        if self._running is not None:
            self._waiting = query
            return
        self._start(query)

    def _start(self, query: str) -> None:
        journal = self.model.journal
        if journal is None:
            return
        self._running_generation = self.model.generation
        call = BackgroundCall(run_search, journal, query, parent=self)
        call.succeeded.connect(self._on_result)
        call.failed.connect(self._on_failed)
        self._running = call
        call.start()

    def _finish(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting == self.wanted:
            self._start(waiting)

    def _on_result(self, result: SearchResult) -> None:
        current = self._running_generation == self.model.generation
        if current and result.query == self.wanted and self._waiting is None:
            self.model.apply_search(result)
            self.applied.emit(result.query)
        self._finish()

    def _on_failed(self, exc: BaseException) -> None:
        log.warning("search failed: %s", type(exc).__name__)
        self._finish()
