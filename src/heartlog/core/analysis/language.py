"""Is a text English enough for VADER? Coverage by known English words.

A word is known when it is in the shipped English word list, VADER's lexicon
or the relationship lexicon. Texts of fewer than ``min_words`` words pass when
at least one word is known (or when they have no words at all: emoji only).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from itertools import filterfalse

from heartlog.core.analysis.lexicon import english_words
from heartlog.core.analysis.tokens import normalise_quotes

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# The same on lower-cased ASCII text, where the only letters are a-z (a third faster).
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Coverage:
    words: int
    known: int
    ok: bool

    @property
    def ratio(self) -> float:
        return self.known / self.words if self.words else 1.0


class CoverageCheck:
    """``english_coverage`` with the known words merged once (an analyser keeps one)."""

    def __init__(self, extra: Collection[str] = ()) -> None:
        common, self.min_coverage, self.min_words = english_words()
        self._common = common
        self._known = common.union(extra)

    def __call__(self, text: str) -> Coverage:
        lowered = normalise_quotes(text).lower()
        words = (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
        if not words:
            return Coverage(0, 0, True)
        known_words = self._known
        # One C-level pass counts the known words; only the rest can be possessives.
        known = sum(map(known_words.__contains__, words))
        if known < len(words) and "'s" in lowered:
            common = self._common
            unknown = filterfalse(known_words.__contains__, words)
            known += sum(1 for w in unknown if w.endswith("'s") and w[:-2] in common)
        if len(words) < self.min_words:
            return Coverage(len(words), known, known > 0)
        return Coverage(len(words), known, known / len(words) >= self.min_coverage)


def english_coverage(text: str, extra: Collection[str] = ()) -> Coverage:
    return CoverageCheck(extra)(text)
