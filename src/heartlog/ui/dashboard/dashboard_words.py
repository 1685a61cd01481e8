"""The dashboard's words in the user's language: themes, the summary, pattern texts and dates.

The summary is rendered from core's structured facts with translated
templates (the same keys as ``summary_templates()``); dates, weekday names
and numbers come from QLocale. The same words make the exported report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from heartlog.core.analysis import Pattern, SummaryFact, WeeklyInsights, render_summary
from heartlog.core.analysis.lexicon import THEMES
from heartlog.core.analysis.patterns import Evidence
from heartlog.core.charts import PatternText, WeekReport
from heartlog.core.content_language import AnalysisTexts, analysis_texts, content_language
from heartlog.core.prompt_catalogue import load_catalogue
from heartlog.ui.placeholder_text import fill

# An alias pyside6-lupdate recognises: translate("Context", "literal text").
translate = QCoreApplication.translate


def one_decimal(locale: QLocale, value: float) -> str:
    """At most one decimal, without a trailing zero: 3.0 -> "3", 1.25 -> "1.3" (or "1,3")."""
    text = locale.toString(float(value), "f", 1)
    tail = locale.decimalPoint() + locale.zeroDigit()
    return text[: -len(tail)] if text.endswith(tail) else text


def content_texts(locale: QLocale | None = None) -> AnalysisTexts:
    """Practice names, "why this helps" lines and theme labels in the locale's language."""
    return analysis_texts((locale or QLocale()).name())


def theme_names(locale: QLocale | None = None) -> dict[str, str]:
    """Theme names as headings and chart labels (the content translations' labels)."""
    texts = content_texts(locale)
    return {theme: texts.theme_label(theme) for theme in THEMES}


def theme_in_sentence() -> dict[str, str]:
    """Theme names inside a sentence ("conflict about money ...")."""
    return {
        "money": translate("DashboardWords", "money"),
        "chores": translate("DashboardWords", "chores"),
        "family": translate("DashboardWords", "family"),
        "work": translate("DashboardWords", "work"),
        "affection": translate("DashboardWords", "affection"),
        "communication": translate("DashboardWords", "communication"),
        "parenting": translate("DashboardWords", "parenting"),
        "trust": translate("DashboardWords", "trust"),
        "plans": translate("DashboardWords", "plans"),
        "health": translate("DashboardWords", "health"),
    }


def trend_words() -> dict[str, str]:
    """How a pattern has been going, as a short label (pattern cards)."""
    return {
        "escalating": translate("DashboardWords", "getting more intense"),
        "steady": translate("DashboardWords", "about the same"),
        "easing": translate("DashboardWords", "easing off"),
    }


def trend_sentences() -> dict[str, str]:
    return {
        "escalating": translate("DashboardWords", "It has been getting more intense lately."),
        "steady": translate("DashboardWords", "It has stayed about the same."),
        "easing": translate("DashboardWords", "It has been easing off."),
    }


def severity_words() -> dict[str, str]:
    return {
        "low": translate("DashboardWords", "mild"),
        "medium": translate("DashboardWords", "moderate"),
        "high": translate("DashboardWords", "serious"),
    }


def practice_name(practice_id: str, fallback: str = "", locale: QLocale | None = None) -> str:
    """A practice's name: as the (translated) prompt catalogue names it, else as the
    analysis texts do (e.g. the practice of openly discussing a disagreement)."""
    catalogue = load_catalogue(content_language((locale or QLocale()).name()))
    for p in catalogue.practices:
        if p.id == practice_id:
            return p.name
    texts = content_texts(locale)
    if texts.knows_practice(practice_id):
        return texts.practice_text(practice_id)[0]
    return fallback or practice_id


def practice_why(why: str, locale: QLocale | None = None) -> str:
    """A suggestion's "why this helps" line (as core wrote it, in English) in the locale's language."""
    return content_texts(locale).translate_why(why)


def summary_templates() -> dict[str, str]:
    """The summary phrases, translated (keys as in ``core.analysis.summary_templates``)."""
    return {
        "no_entries": translate("DashboardSummary", "You didn't write this week."),
        "entries": translate(
            "DashboardSummary",
            "You wrote {count_text} times this week (last week: {previous_text}).",
        ),
        "entries_one": translate(
            "DashboardSummary", "You wrote once this week (last week: {previous_text})."
        ),
        "tone": translate("DashboardSummary", "Overall the week felt {tone_text}."),
        "best_day": translate("DashboardSummary", "{weekday} felt best."),
        "hardest_day": translate("DashboardSummary", "{weekday} was the hardest day."),
        "ratio": translate(
            "DashboardSummary",
            "There were {value_text} good moments for every difficult one "
            "(a healthy balance is 5 or more).",
        ),
        "ratio_low": translate(
            "DashboardSummary",
            "Difficult moments outnumbered good ones: {value_text} good moments for every "
            "difficult one (a healthy balance is 5 or more).",
        ),
        "ratio_no_negative": translate(
            "DashboardSummary",
            "You wrote about {positive_text} good moments and no difficult ones.",
        ),
        "ratio_no_positive": translate(
            "DashboardSummary",
            "You wrote about {negative_text} difficult moments and no good ones.",
        ),
        "theme": translate("DashboardSummary", "{label} came up {count_text} times, {how_text}."),
        "theme_one": translate("DashboardSummary", "{label} came up once, {how_text}."),
        "pattern": translate(
            "DashboardSummary",
            "Conflict about {theme_text} keeps coming back without being resolved "
            "(since {since_text}); something to try: {practice_text}.",
        ),
        "resolved": translate(
            "DashboardSummary", "You resolved the recurring conflict about {theme_text} this week."
        ),
        "not_analysed": translate(
            "DashboardSummary",
            "{count_text} entries were not analysed because they are not in English.",
        ),
        "not_analysed_one": translate(
            "DashboardSummary", "One entry was not analysed because it is not in English."
        ),
    }


def _tones() -> dict[str, str]:
    return {
        "positive": translate("DashboardSummary", "mostly positive"),
        "somewhat_positive": translate("DashboardSummary", "somewhat positive"),
        "neutral": translate("DashboardSummary", "calm or mixed"),
        "somewhat_difficult": translate("DashboardSummary", "somewhat difficult"),
        "difficult": translate("DashboardSummary", "difficult"),
    }


def _hows() -> dict[str, str]:
    return {
        "positive": translate("DashboardSummary", "mostly in good moments"),
        "negative": translate("DashboardSummary", "mostly in difficult moments"),
        "mixed": translate("DashboardSummary", "in good and difficult moments"),
    }


# -- dates ------------------------------------------------------------------------------
def _month_first(locale: QLocale) -> bool:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return 0 <= short.find("M") < short.find("d")


def _pattern(locale: QLocale, long_month: bool) -> str:
    """The day-and-month date pattern: translated if a translator gave one, else ordered
    as the locale's short date format orders day and month."""
    if long_month:
        source = "d MMMM"
        pattern = translate("DashboardWords", "d MMMM", "day and month name")
    else:
        source = "d MMM"
        pattern = translate("DashboardWords", "d MMM", "day and short month name")
    if pattern == source and _month_first(locale):
        return "MMMM d" if long_month else "MMM d"
    return pattern


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_month(locale: QLocale, day: dt.date, long_month: bool = True) -> str:
    """ "16 November" or "November 16" (or a translator's pattern, e.g. "16. November")."""
    return locale.toString(_qdate(day), _pattern(locale, long_month))


def short_day(locale: QLocale, day: dt.date) -> str:
    """ "Mon 16 Nov" (or "Mon Nov 16")."""
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_month(locale, day, long_month=False)}"


def span(locale: QLocale, first: dt.date, last: dt.date, year: bool = False) -> str:
    """ "16 to 22 November", "30 November to 6 December" (as the locale orders them)."""
    month_first = _pattern(locale, True).lstrip().startswith("M")
    suffix = (", " if month_first else " ") + str(last.year) if year else ""
    if first == last:
        return day_month(locale, first) + suffix
    start, end = day_month(locale, first), day_month(locale, last)
    if (first.year, first.month) == (last.year, last.month):  # name the month once
        day_only = translate("DashboardWords", "d", "day of the month alone: 16 to 22 November")
        if month_first:
            end = locale.toString(_qdate(last), day_only)
        else:
            start = locale.toString(_qdate(first), day_only)
    text = translate("DashboardWords", "%1 to %2").replace("%1", start).replace("%2", end)
    return text + suffix


def week_title(locale: QLocale, w: WeeklyInsights) -> str:
    number = int(w.week.split("W")[1])
    return (
        translate("DashboardWords", "Week %1: %2")
        .replace("%1", locale.toString(number))
        .replace("%2", span(locale, w.start, w.end, year=True))
    )


# -- the summary -------------------------------------------------------------------------
def _practice_of_pattern(w: WeeklyInsights, theme: str) -> str | None:
    for p in w.patterns:
        if p.theme == theme and p.practices:
            return p.practices[0].practice
    return None


def localised_facts(
    facts: Sequence[SummaryFact], w: WeeklyInsights, locale: QLocale
) -> list[SummaryFact]:
    """Facts with display values (``*_text``, ``weekday``, ``label``) in the locale's words."""
    names, in_sentence = theme_names(locale), theme_in_sentence()
    tones, hows = _tones(), _hows()
    out = []
    for fact in facts:
        v = dict(fact.values)
        for key in ("count", "previous", "positive", "negative"):
            if isinstance(v.get(key), int):
                v[f"{key}_text"] = locale.toString(v[key])
        if isinstance(v.get("value"), int | float):
            v["value_text"] = one_decimal(locale, v["value"])
        if "tone" in v:
            v["tone_text"] = tones.get(v["tone"], v["tone"])
        if "how" in v:
            v["how_text"] = hows.get(v["how"], v["how"])
        if "date" in v:
            day = dt.date.fromisoformat(v["date"])
            v["weekday"] = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        if "theme" in v:
            v["label"] = names.get(v["theme"], v.get("label", v["theme"]))
            v["theme_text"] = in_sentence.get(v["theme"], str(v["label"]).lower())
        if "since" in v:
            v["since_text"] = day_month(locale, dt.date.fromisoformat(v["since"]))
        if "practice" in v:
            pid = _practice_of_pattern(w, v.get("theme", ""))
            v["practice_text"] = practice_name(pid, v["practice"], locale) if pid else v["practice"]
        out.append(SummaryFact(fact.kind, v))
    return out


def summary_sentences(w: WeeklyInsights, locale: QLocale | None = None) -> list[str]:
    """The summary, one translated sentence per fact."""
    locale = locale or QLocale()
    templates = summary_templates()
    sentences = (render_summary([f], templates) for f in localised_facts(w.facts, w, locale))
    return [s for s in sentences if s]


def summary_text(w: WeeklyInsights, locale: QLocale | None = None) -> str:
    """The summary as one paragraph (exports)."""
    return " ".join(summary_sentences(w, locale))


# -- patterns ------------------------------------------------------------------------------
def pattern_heading(p: Pattern, locale: QLocale) -> str:
    name = theme_names(locale).get(p.theme, p.theme)
    if p.status == "unresolved":
        return translate("DashboardWords", "%1: keeps coming back").replace("%1", name)
    if p.resolved_on is not None:
        return (
            translate("DashboardWords", "%1: resolved on %2")
            .replace("%1", name)
            .replace("%2", short_day(locale, p.resolved_on))
        )
    return translate("DashboardWords", "%1: resolved").replace("%1", name)


def pattern_dates(p: Pattern, locale: QLocale) -> str:
    return (
        translate("DashboardWords", "Conflict on %1 days, %2.")
        .replace("%1", locale.toString(p.days))
        .replace("%2", span(locale, p.first_date, p.last_date))
    )


def severity_text(p: Pattern) -> str:
    return translate("DashboardWords", "Severity: %1.").replace(
        "%1", severity_words().get(p.severity, p.severity)
    )


def pattern_details(p: Pattern, locale: QLocale) -> str:
    trend = trend_sentences().get(p.trend, "")
    return " ".join(t for t in (pattern_dates(p, locale), trend, severity_text(p)) if t)


def evidence_text(e: Evidence, locale: QLocale) -> str:
    text = " ".join(e.text.split())
    when = short_day(locale, e.date)
    if e.kind == "resolution":
        when = translate("DashboardWords", "%1, made up").replace("%1", when)
    return fill(
        translate("DashboardWords", "%1: \u201c%2\u201d", "day: quoted sentence"), when, text
    )


def suggestion_text(p: Pattern, locale: QLocale) -> str:
    if not p.practices:
        return ""
    first = p.practices[0]
    name = practice_name(first.practice, first.name, locale)
    return fill(
        translate("DashboardWords", "Something to try: %1. %2"),
        name,
        practice_why(first.why, locale),
    )


def week_report(w: WeeklyInsights, locale: QLocale | None = None) -> WeekReport:
    """The translated words of an exported week."""
    locale = locale or QLocale()
    patterns = tuple(
        PatternText(
            pattern_heading(p, locale),
            pattern_details(p, locale),
            tuple(evidence_text(e, locale) for e in p.evidence[-6:]),
            suggestion_text(p, locale),
        )
        for p in w.patterns
    )
    return WeekReport(
        title=week_title(locale, w),
        summary_heading=translate("DashboardWords", "The week in a few words"),
        summary=summary_text(w, locale),
        patterns_heading=translate("DashboardWords", "Patterns to look at"),
        patterns=patterns,
        no_patterns=translate("DashboardWords", "Nothing keeps coming back right now."),
        footer=translate(
            "DashboardWords",
            "HeartLog. Private: this file is not encrypted; keep it somewhere safe.",
        ),
    )
