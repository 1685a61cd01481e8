"""All of an analyser's phrase indexes merged into one trie, scanned once per sentence.

The analysis looks each sentence up in five phrase indexes (relationship
expressions, people, conflict/resolution events, themes, features). Walking
five tries means five Python loops over the same tokens, and about half the
tokens of journal text start some phrase. The scanner merges the tries so one
walk finds every phrase of every family; it then applies each family's rule
exactly as ``PhraseIndex`` does: ``longest`` (left to right, the longest
phrase at each place, matched words used up) or ``every`` (all occurrences,
shortest first at each place).

A found phrase is a plain ``(start, end, tags)`` tuple: most sentences find a
few, and a tuple costs a fraction of a ``Match``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from heartlog.core.analysis.tokens import BARRIER, PhraseIndex

Found = tuple[int, int, tuple[Any, ...]]  # (start, end, tags) with tokens[start:end] the phrase

# Family numbers: the position of each family's list in what ``scan`` returns.
EXPRESSIONS, PERSONS, EVENTS, THEMES, FEATURES = range(5)
_LONGEST = (EXPRESSIONS, PERSONS, EVENTS)

# A node: (children by token, ((family, tags), ...) of the phrases ending here).
_Node = tuple[dict[str, Any], tuple[tuple[int, tuple[Any, ...]], ...]]
_END = ""  # PhraseIndex's key for the tags of a phrase ending at a node


def _merge(into: dict[str, Any], node: dict[str, Any], family: int) -> None:
    for key, child in node.items():
        if key == _END:
            into.setdefault(_END, []).append((family, child))
        else:
            _merge(into.setdefault(key, {}), child, family)


def _compile(node: dict[str, Any]) -> _Node:
    children = {k: _compile(v) for k, v in node.items() if k != _END}
    return children, tuple(node.get(_END, ()))


class PhraseScanner:
    """One trie over the five families of phrase indexes (built once per analyser)."""

    def __init__(self, indexes: Sequence[PhraseIndex[Any]]) -> None:
        if len(indexes) != 5:
            raise ValueError("a scanner needs the five phrase families")
        merged: dict[str, Any] = {}
        for family, index in enumerate(indexes):
            _merge(merged, index._root, family)
        self._root: dict[str, _Node] = _compile(merged)[0]

    def scan(self, tokens: Sequence[str]) -> list[list[Found]]:
        """Per family, the phrases found in ``tokens`` (``longest`` or ``every``, see above)."""
        found: list[list[Found]] = [[], [], [], [], []]
        root = self._root
        n = len(tokens)
        for i, tok in enumerate(tokens):
            node = root.get(tok)
            j = i + 1
            while node is not None:
                children, ends = node
                for family, tags in ends:
                    found[family].append((i, j, tags))
                if j == n or not children:
                    break
                node = children.get(tokens[j])
                j += 1
        for family in _LONGEST:
            if len(found[family]) > 1:
                found[family] = longest(found[family])
        return found


def longest(candidates: list[Found]) -> list[Found]:
    """``PhraseIndex.longest`` from every phrase of one family (in scan order)."""
    out: list[Found] = []
    free = 0
    last = len(candidates) - 1
    for k, item in enumerate(candidates):
        start = item[0]
        # Candidates at one place come shortest first: take the last, if its words are free.
        if start < free or (k < last and candidates[k + 1][0] == start):
            continue
        out.append(item)
        free = item[1]
    return out


def phrase_text(tokens: Sequence[str], start: int, end: int) -> str:
    """``Match.text``: the phrase's tokens as words, a barrier shown as a comma."""
    if end - start == 1:
        return tokens[start]
    return " ".join(tokens[start:end]).replace(f" {BARRIER} ", f"{BARRIER} ")


_lock = threading.Lock()
_scanners: dict[tuple[int, ...], tuple[tuple[PhraseIndex[Any], ...], PhraseScanner]] = {}


def scanner_for(indexes: Sequence[PhraseIndex[Any]]) -> PhraseScanner:
    """The scanner of these indexes, built once while they live (keyed by identity)."""
    key = tuple(map(id, indexes))
    with _lock:
        hit = _scanners.get(key)
        if hit is None:
            # The entry keeps the indexes alive, so their ids cannot be reused.
            hit = _scanners[key] = (tuple(indexes), PhraseScanner(indexes))
            if len(_scanners) > 8:  # data reloaded many times (tests): forget the oldest
                del _scanners[next(iter(_scanners))]
        return hit[1]


def clear_scanners() -> None:
    with _lock:
        _scanners.clear()
