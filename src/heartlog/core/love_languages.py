"""The five love languages: the short forced-choice self-check, its ranking, and where results are kept."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal

log = logging.getLogger(__name__)

LOVE_LANGUAGE_IDS: tuple[str, ...] = (
    "words_of_affirmation",
    "quality_time",
    "acts_of_service",
    "gifts",
    "physical_touch",
)
# Every language meets every other once (10 pairs, each language 4 times), mixed so
# that no language appears in two pairs running. The UI shows one statement per side.
SELF_CHECK_PAIRS: tuple[tuple[str, str], ...] = (
    ("words_of_affirmation", "quality_time"),
    ("acts_of_service", "gifts"),
    ("physical_touch", "words_of_affirmation"),
    ("quality_time", "acts_of_service"),
    ("gifts", "physical_touch"),
    ("words_of_affirmation", "acts_of_service"),
    ("quality_time", "physical_touch"),
    ("gifts", "words_of_affirmation"),
    ("acts_of_service", "physical_touch"),
    ("quality_time", "gifts"),
)
SETTING_KEY = "prompts.love_languages"
PREFERRED_OWN = 2  # how many of my top languages get extra weight in prompt selection


class InvalidLoveLanguageAnswers(HeartLogError):
    pass


@dataclass(frozen=True)
class LoveLanguageProfile:
    """My self-check result (``ranking``, most important first) and my partner's, if known."""

    ranking: tuple[str, ...] = ()
    scores: Mapping[str, int] = field(default_factory=dict)
    partner: str | None = None
    taken_on: dt.date | None = None

    @property
    def taken(self) -> bool:
        return bool(self.ranking)

    def preferred(self) -> tuple[str, ...]:
        """Languages whose prompts weigh more: my top ``PREFERRED_OWN``, then my partner's."""
        chosen = list(self.ranking[:PREFERRED_OWN])
        if self.partner:
            chosen.append(self.partner)
        return tuple(dict.fromkeys(chosen))

    def to_json(self) -> dict[str, Any]:
        return {
            "ranking": list(self.ranking),
            "scores": dict(self.scores),
            "partner": self.partner,
            "taken_on": self.taken_on.isoformat() if self.taken_on else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> LoveLanguageProfile:
        """Tolerant reading: anything unexpected in the stored setting is dropped, not fatal."""
        if not isinstance(data, dict):
            return cls()
        ranking = data.get("ranking") or []
        if not (
            isinstance(ranking, list)
            and sorted(ranking) == sorted(LOVE_LANGUAGE_IDS)
            and len(ranking) == len(LOVE_LANGUAGE_IDS)
        ):
            ranking = []
        scores = data.get("scores") if isinstance(data.get("scores"), dict) else {}
        scores = {k: v for k, v in scores.items() if k in LOVE_LANGUAGE_IDS and isinstance(v, int)}
        partner = data.get("partner") if data.get("partner") in LOVE_LANGUAGE_IDS else None
        try:
            taken_on = dt.date.fromisoformat(data["taken_on"]) if data.get("taken_on") else None
        except (TypeError, ValueError):
            taken_on = None
        return cls(
            tuple(ranking), scores if ranking else {}, partner, taken_on if ranking else None
        )


def score_self_check(answers: Sequence[str]) -> dict[str, int]:
    """Points per language: one for each pair where it was chosen. ``answers[i]`` is from pair i."""
    if len(answers) != len(SELF_CHECK_PAIRS):
        raise InvalidLoveLanguageAnswers(
            f"Answer all {len(SELF_CHECK_PAIRS)} pairs of the self-check (got {len(answers)})."
        )
    scores = dict.fromkeys(LOVE_LANGUAGE_IDS, 0)
    for number, (choice, pair) in enumerate(zip(answers, SELF_CHECK_PAIRS, strict=True), 1):
        if choice not in pair:
            raise InvalidLoveLanguageAnswers(
                f"Answer {number} must be one of the two statements of that pair."
            )
        scores[choice] += 1
    return scores


def rank_love_languages(answers: Sequence[str]) -> tuple[str, ...]:
    """The five languages, most important first.

    Ties on points are broken by the choices between the tied languages
    themselves, then by the fixed order of ``LOVE_LANGUAGE_IDS``.
    """
    scores = score_self_check(answers)

    def head_to_head(language: str) -> int:
        rivals = {x for x in LOVE_LANGUAGE_IDS if scores[x] == scores[language] and x != language}
        return sum(
            1
            for choice, pair in zip(answers, SELF_CHECK_PAIRS, strict=True)
            if choice == language and set(pair) - {language} <= rivals
        )

    return tuple(
        sorted(
            LOVE_LANGUAGE_IDS,
            key=lambda x: (-scores[x], -head_to_head(x), LOVE_LANGUAGE_IDS.index(x)),
        )
    )


def profile_from_answers(
    answers: Sequence[str], partner: str | None, day: dt.date
) -> LoveLanguageProfile:
    if partner is not None and partner not in LOVE_LANGUAGE_IDS:
        raise InvalidLoveLanguageAnswers(f"{partner!r} is not one of the five love languages.")
    return LoveLanguageProfile(
        rank_love_languages(answers), score_self_check(answers), partner, day
    )


def load_love_languages(journal: Journal) -> LoveLanguageProfile:
    return LoveLanguageProfile.from_json(journal.setting(SETTING_KEY))


def save_love_languages(journal: Journal, result: LoveLanguageProfile) -> None:
    if result.partner is not None and result.partner not in LOVE_LANGUAGE_IDS:
        raise InvalidLoveLanguageAnswers(
            f"{result.partner!r} is not one of the five love languages."
        )
    journal.set_setting(SETTING_KEY, result.to_json())
    log.info("love-language results saved (self-check taken: %s)", result.taken)
