"""Content translations: none missing for German and Spanish, none stale, every text well-formed."""

from __future__ import annotations

import re

import pytest

from heartlog.core.content_texts import (
    CONTENT_FILES,
    OVERLAY_FOLDERS,
    ContentTranslationError,
    english_texts,
    find_overlay,
    missing_translations,
    parse_overlay,
    translated_texts,
)
from heartlog.core.paths import resource_path
from heartlog.core.prompt_catalogue import CATALOGUE_FILE, load_catalogue_from, shipped_overlays

LANGUAGES = ("de", "es")
FILE_IDS = [name for _, name in CONTENT_FILES]


def total_texts() -> int:
    return sum(len(english_texts(folder, name)) for folder, name in CONTENT_FILES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_content_text_is_missing_a_translation(language: str) -> None:
    missing = missing_translations(language)
    assert len(missing) == 0, f"{len(missing)} texts lack a {language} translation: {missing[:10]}"


def test_the_count_covers_prompts_and_analysis_texts() -> None:
    # A language with no translation lacks every text; English lacks none.
    missing = missing_translations("fr")
    assert len(missing) == total_texts()
    assert "prompts.json:prompts/forgiveness.01/why" in missing
    assert "prompts.json:prompts/forgiveness.03/follow_ups/0" in missing
    assert "prompts.json:love_languages/quality_time" in missing
    assert "practices.json:themes/money/i_statements" in missing
    assert "practices.json:horsemen/criticism/i_statements" in missing
    assert "practices.json:relapse/forgiveness" in missing
    assert "themes.json:themes/money/label" in missing
    assert "obstacles.json:obstacles/lack_of_trust/name" in missing
    assert "horsemen.json:horsemen/stonewalling/label" in missing
    assert missing_translations("en") == []
    assert missing_translations("en_GB") == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("folder", "name"), CONTENT_FILES, ids=FILE_IDS)
def test_shipped_overlays_are_valid_and_name_only_existing_texts(
    folder: str, name: str, language: str
) -> None:
    assert find_overlay(folder, name, language) is not None
    texts = translated_texts(folder, name, language, strict=True)
    assert set(texts) == set(english_texts(folder, name))


def test_every_shipped_overlay_file_is_checked() -> None:
    """Overlays of any language (not only de/es) load strictly, with no stale ids."""
    found = 0
    for folder, name in CONTENT_FILES:
        stem = name.removesuffix(".json")
        for path in sorted(resource_path(*OVERLAY_FOLDERS[folder]).glob(f"{stem}.*.json")):
            if path.name.endswith(".schema.json"):
                continue
            language = path.name.split(".")[1]
            texts = translated_texts(folder, name, language, strict=True)
            assert texts, path.name
            found += 1
    assert found >= len(CONTENT_FILES) * len(LANGUAGES)
    base = resource_path("prompts", CATALOGUE_FILE)
    for overlay in shipped_overlays():  # and through the catalogue's own schema
        load_catalogue_from(base, [overlay], strict=True)


def test_a_stale_id_is_rejected_when_strict_and_skipped_otherwise() -> None:
    english = english_texts("analysis", "themes.json")
    overlay = {
        "language": "de",
        "base_version": 1,
        "themes": {"money": {"label": "Geld"}, "hobbies": {"label": "Hobbys"}},
    }
    with pytest.raises(ContentTranslationError, match="themes/hobbies/label"):
        parse_overlay(overlay, "themes.de.json", english, "de", strict=True)
    assert parse_overlay(overlay, "themes.de.json", english, "de") == {
        ("themes", "money", "label"): "Geld"
    }


@pytest.mark.parametrize(
    ("overlay", "problem"),
    [
        ({"themes": {"money": {"label": 3}}}, "must be a text"),
        ({"themes": {"money": {"label": " Geld"}}}, "surrounding spaces"),
        ({"themes": {"money": {"label": "Geld\nGeld"}}}, "one line"),
        ({"themes": {"money": "Geld"}}, "not in the English file"),
        ({"language": "es"}, "must be 'de'"),
        ({"base_version": 0}, "positive whole number"),
    ],
)
def test_malformed_overlays_are_rejected_naming_the_text(
    overlay: dict[str, object], problem: str
) -> None:
    data = {"language": "de", "base_version": 1, **overlay}
    with pytest.raises(ContentTranslationError, match=problem):
        parse_overlay(data, "themes.de.json", english_texts("analysis", "themes.json"), "de", True)


def test_placeholders_must_be_kept() -> None:
    english = {("prompts", "x.01", "text"): "You wrote {count} times, {name}."}
    good = {"language": "de", "base_version": 1, "prompts": {"x.01": {"text": "{name}: {count}×"}}}
    assert parse_overlay(good, "t.de.json", english, "de", True)
    bad = {"language": "de", "base_version": 1, "prompts": {"x.01": {"text": "Du schriebst oft."}}}
    with pytest.raises(ContentTranslationError, match="placeholders"):
        parse_overlay(bad, "t.de.json", english, "de", True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_translations_keep_every_placeholder(language: str) -> None:
    field = re.compile(r"\{[^{}]*\}")
    for folder, name in CONTENT_FILES:
        english = english_texts(folder, name)
        for path, text in translated_texts(folder, name, language, strict=True).items():
            assert sorted(field.findall(text)) == sorted(field.findall(english[path])), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_english_copies_and_use_local_typography(language: str) -> None:
    for folder, name in CONTENT_FILES:
        english = english_texts(folder, name)
        for path, text in translated_texts(folder, name, language, strict=True).items():
            where = f"{name}:{'/'.join(path)} {text!r}"
            assert text != english[path], where
            assert not re.search(r"[\"'`]", text), f"straight quotes in {where}"
            assert "..." not in text, f"use … in {where}"


def test_german_speaks_informally() -> None:
    """A private journal says "du": no formal "Sie"/"Ihnen" in the German texts."""
    for folder, name in CONTENT_FILES:
        for path, text in translated_texts(folder, name, "de", strict=True).items():
            assert not re.search(r"\bIhnen\b|[a-zäöüß,] Sie\b", text), (name, path, text)


def test_spanish_speaks_to_one_reader_with_tu() -> None:
    """Neutral Spanish with "tú": no "usted", and no Spain-only "vosotros" forms."""
    formal = re.compile(r"\b(usted|ustedes|vosotros|vosotras|vuestr[oa]s?|os)\b", re.IGNORECASE)
    for folder, name in CONTENT_FILES:
        for path, text in translated_texts(folder, name, "es", strict=True).items():
            assert not formal.search(text), (name, path, text)
