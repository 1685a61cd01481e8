"""Filling Qt-style ``%1``..``%9`` placeholders of translated text in one pass."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *args: str) -> str:
    """``fill("%1 to %2", "a", "b")``: each ``%N`` replaced once, so values may hold ``%2``."""
    return _PLACEHOLDER.sub(
        lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], text
    )
