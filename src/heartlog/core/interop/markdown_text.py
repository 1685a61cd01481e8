"""Titles and escapes in Markdown entry text (Day One, Markdown folders)."""

from __future__ import annotations

import re

# A first line longer than this reads as a paragraph, not a title.
MAX_TITLE_CHARS = 100

_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
# Day One escapes Markdown punctuation in its exports ("Hello\. Bye\!").
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<])")


def unescape_markdown(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def heading_text(line: str) -> str | None:
    """The text of a ``# Heading`` line, else None."""
    match = _HEADING.fullmatch(line.strip())
    return match[1].strip() if match else None


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line is the title when it is a Markdown heading,
    or a short line followed by more text; otherwise everything is the body.
    """
    stripped = text.strip("\n")
    first, _, rest = stripped.partition("\n")
    heading = heading_text(first)
    if heading is not None:
        return heading, rest.strip("\n").rstrip()
    if rest.strip() and len(first.strip()) <= MAX_TITLE_CHARS:
        return first.strip(), rest.strip("\n").rstrip()
    return "", stripped.rstrip()
