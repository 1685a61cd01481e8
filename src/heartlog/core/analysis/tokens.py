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
from typing import Any, Generic, TypeVar

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


def _ascii_tables() -> tuple[bytes, bytes]:
    """Byte tables doing ``_TOKEN_TABLE`` (and ``lower``) on ASCII text in one C call.

    ``str.translate`` looks every character up in a dict (~2 us a sentence);
    ``bytes.translate`` is a table index. Clause punctuation becomes a single
    ``,`` here, widened to `` , `` afterwards, so the text is the same.
    """
    keep = bytearray(range(256))
    for ch, to in _TOKEN_MAP.items():
        if ord(ch) < 128:
            keep[ord(ch)] = ord("," if to == " , " else to)
    lower = bytearray(keep)
    for c in range(ord("A"), ord("Z") + 1):
        lower[c] = c + 32
    return bytes(keep), bytes(lower)


_ASCII_KEEP_CASE, _ASCII_LOWER = _ascii_tables()


def normalise_quotes(text: str) -> str:
    return text if text.isascii() else text.translate(QUOTES)


def match_tokens(text: str, keep_case: bool = False) -> list[str]:
    """Lower-case word tokens of ``text`` for phrase matching (see module doc).

    With ``keep_case`` the same tokens in their original case (for names).
    """
    if text.isascii():
        table = _ASCII_KEEP_CASE if keep_case else _ASCII_LOWER
        cleaned = text.encode("ascii").translate(table).decode("ascii").replace(",", " , ")
    else:
        cleaned = text.translate(_TOKEN_TABLE)
        if not keep_case:
            cleaned = cleaned.lower()
    tokens = cleaned.split()
    if "'" not in cleaned and "-" not in cleaned:
        return tokens  # nothing to strip: the common case, without a loop in Python
    out: list[str] = []
    for tok in tokens:
        if "'" in tok or "-" in tok:
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


_END = ""  # the key under which a trie node keeps the tags of a phrase ending there


class PhraseIndex(Generic[T]):
    """Phrases (token tuples) with tags, in a trie keyed by token.

    Matching costs a dictionary step per word actually matched, however many
    phrases share a first word.
    """

    def __init__(self, items: Iterable[tuple[tuple[str, ...], T]]) -> None:
        root: dict[str, Any] = {}
        count = 0
        for tokens, tag in items:
            if not tokens:
                continue
            node = root
            for tok in tokens:
                node = node.setdefault(tok, {})
            tags = node.setdefault(_END, [])
            if not tags:
                count += 1
            if tag not in tags:
                tags.append(tag)
        self._root = _freeze(root)
        self._keys = frozenset(self._root)
        self.size = count

    def __contains__(self, word: str) -> bool:
        return word in self._root

    def phrases(self) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        stack: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), self._root)]
        while stack:
            prefix, node = stack.pop()
            for key, child in node.items():
                if key == _END:
                    out.append(prefix)
                else:
                    stack.append(((*prefix, key), child))
        return out

    def occurs_in(self, tokens: Sequence[str]) -> bool:
        """Whether any phrase could start in ``tokens`` (a quick test before matching)."""
        return not self._keys.isdisjoint(tokens)

    def _ends(
        self, tokens: Sequence[str], i: int, blocked: Sequence[bool] | None
    ) -> list[tuple[int, tuple[T, ...]]]:
        """(end, tags) of every phrase starting at ``i``, shortest first."""
        out: list[tuple[int, tuple[T, ...]]] = []
        node = self._root
        n = len(tokens)
        j = i
        while j < n:
            if blocked and blocked[j]:
                break
            node = node.get(tokens[j])
            if node is None:
                break
            j += 1
            tags = node.get(_END)
            if tags is not None:
                out.append((j, tags))
        return out

    def longest(
        self, tokens: Sequence[str], blocked: Sequence[bool] | None = None
    ) -> list[Match[T]]:
        """Left to right, the longest phrase at each place; matched words are used up."""
        if self._keys.isdisjoint(tokens):
            return []
        found: list[Match[T]] = []
        root = self._root
        free = 0
        for i, tok in enumerate(tokens):
            if i < free or tok not in root:
                continue
            ends = self._ends(tokens, i, blocked)
            if ends:
                end, tags = ends[-1]
                found.append(Match(i, end, tags, tuple(tokens[i:end])))
                free = end
        return found

    def every(self, tokens: Sequence[str], blocked: Sequence[bool] | None = None) -> list[Match[T]]:
        """Every phrase that occurs, overlaps included (for independent features)."""
        if self._keys.isdisjoint(tokens):
            return []
        root = self._root
        return [
            Match(i, end, tags, tuple(tokens[i:end]))
            for i, tok in enumerate(tokens)
            if tok in root
            for end, tags in self._ends(tokens, i, blocked)
        ]


def _freeze(node: dict[str, Any]) -> dict[str, Any]:
    return {k: (tuple(v) if k == _END else _freeze(v)) for k, v in node.items()}


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
