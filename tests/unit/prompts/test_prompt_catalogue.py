"""The shipped prompt catalogue: schema, coverage of the seed, rejection of broken files, overlays."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from heartlog.core.json_schema_subset import violations
from heartlog.core.paths import resource_path
from heartlog.core.prompt_catalogue import (
    CATALOGUE_FILE,
    SCHEMA_FILE,
    CatalogueError,
    apply_overlay,
    load_catalogue,
    load_catalogue_from,
    overlay_candidates,
    parse_catalogue,
    practice_of,
    shipped_overlays,
)

FIXTURES = Path(__file__).parent / "fixtures"
SEED_PRACTICES = {
    "connection_time",
    "active_listening",
    "i_statements",
    "gradual_vulnerability",
    "acceptance_support",
    "shared_activities",
    "love_languages",
    "forgiveness",
}
SEED_PILLARS = {"trust", "safety", "vulnerability", "openness_honesty", "deep_sharing"}
SEED_EXAMPLES = {
    "comfort_in_silence",
    "sharing_a_fear",
    "celebrating_small_win",
    "support_in_grief",
    "discussing_disagreement",
}
SEED_OBSTACLES = {
    "fear_of_vulnerability",
    "poor_communication",
    "lack_of_trust",
    "differing_needs",
    "external_stressors",
    "unresolved_conflicts",
}
CONFLICT_THEMES = {
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
}


def raw() -> dict[str, Any]:
    return json.loads(resource_path("prompts", CATALOGUE_FILE).read_text(encoding="utf-8"))


def schema() -> dict[str, Any]:
    return json.loads(resource_path("prompts", SCHEMA_FILE).read_text(encoding="utf-8"))


def _prompt_ids() -> list[str]:
    return [p["id"] for p in raw()["prompts"]]


@pytest.mark.parametrize("prompt_id", _prompt_ids())
def test_every_prompt_matches_the_prompt_schema(prompt_id: str) -> None:
    s = schema()
    item = next(p for p in raw()["prompts"] if p["id"] == prompt_id)
    prompt_schema = {"$defs": s["$defs"], "$ref": "#/$defs/prompt"}
    assert violations(item, prompt_schema) == []
    assert practice_of(prompt_id) == item["practice"]


def test_the_whole_catalogue_is_valid_and_versioned() -> None:
    assert violations(raw(), schema()) == []
    catalogue = load_catalogue()
    assert catalogue.version >= 1
    assert catalogue.language == "en"


def test_jsonschema_agrees_with_our_validator_on_the_shipped_files() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.Draft202012Validator(schema()).validate(raw())
    overlay_schema = json.loads(
        resource_path("prompts", "prompts-overlay.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(overlay_schema)
    jsonschema.Draft202012Validator(overlay_schema).validate(
        json.loads((FIXTURES / "prompts.de.json").read_text(encoding="utf-8"))
    )


def test_every_seed_practice_has_at_least_eight_prompts_and_eighty_in_all() -> None:
    catalogue = load_catalogue()
    assert set(catalogue.practice_ids) == SEED_PRACTICES
    counts = Counter(p.practice for p in catalogue.prompts)
    assert all(counts[practice] >= 8 for practice in SEED_PRACTICES), counts
    assert len(catalogue.prompts) >= 80
    # Every practice offers every depth, and enough light prompts for a 30-day rotation.
    for practice in SEED_PRACTICES:
        assert {p.depth for p in catalogue.prompts_of(practice)} == {1, 2, 3}
    assert sum(1 for p in catalogue.prompts if p.depth == 1) > 40


def test_pillars_examples_and_obstacles_are_all_there_and_have_prompts() -> None:
    catalogue = load_catalogue()
    assert {f.id for f in catalogue.facets_of("pillar")} == SEED_PILLARS
    assert {f.id for f in catalogue.facets_of("example")} == SEED_EXAMPLES
    assert {f.id for f in catalogue.facets_of("obstacle")} == SEED_OBSTACLES
    addressed = Counter(a for p in catalogue.prompts for a in p.addresses)
    for facet in catalogue.facets:
        assert facet.practices, facet.id
        assert addressed[facet.id] >= 4, facet.id


def test_every_conflict_theme_maps_to_practices() -> None:
    catalogue = load_catalogue()
    assert {t.id for t in catalogue.themes} == CONFLICT_THEMES
    for theme in catalogue.themes:
        assert set(theme.practices) <= SEED_PRACTICES


def test_love_language_prompts_name_their_language() -> None:
    catalogue = load_catalogue()
    languages = {ll.id for ll in catalogue.love_languages}
    assert len(languages) == 5
    prompts = catalogue.prompts_of("love_languages")
    assert all(p.love_language in languages | {"all"} for p in prompts)
    assert {p.love_language for p in prompts} >= languages


def test_prompt_texts_are_unique_and_tidy() -> None:
    catalogue = load_catalogue()
    texts = [p.text for p in catalogue.prompts]
    assert len(set(texts)) == len(texts)
    for p in catalogue.prompts:
        assert p.why.endswith("."), p.id
        assert p.text[-1] in ".?", p.id
        assert "  " not in p.text, p.id


# -- broken catalogues ---------------------------------------------------------------------
def _broken(change) -> str:
    data = copy.deepcopy(raw())
    change(data)
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(data)
    return str(info.value)


def _prompt(data: dict[str, Any], prompt_id: str) -> dict[str, Any]:
    return next(p for p in data["prompts"] if p["id"] == prompt_id)


def test_a_bad_depth_is_rejected_naming_the_prompt() -> None:
    message = _broken(lambda d: _prompt(d, "forgiveness.03").update(depth=4))
    assert "'forgiveness.03'" in message
    assert "depth" in message
    assert "at most 3" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _prompt(d, "forgiveness.03").pop("why"), "'why'"),
        (lambda d: _prompt(d, "forgiveness.03").update(depth=True), "integer"),
        (lambda d: _prompt(d, "forgiveness.03").update(mood="sad"), "'mood'"),
        (lambda d: _prompt(d, "forgiveness.03").update(text="Too short"), "20 characters"),
        (lambda d: _prompt(d, "forgiveness.03").update(practice="shared_activities"), "id"),
        (lambda d: _prompt(d, "forgiveness.03").update(addresses=["nowhere"]), "'nowhere'"),
        (lambda d: _prompt(d, "forgiveness.03").update(addresses=["comfort_in_silence"]), "among"),
        (lambda d: _prompt(d, "love_languages.01").pop("love_language"), "love language"),
        (lambda d: _prompt(d, "forgiveness.03").update(id="forgiveness.01"), "more than once"),
    ],
)
def test_broken_prompts_are_rejected_with_a_message_naming_them(change, expected: str) -> None:
    message = _broken(change)
    assert expected in message
    assert "forgiveness.0" in message or "love_languages.01" in message


def test_a_prompt_without_an_id_is_named_by_position() -> None:
    def change(d: dict[str, Any]) -> None:
        del d["prompts"][4]["id"]

    assert "prompt #5" in _broken(change)


def test_other_broken_sections_are_named() -> None:
    message = _broken(lambda d: d["pillars"][0]["practices"].append("gone"))
    assert "pillar 'trust'" in message
    assert "'gone'" in message
    assert "version" in _broken(lambda d: d.pop("version"))
    assert "theme 'money'" in _broken(lambda d: d["themes"][0]["practices"].append("nope"))


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "prompts.json"
    bad.write_text('{"version": 1,\n  "prompts": [,]}', encoding="utf-8")
    with pytest.raises(CatalogueError, match="line 2"):
        load_catalogue_from(bad)


# -- translation overlays ------------------------------------------------------------------
def test_an_overlay_translates_by_id_and_falls_back_to_english() -> None:
    base = resource_path("prompts", CATALOGUE_FILE)
    english = load_catalogue_from(base)
    german = load_catalogue_from(base, [FIXTURES / "prompts.de.json"], strict=True)
    assert german.language == "de"
    assert german.prompt("forgiveness.01").text.startswith("Trägst du")
    assert german.prompt("forgiveness.01").why.startswith("Kleinen Groll")
    # Only the follow-ups of .03 were translated; its text stays English.
    assert german.prompt("forgiveness.03").text == english.prompt("forgiveness.03").text
    assert german.prompt("forgiveness.03").follow_ups[0].startswith("Weiß dein")
    # Untranslated prompts, ids, depths and structure are the English ones.
    assert german.prompt("connection_time.01") == english.prompt("connection_time.01")
    assert [p.id for p in german.prompts] == [p.id for p in english.prompts]
    assert german.practice("forgiveness").name == "Vergebung"
    assert german.facet("lack_of_trust").name == "Mangelndes Vertrauen"
    assert german.facet("lack_of_trust").description == english.facet("lack_of_trust").description
    assert german.love_language_name("quality_time") == "Zweisamkeit"


def test_an_overlay_with_an_unknown_id_is_skipped_or_rejected_when_strict() -> None:
    catalogue = load_catalogue()
    overlay = {"language": "de", "base_version": 1, "prompts": {"forgiveness.99": {"text": "X y"}}}
    assert apply_overlay(catalogue, overlay, "prompts.de.json").prompts == catalogue.prompts
    with pytest.raises(CatalogueError, match=r"forgiveness\.99"):
        apply_overlay(catalogue, overlay, "prompts.de.json", strict=True)


def test_a_broken_overlay_is_rejected_naming_the_prompt() -> None:
    overlay = {"language": "de", "base_version": 1, "prompts": {"forgiveness.01": {"txt": "Hallo"}}}
    with pytest.raises(CatalogueError, match=r"prompt 'forgiveness.01'.*'txt'"):
        apply_overlay(load_catalogue(), overlay, "prompts.de.json")


def test_overlay_files_are_looked_up_from_the_locale_name() -> None:
    assert overlay_candidates("de_AT") == ["prompts.de_AT.json", "prompts.de.json"]
    assert overlay_candidates("es") == ["prompts.es.json"]
    assert overlay_candidates("en_GB") == ["prompts.en_GB.json"]
    assert overlay_candidates("en") == []
    assert overlay_candidates(None) == []
    # A language without a translation gets the English catalogue.
    assert load_catalogue("xx_YY").prompts == load_catalogue().prompts


def test_every_shipped_overlay_is_valid_and_matches_the_catalogue() -> None:
    base = resource_path("prompts", CATALOGUE_FILE)
    for overlay in shipped_overlays():
        load_catalogue_from(base, [overlay], strict=True)
