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

from heartlog.core.analysis.lexicon import abbreviations

_EMOJI_CHARS = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764\u203c\u2049"
_EMOJI = re.compile(f"[{_EMOJI_CHARS}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{_EMOJI_CHARS}]*")
_CANDIDATE = re.compile(
    r"(?P<term>\.{2,}|\u2026+|[.!?][.!?\u2026]*)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)"
    rf"|(?P<emoji>[{_EMOJI_CHARS}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{_EMOJI_CHARS}]*"
    r"|(?<!\S)(?::-?[)(DPp]|;-?\)|<3|:'\()(?=\s))"
)
# Every candidate starts with one of these characters. Searching for them first
# is ~4x faster than ``_CANDIDATE.finditer``, which tries each alternative at
# every character (an alternation gives the regex engine no prefix to skip by).
_TRIGGER = re.compile(f"[.!?\u2026:;<{_EMOJI_CHARS}]")
# A candidate with what follows it (the spaces, then the next visible character)
# captured by a look-ahead, so one match answers every question about it.
_CANDIDATE_AHEAD = re.compile(f"(?:{_CANDIDATE.pattern})(?=(\\s*)(\\S?))")
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
    if "\n" not in text:
        return [(0, len(text))]
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


_ALNUM = re.compile(r"[^\W_]")  # exactly the characters for which str.isalnum() is true


def _word_before(block: str, pos: int) -> str:
    """The run of non-space characters ending at ``pos``, opening quotes dropped."""
    # Words are nearly always separated by plain spaces: find the last one in C,
    # then cut at any other whitespace in between (a newline in a joined line).
    word = block[block.rfind(" ", 0, pos) + 1 : pos]
    if not word.isalpha():  # isalpha() rules out whitespace without a split
        pieces = word.split()
        word = "" if not pieces or word[-1].isspace() else pieces[-1]
    return word.lstrip(_OPENERS)


def _is_boundary(
    block: str, m: re.Match[str], seg_start: int, never: frozenset[str], capital: frozenset[str]
) -> bool:
    term, close, emoji, space, nxt = m.groups()
    if not nxt:
        return True  # only spaces follow
    spaced = bool(space)
    if emoji is not None:
        return spaced and nxt.isupper()
    if spaced:
        # Decided without the word before: dialogue, "!"/"?", ellipses.
        if close and nxt.islower():
            return False  # '"Why?" she asked'
        if "!" in term or "?" in term:
            return True
        if len(term) > 1 or "\u2026" in term:
            return nxt.isupper()
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
    if lowered in never:
        return False
    if lowered in capital or "." in lowered:
        return nxt.isupper()
    if len(word) == 1 and word.isalpha() and word.isupper() and word != "I":
        return False  # an initial
    # "1. Went to the gym" is a list item, not a sentence.
    return not (word.isdigit() and block[seg_start : m.start()].strip() == word)


def _keep(text: str) -> bool:
    return text[0].isalnum() or _ALNUM.search(text) is not None or _EMOJI.search(text) is not None


def _candidates(block: str) -> list[re.Match[str]]:
    """``_CANDIDATE.finditer(block)`` (with the look-ahead), found from the trigger characters."""
    out: list[re.Match[str]] = []
    search, match = _TRIGGER.search, _CANDIDATE_AHEAD.match
    pos = 0
    while (trigger := search(block, pos)) is not None:
        m = match(block, trigger.start())  # look-behinds still see the text before
        if m is None:
            pos = trigger.start() + 1
        else:
            out.append(m)
            pos = m.end()
    return out


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` with their character offsets."""
    return [Span(*piece) for piece in sentence_pieces(text)]


def sentence_pieces(text: str) -> list[tuple[str, int, int]]:
    """``split_sentences`` as plain (text, start, end) tuples (the analyser's hot path)."""
    never, capital = abbreviations()
    spans: list[tuple[str, int, int]] = []
    for b_start, b_end in _blocks(text):
        block = text[b_start:b_end]
        seg_start = 0
        for m in _candidates(block):
            if m.end() <= seg_start or not _is_boundary(block, m, seg_start, never, capital):
                continue
            _add(spans, block, seg_start, m.end(), b_start)
            seg_start = m.end()
        _add(spans, block, seg_start, len(block), b_start)
    return spans


def _add(spans: list[tuple[str, int, int]], block: str, start: int, end: int, offset: int) -> None:
    piece = block[start:end]
    body = piece.lstrip()
    if not body:
        return
    lead = len(piece) - len(body)
    body = body.rstrip()
    if _keep(body):
        begin = offset + start + lead
        spans.append((body, begin, begin + len(body)))
