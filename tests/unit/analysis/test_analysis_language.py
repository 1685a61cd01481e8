"""Entries that are not (enough) English are marked not analysed, not scored."""

from __future__ import annotations

import pytest

from heartlog.core.analysis import EntryAnalyser, analyse_text
from heartlog.core.analysis.language import english_coverage

FOREIGN = {
    "de": "Heute hatten wir wieder einen Streit über das Geld. Er hat mich angeschrien und ist gegangen.",
    "es": "Hoy discutimos otra vez por el dinero. Me gritó y luego se fue sin decir nada.",
    "fr": "Aujourd'hui nous nous sommes encore disputés à propos de l'argent. Il est parti.",
    "it": "Oggi abbiamo litigato di nuovo per i soldi. Mi ha urlato contro e poi se ne è andato.",
    "nl": "Vandaag hadden we weer ruzie over geld. Hij schreeuwde tegen me en liep weg.",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_other_languages_are_not_analysed(lang: str) -> None:
    result = analyse_text(FOREIGN[lang])
    assert not result.language_ok
    assert result.compound is None
    assert all(s.compound is None and not s.conflict for s in result.sentences)
    assert result.sentences  # still split, so the Why dialog can show them


@pytest.mark.parametrize(
    "text",
    [
        "We argued about money again last night and I went to bed angry.",
        "Groceries, dishwasher, laundry. Exhausted after the commute.",
        "Great day!",
        "😊😊",
        "",
        "Dinner with Sam and Alex at Luigi's, then home.",
    ],
)
def test_english_is_analysed(text: str) -> None:
    assert analyse_text(text).language_ok


def test_coverage_counts_known_words() -> None:
    c = english_coverage("We argued about money")
    assert (c.words, c.known, c.ok) == (4, 4, True)
    assert not english_coverage("Hola amor").ok
    assert english_coverage("Hola amor", extra={"hola"}).ok


def test_title_and_body_are_judged_together() -> None:
    result = EntryAnalyser().analyse("Montag", "We talked it through and it felt good.")
    assert result.language_ok and result.compound is not None
