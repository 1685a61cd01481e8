"""VADER per sentence, extended with the relationship lexicon, and the entry score.

``vaderSentiment`` is imported only when a scorer is first built, never at
start-up. The scorer owns a *copy* of VADER's lexicon with HeartLog's words
and one placeholder token per multi-word expression; each expression found in
a sentence is rewritten to its placeholder before VADER runs, so VADER's own
negation ("didn't feel heard"), intensifier ("so close to him") and "but"
rules apply to it. Other analyzers in the process are never touched.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from analysis_reference.lexicon import SentimentLexicon, load_sentiment_lexicon
from analysis_reference.tokens import match_tokens, normalise_quotes, phrase_regex

# Entry score: a sentence weighs BASE_WEIGHT plus its own strength, and the last
# one (how the writer left the day) a little more.
BASE_WEIGHT = 0.25
LAST_SENTENCE_FACTOR = 1.25
NEUTRAL_BAND = 0.05  # VADER's usual threshold between neutral and positive/negative


@dataclass(frozen=True, slots=True)
class Score:
    compound: float
    pos: float
    neu: float
    neg: float
    # Multi-word expressions found: (words, valence)
    expressions: tuple[tuple[str, float], ...] = ()

    def as_dict(self) -> dict[str, float]:
        return {"compound": self.compound, "pos": self.pos, "neu": self.neu, "neg": self.neg}


ZERO = Score(0.0, 0.0, 0.0, 0.0)


class SentenceScorer:
    """Scores sentences with VADER plus the relationship lexicon (thread-safe reads)."""

    def __init__(self, lexicon: SentimentLexicon | None = None, extended: bool = True) -> None:
        self.lexicon = lexicon or load_sentiment_lexicon()
        self.extended = extended
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._vader = SentimentIntensityAnalyzer()  # the original, not vader_fast
        if extended:
            merged = dict(self._vader.lexicon)  # a copy: the module default stays bare
            merged.update(self.lexicon.words)
            merged.update(self.lexicon.placeholders)
            self._vader.lexicon = merged
        self._index = self.lexicon.phrases

    def known_words(self) -> frozenset[str]:
        """Words VADER or the relationship lexicon know (for the language check)."""
        return frozenset(self._vader.lexicon) | frozenset(self.lexicon.words)

    def score(self, sentence: str, tokens: Sequence[str] | None = None) -> Score:
        text = normalise_quotes(sentence)
        if not self.extended:
            return _score(self._vader.polarity_scores(text))
        if tokens is None:
            tokens = match_tokens(text)
        found: list[tuple[str, float]] = []
        index = self._index
        if index.occurs_in(tokens):
            for m in index.longest(tokens):
                placeholder, valence = m.tags[0]
                pattern = phrase_regex(m.words)
                hit = pattern.search(text)
                if hit is None:
                    continue
                word = placeholder.upper() if hit.group(0).isupper() else placeholder
                text = text[: hit.start()] + word + text[hit.end() :]
                found.append((m.text, valence))
        return _score(self._vader.polarity_scores(text), tuple(found))


def _score(raw: dict[str, float], expressions: tuple[tuple[str, float], ...] = ()) -> Score:
    return Score(raw["compound"], raw["pos"], raw["neu"], raw["neg"], expressions)


_lock = threading.Lock()
_scorers: dict[bool, SentenceScorer] = {}


def scorer(extended: bool = True) -> SentenceScorer:
    """The process-wide cached scorer (built once: loading VADER takes ~15 ms)."""
    with _lock:
        if extended not in _scorers:
            _scorers[extended] = SentenceScorer(extended=extended)
        return _scorers[extended]


def aggregate(scores: Sequence[Score], lengths: Sequence[int] | None = None) -> Score:
    """The entry score from its sentence scores.

    ``compound`` is a weighted mean of the sentence compounds: emotional
    sentences weigh more than neutral ones and the last sentence a little
    more. ``pos``/``neu``/``neg`` are the word-weighted means.
    """
    if not scores:
        return ZERO
    weights = [BASE_WEIGHT + abs(s.compound) for s in scores]
    weights[-1] *= LAST_SENTENCE_FACTOR
    compound = sum(w * s.compound for w, s in zip(weights, scores, strict=True)) / sum(weights)
    sizes = list(lengths) if lengths else [1] * len(scores)
    total = sum(sizes) or 1
    pos = sum(n * s.pos for n, s in zip(sizes, scores, strict=True)) / total
    neu = sum(n * s.neu for n, s in zip(sizes, scores, strict=True)) / total
    neg = sum(n * s.neg for n, s in zip(sizes, scores, strict=True)) / total
    return Score(round(compound, 4), round(pos, 3), round(neu, 3), round(neg, 3))


def polarity(compound: float | None) -> int:
    """-1, 0 or 1 with VADER's neutral band."""
    if compound is None or math.isnan(compound):
        return 0
    if compound >= NEUTRAL_BAND:
        return 1
    if compound <= -NEUTRAL_BAND:
        return -1
    return 0


def mood_band(compound: float | None) -> int | None:
    """-2..2 for an entry's mood colour (None when it was not analysed)."""
    if compound is None:
        return None
    if compound <= -0.5:
        return -2
    if compound <= -NEUTRAL_BAND:
        return -1
    if compound < NEUTRAL_BAND:
        return 0
    if compound < 0.5:
        return 1
    return 2
