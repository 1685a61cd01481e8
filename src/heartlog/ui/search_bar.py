"""The live search field above the entry list (Ctrl+F), debounced while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from heartlog.ui.plural_text import resolve_english_plural


class SearchField(QLineEdit):
    """Escape clears the search and gives focus back (``escaped``)."""

    escaped = Signal()
    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Emits ``queryChanged`` a moment after typing stops; shows how many entries match."""

    queryChanged = Signal(str)
    DEBOUNCE_MS = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search entries"))
        layout.addWidget(self.field, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedText")
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timeout)
        self.field.textChanged.connect(self._on_text_changed)
        self.setFocusProxy(self.field)

    def text(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()
        self._timer.stop()
        self.queryChanged.emit("")

    def show_count(self, count: int, searching: bool) -> None:
        if searching:
            text = self.tr("%Ln match(es)", "", count)
        else:
            text = self.tr("%Ln entry(ies)", "", count)
        self.count_label.setText(resolve_english_plural(text, count))

    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timeout(self) -> None:
        self.queryChanged.emit(self.field.text())
