"""The body text editor: plain text, a readable column, generous line spacing."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

LINE_HEIGHT_PERCENT = 150
MAX_COLUMN_CHARS = 72  # a comfortable line length for prose
_WORD = re.compile(r"\S+")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


class BodyEdit(QTextEdit):
    """Plain text only (pasted formatting is dropped); text centred in a column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self.setObjectName("bodyEdit")
        self._search_terms: list[str] = []

    def set_text(self, text: str) -> None:
        """Replace the text (no undo history across entries) and apply the spacing."""
        self.setPlainText(text)
        self.document().clearUndoRedoStacks()
        self._apply_line_spacing()
        self._refresh_highlights()

    def text(self) -> str:
        return self.toPlainText()

    def set_point_size(self, points: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_margins()

    def _apply_line_spacing(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        fmt.setBottomMargin(self.fontMetrics().height() * 0.25)
        cursor.mergeBlockFormat(fmt)
        # Blocks typed later inherit the format of the block they are split from.
        self.setTextCursor(QTextCursor(self.document()))

    def _update_margins(self) -> None:
        column = self.fontMetrics().horizontalAdvance("n") * MAX_COLUMN_CHARS
        spare = max(0, self.width() - column - 2 * self.frameWidth())
        side = spare // 2
        self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)

    # -- search highlights --------------------------------------------------------
    def highlight_terms(self, terms: list[str]) -> None:
        """Mark every occurrence of each word (case-insensitive) as a search match."""
        self._search_terms = [t for t in terms if t]
        self._refresh_highlights()

    def _refresh_highlights(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        doc = self.document()
        for term in self._search_terms:
            pattern = QRegularExpression(
                r"\b" + QRegularExpression.escape(term) + r"\w*",  # whole words, like FTS prefixes
                QRegularExpression.PatternOption.CaseInsensitiveOption
                | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
            )
            cursor = doc.find(pattern, 0)
            while not cursor.isNull() and len(selections) < 500:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                cursor = doc.find(pattern, cursor)
        self.setExtraSelections(selections)

    def move_cursor_to(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(offset, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
