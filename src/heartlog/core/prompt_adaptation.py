"""What the analysis tells the prompts: unresolved-conflict themes and recent obstacles.

``adaptation_signals`` reads the cached analysis (bringing the look-back window
up to date first, so call it off the GUI thread) and returns the
``AdaptationSignal`` list that ``PromptService(signals=...)`` expects.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from heartlog.core.prompt_selection import AdaptationSignal

if TYPE_CHECKING:
    from heartlog.core.analysis import AnalysisStore

RECENT_DAYS = 14  # obstacles count when they showed up in the last two weeks
MAX_OBSTACLES = 3


def adaptation_signals(
    store: AnalysisStore, today: dt.date, recent_days: int = RECENT_DAYS
) -> list[AdaptationSignal]:
    """Themes of unresolved patterns (most severe first), then the most frequent recent obstacles."""
    patterns = [
        p for p in store.patterns(today, include_resolved=False) if p.status == "unresolved"
    ]
    patterns.sort(key=lambda p: (-p.severity_score, p.theme))
    signals = [AdaptationSignal.theme(p.theme) for p in patterns]
    start = today - dt.timedelta(days=recent_days - 1)
    seen: Counter[str] = Counter()
    for *_row, result in store.analysed_between(start, today):
        seen.update(set(result.obstacle_ids))
    ranked = sorted(seen.items(), key=lambda item: (-item[1], item[0]))
    signals += [AdaptationSignal.obstacle(obstacle) for obstacle, _n in ranked[:MAX_OBSTACLES]]
    return signals
