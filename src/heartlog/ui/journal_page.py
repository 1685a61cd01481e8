"""The "Journal" page: search and entry list on the left, prompt area and editor on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QListView, QSplitter, QVBoxLayout, QWidget

from heartlog.ui.editor import EntryEditor
from heartlog.ui.entry_delegate import EntryDelegate
from heartlog.ui.entry_list_model import EntryListModel
from heartlog.ui.notice_bar import NoticeBar
from heartlog.ui.search_bar import SearchBar


class EntryListView(QListView):
    """The list of entries; Delete asks to delete the current one."""

    deletePressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryList")
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # lay out 10,000 rows in slices
        self.setBatchSize(500)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(EntryDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class JournalPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.notice = NoticeBar()
        outer.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("journalSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        left = QWidget()
        left.setObjectName("listPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 8, 10)
        left_layout.setSpacing(8)
        self.search_bar = SearchBar()
        left_layout.addWidget(self.search_bar)
        self.model = EntryListModel(self)
        self.list_view = EntryListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Entries"))
        left_layout.addWidget(self.list_view, 1)
        left.setMinimumWidth(240)
        self.splitter.addWidget(left)

        right = QWidget()
        right.setObjectName("editorPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(18, 12, 18, 8)
        right_layout.setSpacing(8)
        self.prompt_area = QVBoxLayout()
        self.prompt_area.setObjectName("prompt_area")
        self.prompt_area.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.prompt_area)
        self.editor = EntryEditor()
        right_layout.addWidget(self.editor, 1)
        right.setMinimumWidth(360)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 700])

        self.search_bar.field.downPressed.connect(self._on_search_down)
        self.search_bar.field.escaped.connect(self.list_view.setFocus)
        self.setTabOrder(self.search_bar.field, self.list_view)
        self.setTabOrder(self.list_view, self.editor.title_edit)

    def set_prompt_card(self, widget: QWidget | None) -> None:
        """Replace whatever is in the prompt area with ``widget`` (None empties it)."""
        while self.prompt_area.count():
            item = self.prompt_area.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.setParent(None)
        if widget is not None:
            self.prompt_area.addWidget(widget)

    def _on_search_down(self) -> None:
        self.list_view.setFocus()
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))
