"""The faster VADER subclass gives exactly the original's scores."""

from __future__ import annotations

import pytest
from analysis_labelled_sets import load_data
from hypothesis import given, settings
from hypothesis import strategies as st

from heartlog.core.analysis.vader_fast import fast_analyzer_class

WORDS = [
    "not",
    "never",
    "no",
    "nor",
    "or",
    "without",
    "doubt",
    "so",
    "this",
    "very",
    "kind",
    "of",
    "sort",
    "least",
    "at",
    "but",
    "BUT",
    "good",
    "GOOD",
    "bad",
    "hate",
    "love",
    "the",
    "shit",
    "bomb",
    "to",
    "die",
    "for",
    "yeah",
    "right",
    "isn't",
    "didn't",
    "really",
    "barely",
    "great",
    "hurt",
    "fine",
    "okay",
    "!",
    "?",
    ":)",
    ":(",
    "😊",
    "💔",
    "happy",
    "sad",
    "cut",
    "mustard",
    "kiss",
    "death",
    "bus",
    "stop",
    "very",
    "extremely",
    "Very",
    "AWESOME",
    "terrible",
    "no.",
]


@pytest.fixture(scope="module")
def pair():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(), fast_analyzer_class()()


def test_same_scores_on_every_labelled_text(pair) -> None:
    original, fast = pair
    texts = [d["text"] for d in load_data("entry_labels.json")["texts"]]
    texts += [d["text"] for d in load_data("relationship_sentences.json")["sentences"]]
    texts += [d["text"] for d in load_data("general_sentences.json")["sentences"]]
    for text in texts:
        assert fast.polarity_scores(text) == original.polarity_scores(text), text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=14),
    st.sampled_from(["", ".", "!", "!!", "??", " 😊"]),
)
def test_same_scores_on_generated_sentences(pair, words: list[str], end: str) -> None:
    original, fast = pair
    text = " ".join(words) + end
    assert fast.polarity_scores(text) == original.polarity_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_same_scores_on_any_text(pair, text: str) -> None:
    original, fast = pair
    assert fast.polarity_scores(text) == original.polarity_scores(text)
