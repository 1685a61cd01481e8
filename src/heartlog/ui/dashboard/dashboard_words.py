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
from heartlog.core.analysis.patterns import Evidence
from heartlog.core.charts import PatternText, WeekReport
from heartlog.core.prompt_catalogue import load_catalogue


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardWords", text)


def _trs(text: str) -> str:
    return QCoreApplication.translate("DashboardSummary", text)


def one_decimal(locale: QLocale, value: float) -> str:
    """At most one decimal, without a trailing zero: 3.0 -> "3", 1.25 -> "1.3" (or "1,3")."""
    text = locale.toString(float(value), "f", 1)
    tail = locale.decimalPoint() + locale.zeroDigit()
    return text[: -len(tail)] if text.endswith(tail) else text


def theme_names() -> dict[str, str]:
    """Theme names as headings and chart labels."""
    return {
        "money": _tr("Money"),
        "chores": _tr("Chores"),
        "family": _tr("Family"),
        "work": _tr("Work"),
        "affection": _tr("Affection"),
        "communication": _tr("Communication"),
        "parenting": _tr("Parenting"),
        "trust": _tr("Trust"),
        "plans": _tr("Plans"),
        "health": _tr("Health"),
    }


def theme_in_sentence() -> dict[str, str]:
    """Theme names inside a sentence ("conflict about money ...")."""
    return {
        "money": _tr("money"),
        "chores": _tr("chores"),
        "family": _tr("family"),
        "work": _tr("work"),
        "affection": _tr("affection"),
        "communication": _tr("communication"),
        "parenting": _tr("parenting"),
        "trust": _tr("trust"),
        "plans": _tr("plans"),
        "health": _tr("health"),
    }


def trend_words() -> dict[str, str]:
    """How a pattern has been going, as a short label (pattern cards)."""
    return {
        "escalating": _tr("getting more intense"),
        "steady": _tr("about the same"),
        "easing": _tr("easing off"),
    }


def trend_sentences() -> dict[str, str]:
    return {
        "escalating": _tr("It has been getting more intense lately."),
        "steady": _tr("It has stayed about the same."),
        "easing": _tr("It has been easing off."),
    }


def severity_words() -> dict[str, str]:
    return {"low": _tr("mild"), "medium": _tr("moderate"), "high": _tr("serious")}


def practice_name(practice_id: str, fallback: str = "", locale: QLocale | None = None) -> str:
    """A practice's name from the (translated) prompt catalogue, else a translated name here."""
    catalogue = load_catalogue((locale or QLocale()).name())
    for p in catalogue.practices:
        if p.id == practice_id:
            return p.name
    extra = {"discussing_disagreement": _tr("Openly discussing a disagreement")}
    return extra.get(practice_id) or fallback or practice_id


def summary_templates() -> dict[str, str]:
    """The summary phrases, translated (keys as in ``core.analysis.summary_templates``)."""
    return {
        "no_entries": _trs("You didn't write this week."),
        "entries": _trs("You wrote {count_text} times this week (last week: {previous_text})."),
        "entries_one": _trs("You wrote once this week (last week: {previous_text})."),
        "tone": _trs("Overall the week felt {tone_text}."),
        "best_day": _trs("{weekday} felt best."),
        "hardest_day": _trs("{weekday} was the hardest day."),
        "ratio": _trs(
            "There were {value_text} good moments for every difficult one "
            "(a healthy balance is 5 or more)."
        ),
        "ratio_low": _trs(
            "Difficult moments outnumbered good ones: {value_text} good moments for every "
            "difficult one (a healthy balance is 5 or more)."
        ),
        "ratio_no_negative": _trs(
            "You wrote about {positive_text} good moments and no difficult ones."
        ),
        "ratio_no_positive": _trs(
            "You wrote about {negative_text} difficult moments and no good ones."
        ),
        "theme": _trs("{label} came up {count_text} times, {how_text}."),
        "theme_one": _trs("{label} came up once, {how_text}."),
        "pattern": _trs(
            "Conflict about {theme_text} keeps coming back without being resolved "
            "(since {since_text}); something to try: {practice_text}."
        ),
        "resolved": _trs("You resolved the recurring conflict about {theme_text} this week."),
        "not_analysed": _trs(
            "{count_text} entries were not analysed because they are not in English."
        ),
        "not_analysed_one": _trs("One entry was not analysed because it is not in English."),
    }


def _tones() -> dict[str, str]:
    return {
        "positive": _trs("mostly positive"),
        "somewhat_positive": _trs("somewhat positive"),
        "neutral": _trs("calm or mixed"),
        "somewhat_difficult": _trs("somewhat difficult"),
        "difficult": _trs("difficult"),
    }


def _hows() -> dict[str, str]:
    return {
        "positive": _trs("mostly in good moments"),
        "negative": _trs("mostly in difficult moments"),
        "mixed": _trs("in good and difficult moments"),
    }


# -- dates ------------------------------------------------------------------------------
def _month_first(locale: QLocale) -> bool:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return 0 <= short.find("M") < short.find("d")


def day_month(locale: QLocale, day: dt.date, long_month: bool = True) -> str:
    """ "16 November" or "November 16", as the locale orders them."""
    month = "MMMM" if long_month else "MMM"
    pattern = f"{month} d" if _month_first(locale) else f"d {month}"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def short_day(locale: QLocale, day: dt.date) -> str:
    """ "Mon 16 Nov" (or "Mon, Nov 16")."""
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_month(locale, day, long_month=False)}"


def span(locale: QLocale, first: dt.date, last: dt.date, year: bool = False) -> str:
    """ "16 to 22 November", "30 November to 6 December" (as the locale orders them)."""
    if first == last:
        return day_month(locale, first) + (f" {last.year}" if year else "")
    start, end = day_month(locale, first), day_month(locale, last)
    if first.month == last.month:  # name the month once
        if _month_first(locale):
            end = locale.toString(last.day)
        else:
            start = locale.toString(first.day)
    text = _tr("%1 to %2").replace("%1", start).replace("%2", end)
    if year:
        text = f"{text} {last.year}"
    return text


def week_title(locale: QLocale, w: WeeklyInsights) -> str:
    number = int(w.week.split("W")[1])
    return (
        _tr("Week %1: %2")
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
    names, in_sentence = theme_names(), theme_in_sentence()
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
    name = theme_names().get(p.theme, p.theme)
    if p.status == "unresolved":
        return _tr("%1: keeps coming back").replace("%1", name)
    if p.resolved_on is not None:
        return (
            _tr("%1: resolved on %2")
            .replace("%1", name)
            .replace("%2", short_day(locale, p.resolved_on))
        )
    return _tr("%1: resolved").replace("%1", name)


def pattern_dates(p: Pattern, locale: QLocale) -> str:
    return (
        _tr("Conflict on %1 days, %2.")
        .replace("%1", locale.toString(p.days))
        .replace("%2", span(locale, p.first_date, p.last_date))
    )


def severity_text(p: Pattern) -> str:
    return _tr("Severity: %1.").replace("%1", severity_words().get(p.severity, p.severity))


def pattern_details(p: Pattern, locale: QLocale) -> str:
    trend = trend_sentences().get(p.trend, "")
    return " ".join(t for t in (pattern_dates(p, locale), trend, severity_text(p)) if t)


def evidence_text(e: Evidence, locale: QLocale) -> str:
    text = " ".join(e.text.split())
    when = short_day(locale, e.date)
    if e.kind == "resolution":
        when = _tr("%1, made up").replace("%1", when)
    return f"{when}: \u201c{text}\u201d"


def suggestion_text(p: Pattern, locale: QLocale) -> str:
    if not p.practices:
        return ""
    first = p.practices[0]
    name = practice_name(first.practice, first.name, locale)
    return _tr("Something to try: %1. %2").replace("%1", name).replace("%2", first.why)


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
        summary_heading=_tr("The week in a few words"),
        summary=summary_text(w, locale),
        patterns_heading=_tr("Patterns to look at"),
        patterns=patterns,
        no_patterns=_tr("Nothing keeps coming back right now."),
        footer=_tr("HeartLog. Private: this file is not encrypted; keep it somewhere safe."),
    )
