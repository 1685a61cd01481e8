"""Picking the content language, translated catalogue and analysis texts, English fallback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from heartlog.core.analysis import AnalysisStore
from heartlog.core.analysis.practices import practice_catalogue
from heartlog.core.content_language import (
    analysis_texts,
    available_content_languages,
    content_language,
    horseman_description,
    horseman_label,
    load_analysis_texts,
    localize_insights_json,
    obstacle_name,
    practice_text,
    practice_why,
    theme_label,
)
from heartlog.core.content_texts import english_texts
from heartlog.core.prompt_catalogue import load_catalogue

FIXTURES = Path(__file__).parent / "fixtures"
WEEK_DATA = Path(__file__).resolve().parents[2] / "data" / "dashboard" / "week_2026_w47.json"


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("de_DE", "de"),
        ("de_AT", "de"),
        ("de-CH", "de"),
        ("de_DE.UTF-8", "de"),
        ("es_MX", "es"),
        ("es_ES", "es"),
        ("es_419", "es"),
        ("es", "es"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("fr_FR", "en"),
        ("C", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_content_language_from_a_locale_name(locale_name: str | None, expected: str) -> None:
    assert content_language(locale_name) == expected


def test_german_and_spanish_content_ship() -> None:
    assert {"en", "de", "es"} <= set(available_content_languages())


# -- the prompt catalogue ------------------------------------------------------------------
@pytest.mark.parametrize("locale_name", ["de", "de_DE"])
def test_load_catalogue_in_german(locale_name: str) -> None:
    english, german = load_catalogue(), load_catalogue(locale_name)
    assert german.language == "de"
    assert german.prompt("forgiveness.01").text.startswith("Trägst du noch einen kleinen Ärger")
    assert german.practice("i_statements").name == "Gefühle in Ich-Botschaften ausdrücken"
    assert german.love_language_name("words_of_affirmation") == "Worte der Anerkennung"
    assert german.love_language_name("acts_of_service") == "Hilfsbereitschaft"
    assert german.facet("fear_of_vulnerability").name == "Angst vor Verletzlichkeit"
    for de, en in zip(german.prompts, english.prompts, strict=True):
        assert (de.id, de.practice, de.depth, de.addresses) == (
            en.id,
            en.practice,
            en.depth,
            en.addresses,
        )
        assert de.text != en.text and de.why != en.why
        assert len(de.follow_ups) == len(en.follow_ups)


def test_load_catalogue_in_spanish() -> None:
    spanish = load_catalogue("es_MX")
    assert spanish.language == "es"
    assert spanish.practice("forgiveness").name == "Perdón"
    assert [ll.name for ll in spanish.love_languages] == [
        "Palabras de afirmación",
        "Tiempo de calidad",
        "Actos de servicio",
        "Regalos",
        "Contacto físico",
    ]
    assert "pareja" in spanish.prompt("connection_time.01").text


# -- analysis texts ------------------------------------------------------------------------
def test_analysis_texts_in_german_and_spanish() -> None:
    assert practice_text("forgiveness", "de_DE") == (
        "Vergebung üben",
        "Vergib und schau nach vorn, statt an Groll festzuhalten.",
    )
    assert practice_text("discussing_disagreement", "es")[0] == "Hablar abiertamente del desacuerdo"
    assert theme_label("money", "de") == "Geld"
    assert theme_label("parenting", "es_AR") == "Crianza"
    assert obstacle_name("lack_of_trust", "es") == "Falta de confianza"
    assert horseman_label("stonewalling", "de") == "Mauern"
    assert horseman_description("contempt", "es").startswith("Burlas")
    assert practice_why("i_statements", "de", theme="money").startswith("„Ich werde unruhig")
    assert practice_why("forgiveness", "es", relapse=True).startswith("El conflicto volvió")
    assert practice_why("i_statements", "es", horseman="criticism").startswith("La crítica")
    assert practice_why("connection_time", "de", obstacle="external_stressors")
    # Not suggested there -> None; English stays English; unknown ids come back as they are.
    assert practice_why("forgiveness", "de", theme="money") is None
    assert theme_label("money", "en_US") == "Money"
    assert theme_label("gardening", "de") == "gardening"
    assert practice_text("juggling", "de") == ("juggling", "")


def test_practice_why_needs_exactly_one_context() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        practice_why("i_statements", "de")
    with pytest.raises(ValueError, match="exactly one"):
        practice_why("i_statements", "de", theme="money", relapse=True)


def test_missing_texts_fall_back_to_english() -> None:
    """A tiny overlay translates three texts; everything else stays English."""
    texts = load_analysis_texts("de", overlay_dir=FIXTURES, strict=True)
    english = load_analysis_texts("en")
    assert texts.practice_text("forgiveness")[0] == "Vergeben lernen"
    # The summary of the same practice was not translated in the fixture.
    assert texts.practice_text("forgiveness")[1] == english.practice_text("forgiveness")[1]
    assert texts.practice_text("i_statements") == english.practice_text("i_statements")
    assert texts.practice_why("i_statements", theme="money") == "Test: Ich-Botschaft zum Geld."
    assert texts.practice_why("forgiveness", relapse=True) == "Test: Rückfall."
    assert texts.practice_why("discussing_disagreement", theme="money") == english.practice_why(
        "discussing_disagreement", theme="money"
    )
    assert texts.theme_label("money") == "Finanzen"
    assert texts.theme_label("chores") == "Chores"
    # No obstacles or horsemen overlay in the fixture folder: all English.
    assert texts.obstacle_name("lack_of_trust") == "Lack of trust"
    assert texts.horseman_label("contempt") == "Contempt"


def test_english_texts_are_those_of_the_analysis_files() -> None:
    catalogue = practice_catalogue()
    texts = analysis_texts("en")
    for practice_id, practice in catalogue.practices.items():
        assert texts.practice_text(practice_id) == (practice.name, practice.summary)
    assert english_texts("analysis", "practices.json")  # cached and non-empty


# -- insight JSON --------------------------------------------------------------------------
def test_localize_a_pattern_and_an_obstacle_from_core_suggestions() -> None:
    catalogue = practice_catalogue()
    suggestions = catalogue.for_pattern("money", ["contempt"], reopened=True)
    pattern = {
        "theme": "money",
        "status": "unresolved",
        "horsemen": ["contempt"],
        "evidence": [{"text": "We argued about money again."}],
        "practices": [s.to_json() for s in suggestions],
    }
    german = localize_insights_json(pattern, "de_DE")
    assert pattern["practices"][0]["name"] == suggestions[0].name  # the input is untouched
    assert german["evidence"] == pattern["evidence"]
    for got, s in zip(german["practices"], suggestions, strict=True):
        assert got["practice"] == s.practice
        assert got["name"] == practice_text(s.practice, "de")[0]
        assert got["why"] != s.why
    assert german["practices"][1]["why"] == practice_why("forgiveness", "de", relapse=True)
    assert localize_insights_json(german, "de") == german  # translating twice changes nothing

    obstacle = {
        "obstacle": "external_stressors",
        "name": "External stressors",
        "practices": [s.to_json() for s in catalogue.for_obstacle("external_stressors")],
    }
    spanish = localize_insights_json(obstacle, "es")
    assert spanish["name"] == "Presiones externas"
    assert spanish["practices"][0]["why"] == practice_why(
        "connection_time", "es", obstacle="external_stressors"
    )


def test_localize_weekly_insights_of_a_real_journal(journal) -> None:
    data = json.loads(WEEK_DATA.read_text(encoding="utf-8"))
    for item in data["entries"]:
        journal.add(
            item["body"],
            written_at=dt.datetime.fromisoformat(item["at"]),
            mood=item.get("mood"),
            prompt_id=item.get("prompt_id"),
        )
    week = AnalysisStore(journal).weekly_insights(data["week"]).to_json()
    assert week["patterns"] and week["obstacles"] and week["themes"]
    english_whys = set(english_texts("analysis", "practices.json").values())
    for lang in ("de", "es"):
        local = localize_insights_json(week, lang)
        assert set(local) == set(week)
        assert local["summary"] == week["summary"]
        for theme in local["themes"]:
            assert theme["label"] == theme_label(theme["theme"], lang)
        for section in ("patterns", "obstacles"):
            for item, original in zip(local[section], week[section], strict=True):
                assert len(item["practices"]) == len(original["practices"])
                for s in item["practices"]:
                    assert s["name"] == practice_text(s["practice"], lang)[0]
                    assert s["why"] not in english_whys
        for stat in local["practices"]:
            assert stat["name"] == practice_text(stat["practice"], lang)[0]
        pattern_facts = [f for f in local["facts"] if f["kind"] == "pattern"]
        assert pattern_facts
        for fact in pattern_facts:
            assert fact["label"] == theme_label(fact["theme"], lang)
            assert fact["practice"] in {
                practice_text(p, lang)[0] for p in practice_catalogue().practices
            }
    assert localize_insights_json(week, "en_US") == week
