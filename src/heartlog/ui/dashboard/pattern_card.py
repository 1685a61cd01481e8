"""A card per conflict pattern: what keeps coming back, the sentences that show it, what to try."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.analysis import Pattern
from heartlog.core.analysis.patterns import Evidence
from heartlog.ui.dashboard.dashboard_words import (
    evidence_text,
    pattern_dates,
    pattern_heading,
    practice_name,
    practice_why,
    severity_text,
    trend_words,
)

SHOWN_EVIDENCE = 4  # more behind "Show all"


class EvidenceLink(QLabel):
    """A sentence that opens its entry: click, or Enter/Space when focused."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.setToolTip(self.tr("Open this entry at this sentence"))
        self.setAccessibleDescription(self.tr("Opens the entry at this sentence"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class PatternCard(QFrame):
    """Shows one pattern; ``openEntry(id, offset)`` for an evidence click, ``writeAbout()``."""

    openEntry = Signal(str, int)
    writeAbout = Signal()

    def __init__(
        self, pattern: Pattern, locale: QLocale | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self._locale = locale or QLocale()
        self.setObjectName("patternCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)

        self.heading = QLabel(pattern_heading(pattern, self._locale), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)

        facts = [pattern_dates(pattern, self._locale)]
        if pattern.status == "unresolved":
            trend = trend_words().get(pattern.trend, pattern.trend)
            facts.append(self.tr("Lately: %1.").replace("%1", trend))
            facts.append(severity_text(pattern))
        self.details = QLabel("  ".join(facts), self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.details)

        caption = QLabel(self.tr("What you wrote (click to open the entry):"), self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(caption)
        self.evidence_links: list[EvidenceLink] = []
        # Most recent day first; sentences of one entry stay in reading order.
        evidence = sorted(pattern.evidence, key=lambda e: e.date, reverse=True)
        for i, e in enumerate(evidence):
            link = EvidenceLink(evidence_text(e, self._locale), self)
            link.setContentsMargins(12, 0, 0, 0)
            link.clicked.connect(lambda e=e: self._on_evidence(e))
            link.setVisible(i < SHOWN_EVIDENCE)
            self.evidence_links.append(link)
            layout.addWidget(link)
        self.more_button: QToolButton | None = None
        if len(evidence) > SHOWN_EVIDENCE:
            self.more_button = QToolButton(self)
            self.more_button.setAutoRaise(True)
            self.more_button.setText(
                self.tr("Show all %1 sentences").replace("%1", self._locale.toString(len(evidence)))
            )
            self.more_button.clicked.connect(self._on_show_all)
            layout.addWidget(self.more_button)

        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if pattern.practices:
            first = pattern.practices[0]
            name = practice_name(first.practice, first.name, self._locale)
            self.suggestion.setText(self.tr("Something to try: %1").replace("%1", name))
            bold = QFont(self.suggestion.font())
            bold.setBold(True)
            self.suggestion.setFont(bold)
            self.why.setText(practice_why(first.why, self._locale))
        else:
            self.suggestion.hide()
            self.why.hide()
        layout.addSpacing(4)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.why)

        row = QHBoxLayout()
        row.addStretch(1)
        self.write_button = QPushButton(self.tr("Write about this"), self)
        self.write_button.setToolTip(self.tr("Open a writing prompt from the suggested practice"))
        self.write_button.clicked.connect(self.writeAbout)
        row.addWidget(self.write_button)
        layout.addLayout(row)

    @property
    def theme(self) -> str:
        return self.pattern.theme

    def _on_evidence(self, e: Evidence) -> None:
        # Offsets are into the body; a sentence in the title opens the entry at its start.
        self.openEntry.emit(e.entry_id, e.start if e.part == "body" else 0)

    @Slot()
    def _on_show_all(self) -> None:
        for link in self.evidence_links:
            link.show()
        if self.more_button is not None:
            self.more_button.hide()
