"""Reading a JSON document from an import file, with errors that name the line."""

from __future__ import annotations

import json
from typing import Any

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.model import decode_text


def load_json(data: bytes, name: str) -> Any:
    text = decode_text(data, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"line {exc.lineno} is not valid JSON ({exc.msg}). Nothing was imported.", name
        ) from None
    except (ValueError, RecursionError):
        raise ImportFormatError("is not valid JSON (too deep or too large).", name) from None


def entry_list(document: Any, name: str, what: str) -> list[Any]:
    """The ``entries`` array of a journal export, or a clear error."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError(f'is not a {what}: it has no "entries" list.', name)
    return document["entries"]


def entry_object(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ImportFormatError("is not a JSON object.", where)
    return item


def optional_bool(item: dict[str, Any], key: str, where: str) -> bool:
    value = item.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ImportFormatError(f'"{key}" must be true or false.', where)
    return value


def optional_list(item: dict[str, Any], key: str, where: str) -> list[Any]:
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFormatError(f'"{key}" must be a list.', where)
    return value


def required_str(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ImportFormatError(f'"{key}" is missing; every entry needs one.', where)
    return value
