"""What the analysis tells the prompts: unresolved themes first, then recent obstacles."""

from __future__ import annotations

import datetime as dt

from heartlog.core.analysis import AnalysisStore
from heartlog.core.prompt_adaptation import adaptation_signals
from heartlog.core.prompt_selection import AdaptationSignal, SignalKind


def _add(journal, days_ago: int, text: str, today: dt.date) -> None:
    when = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(20)).astimezone()
    journal.add(text, written_at=when)


def test_unresolved_money_fights_and_work_stress(journal) -> None:
    today = dt.date(2026, 11, 20)
    _add(
        journal,
        9,
        "We argued about money again. He yelled at me about the credit card bill.",
        today,
    )
    _add(journal, 5, "Another fight with him about money. He blamed me for the overdraft.", today)
    _add(journal, 2, "Work was so stressful, my boss moved the deadline and I am exhausted.", today)
    signals = adaptation_signals(AnalysisStore(journal), today)
    assert signals[0] == AdaptationSignal.theme("money")
    assert AdaptationSignal.obstacle("external_stressors") in signals


def test_a_resolved_dispute_and_old_obstacles_say_nothing(journal) -> None:
    today = dt.date(2026, 11, 20)
    _add(
        journal, 30, "Work was so stressful, my boss moved the deadline and I am exhausted.", today
    )
    _add(journal, 9, "We argued about the chores again. He yelled about the dishes.", today)
    _add(journal, 5, "Another fight with him about the chores and the laundry.", today)
    _add(journal, 3, "We talked it through about the chores, made a rota and hugged.", today)
    signals = adaptation_signals(AnalysisStore(journal), today)
    assert AdaptationSignal.theme("chores") not in signals
    assert AdaptationSignal.obstacle("external_stressors") not in signals
    assert all(s.kind in (SignalKind.THEME, SignalKind.OBSTACLE) for s in signals)


def test_an_empty_journal_has_no_signals(journal) -> None:
    assert adaptation_signals(AnalysisStore(journal), dt.date(2026, 11, 20)) == []
