"""An optional, short love-language self-check: ten either/or choices, plus my partner's if I know it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.love_languages import (
    LOVE_LANGUAGE_IDS,
    SELF_CHECK_PAIRS,
    LoveLanguageProfile,
    profile_from_answers,
    rank_love_languages,
)
from heartlog.core.prompts import PromptService
from heartlog.core.timestamps import local_now
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


class LoveLanguagesDialog(QDialog):
    """Ten forced-choice pairs ranking the five love languages; saved in the profile."""

    saved = Signal()

    def __init__(
        self,
        service: PromptService,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = lambda: local_now().date(),  # injectable for tests
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._service = service
        self._today = today
        self._existing = service.love_languages()
        self.setWindowTitle(self.tr("Love languages"))
        self.resize(600, 640)
        self._groups: list[QButtonGroup] = []
        self._build()
        self._on_answer_changed()

    def _statements(self) -> dict[str, list[str]]:
        """Four statements per language; pair i uses the next unused one of each side."""
        return {
            "words_of_affirmation": [
                self.tr("I feel loved when my partner tells me what they appreciate about me."),
                self.tr("A heartfelt note or message from my partner stays with me for days."),
                self.tr("Hearing “I'm proud of you” from my partner means a great deal to me."),
                self.tr("Kind words after a hard day lift me more than almost anything."),
            ],
            "quality_time": [
                self.tr("I feel loved when we spend an evening together with our full attention."),
                self.tr("A long walk or a talk with no phones around makes me feel close."),
                self.tr("What I treasure most is unhurried time with my partner."),
                self.tr("I feel hurt when our time together keeps being interrupted."),
            ],
            "acts_of_service": [
                self.tr("I feel loved when my partner takes a task off my plate unasked."),
                self.tr(
                    "When my partner helps with something I have been dreading, I feel cared for."
                ),
                self.tr("A practical favour says “I love you” to me more than words do."),
                self.tr(
                    "It means a lot when my partner notices what needs doing and just does it."
                ),
            ],
            "gifts": [
                self.tr("A small, thoughtful gift shows me that my partner was thinking of me."),
                self.tr("I treasure the little keepsakes and surprises my partner brings me."),
                self.tr("A present chosen just for me makes me feel truly known."),
                self.tr("I feel loved when my partner marks a special day with a token."),
            ],
            "physical_touch": [
                self.tr("I feel loved when my partner hugs me or holds my hand."),
                self.tr("Sitting close together makes me feel connected."),
                self.tr("A touch on the arm when I'm stressed comforts me more than words."),
                self.tr("I feel distant when there is little physical affection between us."),
            ],
        }

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "For each pair, choose the statement that fits you better, even if both do. "
                "There are no right answers; this stays in your journal. Prompts about the "
                "love languages that matter most to you (and to your partner) come up more often."
            ),
            self,
        )
        intro.setWordWrap(True)

        statements = self._statements()
        used = dict.fromkeys(LOVE_LANGUAGE_IDS, 0)
        pairs = QWidget(self)
        pairs_layout = QVBoxLayout(pairs)
        for number, pair in enumerate(SELF_CHECK_PAIRS, start=1):
            box = QGroupBox(
                self.tr("Pair %1 of %2")
                .replace("%1", str(number))
                .replace("%2", str(len(SELF_CHECK_PAIRS))),
                pairs,
            )
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            for language in pair:
                button = QRadioButton(statements[language][used[language]], box)
                used[language] += 1
                button.setProperty("loveLanguage", language)
                group.addButton(button)
                box_layout.addWidget(button)
            group.buttonToggled.connect(self._on_answer_changed)
            self._groups.append(group)
            pairs_layout.addWidget(box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(pairs)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.partner_combo = QComboBox(self)
        self.partner_combo.addItem(self.tr("I don't know"), None)
        catalogue = self._service.catalogue
        for language in LOVE_LANGUAGE_IDS:
            self.partner_combo.addItem(catalogue.love_language_name(language), language)
        if self._existing.partner:
            self.partner_combo.setCurrentIndex(self.partner_combo.findData(self._existing.partner))
        partner_form = QFormLayout()
        partner_form.addRow(self.tr("My partner's love language:"), self.partner_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(partner_form)
        layout.addWidget(self.buttons)

    # -- answers ----------------------------------------------------------------------------
    def answers(self) -> list[str | None]:
        """The chosen language per pair (``None`` where not answered yet)."""
        out: list[str | None] = []
        for group in self._groups:
            button = group.checkedButton()
            out.append(button.property("loveLanguage") if button is not None else None)
        return out

    def pair_buttons(self, pair_index: int) -> list[QRadioButton]:
        """The two statements of a pair, in the order shown."""
        return [b for b in self._groups[pair_index].buttons() if isinstance(b, QRadioButton)]

    def choose(self, pair_index: int, language: str) -> None:
        """Tick the statement for ``language`` in a pair (keyboard-free use and tests)."""
        for button in self._groups[pair_index].buttons():
            if button.property("loveLanguage") == language:
                button.setChecked(True)

    def _ranking_text(self, ranking: tuple[str, ...]) -> str:
        names = self._service.catalogue.love_language_name
        return ", ".join(f"{n}. {names(x)}" for n, x in enumerate(ranking, start=1))

    @Slot()
    def _on_answer_changed(self) -> None:
        answers = self.answers()
        answered = sum(1 for a in answers if a is not None)
        complete = answered == len(answers)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Saving with no answers keeps an earlier result and only updates the partner's language.
        save.setEnabled(complete or answered == 0)
        if complete:
            ranking = rank_love_languages([a for a in answers if a is not None])
            self.result_label.setText(
                self.tr("Your love languages: %1").replace("%1", self._ranking_text(ranking))
            )
        elif answered:
            self.result_label.setText(
                self.tr("%1 of %2 pairs answered.")
                .replace("%1", str(answered))
                .replace("%2", str(len(answers)))
            )
        elif self._existing.taken:
            self.result_label.setText(
                self.tr("Your last result: %1").replace(
                    "%1", self._ranking_text(self._existing.ranking)
                )
            )
        else:
            self.result_label.clear()

    def chosen(self) -> LoveLanguageProfile:
        """What Save stores, from the current answers and partner choice."""
        partner = self.partner_combo.currentData()
        answers = self.answers()
        if all(a is not None for a in answers):
            return profile_from_answers([a for a in answers if a], partner, self._today())
        return replace(self._existing, partner=partner)

    @Slot()
    def _on_save(self) -> None:
        try:
            self._service.save_love_languages(self.chosen())
        except HeartLogError as exc:
            log.warning("love-language result not saved: %s", type(exc).__name__)
            self.result_label.setText(error_message(exc))
            return
        self.saved.emit()
        self.accept()
