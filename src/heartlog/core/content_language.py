"""The content language for a locale, and the analysis texts (practices, whys, themes) in it.

Display code calls e.g. ``practice_text("forgiveness", "de_DE")`` or
``localize_insights_json(insights.to_json(), locale_name)``; every lookup
falls back to English for anything a translation lacks. Prompts are
translated by ``prompt_catalogue.load_catalogue(locale_name)``; both read the
overlays ``<file>.<lang>.json`` under ``resources/`` (see ``content_texts``).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from heartlog.core.content_texts import (
    ANALYSIS_FILES,
    ENGLISH,
    ContentTranslationError,
    english_texts,
    missing_translations,
    translated_texts,
)
from heartlog.core.prompt_catalogue import shipped_overlays

__all__ = [
    "AnalysisTexts",
    "ContentTranslationError",
    "analysis_texts",
    "available_content_languages",
    "content_language",
    "horseman_description",
    "horseman_label",
    "load_analysis_texts",
    "localize_insights_json",
    "missing_translations",
    "obstacle_name",
    "practice_text",
    "practice_why",
    "theme_label",
]

PRACTICES, THEMES, OBSTACLES, HORSEMEN = (name for _, name in ANALYSIS_FILES)
_WHY_SECTIONS = ("themes", "horsemen", "obstacles", "relapse")
Key = tuple[str, ...]  # (file name, *text path)


# -- which language ------------------------------------------------------------------------
@lru_cache(maxsize=1)
def available_content_languages() -> tuple[str, ...]:
    """English plus every language whose prompt catalogue translation ships."""
    codes = {path.name.split(".")[1] for path in shipped_overlays()}
    return (ENGLISH, *sorted(codes))


def content_language(locale_name: str | None) -> str:
    """The content language for a locale name: "de_DE" -> "de", "es_MX" -> "es", else "en"."""
    if not locale_name:
        return ENGLISH
    code = locale_name.replace("-", "_").split(".")[0].split("@")[0]
    language, _, region = code.partition("_")
    language = language.lower()
    available = available_content_languages()
    if region and f"{language}_{region.upper()}" in available:
        return f"{language}_{region.upper()}"
    return language if language in available else ENGLISH


# -- the texts -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AnalysisTexts:
    """The analysis display texts in one language, English where a translation is missing."""

    language: str
    texts: Mapping[Key, str]
    english: Mapping[Key, str]
    _why_keys: dict[str, Key] = field(init=False, repr=False, compare=False)
    _practice_ids: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        whys = {
            t: k for k, t in self.english.items() if k[0] == PRACTICES and k[1] in _WHY_SECTIONS
        }
        names = {
            t: k[2]
            for k, t in self.english.items()
            if k[0] == PRACTICES and k[1] == "practices" and k[3] == "name"
        }
        object.__setattr__(self, "_why_keys", whys)
        object.__setattr__(self, "_practice_ids", names)

    def knows_practice(self, practice_id: str) -> bool:
        return (PRACTICES, "practices", practice_id, "name") in self.texts

    def practice_text(self, practice_id: str) -> tuple[str, str]:
        """(name, one-line summary) of a practice; (the id, "") for an unknown one."""
        name = self.texts.get((PRACTICES, "practices", practice_id, "name"))
        if name is None:
            return practice_id, ""
        return name, self.texts.get((PRACTICES, "practices", practice_id, "summary"), "")

    def practice_why(
        self,
        practice_id: str,
        *,
        theme: str | None = None,
        horseman: str | None = None,
        obstacle: str | None = None,
        relapse: bool = False,
    ) -> str | None:
        """Why a practice helps with one theme, horseman or obstacle, or after a relapse.

        None when that practice is not suggested there. Give exactly one context.
        """
        contexts = [
            (section, value)
            for section, value in (
                ("themes", theme),
                ("horsemen", horseman),
                ("obstacles", obstacle),
            )
            if value is not None
        ]
        if len(contexts) + int(relapse) != 1:
            raise ValueError("give exactly one of theme, horseman, obstacle or relapse")
        if relapse:
            return self.texts.get((PRACTICES, "relapse", practice_id))
        section, value = contexts[0]
        return self.texts.get((PRACTICES, section, value, practice_id))

    def translate_why(self, english_why: str) -> str:
        """The translation of an English why line as core wrote it (unchanged when unknown)."""
        key = self._why_keys.get(english_why)
        return self.texts.get(key, english_why) if key else english_why

    def practice_id_named(self, english_name: str) -> str | None:
        """The practice id of an English practice name as core wrote it."""
        return self._practice_ids.get(english_name)

    def theme_label(self, theme_id: str) -> str:
        return self.texts.get((THEMES, "themes", theme_id, "label"), theme_id)

    def obstacle_name(self, obstacle_id: str) -> str:
        return self.texts.get((OBSTACLES, "obstacles", obstacle_id, "name"), obstacle_id)

    def horseman_label(self, label: str) -> str:
        """The name of one of Gottman's four horsemen (a conflict marker label)."""
        return self.texts.get((HORSEMEN, "horsemen", label, "label"), label)

    def horseman_description(self, label: str) -> str:
        return self.texts.get((HORSEMEN, "horsemen", label, "description"), "")


def load_analysis_texts(
    language: str | None, overlay_dir: Path | None = None, strict: bool = False
) -> AnalysisTexts:
    """The analysis texts for a language code, from the shipped overlays or ``overlay_dir``.

    Raises ``ContentTranslationError`` for a malformed overlay (and, when
    ``strict``, for one that names texts the English files do not have).
    """
    english: dict[Key, str] = {}
    texts: dict[Key, str] = {}
    for folder, name in ANALYSIS_FILES:
        english.update({(name, *path): text for path, text in english_texts(folder, name).items()})
        translated = translated_texts(folder, name, language, strict, overlay_dir)
        texts.update({(name, *path): text for path, text in translated.items()})
    return AnalysisTexts(language or ENGLISH, {**english, **texts}, english)


@lru_cache(maxsize=8)
def analysis_texts(locale_name: str | None = None) -> AnalysisTexts:
    """The shipped analysis texts for a locale name (cached)."""
    return load_analysis_texts(content_language(locale_name))


def practice_text(practice_id: str, lang: str | None = None) -> tuple[str, str]:
    """(name, one-line summary) of a practice in ``lang`` (a language code or locale name)."""
    return analysis_texts(lang).practice_text(practice_id)


def practice_why(
    practice_id: str,
    lang: str | None = None,
    *,
    theme: str | None = None,
    horseman: str | None = None,
    obstacle: str | None = None,
    relapse: bool = False,
) -> str | None:
    """Why ``practice_id`` helps with a theme, horseman or obstacle (or after a relapse)."""
    return analysis_texts(lang).practice_why(
        practice_id, theme=theme, horseman=horseman, obstacle=obstacle, relapse=relapse
    )


def theme_label(theme_id: str, lang: str | None = None) -> str:
    return analysis_texts(lang).theme_label(theme_id)


def obstacle_name(obstacle_id: str, lang: str | None = None) -> str:
    return analysis_texts(lang).obstacle_name(obstacle_id)


def horseman_label(label: str, lang: str | None = None) -> str:
    return analysis_texts(lang).horseman_label(label)


def horseman_description(label: str, lang: str | None = None) -> str:
    return analysis_texts(lang).horseman_description(label)


# -- insight JSON --------------------------------------------------------------------------
def _suggestions(items: Any, texts: AnalysisTexts) -> None:
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("practice"), str):
            continue
        if texts.knows_practice(item["practice"]):
            item["name"] = texts.practice_text(item["practice"])[0]
        if isinstance(item.get("why"), str):
            item["why"] = texts.translate_why(item["why"])


def _obstacle(item: dict[str, Any], texts: AnalysisTexts) -> None:
    if isinstance(item.get("obstacle"), str):
        item["name"] = texts.obstacle_name(item["obstacle"])
    _suggestions(item.get("practices"), texts)


def _fact(fact: dict[str, Any], texts: AnalysisTexts) -> None:
    if isinstance(fact.get("theme"), str) and "label" in fact:
        fact["label"] = texts.theme_label(fact["theme"])
    if fact.get("kind") == "pattern" and isinstance(fact.get("practice"), str):
        practice_id = texts.practice_id_named(fact["practice"])
        if practice_id:
            fact["practice"] = texts.practice_text(practice_id)[0]


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def localize_insights_json(data: Mapping[str, Any], lang: str | None) -> dict[str, Any]:
    """A copy of a WeeklyInsights, Pattern or ObstacleStat JSON dict with its texts in ``lang``.

    Translated: theme ``label``s, obstacle ``name``s, practice ``name``s, each
    suggested practice's ``name`` and ``why``, and the ``label`` / ``practice``
    values of the summary ``facts``. Ids, numbers, dates and evidence (the
    writer's own sentences) stay as they are, and so does ``summary``: render
    the facts with translated templates instead. Texts core did not write in
    English (already translated, or from an older catalogue) are kept.
    """
    texts = analysis_texts(lang)
    out: dict[str, Any] = copy.deepcopy(dict(data))
    if "obstacle" in out:
        _obstacle(out, texts)
    elif "status" in out and "theme" in out:
        _suggestions(out.get("practices"), texts)
    else:
        for theme in _dicts(out.get("themes")):
            if isinstance(theme.get("theme"), str):
                theme["label"] = texts.theme_label(theme["theme"])
        for obstacle in _dicts(out.get("obstacles")):
            _obstacle(obstacle, texts)
        for stat in _dicts(out.get("practices")):
            if isinstance(stat.get("practice"), str) and texts.knows_practice(stat["practice"]):
                stat["name"] = texts.practice_text(stat["practice"])[0]
        for pattern in _dicts(out.get("patterns")):
            _suggestions(pattern.get("practices"), texts)
        for fact in _dicts(out.get("facts")):
            _fact(fact, texts)
    return out
