"""Loading and validating the analysis data files in ``resources/analysis/``.

Every rule of the analysis is data: lexicons, markers, themes, obstacles,
practices, abbreviations and the English word list. Each file carries a
``version``; together with ``CODE_VERSION`` they make the analyser version
stored with every cached result, so changing a file re-analyses the journal.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis_reference.tokens import PhraseIndex, match_tokens
from heartlog.core.errors import HeartLogError
from heartlog.core.paths import resource_path

log = logging.getLogger(__name__)

# Bump when the analysis code changes what it stores or how it decides.
CODE_VERSION = 4

THEMES = (
    "money",
    "chores",
    "family",
    "work",
    "affection",
    "communication",
    "parenting",
    "trust",
    "plans",
    "health",
)
HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")
OBSTACLES = (
    "fear_of_vulnerability",
    "poor_communication",
    "lack_of_trust",
    "differing_needs",
    "external_stressors",
    "unresolved_conflicts",
)
GENDERS = ("m", "f", "any", "pl")
MAX_VALENCE = 4.0
MAX_EXPANSIONS = 5000

# The files that shape per-entry results (their versions form the analyser version).
ENTRY_FILES = (
    "relationship_lexicon.json",
    "markers.json",
    "themes.json",
    "obstacles.json",
    "english_words.json",
    "sentences.json",
)
PRACTICES_FILE = "practices.json"


class AnalysisDataError(HeartLogError):
    """A shipped analysis data file is missing or malformed."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(
            f"The analysis data file {name} is damaged ({problem}). Reinstall HeartLog."
        )
        self.name = name
        self.problem = problem


def read_json(name: str) -> dict[str, Any]:
    try:
        path = resource_path("analysis", name)
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnalysisDataError(name, "file missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnalysisDataError(name, f"unreadable: {exc}") from None
    if not isinstance(data, dict):
        raise AnalysisDataError(name, "top level is not an object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AnalysisDataError(name, "'version' must be a positive whole number")
    return data


def _need(name: str, data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise AnalysisDataError(name, f"'{key}' is missing or has the wrong type")
    return value


def _strings(name: str, value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AnalysisDataError(name, f"'{where}' must be a list of non-empty strings")
    return value


def expand(phrase: str, slots: Mapping[str, list[str]], name: str = "?") -> list[str]:
    """All plain phrases meant by ``phrase`` ('a|b' alternatives and '{slot}' fill-ins)."""
    choices: list[list[str]] = []
    for part in phrase.split():
        if part.startswith("{") and part.endswith("}"):
            slot = slots.get(part[1:-1])
            if slot is None:
                raise AnalysisDataError(name, f"unknown slot {part} in {phrase!r}")
            choices.append(list(slot))
        else:
            options = part.split("|")
            if any(not o for o in options):
                raise AnalysisDataError(name, f"empty alternative in {phrase!r}")
            choices.append(options)
    if not choices:
        raise AnalysisDataError(name, "an empty phrase")
    total = 1
    for c in choices:
        total *= len(c)
    if total > MAX_EXPANSIONS:
        raise AnalysisDataError(name, f"{phrase!r} expands to too many phrases")
    return [" ".join(p) for p in itertools.product(*choices)]


def phrase_tokens(
    phrases: list[str], slots: Mapping[str, list[str]], name: str
) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for phrase in phrases:
        for plain in expand(phrase, slots, name):
            tokens = tuple(match_tokens(plain))
            if not tokens:
                raise AnalysisDataError(name, f"{phrase!r} has no words")
            out.append(tokens)
    return out


def _slots(name: str, data: Mapping[str, Any]) -> dict[str, list[str]]:
    raw = data.get("slots", {})
    if not isinstance(raw, dict):
        raise AnalysisDataError(name, "'slots' must be an object")
    return {k: _strings(name, v, f"slots.{k}") for k, v in raw.items()}


def _valence(name: str, key: str, value: Any, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AnalysisDataError(name, f"the valence of {key!r} is not a number")
    if not -MAX_VALENCE <= value <= MAX_VALENCE or (value == 0 and not allow_zero):
        raise AnalysisDataError(name, f"the valence of {key!r} must be in -4..4 (and not 0)")
    return float(value)


@dataclass(frozen=True)
class SentimentLexicon:
    words: dict[str, float]
    # Phrase tokens -> (placeholder token, valence)
    phrases: PhraseIndex[tuple[str, float]]
    placeholders: dict[str, float]
    version: int


def load_sentiment_lexicon() -> SentimentLexicon:
    name = "relationship_lexicon.json"
    data = read_json(name)
    slots = _slots(name, data)
    raw_words = _need(name, data, "words", dict)
    words = {}
    for word, value in raw_words.items():
        tokens = match_tokens(word)
        if len(tokens) != 1 or tokens[0] != word:
            raise AnalysisDataError(name, f"{word!r} under 'words' must be one lower-case word")
        words[word] = _valence(name, word, value)
    items: list[tuple[tuple[str, ...], tuple[str, float]]] = []
    placeholders: dict[str, float] = {}
    for n, (phrase, value) in enumerate(_need(name, data, "phrases", dict).items()):
        valence = _valence(name, phrase, value, allow_zero=True)
        # Letters only, so VADER's tokeniser keeps it whole; never a real word.
        placeholder = "hlmwe" + _letters(n)
        placeholders[placeholder] = valence
        for tokens in phrase_tokens([phrase], slots, name):
            items.append((tokens, (placeholder, valence)))
    return SentimentLexicon(words, PhraseIndex(items), placeholders, data["version"])


def _letters(n: int) -> str:
    out = ""
    n += 26 * 26  # at least three letters
    while n:
        n, r = divmod(n, 26)
        out = chr(ord("a") + r) + out
    return out


@lru_cache(maxsize=1)
def entry_files_version() -> str:
    """The analyser version: code version plus each data file's version."""
    versions = [str(read_json(n)["version"]) for n in ENTRY_FILES]
    return f"{CODE_VERSION}+" + ".".join(versions)


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], float, int]:
    name = "english_words.json"
    data = read_json(name)
    words = frozenset(_strings(name, data.get("words"), "words"))
    coverage = _need(name, data, "min_coverage", float | int)
    min_words = _need(name, data, "min_words", int)
    if not 0 < coverage <= 1 or min_words < 1:
        raise AnalysisDataError(name, "'min_coverage' must be in (0, 1] and 'min_words' >= 1")
    return words, float(coverage), min_words


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    name = "sentences.json"
    data = read_json(name)
    never = frozenset(w.lower() for w in _strings(name, data.get("never_break"), "never_break"))
    capital = frozenset(
        w.lower() for w in _strings(name, data.get("break_before_capital"), "break_before_capital")
    )
    return never, capital
