"""Which of the seed's six obstacles an entry points to, and the words that show it.

Besides the phrases in ``obstacles.json``: stonewalling and defensiveness in a
partner conflict point to poor communication; a conflict about trust to lack
of trust; about affection to differing needs; about communication to poor
communication. Stress words outside a partner conflict, a conflict with
someone else ("my boss yelled"), and, when the entry has no partner conflict
at all, negative sentences about work, money, health or family are external
stressors -- never a conflict pattern. Unresolved conflicts are also added
later for entries that belong to an unresolved pattern (see ``patterns``).
"""

from __future__ import annotations

from collections.abc import Sequence

from heartlog.core.analysis.lexicon import OBSTACLES
from heartlog.core.analysis.results import ObstacleHit, SentenceResult
from heartlog.core.analysis.sentence_context import theme_words

HORSEMAN_OBSTACLE = {"stonewalling": "poor_communication", "defensiveness": "poor_communication"}
THEME_OBSTACLE = {
    "trust": "lack_of_trust",
    "affection": "differing_needs",
    "communication": "poor_communication",
}
STRESS_THEMES = ("work", "money", "health", "family")
NEGATIVE = -0.05


def entry_obstacles(sentences: Sequence[SentenceResult]) -> tuple[ObstacleHit, ...]:
    hits: dict[str, tuple[list[int], list[str]]] = {}

    def add(obstacle: str, index: int, words: str) -> None:
        where, what = hits.setdefault(obstacle, ([], []))
        if index not in where:
            where.append(index)
        if words and words not in what:
            what.append(words)

    partner_conflict = any(s.conflict for s in sentences)
    conflict_themes = {t for s in sentences if s.conflict for t in s.signal_themes}
    # Plain loops over each sentence's few markers (this runs for every entry).
    for s in sentences:
        markers = s.markers
        for m in markers:
            if m.kind == "obstacle" and m.counted:
                add(m.label, s.index, m.text)
        if s.conflict:
            for m in markers:
                if m.kind == "conflict" and m.counted:
                    obstacle = HORSEMAN_OBSTACLE.get(m.label)
                    if obstacle:
                        add(obstacle, s.index, m.text)
            for theme in s.signal_themes:
                obstacle = THEME_OBSTACLE.get(theme)
                if obstacle:
                    add(obstacle, s.index, theme_words(s.markers, theme))
            continue
        if conflict_themes.isdisjoint(s.themes):
            # "He worked late again" beside a fight about his hours is the fight's
            # context, not an outside pressure.
            for m in markers:
                if m.kind == "stress" and m.counted:
                    add("external_stressors", s.index, m.text)
        if s.third_party_conflict:
            for m in markers:
                if m.kind == "conflict" and m.why == "about someone else":
                    add("external_stressors", s.index, m.text)
        if not partner_conflict and s.compound is not None and s.compound <= NEGATIVE:
            for theme in s.themes:
                if theme in STRESS_THEMES:
                    add("external_stressors", s.index, theme_words(s.markers, theme))
    if not hits:
        return ()
    return tuple(
        [ObstacleHit(o, tuple(hits[o][0]), tuple(hits[o][1])) for o in OBSTACLES if o in hits]
    )
