"""The seed's practices, and which of them address a theme, horseman or obstacle."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from heartlog.core.analysis.lexicon import (
    HORSEMEN,
    OBSTACLES,
    PRACTICES_FILE,
    THEMES,
    AnalysisDataError,
    _need,
    read_json,
)

MAX_SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class Practice:
    id: str
    name: str
    summary: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A practice suggested for a pattern or obstacle, with a one-line why."""

    practice: str
    name: str
    why: str

    def to_json(self) -> dict[str, str]:
        return {"practice": self.practice, "name": self.name, "why": self.why}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Suggestion:
        return cls(d["practice"], d.get("name", ""), d.get("why", ""))


@dataclass(frozen=True)
class PracticeCatalogue:
    version: int
    practices: dict[str, Practice]
    themes: dict[str, tuple[tuple[str, str], ...]]
    horsemen: dict[str, tuple[str, str]]
    relapse: tuple[str, str]
    obstacles: dict[str, tuple[tuple[str, str], ...]]

    def name(self, practice_id: str) -> str:
        p = self.practices.get(practice_id)
        return p.name if p else practice_id

    def _suggest(self, pairs: Iterable[tuple[str, str]]) -> tuple[Suggestion, ...]:
        out: list[Suggestion] = []
        for practice, why in pairs:
            if all(s.practice != practice for s in out):
                out.append(Suggestion(practice, self.name(practice), why))
            if len(out) == MAX_SUGGESTIONS:
                break
        return tuple(out)

    def for_pattern(
        self, theme: str, horsemen: Iterable[str] = (), reopened: bool = False
    ) -> tuple[Suggestion, ...]:
        """The theme's practices first, then one per horseman seen, then forgiveness
        when the conflict came back after a resolution."""
        pairs = list(self.themes.get(theme, ()))
        if reopened:
            pairs.insert(1, self.relapse)
        pairs += [self.horsemen[h] for h in horsemen if h in self.horsemen]
        return self._suggest(pairs)

    def for_obstacle(self, obstacle: str) -> tuple[Suggestion, ...]:
        return self._suggest(self.obstacles.get(obstacle, ()))


def _pair(name: str, d: Any, known: dict[str, Practice], where: str) -> tuple[str, str]:
    if not isinstance(d, dict) or d.get("practice") not in known:
        raise AnalysisDataError(name, f"{where} names an unknown practice")
    why = d.get("why")
    if not isinstance(why, str) or not why.strip() or "\n" in why:
        raise AnalysisDataError(name, f"{where} needs a one-line 'why'")
    return d["practice"], why


@lru_cache(maxsize=1)
def practice_catalogue() -> PracticeCatalogue:
    name = PRACTICES_FILE
    data = read_json(name)
    practices: dict[str, Practice] = {}
    for pid, spec in _need(name, data, "practices", dict).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise AnalysisDataError(name, f"practice {pid!r} needs a name")
        practices[pid] = Practice(pid, spec["name"], str(spec.get("summary", "")))
    themes_raw = _need(name, data, "themes", dict)
    if set(themes_raw) != set(THEMES):
        raise AnalysisDataError(name, "'themes' must cover every theme id")
    themes = {
        t: tuple(_pair(name, d, practices, f"themes.{t}") for d in items)
        for t, items in themes_raw.items()
    }
    horsemen_raw = _need(name, data, "horsemen", dict)
    if set(horsemen_raw) != set(HORSEMEN):
        raise AnalysisDataError(name, "'horsemen' must cover the four horsemen")
    horsemen = {h: _pair(name, d, practices, f"horsemen.{h}") for h, d in horsemen_raw.items()}
    obstacles_raw = _need(name, data, "obstacles", dict)
    if set(obstacles_raw) != set(OBSTACLES):
        raise AnalysisDataError(name, "'obstacles' must cover the six obstacles")
    obstacles = {
        o: tuple(_pair(name, d, practices, f"obstacles.{o}") for d in items)
        for o, items in obstacles_raw.items()
    }
    relapse = _pair(name, data.get("relapse"), practices, "relapse")
    return PracticeCatalogue(data["version"], practices, themes, horsemen, relapse, obstacles)
