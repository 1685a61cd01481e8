"""The love-language self-check: scoring, ranking with ties, tolerant loading."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from heartlog.core.love_languages import (
    LOVE_LANGUAGE_IDS,
    SELF_CHECK_PAIRS,
    InvalidLoveLanguageAnswers,
    LoveLanguageProfile,
    load_love_languages,
    profile_from_answers,
    rank_love_languages,
    save_love_languages,
    score_self_check,
)


def answers_preferring(order: list[str]) -> list[str]:
    """Answer every pair with whichever language comes first in ``order``."""
    return [min(pair, key=order.index) for pair in SELF_CHECK_PAIRS]


def test_the_pairs_are_a_fair_round_robin() -> None:
    assert len(SELF_CHECK_PAIRS) == 10
    assert {frozenset(p) for p in SELF_CHECK_PAIRS} == {
        frozenset((a, b)) for a in LOVE_LANGUAGE_IDS for b in LOVE_LANGUAGE_IDS if a < b
    }
    for a, b in itertools.pairwise(SELF_CHECK_PAIRS):
        assert not set(a) & set(b)


def test_a_consistent_person_gets_their_order_back() -> None:
    order = ["physical_touch", "gifts", "words_of_affirmation", "quality_time", "acts_of_service"]
    answers = answers_preferring(order)
    assert rank_love_languages(answers) == tuple(order)
    assert score_self_check(answers) == dict(zip(order, [4, 3, 2, 1, 0], strict=True))


def test_ties_are_broken_by_the_choice_between_the_tied_languages() -> None:
    # A cycle: W beats Q, Q beats A, A beats W; all else prefers these three.
    answers = []
    for pair in SELF_CHECK_PAIRS:
        s = set(pair)
        if s == {"words_of_affirmation", "quality_time"}:
            answers.append("words_of_affirmation")
        elif s == {"quality_time", "acts_of_service"}:
            answers.append("quality_time")
        elif s == {"words_of_affirmation", "acts_of_service"}:
            answers.append("acts_of_service")
        elif s == {"gifts", "physical_touch"}:
            answers.append("physical_touch")
        else:
            answers.append(next(x for x in pair if x not in {"gifts", "physical_touch"}))
    ranking = rank_love_languages(answers)
    # Three-way tie at 3 points: head-to-head is 1 each, so the fixed order decides.
    assert ranking[:3] == ("words_of_affirmation", "quality_time", "acts_of_service")
    # Two-way tie at 0/1: physical touch beat gifts directly.
    assert ranking[3:] == ("physical_touch", "gifts")


@pytest.mark.parametrize(
    "answers",
    [[], ["words_of_affirmation"] * 9, ["gifts"] * 10],
)
def test_incomplete_or_impossible_answers_are_refused(answers) -> None:
    with pytest.raises(InvalidLoveLanguageAnswers):
        score_self_check(answers)


def test_partner_must_be_a_love_language() -> None:
    answers = answers_preferring(list(LOVE_LANGUAGE_IDS))
    with pytest.raises(InvalidLoveLanguageAnswers):
        profile_from_answers(answers, "chocolate", dt.date(2026, 1, 1))


def test_preferred_is_my_top_two_then_my_partners() -> None:
    result = profile_from_answers(
        answers_preferring(
            ["gifts", "quality_time", "physical_touch", "acts_of_service", "words_of_affirmation"]
        ),
        "quality_time",
        dt.date(2026, 1, 1),
    )
    assert result.preferred() == ("gifts", "quality_time")
    assert LoveLanguageProfile(partner="gifts").preferred() == ("gifts",)
    assert LoveLanguageProfile().preferred() == ()


def test_stored_results_round_trip_and_damage_is_tolerated(journal) -> None:
    result = profile_from_answers(
        answers_preferring(list(reversed(LOVE_LANGUAGE_IDS))), None, dt.date(2026, 2, 3)
    )
    save_love_languages(journal, result)
    assert load_love_languages(journal) == result
    journal.set_setting("prompts.love_languages", {"ranking": ["gifts"], "partner": "cake"})
    assert load_love_languages(journal) == LoveLanguageProfile()
    journal.set_setting("prompts.love_languages", "garbage")
    assert load_love_languages(journal) == LoveLanguageProfile()
