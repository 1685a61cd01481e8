"""Paints one row of the entry list: date, heading, tags or search snippet, mood colour, shared mark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START
from heartlog.ui.entry_list_model import EntryRole, ScoreRole, SnippetRole

if TYPE_CHECKING:
    from heartlog.core.journal import Entry

# Mood 1 (very low) .. 5 (very good): readable on light and dark backgrounds.
MOOD_COLOURS = {1: "#c4504a", 2: "#df8438", 3: "#d2ae35", 4: "#84b554", 5: "#3b9a6c"}
PAD_X = 14.0
PAD_Y = 8.0
LINE_GAP = 2.0
MOOD_BAR = 4.0
ANALYSED_ALPHA = 0.55  # an analysed mood is paler than one the writer chose


def analysed_mood_colour(score: float | None) -> QColor | None:
    """The list colour for an analysed score: its mood band's colour, paler; None if none."""
    if score is None:
        return None
    # Only asked once scores exist, i.e. after the analysis package was loaded off the GUI thread.
    from heartlog.core.analysis.sentiment import mood_band

    band = mood_band(score)
    if band is None:
        return None
    colour = QColor(MOOD_COLOURS[band + 3])
    colour.setAlphaF(ANALYSED_ALPHA)
    return colour


def snippet_text(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text of an FTS snippet and the (start, length) of each highlighted match."""
    text: list[str] = []
    ranges: list[tuple[int, int]] = []
    start = -1
    pos = 0
    for ch in snippet:
        if ch == HIGHLIGHT_START:
            start = pos
        elif ch == HIGHLIGHT_END:
            if start >= 0:
                ranges.append((start, pos - start))
            start = -1
        elif ch in "\r\n\t":
            text.append(" ")
            pos += 1
        else:
            text.append(ch)
            pos += 1
    return "".join(text), ranges


def mood_colour_of(entry: Entry, score: float | None) -> QColor | None:
    """The row's mood colour: the writer's own mood, else the analysed one."""
    if entry.mood in MOOD_COLOURS:
        return QColor(MOOD_COLOURS[entry.mood])
    return analysed_mood_colour(score)


class EntryDelegate(QStyledItemDelegate):
    """Fixed-height rows (the view uses uniform item sizes for speed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        heading = QFont(option.font)
        heading.setPointSizeF(option.font.pointSizeF() + 0.5)
        heading.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.0))
        return heading, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        heading, small = self._fonts(option)
        height = (
            2 * PAD_Y
            + QFontMetricsF(heading).height()
            + 2 * QFontMetricsF(small).height()
            + 2 * LINE_GAP
        )
        return QSize(240, int(height + 0.5))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: Entry | None = index.data(EntryRole)
        style = option.widget.style() if option.widget else None
        painter.save()
        try:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            if style is not None:
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
                )
            if entry is None:
                return
            self._paint_entry(
                painter, option, entry, index.data(SnippetRole) or "", index.data(ScoreRole)
            )
        finally:
            painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        entry: Entry,
        snippet: str,
        score: float | None = None,
    ) -> None:
        rect = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted = QColor(text_colour)
        muted.setAlphaF(0.72 if selected else 0.62)
        heading_font, small_font = self._fonts(option)
        small_fm = QFontMetricsF(small_font)
        heading_fm = QFontMetricsF(heading_font)

        mood = mood_colour_of(entry, score)
        if mood is not None:
            painter.fillRect(
                QRectF(rect.left() + 3, rect.top() + PAD_Y, MOOD_BAR, rect.height() - 2 * PAD_Y),
                mood,
            )
        left = rect.left() + PAD_X
        width = rect.width() - PAD_X - 10
        y = rect.top() + PAD_Y

        # Line 1: date, and the shared mark on the right.
        day = entry.entry_date
        date_text = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        mark = self._shared_mark(entry)
        mark_width = 0.0
        if mark:
            mark_width = small_fm.horizontalAdvance(mark) + 12
            pill = QRectF(rect.right() - 10 - mark_width, y, mark_width, small_fm.height())
            accent = QColor(
                palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
                )
            )
            painter.setPen(accent)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, mark)
            painter.setPen(muted)
        painter.drawText(
            QRectF(left, y, width - mark_width - 6, small_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(date_text, Qt.TextElideMode.ElideRight, width - mark_width - 6),
        )
        y += small_fm.height() + LINE_GAP

        # Line 2: title or first line.
        painter.setFont(heading_font)
        painter.setPen(text_colour)
        heading = entry.heading or self.tr("Untitled entry")
        painter.drawText(
            QRectF(left, y, width, heading_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            heading_fm.elidedText(heading, Qt.TextElideMode.ElideRight, width),
        )
        y += heading_fm.height() + LINE_GAP

        # Line 3: the search snippet with its matches, or the tags.
        painter.setFont(small_font)
        painter.setPen(muted)
        if snippet:
            self._paint_snippet(
                painter,
                snippet,
                QRectF(left, y, width, small_fm.height()),
                small_font,
                palette,
                selected,
            )
        elif entry.tags:
            tags = "  ".join(f"#{t}" for t in entry.tags)
            painter.drawText(
                QRectF(left, y, width, small_fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_fm.elidedText(tags, Qt.TextElideMode.ElideRight, width),
            )

    def _shared_mark(self, entry: Entry) -> str:
        if entry.shared_at and not entry.revoked_at:
            return self.tr("shared")
        if entry.marked_for_sharing:
            return self.tr("to share")
        return ""

    @staticmethod
    def _paint_snippet(
        painter: QPainter,
        snippet: str,
        rect: QRectF,
        font: QFont,
        palette: QPalette,
        selected: bool,
    ) -> None:
        text, ranges = snippet_text(snippet)
        fm = QFontMetricsF(font)
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        layout = QTextLayout(text, font)
        formats: list[QTextLayout.FormatRange] = []
        mark = QColor(palette.color(QPalette.ColorRole.Highlight))
        mark.setAlpha(110 if not selected else 0)
        for start, length in ranges:
            if start >= len(text):
                continue
            fr = QTextLayout.FormatRange()
            fr.start, fr.length = start, min(length, len(text) - start)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(mark)
            fr.format = fmt
            formats.append(fr)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        layout.draw(painter, QPointF(rect.left(), rect.top()))
