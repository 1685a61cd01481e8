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
# The same on lower-cased ASCII text, where the only letters are a-z.
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# ASCII text lower-cased with everything but letters and apostrophes made a space:
# its space-separated runs are _ASCII_WORD's matches, except around apostrophes.
_ASCII_LETTERS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 39 else 32 for c in range(256)
)


def _ascii_words(text: str) -> tuple[list[str], str]:
    """``_ASCII_WORD.findall(text.lower())`` with the regex only where an apostrophe is,
    and the lower-cased letters it looked at (about twice as fast)."""
    cleaned = text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii")
    words = cleaned.split()
    if "'" not in cleaned:
        return words, cleaned
    # A match never spans a space, so matching run by run finds the same words.
    out: list[str] = []
    for word in words:
        if "'" in word:
            out += _ASCII_WORD.findall(word)
        else:
            out.append(word)
    return out, cleaned


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
        text = normalise_quotes(text)
        if text.isascii():
            words, lowered = _ascii_words(text)
        else:
            lowered = text.lower()
            words = _WORD.findall(lowered)
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
