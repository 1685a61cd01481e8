"""The sentence splitter: abbreviations, quotes, ellipses, emoji, newlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heartlog.core.analysis.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Smith said it was fine. We went home.",
            ["Dr. Smith said it was fine.", "We went home."],
        ),
        (
            "Mrs. Jones and Mr. Brown came, e.g. at noon. Fine.",
            ["Mrs. Jones and Mr. Brown came, e.g. at noon.", "Fine."],
        ),
        (
            "Apples, pears etc. and then home. Then bed.",
            ["Apples, pears etc. and then home.", "Then bed."],
        ),
        ("I bought stuff etc. Then I slept.", ["I bought stuff etc.", "Then I slept."]),
        ("At 5 p.m. Then we ate.", ["At 5 p.m.", "Then we ate."]),
        ("Meeting at 3 p.m. with the team.", ["Meeting at 3 p.m. with the team."]),
        ("J. K. Rowling wrote it. Good.", ["J. K. Rowling wrote it.", "Good."]),
        ("It cost 3.5 dollars. Cheap.", ["It cost 3.5 dollars.", "Cheap."]),
        ("I said no. Then he left.", ["I said no.", "Then he left."]),
    ],
)
def test_abbreviations_numbers_and_initials(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "I\'m done." Then he left.', ['He said "I\'m done."', "Then he left."]),
        ('"Why?" she asked. I had no answer.', ['"Why?" she asked.', "I had no answer."]),
        ("He said: “I’m tired.” I said nothing…", ["He said: “I’m tired.”", "I said nothing…"]),
        ("(We laughed.) Then we ate.", ["(We laughed.)", "Then we ate."]),
    ],
)
def test_quotes_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_ellipses_split_only_before_a_capital() -> None:
    assert texts("I don't know... maybe he's right. Later… We talked.") == [
        "I don't know... maybe he's right.",
        "Later…",
        "We talked.",
    ]


def test_emoji_and_emoticons_end_a_sentence_before_a_capital() -> None:
    assert texts("Great day 😊 We laughed a lot. I love you ❤️ so much") == [
        "Great day 😊",
        "We laughed a lot.",
        "I love you ❤️ so much",
    ]
    assert texts("So sad :( Why me") == ["So sad :(", "Why me"]
    assert texts("😭😭\n\nok") == ["😭😭", "ok"]


def test_missing_space_and_newlines() -> None:
    assert texts("I was sad.He left.\nThen he came back!Really.") == [
        "I was sad.",
        "He left.",
        "Then he came back!",
        "Really.",
    ]
    assert texts("We argued\nHe left") == ["We argued", "He left"]
    # A hard-wrapped line that continues in lower case is one sentence.
    assert texts("we argued about\nmoney again. he left") == [
        "we argued about\nmoney again.",
        "he left",
    ]
    assert texts("- went to the gym\n- cooked dinner\n1. first\n2. second") == [
        "- went to the gym",
        "- cooked dinner",
        "1. first",
        "2. second",
    ]


def test_exclamations_and_questions() -> None:
    assert texts("Wow!! Amazing?! yes.") == ["Wow!!", "Amazing?!", "yes."]


def test_empty_and_punctuation_only() -> None:
    assert texts("") == []
    assert texts("   \n\n ... !!! \n") == []


@given(st.text(max_size=300))
def test_offsets_point_at_the_sentence_text(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text
        assert span.start >= previous_end
        previous_end = span.end
