"""Weekly insights: day stats against last week, ratio, themes, obstacles, practices,
patterns, summary; cached per week and invalidated by edits."""

from __future__ import annotations

import datetime as dt

import pytest

from heartlog.core.analysis import (
    AnalysisStore,
    InvalidWeek,
    SummaryFact,
    WeeklyInsights,
    default_practice_of,
    parse_week,
    render_summary,
    summary_templates,
)
from heartlog.core.analysis import insights as insights_module

WEEK = "2026-W11"  # Monday 9 March 2026 .. Sunday 15 March


def at(day: int, hour: int = 20) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, tzinfo=dt.UTC)


@pytest.fixture
def week_journal(journal):
    j = journal
    # Last week (2..8 March)
    j.add(
        "We argued about money again. He said I never think about the budget.",
        written_at=at(3),
        mood=2,
    )
    j.add("Lovely dinner together, we laughed a lot.", written_at=at(5), mood=4)
    # This week (9..15 March)
    j.add("Another fight about the credit card bill. He rolled his eyes.", written_at=at(9), mood=1)
    j.add(
        "Work was exhausting, the deadline moved up. He made dinner and listened.",
        written_at=at(10),
        mood=3,
        prompt_id="active_listening-02",
    )
    j.add(
        "We went for a long walk and talked about our dreams. I felt so close to him.",
        written_at=at(12),
        mood=5,
        prompt_id="connection_time.01",
    )
    j.add(
        "A quiet, happy evening. Great pasta.",
        written_at=at(12, 22),
        mood=4,
        prompt_id="connection_time-04",
    )
    j.add("Hoy fue un día tranquilo en casa con los niños.", written_at=at(14))
    return j


def test_parse_week() -> None:
    assert parse_week("2026-W11") == ("2026-W11", dt.date(2026, 3, 9))
    assert parse_week("2026w1") == ("2026-W01", dt.date(2025, 12, 29))
    assert parse_week(dt.date(2026, 3, 15)) == ("2026-W11", dt.date(2026, 3, 9))
    for bad in ("2026-W54", "last week", "2026-11", ""):
        with pytest.raises(InvalidWeek, match="YYYY-Www"):
            parse_week(bad)


def test_default_practice_of() -> None:
    assert default_practice_of("active_listening-03") == "active_listening"
    assert default_practice_of("forgiveness.deep.2") == "forgiveness"
    assert default_practice_of("solo") == "solo"
    assert default_practice_of("") is None


def test_week_numbers(week_journal) -> None:
    w = AnalysisStore(week_journal).weekly_insights(WEEK)
    assert (w.week, w.start, w.end) == (WEEK, dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert [d.entries for d in w.days] == [1, 1, 0, 2, 0, 1, 0]
    assert [d.entries for d in w.previous_days] == [0, 1, 0, 1, 0, 0, 0]
    assert (w.entries, w.previous_entries, w.not_analysed) == (5, 2, 1)
    assert w.days[3].mood == 4.5 and w.days[2].mood is None
    assert w.days[0].mean < 0 < w.days[3].mean
    assert w.days[5].mean is None  # only a Spanish entry that day
    assert w.ratio.positive > w.ratio.negative > 0
    assert w.ratio.value == round(w.ratio.positive / w.ratio.negative, 2)
    assert w.ratio.reference == 5.0
    money = next(t for t in w.themes if t.theme == "money")
    assert money.conflicts >= 1 and money.entries == 1
    assert {o.obstacle for o in w.obstacles} >= {"external_stressors", "unresolved_conflicts"}
    assert [(p.practice, p.entries) for p in w.practices] == [
        ("connection_time", 2),
        ("active_listening", 1),
    ]
    assert w.practices[0].prompt_ids == ("connection_time.01", "connection_time-04")
    (pattern,) = w.patterns
    assert (pattern.theme, pattern.status) == ("money", "unresolved")
    kinds = [f.kind for f in w.facts]
    assert kinds[0] == "entries" and "pattern" in kinds and "not_analysed" in kinds
    assert w.summary.startswith("You wrote 5 times this week (last week: 2).")
    assert "money keeps coming back" in w.summary


def test_practice_mapping_is_injectable(week_journal) -> None:
    catalogue = {"active_listening-02": "listening", "connection_time.01": "time"}
    w = AnalysisStore(week_journal).weekly_insights(WEEK, practice_of=catalogue.get)
    assert sorted((p.practice, p.entries) for p in w.practices) == [("listening", 1), ("time", 1)]


def test_json_round_trip_and_documented_keys(week_journal) -> None:
    w = AnalysisStore(week_journal).weekly_insights(WEEK)
    data = w.to_json()
    for key in ("week", "days", "ratio", "themes", "obstacles", "practices", "summary", "patterns"):
        assert key in data
    for key in (
        "theme",
        "status",
        "first_date",
        "last_date",
        "entries",
        "severity",
        "trend",
        "evidence",
        "practices",
    ):
        assert key in data["patterns"][0]
    assert len(data["days"]) == 7 and "previous" in data["days"][0]
    assert WeeklyInsights.from_json(data) == w


def test_empty_week(journal) -> None:
    w = AnalysisStore(journal).weekly_insights("2026-W02")
    assert w.entries == 0 and w.mean is None and w.patterns == ()
    assert [f.kind for f in w.facts] == ["no_entries"]
    assert w.ratio.value is None and not w.ratio.meets_reference


def test_cached_per_week_and_invalidated_by_edits(
    week_journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = insights_module._compute

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(insights_module, "_compute", counting)
    store = AnalysisStore(week_journal)
    first = store.weekly_insights(WEEK)
    assert store.weekly_insights(WEEK) == first
    assert AnalysisStore(week_journal).weekly_insights(WEEK) == first
    assert calls == [WEEK]
    # Editing an entry of the week recomputes it.
    entry = week_journal.list(start=dt.date(2026, 3, 12), end=dt.date(2026, 3, 12))[0]
    week_journal.update(entry.id, body="We had a terrible fight about the dishes.")
    edited = store.weekly_insights(WEEK)
    assert calls == [WEEK, WEEK] and edited != first
    # A mood change too (it is not analysed text, but the week shows it).
    week_journal.update(entry.id, mood=1)
    assert store.weekly_insights(WEEK).days[3].mood != edited.days[3].mood
    # Deleting, or adding an entry, as well.
    week_journal.delete(entry.id)
    assert store.weekly_insights(WEEK).entries == 4
    week_journal.add("Another calm evening.", written_at=at(15))
    assert store.weekly_insights(WEEK).entries == 5
    n = len(calls)
    # An entry far from the week changes nothing.
    week_journal.add("Unrelated, long after.", written_at=dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    store.weekly_insights(WEEK)
    assert len(calls) == n
    assert store.invalidate_insights() >= 1
    store.weekly_insights(WEEK)
    assert len(calls) == n + 1


def test_summary_templates_can_be_replaced() -> None:
    facts = (
        SummaryFact("entries", {"count": 1, "previous": 3}),
        SummaryFact("tone", {"tone": "positive", "mean": 0.4}),
    )
    assert (
        render_summary(facts)
        == "You wrote once this week (last week: 3). Overall the week felt mostly positive."
    )
    german = dict(
        summary_templates(), entries_one="Du hast einmal geschrieben.", tone="Die Woche war {tone}."
    )
    assert (
        render_summary(facts, german)
        == "Du hast einmal geschrieben. Die Woche war mostly positive."
    )
    assert set(summary_templates()) >= {
        "no_entries",
        "entries",
        "pattern",
        "ratio",
        "theme",
        "best_day",
    }


def test_the_ratio_sentence_never_says_an_even_week_was_outnumbered() -> None:
    even = render_summary((SummaryFact("ratio", {"value": 1.0}),))
    assert "outnumbered" not in even and "1 good moments for every difficult one" in even
    low = render_summary((SummaryFact("ratio_low", {"value": 0.2}),))
    assert low.startswith("Difficult moments outnumbered good ones: 0.2 good moments")
