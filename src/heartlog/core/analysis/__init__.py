"""Local, explainable analysis of journal entries: sentiment, conflict patterns, obstacles.

Importing this package is cheap: vaderSentiment is imported only when the
first text is scored. The public API:

- ``AnalysisStore(journal)``: the cached analysis of one journal
  (``analyse_stale``, ``analyse_entries``, ``analysis_for``, ``scores``,
  ``patterns``, ``weekly_insights``, ``invalidate_insights``).
- ``analyse_text(text)`` / ``EntryAnalyser().analyse(title, body)``: one text.
- ``find_patterns(signals, as_of)``: the pure pattern finder.
- ``weekly_insights(store, week)``: the dashboard's data.
"""

from __future__ import annotations

from heartlog.core.analysis import speedups

speedups.prefer_current()  # before any compiled module is imported (see speedups)

from heartlog.core.analysis.analyser import (
    EntryAnalyser,
    analyse_text,
    analyser_version,
    content_hash,
)
from heartlog.core.analysis.insight_data import (
    DayStat,
    ObstacleStat,
    PracticeStat,
    Ratio,
    ThemeStat,
    WeeklyInsights,
)
from heartlog.core.analysis.insights import (
    InvalidWeek,
    PracticeOf,
    default_practice_of,
    parse_week,
    weekly_insights,
)
from heartlog.core.analysis.lexicon import (
    HORSEMEN,
    OBSTACLES,
    THEMES,
    AnalysisDataError,
)
from heartlog.core.analysis.patterns import (
    WINDOW_DAYS,
    EntrySignals,
    Evidence,
    Pattern,
    find_patterns,
)
from heartlog.core.analysis.practices import Suggestion, practice_catalogue
from heartlog.core.analysis.results import (
    Counts,
    EntryResult,
    Marker,
    ObstacleHit,
    SentenceResult,
)
from heartlog.core.analysis.sentences import Span, split_sentences
from heartlog.core.analysis.sentiment import mood_band
from heartlog.core.analysis.store import PARTNER_NAMES_SETTING, AnalysisStore
from heartlog.core.analysis.summary import SummaryFact, render_summary, summary_templates

__all__ = [
    "HORSEMEN",
    "OBSTACLES",
    "PARTNER_NAMES_SETTING",
    "THEMES",
    "WINDOW_DAYS",
    "AnalysisDataError",
    "AnalysisStore",
    "Counts",
    "DayStat",
    "EntryAnalyser",
    "EntryResult",
    "EntrySignals",
    "Evidence",
    "InvalidWeek",
    "Marker",
    "ObstacleHit",
    "ObstacleStat",
    "Pattern",
    "PracticeOf",
    "PracticeStat",
    "Ratio",
    "SentenceResult",
    "Span",
    "Suggestion",
    "SummaryFact",
    "ThemeStat",
    "WeeklyInsights",
    "analyse_text",
    "analyser_version",
    "content_hash",
    "default_practice_of",
    "find_patterns",
    "mood_band",
    "parse_week",
    "practice_catalogue",
    "render_summary",
    "split_sentences",
    "summary_templates",
    "weekly_insights",
]
