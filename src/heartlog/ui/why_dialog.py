"""The "Why?" dialog: an entry's sentences with their scores and the words behind each flag."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from heartlog.core.analysis import EntryResult, Marker, SentenceResult
from heartlog.core.analysis.lexicon import HORSEMEN, OBSTACLES, THEMES
from heartlog.core.analysis.tokens import find_span, match_tokens
from heartlog.core.content_language import analysis_texts
from heartlog.core.journal import Entry

NEUTRAL_GREY = QColor(170, 170, 170)
NOT_ANALYSED = QColor(210, 210, 210)


def mood_colour(compound: float | None) -> QColor:
    """Red (negative) through grey (neutral) to green (positive); light grey if not analysed."""
    if compound is None:
        return NOT_ANALYSED
    strength = min(1.0, abs(compound))
    if strength < 0.05:
        return NEUTRAL_GREY
    hue = 130 if compound > 0 else 0
    return QColor.fromHsv(hue, int(70 + 150 * strength), 215)


def marker_labels(locale_name: str | None = None) -> dict[tuple[str, str], str]:
    """Translated names of marker kinds (and labels), for the dialog and the dashboard.

    Themes, obstacles and the four horsemen are named as the content translations
    name them (``core.content_language``), so the dialog, the dashboard and the
    prompts use the same words; English where a translation is missing.
    """
    texts = analysis_texts(QLocale().name() if locale_name is None else locale_name)
    labels = {
        ("conflict", "event"): QCoreApplication.translate("WhyDialog", "conflict"),
        ("resolution", "strong"): QCoreApplication.translate("WhyDialog", "resolution"),
        ("resolution", "soft"): QCoreApplication.translate("WhyDialog", "making up"),
        ("false_friend", ""): QCoreApplication.translate("WhyDialog", "not a conflict"),
        ("expression", ""): QCoreApplication.translate("WhyDialog", "relationship words"),
        ("stress", ""): QCoreApplication.translate("WhyDialog", "stress"),
        ("absolute", ""): QCoreApplication.translate("WhyDialog", "absolute word"),
        ("you_statement", ""): QCoreApplication.translate("WhyDialog", '"you" statement'),
        ("i_statement", ""): QCoreApplication.translate("WhyDialog", '"I" statement'),
    }
    labels.update({("conflict", h): texts.horseman_label(h) for h in HORSEMEN})
    labels.update({("obstacle", o): texts.obstacle_name(o) for o in OBSTACLES})
    labels.update({("theme", t): texts.theme_label(t) for t in THEMES})
    return labels


SHOWN_KINDS = (
    "conflict",
    "resolution",
    "false_friend",
    "expression",
    "theme",
    "obstacle",
    "stress",
)


class WhyDialog(QDialog):
    """Shows why an entry got its mood colour and flags. Non-modal; call ``show()``."""

    def __init__(
        self, entry: Entry, result: EntryResult | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why this mood?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(640, 520)
        self._locale = QLocale()
        self._labels = marker_labels()
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(self._heading(entry))
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        self.overall.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.overall)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_result(result)

    def _heading(self, entry: Entry) -> str:
        day = self._locale.toString(entry.entry_date, QLocale.FormatType.LongFormat)
        heading = entry.heading or self.tr("(untitled)")
        return f"{heading} \u2014 {day}"

    def _score(self, compound: float) -> str:
        text = self._locale.toString(compound, "f", 2)
        return text if compound < 0 else f"+{text}"

    def show_result(self, result: EntryResult | None) -> None:
        if result is None:
            self.overall.setText(self.tr("This entry has not been analysed yet."))
            self.browser.clear()
            return
        if not result.language_ok:
            self.overall.setText(
                self.tr(
                    "This entry was not analysed: the analysis only understands English, "
                    "and this text does not look like English."
                )
            )
        elif result.compound is not None:
            self.overall.setText(
                self.tr("Overall mood: %1 (from %2 sentences, from -1 to +1)")
                .replace("%1", self._score(result.compound))
                .replace("%2", self._locale.toString(len(result.sentences)))
            )
        self.browser.setHtml(self._html(result))

    def _html(self, result: EntryResult) -> str:
        rows = [self._sentence_html(s) for s in result.sentences]
        if not rows:
            return "<p>" + html.escape(self.tr("There is no text to analyse.")) + "</p>"
        return "<table width='100%' cellspacing='6'>" + "".join(rows) + "</table>"

    def _sentence_html(self, s: SentenceResult) -> str:
        colour = mood_colour(s.compound).name()
        score = "" if s.compound is None else self._score(s.compound)
        notes = self._notes(s)
        return (
            f"<tr><td width='8' bgcolor='{colour}'>&nbsp;</td><td>"
            f"<div>{self._highlighted(s)}</div>"
            f"<div><small><b>{html.escape(score)}</b> {notes}</small></div></td></tr>"
        )

    def _highlighted(self, s: SentenceResult) -> str:
        spans: list[tuple[int, int, bool]] = []
        for m in s.markers:
            if m.kind not in ("conflict", "resolution", "false_friend", "expression"):
                continue
            found = find_span(s.text, tuple(match_tokens(m.text)))
            if found and not any(a < found[1] and found[0] < b for a, b, _ in spans):
                spans.append((found[0], found[1], m.counted))
        spans.sort()
        out, pos = [], 0
        for start, end, counted in spans:
            out.append(html.escape(s.text[pos:start]))
            style = "text-decoration: underline; font-weight: bold" if counted else "color: gray"
            out.append(f"<span style='{style}'>{html.escape(s.text[start:end])}</span>")
            pos = end
        out.append(html.escape(s.text[pos:]))
        return "".join(out)

    def _flag_text(self, s: SentenceResult) -> list[str]:
        flags = []
        if s.conflict:
            flags.append(self.tr("conflict with your partner"))
        if s.resolution:
            flags.append(self.tr("resolution"))
        if s.third_party_conflict:
            flags.append(self.tr("conflict with someone else"))
        return flags

    def _notes(self, s: SentenceResult) -> str:
        parts = [f"<i>{html.escape(f)}</i>" for f in self._flag_text(s)]
        for m in s.markers:
            if m.kind in SHOWN_KINDS:
                parts.append(self._marker_html(m))
        return " \u00b7 ".join(parts)

    def _marker_html(self, m: Marker) -> str:
        name = self._labels.get((m.kind, m.label)) or self._labels.get((m.kind, ""), m.kind)
        words = html.escape(
            self.tr("\u201c%1\u201d", "the words that raised a flag").replace("%1", m.text)
        )
        if m.counted:
            return f"{html.escape(name)}: {words}"
        reason = self._reason(m.why)
        note = (
            self.tr("not counted (%1, %2)")
            .replace("%1", f"{html.escape(name)}: {words}")
            .replace("%2", html.escape(reason))
        )
        return f"<span style='color: gray'>{note}</span>"

    def _reason(self, why: str) -> str:
        if why.startswith("negated"):
            return self.tr("negated")
        if why.startswith("not (yet) real"):
            return self.tr("not something that happened")
        if why == "about someone else":
            return self.tr("about someone else")
        if why == "the partner is not involved":
            return self.tr("your partner is not involved")
        if why == "what was made up for":
            return self.tr("what the apology or making up was about")
        if why == "not a conflict here":
            return self.tr("an everyday phrase, not a conflict")
        return why
