"""Relationship signals per sentence: conflict, the four horsemen, resolution, themes.

A sentence shows *conflict* when it has a counted conflict marker (an event
such as "argued" or one of Gottman's four horsemen) aimed at the partner and
its sentiment is negative (or mixed with negative words, or neutral next to a
conflict sentence). A marker does not count when a negator or an
irrealis word ("if", "want to", "afraid") comes shortly before it in the same
clause, when it sits inside a false friend ("fighting a cold", "argued
playfully"), or when the nearest person it involves is someone else ("argued
with my boss"). He/she are resolved to the last person named in the entry
(the partner when nobody was). A *resolution* ("apologised", "talked it
through", "made up") counts when the partner is involved and the sentence is
not negative; when a sentence holds both, both count, in text order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from analysis_reference.lexicon import HORSEMEN
from analysis_reference.markers import MarkerRules
from analysis_reference.results import Counts, Marker, SentenceResult
from analysis_reference.sentiment import Score
from analysis_reference.tokens import BARRIER, Match

PERSON_WINDOW_LEFT = 6
PERSON_WINDOW_RIGHT = 5
CONTEXT_BEFORE = 2
CONTEXT_AFTER = 1
NEUTRAL = 0.05


@dataclass(frozen=True, slots=True)
class Prepared:
    """A scored sentence ready for signal detection."""

    index: int
    part: str
    start: int
    end: int
    text: str
    tokens: list[str]
    score: Score
    case_tokens: list[str] | None = None  # original case, only when partner names are set


@dataclass(slots=True)
class _Person:
    start: int
    end: int
    cls: str  # partner | third | self
    text: str


@dataclass(slots=True)
class _State:
    last_cls: str = "partner"
    last_gender: str = "any"
    partner_before: bool = True
    names: frozenset[str] = field(default_factory=frozenset)


def _persons(p: Prepared, rules: MarkerRules, state: _State) -> list[_Person]:
    found: list[tuple[int, int, tuple[str, str, str], str]] = []
    taken: set[int] = set()
    for m in rules.persons.longest(p.tokens):
        found.append((m.start, m.end, m.tags[0], m.text))
        taken.update(range(m.start, m.end))
    if state.names and p.case_tokens is not None:
        for i, tok in enumerate(p.case_tokens):
            if i not in taken and tok in state.names:
                found.append((i, i + 1, ("partner", "any", ""), tok))
    found.sort()
    people: list[_Person] = []
    for start, end, (cls, gender, _theme), text in found:
        if cls in ("partner", "third"):
            state.last_cls, state.last_gender = cls, gender
        elif cls == "couple":
            cls = "partner"
        elif cls == "pronoun":
            compatible = state.last_gender in (gender, "any")
            cls = state.last_cls if compatible else "partner"
        people.append(_Person(start, end, cls, text))
    return people


def _blocker(tokens: Sequence[str], start: int, rules: MarkerRules) -> str:
    """Why a marker at ``start`` does not count ("" when it does)."""
    j = start - 1
    stop = max(0, start - rules.lookback)
    while j >= stop:
        tok = tokens[j]
        if tok == BARRIER or tok in rules.barriers:
            return ""
        if tok in rules.negators or "n't" in tok:
            return f"negated by '{tok}'"
        if tok in rules.irrealis or tok.endswith("'ll"):
            return f"not (yet) real: '{tok}'"
        j -= 1
    return ""


def _clause_between(tokens: Sequence[str], a: int, b: int) -> bool:
    return BARRIER not in tokens[a:b]


OBJECT_WORDS = frozenset({"with", "against", "at"})
SENTENCE_START_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "its"}
)


def _target(people: list[_Person], m: Match[object], tokens: Sequence[str], default: str) -> str:
    """Who a conflict marker involves: "partner", "third" or "none"."""
    object_word = m.end < len(tokens) and tokens[m.end] in OBJECT_WORDS
    writer_until = m.end + 2 if object_word else m.end
    with_writer = any(m.start <= p.start < writer_until and p.cls == "self" for p in people)
    right = [
        p
        for p in people
        if not with_writer
        and p.start >= m.end
        and p.cls != "self"
        and p.start - m.end <= PERSON_WINDOW_RIGHT
        and _clause_between(tokens, m.end, p.start)
    ]
    nearest_right = min(right, key=lambda p: p.start) if right else None
    if object_word and any(p.cls == "third" for p in right):
        return "third"  # "her fight with her boss", "yelled at the kids"
    left = [
        p
        for p in people
        if p.end <= m.start
        and p.cls != "self"
        and m.start - p.end <= PERSON_WINDOW_LEFT
        and _clause_between(tokens, p.end, m.start)
    ]
    if left:
        return max(left, key=lambda p: p.end).cls
    if nearest_right is not None:
        return nearest_right.cls
    classes = {p.cls for p in people}
    if "partner" in classes:
        return "partner"
    if "third" in classes:
        return "third"
    if default == "none" and m.start <= 1 and tokens[0] not in SENTENCE_START_DETERMINERS:
        return "partner"  # "Fought about money again.", "Another fight about the bill."
    return default


def _features(p: Prepared, rules: MarkerRules) -> tuple[list[Marker], Counts]:
    markers: list[Marker] = []
    counts = {"absolute": 0, "i_statement": 0, "you_statement": 0, "we_talk": 0}
    matches = rules.features.every(p.tokens)
    for m in matches:
        if any(
            o is not m and o.tags == m.tags and o.start <= m.start and m.end <= o.end
            for o in matches
        ):
            continue  # "unheard" inside "felt unheard"
        for kind, label in m.tags:
            if kind == "feature":
                counts[label] += 1
                markers.append(Marker(label, "", m.text))
            else:
                why = _blocker(p.tokens, m.start, rules)
                markers.append(Marker(kind, label, m.text, not why, why))
    return markers, Counts(
        counts["i_statement"], counts["you_statement"], counts["we_talk"], counts["absolute"]
    )


def _sentence(
    p: Prepared, rules: MarkerRules, people: list[_Person], default_cls: str, partner_context: bool
) -> SentenceResult:
    tokens = p.tokens
    events = rules.events.longest(tokens)
    blocked = [False] * len(tokens)
    markers: list[Marker] = [Marker("expression", f"{v:+g}", w) for w, v in p.score.expressions]
    conflict_at: list[int] = []
    resolution_at: list[int] = []
    resolution_kind = ""
    horsemen: list[str] = []
    third_party = False
    partner_involved = any(x.cls == "partner" for x in people) or (
        partner_context and all(x.cls == "self" for x in people)
    )
    made_up_end = -1
    made_up_for = False
    for m in events:
        kind, label = m.tags[0]
        if kind != "conflict":
            for i in range(m.start, m.end):
                blocked[i] = True
        if kind == "false_friend":
            markers.append(Marker(kind, "", m.text, False, "not a conflict here"))
            continue
        why = _blocker(tokens, m.start, rules)
        if not why and kind == "conflict":
            target = _target(people, m, tokens, default_cls)
            if target == "third":
                why, third_party = "about someone else", True
            elif target == "none":
                why = "nobody is named"
            elif (
                0 < m.start - made_up_end <= 4
                and made_up_end >= 0
                and not any(
                    t == BARRIER or t in rules.barriers for t in tokens[made_up_end : m.start]
                )
                and any(t in ("for", "about", "over") for t in tokens[made_up_end : m.start])
            ):
                why, made_up_for = "what was made up for", True
        if not why and kind == "resolution" and not partner_involved:
            why = "the partner is not involved"
        markers.append(Marker(kind, label, m.text, not why, why))
        if why:
            continue
        if kind == "resolution":
            made_up_end = m.end
        if kind == "conflict":
            conflict_at.append(m.start)
            if label in HORSEMEN and label not in horsemen:
                horsemen.append(label)
        else:
            resolution_at.append(m.start)
            if resolution_kind != "strong":
                resolution_kind = label
    themes: list[str] = []
    theme_matches = rules.themes.every(tokens, blocked)
    nots = [
        (n.start, n.end, t)
        for n in rules.themes.every(tokens)
        for kind, t in n.tags
        if kind == "not_theme"
    ]
    for m in theme_matches:
        theme = next((t for kind, t in m.tags if kind == "theme"), None)
        if theme is None or any(t == theme and s <= m.start and m.end <= e for s, e, t in nots):
            continue
        markers.append(Marker("theme", theme, m.text))
        if theme not in themes:
            themes.append(theme)
    for person in people:
        if person.cls != "self":
            markers.append(Marker("person", person.cls, person.text))
    feature_markers, counts = _features(p, rules)
    markers += feature_markers

    compound = p.score.compound
    conflict = bool(conflict_at)
    resolution = bool(resolution_at)
    if conflict and resolution:
        order = (
            ("conflict", "resolution")
            if min(conflict_at) < min(resolution_at)
            else (
                "resolution",
                "conflict",
            )
        )
    elif conflict:
        conflict = compound <= rules.conflict_max_compound or (
            compound < rules.conflict_mixed_max_compound and p.score.neg > 0
        )
        order = ("conflict",) if conflict else ()
    elif resolution:
        resolution = compound >= rules.resolution_min_compound or made_up_for
        order = ("resolution",) if resolution else ()
    else:
        order = ()
    if not conflict:
        horsemen = []
    return SentenceResult(
        index=p.index,
        part=p.part,
        start=p.start,
        end=p.end,
        text=p.text,
        compound=compound,
        pos=p.score.pos,
        neu=p.score.neu,
        neg=p.score.neg,
        themes=tuple(themes),
        partner=any(x.cls == "partner" for x in people),
        conflict=conflict,
        resolution=resolution_kind if resolution else "",
        third_party_conflict=third_party and compound <= rules.conflict_max_compound,
        order=order,
        horsemen=tuple(horsemen),
        markers=tuple(markers),
        counts=counts,
    )


def _gated_out(r: SentenceResult) -> bool:
    """Conflict words aimed at the partner in a neutral sentence."""
    return (
        not r.conflict
        and r.compound is not None
        and abs(r.compound) < NEUTRAL
        and bool(r.counted_markers("conflict"))
    )


def _with_neighbours(results: list[SentenceResult]) -> list[SentenceResult]:
    """A neutral sentence with conflict words next to a conflict sentence is conflict too
    ("Another fight about money. He walked out.")."""
    out = list(results)
    for i, r in enumerate(results):
        if not _gated_out(r):
            continue
        near = [results[j] for j in (i - 1, i + 1) if 0 <= j < len(results)]
        if any(n.conflict for n in near):
            horsemen = tuple(
                dict.fromkeys(m.label for m in r.counted_markers("conflict") if m.label in HORSEMEN)
            )
            # Both kinds of marker would already count, so this one has no resolution.
            out[i] = replace(r, conflict=True, horsemen=horsemen, order=("conflict",))
    return out


def _with_context(results: list[SentenceResult]) -> list[SentenceResult]:
    """Give conflict/resolution sentences without a theme one from a neighbour."""
    entry_themes = {t for r in results for t in r.themes}
    out: list[SentenceResult] = []
    for i, r in enumerate(results):
        if r.themes or not (r.conflict or r.resolution):
            out.append(r)
            continue
        borrowed: tuple[str, ...] = ()
        neighbours = [i - d for d in range(1, CONTEXT_BEFORE + 1)]
        if r.conflict:  # a resolution only looks back: it settles what came before
            neighbours += [i + d for d in range(1, CONTEXT_AFTER + 1)]
        for j in neighbours:
            if 0 <= j < len(results) and results[j].themes:
                borrowed = results[j].themes
                break
        if not borrowed and r.conflict and len(entry_themes) == 1:
            borrowed = tuple(entry_themes)
        if borrowed:
            words = [m for j in neighbours if 0 <= j < len(results) for m in results[j].markers]
            notes = tuple(
                Marker("theme", t, _theme_words(words, t), True, "from a neighbouring sentence")
                for t in borrowed
            )
            r = replace(r, markers=r.markers + notes)
        out.append(_replace_context(r, borrowed))
    return out


def _theme_words(markers: list[Marker], theme: str) -> str:
    return next((m.text for m in markers if m.kind == "theme" and m.label == theme), theme)


def _replace_context(r: SentenceResult, themes: tuple[str, ...]) -> SentenceResult:
    return replace(r, context_themes=themes)


def annotate(
    sentences: Sequence[Prepared], rules: MarkerRules, names: frozenset[str] = frozenset()
) -> list[SentenceResult]:
    """Signals for every sentence of one entry, in order."""
    state = _State(names=names)
    contexts: list[tuple[list[_Person], str, bool]] = []
    for p in sentences:
        before, partner_before = state.last_cls, state.partner_before
        people = _persons(p, rules, state)
        contexts.append((people, before, partner_before))
        state.partner_before = any(x.cls == "partner" for x in people) or (
            partner_before and all(x.cls == "self" for x in people)
        )
    # Without anyone named in a sentence, its conflict words are about the partner
    # when the entry talks about the partner at all.
    in_entry = any(x.cls == "partner" for people, _, _ in contexts for x in people)
    results = [
        _sentence(p, rules, people, before if in_entry else "none", partner_before)
        for p, (people, before, partner_before) in zip(sentences, contexts, strict=True)
    ]
    return _with_context(_with_neighbours(results))
