"""A realistic couple's journal for the dashboard bench and screenshots (synthetic, deterministic).

Weeks of ordinary life: good evenings, work stress, a chores dispute that
was talked through, and money fights that keep coming back; some entries are
written from prompts and most carry a self-rated mood. The last week
(``FOCUS_WEEK``) is scripted so the dashboard has something to say about it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

FOCUS_WEEK = "2026-W47"  # Monday 16 November .. Sunday 22 November 2026
FOCUS_MONDAY = dt.date(2026, 11, 16)

GOOD = [
    "Sam cooked dinner and we laughed about the neighbours' cat.",
    "We went for a long walk by the river and talked about our dreams.",
    "I felt so close to Sam tonight.",
    "Sam really listened to me when I talked about my sister.",
    "A slow Sunday morning, coffee in bed, no plans.",
    "We danced in the kitchen to old songs.",
    "Sam left a sweet note in my bag, I smiled all day.",
    "We made a plan for the holidays together and it felt easy.",
    "Grateful for Sam, grateful for this quiet evening.",
]
NEUTRAL = [
    "Long day at the office.",
    "Did the shopping after work.",
    "Rain all afternoon, so I read on the couch.",
    "The kids had swimming lessons.",
    "Called mum, she is fine.",
]
STRESS = [
    "Work was exhausting, the deadline moved up again.",
    "My boss yelled at the whole team in the meeting.",
    "I'm worried about the project and slept badly.",
]
MONEY_FIGHTS = [
    "We argued about money again, Sam says I never look at the budget.",
    "Another fight about the credit card bill, Sam rolled their eyes at me.",
    "Sam blamed me for the overdraft and I shut down.",
    "We had a fight about the rent money and I went to bed angry.",
]
CHORES_FIGHT = "We argued about the dishes again, Sam never does them without being asked."
CHORES_MADE_UP = "We talked it through about the chores, made a rota and hugged."

# The focus week: (weekday 0-6, hour, mood, prompt id, sentences)
FOCUS_ENTRIES: list[tuple[int, int, int | None, str | None, list[str]]] = [
    (
        0,
        21,
        2,
        None,
        [
            "We argued about money again, Sam says I never look at the budget.",
            "I felt unheard and went to bed angry.",
        ],
    ),
    (
        1,
        22,
        3,
        "active_listening.02",
        [
            "Work was exhausting, the deadline moved up again.",
            "Sam made tea and really listened to me.",
        ],
    ),
    (
        3,
        20,
        5,
        "connection_time.03",
        [
            "We went for a long walk by the river and talked about our dreams.",
            "I felt so close to Sam, we laughed the whole way home.",
        ],
    ),
    (
        4,
        23,
        1,
        None,
        [
            "Another fight about the credit card bill, Sam rolled their eyes at me.",
            "Sam blamed me for the overdraft and I shut down.",
        ],
    ),
    (
        5,
        11,
        4,
        "i_statements.01",
        [
            "A slow Saturday morning, coffee in bed.",
            "I tried to say how I feel about money without blaming Sam.",
        ],
    ),
    (
        6,
        19,
        4,
        "active_listening.04",
        ["We cooked together and it was lovely.", "I am grateful for this quiet evening."],
    ),
]


def _when(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=dt.UTC)


def entries_before(weeks: int, seed: int = 11) -> list[dict[str, Any]]:
    """``weeks`` weeks of ordinary life before the focus week, oldest first."""
    rng = random.Random(seed)
    start = FOCUS_MONDAY - dt.timedelta(weeks=weeks)
    out: list[dict[str, Any]] = []
    prompts = [
        "connection_time.01",
        "active_listening.01",
        "forgiveness.02",
        "shared_activities.01",
    ]
    for offset in range(weeks * 7):
        day = start + dt.timedelta(days=offset)
        if rng.random() < 0.35:
            continue
        weeks_left = (FOCUS_MONDAY - day).days // 7
        sentences: list[str]
        mood: int | None
        roll = rng.random()
        if weeks_left == 5 and day.weekday() in (1, 4):
            sentences, mood = [CHORES_FIGHT, rng.choice(NEUTRAL)], 2
        elif weeks_left == 4 and day.weekday() == 2:
            sentences, mood = [CHORES_MADE_UP, rng.choice(GOOD)], 4
        elif weeks_left <= 2 and day.weekday() in (0, 4) and rng.random() < 0.7:
            sentences, mood = [rng.choice(MONEY_FIGHTS), rng.choice(NEUTRAL)], 2
        elif roll < 0.5:
            sentences, mood = [*rng.sample(GOOD, 2), rng.choice(NEUTRAL)], rng.choice([4, 4, 5])
        elif roll < 0.8:
            sentences, mood = [rng.choice(NEUTRAL), rng.choice(GOOD)], 3
        else:
            sentences, mood = [rng.choice(STRESS), rng.choice(NEUTRAL)], 2
        if rng.random() < 0.15:
            mood = None
        prompt = rng.choice(prompts) if rng.random() < 0.25 else None
        out.append(
            {
                "written_at": _when(day, rng.choice([19, 20, 21, 22])),
                "body": " ".join(sentences),
                "mood": mood,
                "prompt_id": prompt,
            }
        )
    return out


def focus_entries() -> list[dict[str, Any]]:
    return [
        {
            "written_at": _when(FOCUS_MONDAY + dt.timedelta(days=wd), hour),
            "body": " ".join(sentences),
            "mood": mood,
            "prompt_id": prompt,
        }
        for wd, hour, mood, prompt, sentences in FOCUS_ENTRIES
    ]


def fill_journal(journal: Any, weeks: int = 12) -> int:
    """Write ``weeks`` weeks of history and the focus week; returns the number of entries."""
    items = entries_before(weeks) + focus_entries()
    for item in items:
        journal.add(**item)
    return len(items)
