"""The entry list model pages through the journal lazily and keeps only a few pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from heartlog.core.journal import Entry
from heartlog.ui.entry_delegate import EntryDelegate, snippet_text
from heartlog.ui.entry_list_model import EntryIdRole, EntryListModel, EntryRole

N = 1_234


def fill(journal, n: int = N) -> list[Entry]:
    start = dt.datetime(2024, 1, 1, 20, 0, tzinfo=dt.UTC)
    journal.add_many(
        Entry(
            id="",
            written_at=start + dt.timedelta(hours=6 * i),
            title=f"Entry {i}",
            body=f"Body number {i} " + ("money talk" if i % 10 == 0 else "quiet day"),
            tags=("even",) if i % 2 == 0 else (),
            mood=(i % 5) + 1,
        )
        for i in range(n)
    )
    return journal.list(0, None)


def test_rows_are_the_whole_journal_but_only_pages_are_loaded(qapp, journal):
    newest_first = fill(journal)
    model = EntryListModel()
    model.set_journal(journal)
    assert model.rowCount() == N
    assert model.index(0).data(EntryIdRole) == newest_first[0].id
    assert model.index(N - 1).data(EntryIdRole) == newest_first[-1].id
    assert len(model._pages) == 2
    for row in range(0, N, 37):
        assert model.index(row).data(EntryRole).id == newest_first[row].id
    assert len(model._pages) <= model.MAX_PAGES
    assert model.index(5).data(Qt.ItemDataRole.DisplayRole) == newest_first[5].heading
    assert "mood" in model.index(5).data(Qt.ItemDataRole.AccessibleTextRole)


def test_row_of_finds_an_entry_that_was_never_loaded(qapp, journal):
    newest_first = fill(journal)
    model = EntryListModel()
    model.set_journal(journal)
    target = newest_first[987]
    assert model.row_of(target.id) == 987
    assert model.row_of("no-such-entry") == -1


def test_search_mode_counts_and_pages_hits(qapp, journal):
    fill(journal)
    model = EntryListModel()
    model.set_journal(journal)
    model.set_query("money")
    assert model.searching
    assert model.rowCount() == (N + 9) // 10
    assert all("money" in model.entry_at(r).body for r in range(0, model.rowCount(), 11))
    model.set_query("")
    assert model.rowCount() == N


def test_refresh_after_a_change(qapp, journal):
    fill(journal, 10)
    model = EntryListModel()
    model.set_journal(journal)
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b: changed.append(b.row()))
    first = model.entry_at(0)
    journal.update(first.id, title="Renamed")
    model.refresh()
    assert model.entry_at(0).title == "Renamed"
    assert changed == [9]
    journal.add("new one")
    model.refresh()
    assert model.rowCount() == 11


def test_a_closed_journal_shows_an_empty_list(qapp, journal):
    fill(journal, 3)
    model = EntryListModel()
    model.set_journal(journal)
    model.clear()
    assert model.rowCount() == 0
    assert model.entry_at(0) is None


def test_delegate_paints_every_kind_of_row(qtbot, journal):
    from PySide6.QtWidgets import QListView

    fill(journal, 30)
    journal.add("", title="")  # an empty entry still has a row
    model = EntryListModel()
    model.set_journal(journal)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.resize(300, 600)
    view.show()
    view.setCurrentIndex(model.index(1))
    assert not view.grab().isNull()
    model.set_query("money")
    assert not view.grab().isNull()


def test_snippet_markers_become_ranges():
    text, ranges = snippet_text("a \x02money\x03 talk\nand \x02mon\x03ey")
    assert text == "a money talk and money"
    assert ranges == [(2, 5), (17, 3)]
