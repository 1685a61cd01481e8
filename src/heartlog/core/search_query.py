"""Turns anything a person types into a safe FTS5 query of plain words."""

from __future__ import annotations

import re

MAX_TERMS = 32
MAX_TERM_CHARS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def terms(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, underscore), lower-cased, unique, capped."""
    seen: dict[str, None] = {}
    for match in _WORD.finditer(text):
        word = match.group(0).lower()[:MAX_TERM_CHARS]
        seen.setdefault(word, None)
        if len(seen) >= MAX_TERMS:
            break
    return list(seen)


def fts_match(text: str, prefix_last: bool = False) -> str | None:
    """An FTS5 MATCH expression requiring every word, or None when there are none.

    Each word is a quoted string, so operators (AND, NOT, NEAR, ``*``, ``-``,
    ``:``, quotes) in the input are just words and can never be a syntax error.
    With ``prefix_last`` the final word also matches as a prefix (live search).
    """
    words = terms(text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)
