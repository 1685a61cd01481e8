"""The entry list as a Qt model over ``Journal.list``/``Journal.search``, fetched a page at a time.

Only the pages being looked at are in memory (an LRU of ``MAX_PAGES``), so a
journal of any size scrolls smoothly and ``rowCount`` is the real count: the
scroll bar is honest and "go to date" can jump straight to a row.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from heartlog.ui.safe_errors import safe_text

if TYPE_CHECKING:
    from heartlog.core.journal import Entry, Journal

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
EntryIdRole = Qt.ItemDataRole.UserRole + 3
ScoreRole = Qt.ItemDataRole.UserRole + 4  # the analysed mood (-1..1), None if not analysed

# Analysed scores by entry id for a page of ids (e.g. ``AnalysisStore.scores``): one query.
ScoreSource = Callable[[Sequence[str]], dict[str, float | None]]

Row = tuple["Entry", str]  # the entry and its search snippet ("" when browsing)
SEARCH_PAGE_SIZE = 25  # snippets and ranking make search pages dearer than list pages


@dataclass(frozen=True)
class SearchResult:
    """How many entries match ``query`` and the first page of hits (made off the GUI thread)."""

    query: str
    count: int
    first_page: list[Row] = field(default_factory=list)


def run_search(journal: Journal, query: str) -> SearchResult:
    """The count and first page of a live search; safe to call on a worker thread."""
    count = journal.search_count(query, prefix=True)
    hits = journal.search(query, limit=SEARCH_PAGE_SIZE, prefix=True) if count else []
    return SearchResult(query, count, [(hit.entry, hit.snippet) for hit in hits])


class EntryListModel(QAbstractListModel):
    """Newest first; with a query, the search hits best first with highlighted snippets."""

    PAGE_SIZE = 100
    MAX_PAGES = 40
    countChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._query = ""
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._score_source: ScoreSource | None = None
        self._scores: dict[int, dict[str, float | None]] = {}  # by page number
        self.generation = 0  # changes whenever the journal does; stale results are dropped

    # -- what is shown ---------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def searching(self) -> bool:
        return bool(self._query.strip())

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @property
    def page_size(self) -> int:
        return SEARCH_PAGE_SIZE if self.searching else self.PAGE_SIZE

    def set_journal(self, journal: Journal | None) -> None:
        self.beginResetModel()
        self.generation += 1
        self._journal = journal
        self._query = ""
        self._pages.clear()
        self._scores.clear()
        self._count = self._fetch_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def clear(self) -> None:
        """Forget the journal and every cached entry (lock)."""
        self.set_journal(None)

    def set_query(self, query: str) -> None:
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._scores.clear()
        self._count = self._fetch_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def apply_search(self, result: SearchResult) -> None:
        """Show a search made in the background (see ``run_search``)."""
        self.beginResetModel()
        self._query = result.query
        self._pages.clear()
        self._scores.clear()
        self._count = result.count
        if result.first_page:
            self._pages[0] = list(result.first_page)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def refresh(self) -> None:
        """Re-read after entries changed; a reset only when the number of rows changed."""
        self._pages.clear()
        self._scores.clear()
        count = self._fetch_count()
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
            self.countChanged.emit(count)
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))

    # -- analysed moods --------------------------------------------------------------
    def set_score_source(self, source: ScoreSource | None) -> None:
        """Where analysed scores come from (None: no analysis); asked once per page."""
        self._score_source = source
        self.refresh_scores()

    def refresh_scores(self) -> None:
        """Read the scores again (the analysis finished); the entries stay cached."""
        self._scores.clear()
        if self._count:
            self.dataChanged.emit(self.index(0), self.index(self._count - 1), [ScoreRole])

    def _page_scores(self, number: int, page: list[Row]) -> dict[str, float | None]:
        scores = self._scores.get(number)
        if scores is None:
            scores = {}
            if self._score_source is not None and page:
                try:
                    scores = self._score_source([entry.id for entry, _snippet in page])
                except Exception as exc:  # no colour rather than no list
                    log.warning("could not read analysed moods: %s", safe_text(exc))
            self._scores[number] = scores
        return scores

    # -- fetching --------------------------------------------------------------------
    def _fetch_count(self) -> int:
        if self._journal is None:
            return 0
        try:
            if self.searching:
                return self._journal.search_count(self._query, prefix=True)
            return self._journal.count()
        except Exception as exc:  # a closed or failing database shows an empty list, not a crash
            log.warning("could not count entries: %s", safe_text(exc))
            return 0

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = []
        if self._journal is not None:
            size = self.page_size
            try:
                if self.searching:
                    hits = self._journal.search(
                        self._query, limit=size, offset=number * size, prefix=True
                    )
                    page = [(hit.entry, hit.snippet) for hit in hits]
                else:
                    page = [(e, "") for e in self._journal.list(number * size, size)]
            except Exception as exc:
                log.warning("could not read a page of entries: %s", safe_text(exc))
                return []
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            evicted, _rows = self._pages.popitem(last=False)
            self._scores.pop(evicted, None)
        return page

    def _row(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        size = self.page_size
        page = self._page(row // size)
        offset = row % size
        return page[offset] if offset < len(page) else None

    def entry_at(self, row: int) -> Entry | None:
        found = self._row(row)
        return None if found is None else found[0]

    def row_of(self, entry_id: str, hint_row: int = -1) -> int:
        """The row showing ``entry_id``, or -1; looks in cached pages, then near its date.

        While searching only the pages already loaded are looked at.
        """
        size = self.page_size
        for number, page in self._pages.items():
            for i, (entry, _snippet) in enumerate(page):
                if entry.id == entry_id:
                    return number * size + i
        if self._journal is None or self.searching:
            # Search pages are dear (ranking, snippets): never fetch just to find a row.
            return -1
        starts: list[int] = []
        if hint_row >= 0:
            starts.append(hint_row)
        try:
            entry = self._journal.get(entry_id)
            starts.append(self._journal.position_of_date(entry.entry_date))
        except Exception:
            return -1
        for start in starts:
            first = max(0, start - size // 2) // size
            for number in range(first, min(first + 3, self._page_count())):
                for i, (entry, _snippet) in enumerate(self._page(number)):
                    if entry.id == entry_id:
                        return number * size + i
        return -1

    def _page_count(self) -> int:
        return (self._count + self.page_size - 1) // self.page_size

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self._row(index.row())
        if found is None:
            return None
        entry, snippet = found
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.heading or self.tr("Untitled entry")
        if role == EntryRole:
            return entry
        if role == SnippetRole:
            return snippet
        if role == EntryIdRole:
            return entry.id
        if role == ScoreRole:
            return self._score_at(index.row(), entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(entry, self._score_at(index.row(), entry))
        return None

    def _score_at(self, row: int, entry: Entry) -> float | None:
        number = row // self.page_size
        return self._page_scores(number, self._pages.get(number, [])).get(entry.id)

    def _accessible_text(self, entry: Entry, score: float | None = None) -> str:
        from PySide6.QtCore import QDate, QLocale

        day = entry.entry_date
        parts = [
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat),
            entry.heading or self.tr("Untitled entry"),
        ]
        if entry.mood:
            parts.append(self.tr("mood %1 of 5").replace("%1", QLocale().toString(entry.mood)))
        elif score is not None:
            parts.append(
                self.tr("analysed mood %1 (from -1 to +1)").replace(
                    "%1", QLocale().toString(score, "f", 2)
                )
            )
        if entry.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(entry.tags)))
        if entry.shared_at and not entry.revoked_at:
            parts.append(self.tr("shared"))
        return "; ".join(parts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
