"""The translatable texts of HeartLog's content files and their translation overlays, validated.

Every human-facing text of a content file has a *text path*: the file, then
the keys that lead to it (``prompts.json:prompts/forgiveness.01/why``,
``practices.json:themes/money/i_statements``). A translation overlay
``<name>.<lang>.json`` (beside ``prompts.json``; in ``analysis/translations/``
for the analysis files, whose folder holds only versioned data files) is a
tree of the same keys with translated strings at the leaves, plus
``language`` and ``base_version`` (see ``resources/prompts/README.md``). Anything an overlay leaves out stays
English; a path the English file lacks is a stale translation.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from heartlog.core.errors import HeartLogError
from heartlog.core.paths import resource_path

log = logging.getLogger(__name__)

TextPath = tuple[str, ...]
PROMPTS_FILE = ("prompts", "prompts.json")
ANALYSIS_FILES = (
    ("analysis", "practices.json"),
    ("analysis", "themes.json"),
    ("analysis", "obstacles.json"),
    ("analysis", "horsemen.json"),
)
CONTENT_FILES = (PROMPTS_FILE, *ANALYSIS_FILES)
OVERLAY_FOLDERS = {"prompts": ("prompts",), "analysis": ("analysis", "translations")}
ENGLISH = "en"
MAX_TEXT_LENGTH = 500
_HEADER = ("language", "base_version", "$schema")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


class ContentTranslationError(HeartLogError):
    """A content file or one of its translations is malformed; names the file and the text."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(
            f"The content file {source} is invalid: {where} {problem}. "
            "Fix that entry in the file (or reinstall HeartLog)."
        )
        self.source = source
        self.where = where
        self.problem = problem


def text_id(file_name: str, path: TextPath) -> str:
    """How a text is named in reports: ``practices.json:themes/money/i_statements``."""
    return f"{file_name}:{'/'.join(path)}"


# -- the English texts ---------------------------------------------------------------------
def _prompt_texts(data: Mapping[str, Any]) -> Iterator[tuple[TextPath, Any]]:
    for item in data.get("love_languages", ()):
        yield ("love_languages", item["id"]), item["name"]
    for section in ("practices", "pillars", "examples", "obstacles"):
        for item in data.get(section, ()):
            yield (section, item["id"], "name"), item["name"]
            yield (section, item["id"], "description"), item["description"]
    for prompt in data.get("prompts", ()):
        yield ("prompts", prompt["id"], "text"), prompt["text"]
        yield ("prompts", prompt["id"], "why"), prompt["why"]
        for n, follow_up in enumerate(prompt.get("follow_ups", ())):
            yield ("prompts", prompt["id"], "follow_ups", str(n)), follow_up


def _practice_texts(data: Mapping[str, Any]) -> Iterator[tuple[TextPath, Any]]:
    """Practice names and summaries, and each why keyed by its context and practice."""
    for pid, spec in data.get("practices", {}).items():
        yield ("practices", pid, "name"), spec.get("name")
        yield ("practices", pid, "summary"), spec.get("summary")
    for section in ("themes", "obstacles"):
        for context, pairs in data.get(section, {}).items():
            for pair in pairs:
                yield (section, context, pair.get("practice", "?")), pair.get("why")
    for horseman, pair in data.get("horsemen", {}).items():
        yield ("horsemen", horseman, pair.get("practice", "?")), pair.get("why")
    relapse = data.get("relapse", {})
    yield ("relapse", relapse.get("practice", "?")), relapse.get("why")


def _named_texts(section: str, fields: tuple[str, ...]) -> Any:
    def texts(data: Mapping[str, Any]) -> Iterator[tuple[TextPath, Any]]:
        for item_id, spec in data.get(section, {}).items():
            for name in fields:
                yield (section, item_id, name), spec.get(name)

    return texts


_EXTRACTORS = {
    "prompts.json": _prompt_texts,
    "practices.json": _practice_texts,
    "themes.json": _named_texts("themes", ("label",)),
    "obstacles.json": _named_texts("obstacles", ("name",)),
    "horsemen.json": _named_texts("horsemen", ("label", "description")),
}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ContentTranslationError(
            path.name, f"line {exc.lineno}, column {exc.colno}:", f"is not valid JSON ({exc.msg})"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentTranslationError(path.name, "the file", f"cannot be read ({exc})") from None


@lru_cache(maxsize=len(CONTENT_FILES))
def english_texts(folder: str, name: str) -> dict[TextPath, str]:
    """Every human-facing English text of a shipped content file, by text path."""
    data = _read_json(resource_path(folder, name))
    if not isinstance(data, dict):
        raise ContentTranslationError(name, "the file", "is not a JSON object")
    texts: dict[TextPath, str] = {}
    try:
        for path, text in _EXTRACTORS[name](data):
            if not isinstance(text, str) or not text.strip():
                raise ContentTranslationError(name, "/".join(path), "needs a text")
            texts[path] = text
    except (AttributeError, KeyError, TypeError) as exc:
        raise ContentTranslationError(
            name, "the file", f"has an unexpected shape ({exc})"
        ) from None
    return texts


def base_version(folder: str, name: str) -> int:
    version = _read_json(resource_path(folder, name)).get("version")
    return version if isinstance(version, int) else 0


# -- overlays ------------------------------------------------------------------------------
def overlay_candidates(name: str, language: str | None) -> list[str]:
    """Overlay file names for a locale name, most specific first (``de_AT`` -> de_AT, de)."""
    if not language:
        return []
    code = language.replace("-", "_").split(".")[0].split("@")[0]
    stem, suffix = name.rsplit(".", 1)
    codes = dict.fromkeys([code, code.split("_")[0]])
    return [f"{stem}.{c}.{suffix}" for c in codes if c and c != ENGLISH]


def _leaves(node: Any, path: TextPath) -> Iterator[tuple[TextPath, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, str(key)))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _leaves(value, (*path, str(n)))
    else:
        yield path, node


def _text_problem(text: Any, english: str) -> str | None:
    if not isinstance(text, str):
        return "must be a text"
    if len(text.strip()) < 1 or text != text.strip():
        return "must be a non-empty text without surrounding spaces"
    if "\n" in text:
        return "must be one line"
    if len(text) > MAX_TEXT_LENGTH:
        return f"is longer than {MAX_TEXT_LENGTH} characters"
    if sorted(_FORMAT_FIELD.findall(text)) != sorted(_FORMAT_FIELD.findall(english)):
        return "must keep the placeholders of the English text"
    return None


def parse_overlay(
    data: Any,
    source: str,
    english: Mapping[TextPath, str],
    language: str | None = None,
    strict: bool = False,
) -> dict[TextPath, str]:
    """The texts of a decoded overlay, checked against the English texts of its file.

    A path the English file lacks (a stale translation) is logged and skipped,
    or rejected when ``strict``; a malformed text is always rejected.
    """
    if not isinstance(data, dict):
        raise ContentTranslationError(source, "the file", "is not a JSON object")
    code = data.get("language")
    if not isinstance(code, str) or not _LANGUAGE.match(code):
        raise ContentTranslationError(source, "'language'", "must be a code such as 'de'")
    if language is not None and code != language:
        raise ContentTranslationError(source, "'language'", f"must be {language!r}")
    version = data.get("base_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ContentTranslationError(source, "'base_version'", "must be a positive whole number")
    body = {k: v for k, v in data.items() if k not in _HEADER}
    texts: dict[TextPath, str] = {}
    for path, text in _leaves(body, ()):
        where = "/".join(path) or "the file"
        if path not in english:
            if strict:
                raise ContentTranslationError(source, where, "is not in the English file")
            log.warning("translation %s: skipping unknown text %s", source, where)
            continue
        problem = _text_problem(text, english[path])
        if problem:
            raise ContentTranslationError(source, where, problem)
        texts[path] = text
    return texts


def find_overlay(
    folder: str, name: str, language: str | None, overlay_dir: Path | None = None
) -> Path | None:
    """The overlay file of a content file for a language, or None (English only)."""
    for candidate in overlay_candidates(name, language):
        if overlay_dir is not None:
            path = overlay_dir / candidate
            if path.is_file():
                return path
            continue
        try:
            return resource_path(*OVERLAY_FOLDERS[folder], candidate)
        except FileNotFoundError:
            continue
    return None


def translated_texts(
    folder: str,
    name: str,
    language: str | None,
    strict: bool = False,
    overlay_dir: Path | None = None,
) -> dict[TextPath, str]:
    """The overlay texts of a content file for a language (empty when none ships)."""
    path = find_overlay(folder, name, language, overlay_dir)
    if path is None:
        return {}
    data = _read_json(path)
    if isinstance(data, dict) and data.get("base_version") != base_version(folder, name):
        log.info("translation %s was made for an older %s; missing texts stay English", path, name)
    code = path.name.split(".")[-2]
    return parse_overlay(data, path.name, english_texts(folder, name), code, strict)


def missing_translations(language: str) -> list[str]:
    """Every human-facing content text (prompts and analysis) with no translation in ``language``.

    English needs none. Text ids look like ``prompts.json:prompts/forgiveness.01/why``.
    """
    if language.split("_")[0] == ENGLISH:
        return []
    missing: list[str] = []
    for folder, name in CONTENT_FILES:
        have = translated_texts(folder, name, language)
        missing += [text_id(name, p) for p in english_texts(folder, name) if p not in have]
    return missing
