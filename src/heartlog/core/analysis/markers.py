"""The conflict, resolution, person, theme and obstacle markers, loaded and indexed.

Tags in the indexes are ``(kind, label)`` pairs: ``("conflict", "criticism")``,
``("resolution", "strong")``, ``("false_friend", "")``, ``("theme", "money")``,
``("obstacle", "lack_of_trust")``, ``("stress", "")``, ``("feature", "absolute")``,
and for people ``(class, gender/theme)`` with class one of ``partner``,
``couple``, ``self``, ``third``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from heartlog.core.analysis.lexicon import (
    GENDERS,
    HORSEMEN,
    OBSTACLES,
    THEMES,
    AnalysisDataError,
    _need,
    _slots,
    _strings,
    phrase_tokens,
    read_json,
)
from heartlog.core.analysis.tokens import PhraseIndex, match_tokens

Tag = tuple[str, str]
PersonTag = tuple[str, str, str]  # (class, gender, theme or "")


@dataclass(frozen=True)
class MarkerRules:
    events: PhraseIndex[Tag]  # conflict, resolution, false friends (longest match wins)
    persons: PhraseIndex[PersonTag]
    themes: PhraseIndex[Tag]
    features: PhraseIndex[Tag]  # obstacles, stress, absolutes, I/you/we statements
    negators: frozenset[str]
    irrealis: frozenset[str]
    barriers: frozenset[str]
    lookback: int
    conflict_max_compound: float
    conflict_mixed_max_compound: float
    resolution_min_compound: float
    theme_labels: dict[str, str]
    obstacle_names: dict[str, str]
    partner_pronouns: dict[str, str]  # pronoun -> gender
    vocabulary: frozenset[str]  # every word of every phrase (English words, for the language check)


def _tagged(
    phrases: list[str], slots: dict[str, list[str]], tag: Any, name: str
) -> Iterable[tuple[tuple[str, ...], Any]]:
    for tokens in phrase_tokens(phrases, slots, name):
        yield tokens, tag


def _one_word_set(name: str, values: Any, where: str) -> frozenset[str]:
    words = _strings(name, values, where)
    out = set()
    for w in words:
        tokens = match_tokens(w)
        if len(tokens) != 1:
            raise AnalysisDataError(name, f"{w!r} in '{where}' must be one word")
        out.add(tokens[0])
    return frozenset(out)


def _events(name: str, data: dict[str, Any], slots: dict[str, list[str]]) -> PhraseIndex[Tag]:
    conflict = _need(name, data, "conflict", dict)
    if set(conflict) != {"event", *HORSEMEN}:
        raise AnalysisDataError(name, "'conflict' must list event and the four horsemen")
    items: list[tuple[tuple[str, ...], Tag]] = []
    for kind, phrases in conflict.items():
        items += _tagged(
            _strings(name, phrases, f"conflict.{kind}"), slots, ("conflict", kind), name
        )
    resolution = _need(name, data, "resolution", dict)
    if set(resolution) != {"strong", "soft"}:
        raise AnalysisDataError(name, "'resolution' must have 'strong' and 'soft'")
    for kind, phrases in resolution.items():
        items += _tagged(
            _strings(name, phrases, f"resolution.{kind}"), slots, ("resolution", kind), name
        )
    ff = _strings(name, data.get("false_friends"), "false_friends")
    items += _tagged(ff, slots, ("false_friend", ""), name)
    return PhraseIndex(items)


def _persons(name: str, data: dict[str, Any]) -> tuple[PhraseIndex[PersonTag], dict[str, str]]:
    persons = _need(name, data, "persons", dict)
    items: list[tuple[tuple[str, ...], PersonTag]] = []
    partner = _need(name, persons, "partner", dict)
    for gender, words in partner.items():
        if gender not in GENDERS:
            raise AnalysisDataError(name, f"unknown gender {gender!r} under persons.partner")
        items += _tagged(
            _strings(name, words, "persons.partner"), {}, ("partner", gender, ""), name
        )
    pronouns: dict[str, str] = {}
    for gender, words in _need(name, persons, "pronouns", dict).items():
        if gender not in ("m", "f"):
            raise AnalysisDataError(name, "persons.pronouns must be 'm' and 'f'")
        for word in _one_word_set(name, words, "persons.pronouns"):
            pronouns[word] = gender
            items.append(((word,), ("pronoun", gender, "")))
    couple = _strings(name, persons.get("couple"), "persons.couple")
    items += _tagged(couple, {}, ("couple", "any", ""), name)
    items += _tagged(
        _strings(name, persons.get("self"), "persons.self"), {}, ("self", "any", ""), name
    )
    for group in _need(name, persons, "third_party", list):
        if not isinstance(group, dict) or group.get("gender") not in GENDERS:
            raise AnalysisDataError(name, "each persons.third_party group needs a gender")
        theme = group.get("theme") or ""
        if theme and theme not in THEMES:
            raise AnalysisDataError(name, f"unknown theme {theme!r} in persons.third_party")
        words = _strings(name, group.get("words"), "persons.third_party.words")
        items += _tagged(words, {}, ("third", group["gender"], theme), name)
    return PhraseIndex(items), pronouns


def _themes() -> tuple[PhraseIndex[Tag], dict[str, str], int]:
    name = "themes.json"
    data = read_json(name)
    themes = _need(name, data, "themes", dict)
    if tuple(sorted(themes)) != tuple(sorted(THEMES)):
        raise AnalysisDataError(name, f"the theme ids must be exactly {', '.join(THEMES)}")
    items: list[tuple[tuple[str, ...], Tag]] = []
    labels: dict[str, str] = {}
    for theme_id, spec in themes.items():
        if not isinstance(spec, dict):
            raise AnalysisDataError(name, f"theme {theme_id!r} must be an object")
        labels[theme_id] = _need(name, spec, "label", str)
        words = list(
            _tagged(
                _strings(name, spec.get("words"), f"themes.{theme_id}.words"),
                {},
                ("theme", theme_id),
                name,
            )
        )
        items += words
        nots = _tagged(
            _strings(name, spec.get("not", []), f"themes.{theme_id}.not"),
            {},
            ("not_theme", theme_id),
            name,
        )
        for phrase, tag in nots:
            if not any(_contains(phrase, word) for word, _ in words):
                raise AnalysisDataError(
                    name, f"{' '.join(phrase)!r} in themes.{theme_id}.not has no word of the theme"
                )
            items.append((phrase, tag))
    return PhraseIndex(items), labels, data["version"]


def _contains(phrase: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(phrase[i : i + n] == part for i in range(len(phrase) - n + 1))


def _obstacles() -> tuple[list[tuple[tuple[str, ...], Tag]], dict[str, str]]:
    name = "obstacles.json"
    data = read_json(name)
    obstacles = _need(name, data, "obstacles", dict)
    if tuple(sorted(obstacles)) != tuple(sorted(OBSTACLES)):
        raise AnalysisDataError(name, f"the obstacle ids must be exactly {', '.join(OBSTACLES)}")
    items: list[tuple[tuple[str, ...], Tag]] = []
    names: dict[str, str] = {}
    for obstacle_id, spec in obstacles.items():
        if not isinstance(spec, dict):
            raise AnalysisDataError(name, f"obstacle {obstacle_id!r} must be an object")
        names[obstacle_id] = _need(name, spec, "name", str)
        words = spec.get("words")
        if not isinstance(words, list):
            raise AnalysisDataError(name, f"obstacle {obstacle_id!r} needs a 'words' list")
        if words:
            items += _tagged(
                _strings(name, words, obstacle_id), {}, ("obstacle", obstacle_id), name
            )
    return items, names


@lru_cache(maxsize=1)
def marker_rules() -> MarkerRules:
    name = "markers.json"
    data = read_json(name)
    slots = _slots(name, data)
    persons, pronouns = _persons(name, data)
    features: list[tuple[tuple[str, ...], Tag]] = []
    for kind, phrases in _need(name, data, "features", dict).items():
        if kind not in ("absolute", "i_statement", "you_statement", "we_talk"):
            raise AnalysisDataError(name, f"unknown feature {kind!r}")
        features += _tagged(
            _strings(name, phrases, f"features.{kind}"), slots, ("feature", kind), name
        )
    features += _tagged(_strings(name, data.get("stress"), "stress"), slots, ("stress", ""), name)
    obstacle_items, obstacle_names = _obstacles()
    features += obstacle_items
    themes, labels, _ = _themes()
    thresholds = _need(name, data, "thresholds", dict)
    lookback = _need(name, data, "lookback", int)
    if not 1 <= lookback <= 6:
        raise AnalysisDataError(name, "'lookback' must be between 1 and 6")
    try:
        conflict_max = float(thresholds["conflict_max_compound"])
        conflict_mixed = float(thresholds["conflict_mixed_max_compound"])
        resolution_min = float(thresholds["resolution_min_compound"])
    except (KeyError, TypeError, ValueError):
        raise AnalysisDataError(name, "'thresholds' needs three numbers") from None
    events = _events(name, data, slots)
    feature_index = PhraseIndex(features)
    vocabulary = frozenset(
        w
        for index in (events, persons, themes, feature_index)
        for phrase in index.phrases()
        for w in phrase
        if w.isalpha()
    )
    return MarkerRules(
        events=events,
        persons=persons,
        themes=themes,
        features=feature_index,
        negators=_one_word_set(name, data.get("negators"), "negators"),
        irrealis=_one_word_set(name, data.get("irrealis"), "irrealis"),
        barriers=_one_word_set(name, data.get("barriers"), "barriers"),
        lookback=lookback,
        conflict_max_compound=conflict_max,
        conflict_mixed_max_compound=conflict_mixed,
        resolution_min_compound=resolution_min,
        theme_labels=labels,
        obstacle_names=obstacle_names,
        partner_pronouns=pronouns,
        vocabulary=vocabulary,
    )
