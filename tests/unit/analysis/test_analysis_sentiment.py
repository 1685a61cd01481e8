"""Sentence scores with the relationship lexicon, and the entry score from sentences."""

from __future__ import annotations

import pytest
from analysis_labelled_sets import label_polarity, load_data, pearson, sign_accuracy

from heartlog.core.analysis.sentences import split_sentences
from heartlog.core.analysis.sentiment import SentenceScorer, aggregate, mood_band, scorer

NEGATIVE = [
    "I felt unheard",
    "I feel invisible",
    "I'm walking on eggshells around him",
    "he gave me the silent treatment",
    "she rolled her eyes at me",
]
POSITIVE = [
    "we made up and I felt seen",
    "she really listened to me tonight",
    "I felt so close to him",
]


@pytest.fixture(scope="module")
def bare():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@pytest.mark.parametrize("text", NEGATIVE + POSITIVE)
def test_bare_vader_calls_the_issue_examples_neutral(bare, text: str) -> None:
    assert bare.polarity_scores(text)["compound"] == 0.0


@pytest.mark.parametrize("text", NEGATIVE)
def test_relationship_examples_are_negative(text: str) -> None:
    assert scorer().score(text).compound <= -0.3


@pytest.mark.parametrize("text", POSITIVE)
def test_relationship_examples_are_positive(text: str) -> None:
    assert scorer().score(text).compound >= 0.3


def test_negation_intensifiers_and_but_still_apply() -> None:
    s = scorer()
    assert s.score("I didn't feel heard").compound < 0 < s.score("I felt heard").compound
    assert s.score("I'm not walking on eggshells anymore").compound > 0
    assert s.score("He wasn't there for me").compound < 0
    assert s.score("I felt really unheard").compound < s.score("I felt unheard").compound
    assert s.score("I felt so close to him").compound > s.score("I felt close to him").compound
    assert s.score("I felt unheard, but we made up").compound > 0
    assert s.score("We made up, but I still felt unheard").compound < 0
    # The phrase keeps VADER's capitals emphasis too.
    assert s.score("He WALKED OUT ON ME!").compound < s.score("He walked out on me!").compound


def test_keeping_to_a_plan_is_not_being_stuck() -> None:
    s = scorer()
    # Bare VADER reads "stuck" as trapped, so sticking to a budget scored negative.
    assert s.score("Stuck to the budget for two weeks.").compound > 0
    assert s.score("He never sticks to the budget.").compound < 0
    assert s.score("I feel stuck in this marriage.").compound < 0


def test_being_treated_like_a_child_is_negative() -> None:
    # Bare VADER reads "like" as liking: this complaint scored +0.64.
    s = scorer()
    assert s.score("He said I always treat him like a child about bills.").compound < 0
    assert s.score("He is acting like a child.").compound < 0
    assert s.score("She treats me like a queen.").compound > 0


def test_fighting_for_us_is_hopeful() -> None:
    s = scorer()
    assert s.score("I'm fighting for us.").compound > 0
    assert s.score("We are fighting for our marriage.").compound > 0
    assert s.score("We are not fighting for us anymore.").compound < 0


def test_expressions_found_are_reported() -> None:
    score = scorer().score("He gave me the silent treatment and rolled his eyes.")
    assert [w for w, _ in score.expressions] == ["silent treatment", "rolled his eyes"]


def test_the_module_default_lexicon_is_not_touched(bare) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    scorer()  # built: must not leak into other analyzers
    fresh = SentimentIntensityAnalyzer()
    assert "unheard" not in fresh.lexicon and "unheard" not in bare.lexicon
    assert not any(w.startswith("hlmwe") for w in fresh.lexicon)
    assert fresh.polarity_scores("I felt unheard")["compound"] == 0.0


def test_relationship_sentences_get_the_right_sign_and_strength(bare) -> None:
    data = load_data("relationship_sentences.json")["sentences"]
    labels = [d["label"] for d in data]
    ours = [scorer().score(d["text"]).compound for d in data]
    theirs = [bare.polarity_scores(d["text"])["compound"] for d in data]
    acc_ours, acc_bare = sign_accuracy(ours, labels), sign_accuracy(theirs, labels)
    r_ours, r_bare = pearson(ours, labels), pearson(theirs, labels)
    print(
        f"\nrelationship set ({len(data)}): sign accuracy {acc_ours:.2f} (bare VADER {acc_bare:.2f}), "
        f"correlation {r_ours:.3f} (bare VADER {r_bare:.3f})"
    )
    assert acc_ours >= 0.9
    assert r_ours >= 0.85
    # Sensible strength: strongly felt sentences score stronger than mild ones.
    strong = [abs(c) for c, lab in zip(ours, labels, strict=True) if abs(lab) >= 2]
    mild = [abs(c) for c, lab in zip(ours, labels, strict=True) if 0.5 <= abs(lab) <= 1]
    assert sum(strong) / len(strong) > sum(mild) / len(mild)
    neutral = [abs(c) for c, lab in zip(ours, labels, strict=True) if label_polarity(lab) == 0]
    assert max(neutral) < 0.55


def test_general_text_scores_no_worse_than_bare_vader(bare) -> None:
    data = load_data("general_sentences.json")["sentences"]
    labels = [d["label"] for d in data]
    ours = [scorer().score(d["text"]).compound for d in data]
    theirs = [bare.polarity_scores(d["text"])["compound"] for d in data]
    acc_ours, acc_bare = sign_accuracy(ours, labels), sign_accuracy(theirs, labels)
    r_ours, r_bare = pearson(ours, labels), pearson(theirs, labels)
    print(
        f"\ngeneral set ({len(data)}): sign accuracy {acc_ours:.2f} (bare VADER {acc_bare:.2f}), "
        f"correlation {r_ours:.3f} (bare VADER {r_bare:.3f})"
    )
    assert acc_ours >= acc_bare
    assert r_ours >= r_bare


@pytest.mark.parametrize("extended", [False, True], ids=["bare-lexicon", "relationship-lexicon"])
def test_entry_score_from_sentences_tracks_labels_at_least_as_well_as_whole_text(
    extended: bool,
) -> None:
    data = load_data("entry_labels.json")["texts"]
    assert len(data) >= 40
    s = SentenceScorer(extended=extended)
    labels = [d["label"] for d in data]
    whole = [s.score(d["text"]).compound for d in data]
    per_sentence = [
        aggregate([s.score(x.text) for x in split_sentences(d["text"])]).compound for d in data
    ]
    r_whole, r_agg = pearson(whole, labels), pearson(per_sentence, labels)
    acc_whole, acc_agg = sign_accuracy(whole, labels), sign_accuracy(per_sentence, labels)
    print(
        f"\n{len(data)} labelled texts, {'relationship' if extended else 'bare'} lexicon: "
        f"sentence aggregate r={r_agg:.3f} sign={acc_agg:.2f}; "
        f"VADER on the whole text r={r_whole:.3f} sign={acc_whole:.2f}"
    )
    assert r_agg >= r_whole - 0.001  # equal to three decimals counts as "as well"
    assert acc_agg >= acc_whole


def test_shipped_entry_score_beats_bare_vader_on_whole_text(bare) -> None:
    data = load_data("entry_labels.json")["texts"]
    labels = [d["label"] for d in data]
    ours = [
        aggregate([scorer().score(x.text) for x in split_sentences(d["text"])]).compound
        for d in data
    ]
    theirs = [bare.polarity_scores(d["text"])["compound"] for d in data]
    print(
        f"\nHeartLog entry score r={pearson(ours, labels):.3f}, bare VADER whole text "
        f"r={pearson(theirs, labels):.3f}"
    )
    assert pearson(ours, labels) > pearson(theirs, labels)
    assert sign_accuracy(ours, labels) >= sign_accuracy(theirs, labels)


def test_aggregate_edge_cases() -> None:
    assert aggregate([]).compound == 0.0
    one = scorer().score("What a lovely day.")
    assert aggregate([one]).compound == pytest.approx(one.compound, abs=1e-4)
    assert mood_band(None) is None
    assert [mood_band(c) for c in (-0.9, -0.2, 0.0, 0.2, 0.9)] == [-2, -1, 0, 1, 2]
