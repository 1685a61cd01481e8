"""The dashboard's fixture journal: weeks 44 to 47 of 2026 (see tests/data/dashboard)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "data" / "dashboard" / "week_2026_w47.json"
WEEK = "2026-W47"
SUNDAY = dt.date(2026, 11, 22)


def fill_week_journal(journal: Any) -> dict[str, str]:
    """Write the fixture entries; returns entry ids by their key."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    ids = {}
    for item in data["entries"]:
        entry = journal.add(
            item["body"],
            written_at=dt.datetime.fromisoformat(item["at"]),
            mood=item.get("mood"),
            prompt_id=item.get("prompt_id"),
        )
        ids[item["key"]] = entry.id
    return ids
