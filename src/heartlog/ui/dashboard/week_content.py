"""The body of the dashboard for a week with entries: summary, key figures, charts, patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from heartlog.core.analysis import Pattern, WeeklyInsights
from heartlog.core.charts import ChartTheme, charts_with_data
from heartlog.core.charts.chart_data import PRACTICES
from heartlog.ui.dashboard.chart_theme import chart_labels
from heartlog.ui.dashboard.dashboard_words import summary_sentences
from heartlog.ui.dashboard.key_figures import KeyFigures
from heartlog.ui.dashboard.pattern_card import PatternCard

if TYPE_CHECKING:
    from heartlog.ui.dashboard.chart_canvas import ChartCanvas

SPARSE_ENTRIES = 2
BULLET = "\u2022"


def _label(parent: QWidget, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = _label(parent)
    label.setText(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


class WeekContent(QScrollArea):
    """Shows a week that has entries. ``writeAbout(pattern)`` from a card's button."""

    openEntry = Signal(str, int)
    writeAbout = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.canvas: ChartCanvas | None = None
        self.pattern_cards: list[PatternCard] = []
        self.summary_sentences: list[str] = []

        self.summary_heading = _heading(self.tr("The week in a few words"), content)
        self.summary_label = _label(content)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.summary_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)
        self.sparse_label = _label(content, muted=True)
        self.key_figures = KeyFigures(content)
        self.charts_box = QVBoxLayout()
        self.charts_note = _label(content, muted=True)
        self.patterns_heading = _heading(self.tr("Patterns to look at"), content)
        self.no_patterns_label = _label(content)
        self.no_patterns_label.setText(self.tr("Nothing keeps coming back unresolved right now."))
        self.patterns_box = QVBoxLayout()
        self.patterns_box.setSpacing(10)

        for widget in (self.summary_heading, self.summary_label, self.sparse_label):
            layout.addWidget(widget)
        layout.addWidget(self.key_figures)
        layout.addLayout(self.charts_box)
        layout.addWidget(self.charts_note)
        layout.addWidget(self.patterns_heading)
        layout.addWidget(self.no_patterns_label)
        layout.addLayout(self.patterns_box)
        layout.addStretch(1)
        self.setWidget(content)

    def show_week(self, w: WeeklyInsights, locale: QLocale, theme: ChartTheme) -> None:
        self.summary_sentences = summary_sentences(w, locale)
        self.summary_label.setText("\n".join(f"{BULLET} {s}" for s in self.summary_sentences))
        self.sparse_label.setVisible(w.entries <= SPARSE_ENTRIES)
        if w.entries == 1:
            self.sparse_label.setText(
                self.tr("Only one entry this week, so this is a first, rough picture.")
            )
        else:
            self.sparse_label.setText(
                self.tr("Only %1 entries this week, so this is a rough picture.").replace(
                    "%1", locale.toString(w.entries)
                )
            )
        self.key_figures.show_week(w, locale)
        self._show_charts(w, locale, theme)
        self._show_patterns(w.patterns, locale)

    def _show_charts(self, w: WeeklyInsights, locale: QLocale, theme: ChartTheme) -> None:
        kinds = charts_with_data(w)
        if not kinds:
            if self.canvas is not None:
                self.canvas.hide()
            self.charts_note.setText(
                self.tr(
                    "There is nothing to chart yet: these entries could not be analysed "
                    "(the analysis only understands English)."
                )
            )
            self.charts_note.show()
            return
        if self.canvas is None:
            from heartlog.ui.dashboard.chart_canvas import ChartCanvas  # imports matplotlib

            self.canvas = ChartCanvas(self.widget())
            self.charts_box.addWidget(self.canvas)
        self.canvas.show()
        self.canvas.show_week(w, theme, chart_labels(locale))
        self.charts_note.setVisible(PRACTICES not in kinds)
        self.charts_note.setText(
            self.tr(
                "Write from one of HeartLog's prompts and this page will also show which "
                "practices you worked on."
            )
        )

    def _show_patterns(self, patterns: tuple[Pattern, ...], locale: QLocale) -> None:
        for card in self.pattern_cards:
            card.setParent(None)
            card.deleteLater()
        self.pattern_cards = []
        self.no_patterns_label.setVisible(not patterns)
        for p in patterns:
            card = PatternCard(p, locale, self.widget())
            card.openEntry.connect(self.openEntry)
            card.writeAbout.connect(lambda p=p: self.writeAbout.emit(p))
            self.patterns_box.addWidget(card)
            self.pattern_cards.append(card)
