"""Small realistic journals in real encrypted profiles: exactly the expected patterns."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from analysis_labelled_sets import DATA

from heartlog.core.analysis import PARTNER_NAMES_SETTING, AnalysisStore

JOURNALS = sorted((DATA / "journals").glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_journal(journal, spec: dict[str, Any]) -> dict[str, str]:
    """Add the spec's entries; returns entry ids by their 'at' timestamp."""
    if spec.get("partner_names"):
        journal.set_setting(PARTNER_NAMES_SETTING, spec["partner_names"])
    ids = {}
    for e in spec["entries"]:
        when = dt.datetime.fromisoformat(e["at"]).replace(tzinfo=dt.UTC)
        entry = journal.add(
            body=e["body"], title=e.get("title", ""), written_at=when, mood=e.get("mood")
        )
        ids[e["at"]] = entry.id
    return ids


def test_there_are_many_fixture_journals() -> None:
    assert len(JOURNALS) >= 10


@pytest.mark.parametrize("path", JOURNALS, ids=[p.stem for p in JOURNALS])
def test_fixture_journal(journal, path: Path) -> None:
    spec = load(path)
    ids = write_journal(journal, spec)
    store = AnalysisStore(journal)
    assert store.analyse_stale() == len(spec["entries"])
    as_of = dt.date.fromisoformat(spec["as_of"])
    patterns = store.patterns(as_of)
    expected = spec["expect"]["patterns"]
    found = sorted((p.theme, p.status) for p in patterns)
    assert found == sorted((x["theme"], x["status"]) for x in expected), [
        (p.theme, p.status, [e.text for e in p.evidence]) for p in patterns
    ]
    by_theme = {p.theme: p for p in patterns}
    for want in expected:
        p = by_theme[want["theme"]]
        assert p.days >= want.get("min_days", 2)
        assert set(want.get("horsemen", ())) <= set(p.horsemen)
        assert p.reopened == want.get("reopened", False)
        if "practice" in want:
            assert want["practice"] in [s.practice for s in p.practices]
        assert all(e.entry_id in ids.values() for e in p.evidence)
        assert all(e.markers for e in p.evidence), "every flag keeps the words that raised it"
        assert p.first_date <= p.last_date <= as_of
    for at, obstacles in spec["expect"].get("obstacles", {}).items():
        result = store.analysis_for(ids[at], refresh=False)
        assert set(obstacles) <= set(result.obstacle_ids), (at, result.obstacle_ids)
