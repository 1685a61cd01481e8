"""The English words of an exported week, and where matplotlib keeps its cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from dashboard_week_fixture import WEEK, fill_week_journal

from heartlog.core.analysis import AnalysisStore
from heartlog.core.charts import english_report

SRC = Path(__file__).resolve().parents[3] / "src"


def test_english_report_of_the_fixture_week(journal) -> None:
    ids = fill_week_journal(journal)
    w = AnalysisStore(journal).weekly_insights(WEEK)
    r = english_report(w)
    assert r.title == "Week 47: 16 to 22 November 2026"
    assert r.summary == w.summary
    (money,) = r.patterns
    assert money.heading == "Money: keeps coming back"
    assert money.details.startswith("Conflict on 2 days, 16 to 19 November.")
    assert "Severity: " in money.details
    assert money.evidence[0] == "Mon 16 Nov: \u201cWe argued about money again.\u201d"
    assert money.suggestion.startswith("Something to try: Openly discuss the disagreement.")
    assert {e.entry_id for e in w.patterns[0].evidence} == {
        ids["money-monday"],
        ids["money-thursday"],
    }


def test_resolved_pattern_says_when(journal) -> None:
    fill_week_journal(journal)
    w = AnalysisStore(journal).weekly_insights(WEEK)
    p = w.patterns[0]
    resolved = dataclasses.replace(p, status="resolved", resolved_on=dt.date(2026, 11, 21))
    r = english_report(dataclasses.replace(w, patterns=(resolved,)))
    assert r.patterns[0].heading == "Money: resolved on Sat 21 Nov"


def test_matplotlib_cache_lives_in_the_data_folder(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.update(HEARTLOG_HOME=str(tmp_path / "home"), PYTHONPATH=str(SRC))
    code = (
        "import heartlog.core.charts, matplotlib, matplotlib.font_manager\n"
        "print(matplotlib.get_cachedir())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert Path(out.stdout.strip()) == (tmp_path / "home" / "matplotlib").resolve()
