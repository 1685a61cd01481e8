"""The dashboard's words go through Qt's translation and its dates and numbers through QLocale."""

from __future__ import annotations

import pytest
from dashboard_gui_helpers import SUNDAY, WEEK, fill_week_journal
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from heartlog.core.analysis import AnalysisStore, summary_templates
from heartlog.ui.dashboard import dashboard_words
from heartlog.ui.dashboard.chart_theme import chart_labels
from heartlog.ui.dashboard.dashboard_words import summary_sentences, week_report

GERMAN = {
    ("DashboardSummary", "{weekday} felt best."): "Am besten war der {weekday}.",
    ("DashboardSummary", "You wrote {count_text} times this week (last week: {previous_text})."): (
        "Du hast diese Woche {count_text}-mal geschrieben (letzte Woche: {previous_text})."
    ),
    ("DashboardWords", "Money"): "Geld",
    ("DashboardWords", "money"): "Geld",
    ("DashboardCharts", "How each day felt"): "Wie sich jeder Tag anfühlte",
    ("DashboardWords", "Week %1: %2"): "Woche %1: %2",
    ("DashboardWords", "%1 to %2"): "%1 bis %2",
    ("DashboardWords", "d MMMM"): "d. MMMM",
    ("DashboardWords", "d"): "d.",
}


class PseudoGerman(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return GERMAN.get((context, source))  # None: not translated here


@pytest.fixture
def german(qapp):
    translator = PseudoGerman()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def test_summary_templates_have_the_keys_of_core() -> None:
    assert set(dashboard_words.summary_templates()) == set(summary_templates())


def test_summary_charts_and_report_are_translated(german, journal) -> None:
    fill_week_journal(journal)
    w = AnalysisStore(journal).weekly_insights(WEEK)
    sentences = summary_sentences(w)
    assert sentences[0] == "Du hast diese Woche 5-mal geschrieben (letzte Woche: 2)."
    assert "Am besten war der Sonntag." in sentences
    labels = chart_labels()
    assert labels.mood_title == "Wie sich jeder Tag anfühlte"
    assert labels.weekdays[0].startswith("Mo") and labels.theme("money") == "Geld"
    assert labels.ratio_text(1.5) == "1,5 to 1"  # the decimal comma from QLocale
    report = week_report(w)
    assert report.title == "Woche 47: 16. bis 22. November 2026"
    assert report.patterns[0].heading.startswith("Geld")
    assert SUNDAY.isoweekday() == 7


def test_dates_follow_the_locale_order(qapp) -> None:
    import datetime as dt

    from heartlog.ui.dashboard.dashboard_words import short_day, span

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    a, b, c = dt.date(2026, 11, 16), dt.date(2026, 11, 22), dt.date(2026, 12, 6)
    assert span(us, a, b, year=True) == "November 16 to 22, 2026"
    assert span(uk, a, b, year=True) == "16 to 22 November 2026"
    assert span(uk, a, c) == "16 November to 6 December"
    assert short_day(us, a) == "Mon Nov 16" and short_day(uk, a) == "Mon 16 Nov"
