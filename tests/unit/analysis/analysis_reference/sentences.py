"""A sentence splitter for journal text.

Rules, in order: a blank line, a list item and a newline after a finished
line always end a sentence (a line that stops mid-sentence and continues in
lower case on the next line is one sentence: hard-wrapped imports). Inside a
paragraph, ``.``, ``!``, ``?`` and ellipses end a sentence, with closing
quotes and brackets kept on the sentence they close, except: after titles and
"e.g." (never), after "etc." or "p.m." (only before a capital), after an
initial ("J. K."), an ellipsis or a closing quote followed by a lower-case word
(dialogue: '"Why?" she asked'). A missing space ("sad.He left") still splits,
and so does an emoji or emoticon followed by a capitalised word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis_reference.lexicon import abbreviations

_EMOJI_CHARS = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764\u203c\u2049"
_EMOJI = re.compile(f"[{_EMOJI_CHARS}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{_EMOJI_CHARS}]*")
_CANDIDATE = re.compile(
    r"(?P<term>\.{2,}|\u2026+|[.!?][.!?\u2026]*)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)"
    rf"|(?P<emoji>[{_EMOJI_CHARS}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{_EMOJI_CHARS}]*"
    r"|(?<!\S)(?::-?[)(DPp]|;-?\)|<3|:'\()(?=\s))"
)
_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013]\s|\d+[.)]\s|#+\s)")
_LINE_END_DONE = re.compile(rf"[.!?\u2026:;\"'\u201d\u2019)\]{_EMOJI_CHARS}\ufe0f]\s*$")
_OPENERS = "\"'(\u201c\u2018[\u00ab"


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence: its text and where it is in the analysed text."""

    text: str
    start: int
    end: int


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of text between hard line breaks."""
    blocks: list[tuple[int, int]] = []
    lines = text.split("\n")
    start = 0
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        joins = (
            nxt is not None
            and line.strip() != ""
            and nxt.strip() != ""
            and not _LINE_END_DONE.search(line)
            and nxt.lstrip()[:1].islower()
            and not _LIST_ITEM.match(nxt)
        )
        if not joins:
            blocks.append((start, end))
            start = end + 1
        pos = end + 1
    return blocks


def _word_before(block: str, pos: int) -> str:
    j = pos
    while j > 0 and not block[j - 1].isspace():
        j -= 1
    return block[j:pos].lstrip(_OPENERS)


def _is_boundary(block: str, m: re.Match[str], seg_start: int) -> bool:
    never, capital = abbreviations()
    after = block[m.end() :]
    stripped = after.lstrip()
    if not stripped:
        return True
    nxt = stripped[0]
    spaced = after[:1].isspace()
    if m.group("emoji") is not None:
        return spaced and nxt.isupper()
    term, close = m.group("term"), m.group("close")
    word = _word_before(block, m.start())
    lowered = word.lower()
    if not spaced:
        # "sad.He left": split only between two real words.
        return (
            not close
            and len(word) >= 2
            and word[-1].islower()
            and "." not in word
            and nxt.isupper()
            and lowered not in never
            and lowered not in capital
        )
    if close and nxt.islower():
        return False  # '"Why?" she asked'
    if "!" in term or "?" in term:
        return True
    if len(term) > 1 or "\u2026" in term:
        return nxt.isupper()
    if lowered in never:
        return False
    if lowered in capital or "." in lowered:
        return nxt.isupper()
    if len(word) == 1 and word.isalpha() and word.isupper() and word != "I":
        return False  # an initial
    # "1. Went to the gym" is a list item, not a sentence.
    return not (word.isdigit() and block[seg_start : m.start()].strip() == word)


def _keep(text: str) -> bool:
    return any(ch.isalnum() for ch in text) or _EMOJI.search(text) is not None


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` with their character offsets."""
    spans: list[Span] = []
    for b_start, b_end in _blocks(text):
        block = text[b_start:b_end]
        seg_start = 0
        for m in _CANDIDATE.finditer(block):
            if m.end() <= seg_start or not _is_boundary(block, m, seg_start):
                continue
            _add(spans, block, seg_start, m.end(), b_start)
            seg_start = m.end()
        _add(spans, block, seg_start, len(block), b_start)
    return spans


def _add(spans: list[Span], block: str, start: int, end: int, offset: int) -> None:
    piece = block[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece and _keep(piece):
        begin = offset + start + lead
        spans.append(Span(piece, begin, begin + len(piece)))
