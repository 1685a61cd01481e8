"""Word tokens for phrase matching, and an index of phrases by their first word.

Matching works on cheap lower-case tokens: clause punctuation becomes a ``,``
token (a barrier for negation look-back), other punctuation disappears, curly
quotes become straight ones and a trailing ``'s`` is dropped, so "what's
wrong" and "What’s wrong" give the same tokens as the phrase in the data file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

BARRIER = ","

# Curly quotes to straight ones (VADER's negation list uses straight apostrophes).
QUOTE_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
}
QUOTES = str.maketrans(QUOTE_MAP)

_TOKEN_MAP: dict[str, str] = dict(QUOTE_MAP)
_TOKEN_MAP["\u201c"] = _TOKEN_MAP["\u201d"] = " "
for _ch in ",;:()[]{}\u2014\u2013":
    _TOKEN_MAP[_ch] = " , "
for _ch in '.!?"\u2026/\\*_~`<>|+=#@&^$%':
    _TOKEN_MAP[_ch] = " "
_TOKEN_TABLE = str.maketrans(_TOKEN_MAP)
_KEEP_S = frozenset({"let's"})


def normalise_quotes(text: str) -> str:
    return text.translate(QUOTES)


def match_tokens(text: str, keep_case: bool = False) -> list[str]:
    """Lower-case word tokens of ``text`` for phrase matching (see module doc).

    With ``keep_case`` the same tokens in their original case (for names).
    """
    out: list[str] = []
    cleaned = text.translate(_TOKEN_TABLE)
    for tok in (cleaned if keep_case else cleaned.lower()).split():
        if tok == BARRIER:
            out.append(tok)
            continue
        tok = tok.strip("'-")
        if not tok:
            continue
        if tok.endswith(("'s", "'S")) and tok.lower() not in _KEEP_S:
            tok = tok[:-2]
        out.append(tok)
    return out


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    tags: tuple[T, ...]
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words).replace(" , ", ", ")


class PhraseIndex(Generic[T]):
    """Phrases (token tuples) with tags, looked up by their first token."""

    def __init__(self, items: Iterable[tuple[tuple[str, ...], T]]) -> None:
        merged: dict[tuple[str, ...], list[T]] = {}
        for tokens, tag in items:
            if not tokens:
                continue
            tags = merged.setdefault(tokens, [])
            if tag not in tags:
                tags.append(tag)
        first: dict[str, list[tuple[tuple[str, ...], tuple[T, ...]]]] = {}
        for tokens, tags in merged.items():
            first.setdefault(tokens[0], []).append((tokens, tuple(tags)))
        for candidates in first.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._first = first
        self._keys = frozenset(first)
        self.size = len(merged)

    def __contains__(self, word: str) -> bool:
        return word in self._first

    def phrases(self) -> list[tuple[str, ...]]:
        return [phrase for candidates in self._first.values() for phrase, _ in candidates]

    def occurs_in(self, tokens: Sequence[str]) -> bool:
        """Whether any phrase could start in ``tokens`` (a quick test before matching)."""
        return not self._keys.isdisjoint(tokens)

    def _at(
        self, tokens: Sequence[str], i: int, blocked: Sequence[bool] | None
    ) -> list[tuple[tuple[str, ...], tuple[T, ...]]]:
        out = []
        n = len(tokens)
        for phrase, tags in self._first[tokens[i]]:
            end = i + len(phrase)
            if end <= n and (len(phrase) == 1 or tuple(tokens[i:end]) == phrase):
                if blocked and any(blocked[i:end]):
                    continue
                out.append((phrase, tags))
        return out

    def _starts(self, tokens: Sequence[str], blocked: Sequence[bool] | None) -> list[int]:
        first = self._first
        return [i for i, t in enumerate(tokens) if t in first and not (blocked and blocked[i])]

    def longest(
        self, tokens: Sequence[str], blocked: Sequence[bool] | None = None
    ) -> list[Match[T]]:
        """Left to right, the longest phrase at each place; matched words are used up."""
        if self._keys.isdisjoint(tokens):
            return []
        found: list[Match[T]] = []
        free = 0
        for i in self._starts(tokens, blocked):
            if i < free:
                continue
            hits = self._at(tokens, i, blocked)
            if hits:
                phrase, tags = hits[0]  # candidates are sorted longest first
                found.append(Match(i, i + len(phrase), tags, phrase))
                free = i + len(phrase)
        return found

    def every(self, tokens: Sequence[str], blocked: Sequence[bool] | None = None) -> list[Match[T]]:
        """Every phrase that occurs, overlaps included (for independent features)."""
        if self._keys.isdisjoint(tokens):
            return []
        return [
            Match(i, i + len(phrase), tags, phrase)
            for i in self._starts(tokens, blocked)
            for phrase, tags in self._at(tokens, i, blocked)
        ]


@lru_cache(maxsize=4096)
def phrase_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive pattern finding ``words`` (match tokens) in original text."""
    parts: list[str] = []
    for word in words:
        if word == BARRIER:
            parts.append(r"\s*[,;:()\u2014\u2013]\s*")
            continue
        if parts and not parts[-1].startswith(r"\s*["):
            parts.append(r"[^\w,;:()\u2014\u2013]+")
        body = re.escape(word).replace("'", "['\u2019]")
        parts.append(body + r"(?:['\u2019]s)?")
    return re.compile(r"(?<![\w'\u2019])" + "".join(parts) + r"(?![\w])", re.IGNORECASE)


def find_span(text: str, words: tuple[str, ...], start: int = 0) -> tuple[int, int] | None:
    """Character span of the first occurrence of ``words`` in ``text`` at or after ``start``."""
    m = phrase_regex(words).search(text, start)
    return None if m is None else (m.start(), m.end())
