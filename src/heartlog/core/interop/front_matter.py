"""A small, strict reader for the YAML front matter of Markdown entries.

Only the safe subset journals use is accepted, one ``key: value`` per line:
plain scalars, 'single' or "double" quoted strings, ``true``/``false``,
whole numbers, flow lists ``[a, "b c"]`` and block lists (``key:`` then
``- item`` lines). Comments (``# ...``) and blank lines are skipped. Anything
else (nested maps, ``|`` blocks, anchors) is an ImportFormatError that names the
line, never a guess.
"""

from __future__ import annotations

import json
import re
from typing import Any

from heartlog.core.errors import ImportFormatError

FENCE = "---"
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)")
_ITEM = re.compile(r"[ \t]*-(?:[ \t]+(.*)|[ \t]*)")
_INT = re.compile(r"[-+]?\d{1,18}", re.ASCII)
_UNSUPPORTED_START = ("|", ">", "&", "*", "!", "{", "%", "@", "`")

FrontValue = str | bool | int | None | list[str | bool | int | None]


def split_front_matter(text: str, name: str) -> tuple[dict[str, FrontValue], str, int]:
    """(front matter, body, line number where the body starts) of a Markdown file."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        return {}, text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (FENCE, "..."):
            values = parse_front_matter(lines[1:index], name, first_line=2)
            return values, "\n".join(lines[index + 1 :]), index + 2
    raise ImportFormatError(
        "the front matter that starts on line 1 has no closing '---' line.", name
    )


def parse_front_matter(lines: list[str], name: str, first_line: int = 1) -> dict[str, FrontValue]:
    values: dict[str, FrontValue] = {}
    open_list: str | None = None
    for offset, line in enumerate(lines):
        where = f"{name}, line {first_line + offset}"
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        item = _ITEM.fullmatch(line)
        if item is not None and open_list is not None:
            listed = values[open_list]
            assert isinstance(listed, list)
            listed.append(_scalar((item[1] or "").strip(), where))
            continue
        key = _KEY.fullmatch(line)
        if key is None or line[0] in " \t":
            raise ImportFormatError(
                "the front matter line is not 'key: value'. Correct it and try again.", where
            )
        if key[1] in values:
            raise ImportFormatError(f"'{key[1]}' is given twice in the front matter.", where)
        raw = (key[2] or "").strip()
        if not raw:
            values[key[1]] = []
            open_list = key[1]
            continue
        open_list = None
        values[key[1]] = _flow_list(raw, where) if raw.startswith("[") else _scalar(raw, where)
    return {k: (None if v == [] else v) for k, v in values.items()}


def _strip_comment(raw: str) -> str:
    cut = raw.find(" #")
    return raw[:cut].rstrip() if cut >= 0 else raw


def _scalar(raw: str, where: str) -> str | bool | int | None:
    if raw.startswith('"'):
        end = _closing_double_quote(raw)
        if end < 0 or _strip_comment(raw[end + 1 :]).strip():
            raise ImportFormatError("a quoted value is not closed properly.", where)
        try:
            value = json.loads(raw[: end + 1])
        except ValueError:
            raise ImportFormatError("a quoted value has a broken escape.", where) from None
        return value  # type: ignore[no-any-return]
    if raw.startswith("'"):
        body, rest = _single_quoted(raw, where)
        if _strip_comment(rest).strip():
            raise ImportFormatError("a quoted value is not closed properly.", where)
        return body
    raw = _strip_comment(raw).strip()
    if raw.startswith(_UNSUPPORTED_START):
        raise ImportFormatError(
            "this front matter value is not supported; write it on one line, in quotes.", where
        )
    lowered = raw.lower()
    if lowered in ("true", "yes"):
        return True
    if lowered in ("false", "no"):
        return False
    if lowered in ("null", "~", ""):
        return None
    if _INT.fullmatch(raw):
        return int(raw)
    return raw


def _closing_double_quote(raw: str) -> int:
    escaped = False
    for index in range(1, len(raw)):
        char = raw[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return index
    return -1


def _single_quoted(raw: str, where: str) -> tuple[str, str]:
    out: list[str] = []
    index = 1
    while index < len(raw):
        char = raw[index]
        if char == "'":
            if raw[index + 1 : index + 2] == "'":
                out.append("'")
                index += 2
                continue
            return "".join(out), raw[index + 1 :]
        out.append(char)
        index += 1
    raise ImportFormatError("a quoted value is not closed.", where)


def _flow_list(raw: str, where: str) -> list[Any]:
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if isinstance(value, list) and all(isinstance(v, str | int | bool) for v in value):
        return value
    raw = _strip_comment(raw).strip()
    if not raw.endswith("]"):
        raise ImportFormatError("a list in the front matter is not closed with ']'.", where)
    inner = raw[1:-1].strip()
    if not inner:
        return []
    items: list[Any] = []
    for part in inner.split(","):
        part = part.strip()
        if part.startswith(("[", "{")):
            raise ImportFormatError("nested lists are not supported in front matter.", where)
        items.append(_scalar(part, where))
    return items
