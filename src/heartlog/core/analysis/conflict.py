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

Speed (this runs for every sentence of every entry): the phrases come from
the analyser's single scan (``phrase_scan``) as ``(start, end, tags)``
tuples; each sentence becomes its ``SentenceResult`` at once, and the few
that the neighbour and context rules (``sentence_context``) change are
rebuilt; equal markers and counts are shared instances (``shared_values``).
"""

from __future__ import annotations

from collections.abc import Sequence

from heartlog.core.analysis.lexicon import HORSEMEN
from heartlog.core.analysis.markers import MarkerRules
from heartlog.core.analysis.phrase_scan import EVENTS, FEATURES, PERSONS, THEMES, Found, phrase_text
from heartlog.core.analysis.results import NO_COUNTS, Counts, Marker, SentenceResult
from heartlog.core.analysis.sentence_context import with_context, with_neighbours
from heartlog.core.analysis.shared_values import shared_counts, shared_marker
from heartlog.core.analysis.tokens import BARRIER

PERSON_WINDOW_LEFT = 6
PERSON_WINDOW_RIGHT = 5
NAME_TAG = ("partner", "any", "")


class Prepared:
    """A scored sentence ready for signal detection, with the phrases found in it.

    A plain class with slots rather than a dataclass: this module is compiled
    (hatch_build.py), which makes this ``__init__`` C code, where a dataclass's
    generated one stays interpreted (the analysis builds one per sentence).
    """

    __slots__ = (
        "case_tokens",
        "compound",
        "end",
        "expressions",
        "found",
        "index",
        "neg",
        "neu",
        "part",
        "pos",
        "start",
        "text",
        "tokens",
    )

    def __init__(
        self,
        index: int,
        part: str,
        start: int,
        end: int,
        text: str,
        tokens: list[str],
        compound: float,
        pos: float,
        neu: float,
        neg: float,
        expressions: tuple[tuple[str, float], ...],  # relationship-lexicon phrases
        case_tokens: list[str] | None,  # original case, only when a partner name may occur
        found: list[list[Found]],  # PhraseScanner.scan(tokens)
    ) -> None:
        self.index = index
        self.part = part
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
        self.expressions = expressions
        self.case_tokens = case_tokens
        self.found = found


# (start, end, class, text): partner | third | self
_Person = tuple[int, int, str, str]


class _State:
    """Who "he"/"she" refer to so far in the entry (a plain class: see Prepared)."""

    __slots__ = ("last_cls", "last_gender", "names", "partner_before")

    def __init__(self, names: frozenset[str]) -> None:
        self.last_cls = "partner"
        self.last_gender = "any"
        self.partner_before = True
        self.names = names


def _persons(p: Prepared, state: _State) -> tuple[list[_Person], bool]:
    """The people in a sentence (he/she resolved) and whether the partner is one."""
    matches = p.found[PERSONS]
    named = state.names and p.case_tokens is not None
    if not matches and not named:
        return [], False
    tokens = p.tokens
    found = [
        (s, e, tags[0], tokens[s] if e - s == 1 else phrase_text(tokens, s, e))
        for s, e, tags in matches
    ]
    if named:
        taken = {i for s, e, _, _ in found for i in range(s, e)}
        names = [
            (i, i + 1, NAME_TAG, tok)
            for i, tok in enumerate(p.case_tokens or ())
            if tok in state.names and i not in taken
        ]
        if names:
            found = sorted(found + names, key=lambda x: x[0])  # starts never repeat
    people: list[_Person] = []
    partner = False
    for start, end, (cls, gender, _theme), text in found:
        if cls in ("partner", "third"):
            state.last_cls, state.last_gender = cls, gender
        elif cls == "couple":
            cls = "partner"
        elif cls == "pronoun":
            compatible = state.last_gender in (gender, "any")
            cls = state.last_cls if compatible else "partner"
        if cls == "partner":
            partner = True
        people.append((start, end, cls, text))
    return people, partner


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


MADE_UP_FOR = frozenset({"for", "about", "over"})


def _made_up_for(tokens: Sequence[str], end: int, start: int, rules: MarkerRules) -> bool:
    """Whether the conflict words at ``start`` are what the resolution ending at ``end``
    was about: "apologised for yelling", "forgave him for the fight", "sorry about it"."""
    if not 0 < start - end <= 4:
        return False
    about = False
    for tok in tokens[end:start]:
        if tok == BARRIER or tok in rules.barriers:
            return False
        if tok in MADE_UP_FOR:
            about = True
    return about


def _clause_between(tokens: Sequence[str], a: int, b: int) -> bool:
    return BARRIER not in tokens[a:b]


OBJECT_WORDS = frozenset({"with", "against", "at"})
SENTENCE_START_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "its"}
)


def _target(
    people: list[_Person], start: int, end: int, tokens: Sequence[str], default: str
) -> str:
    """Who a conflict marker at tokens[start:end] involves: "partner", "third" or "none"."""
    object_word = end < len(tokens) and tokens[end] in OBJECT_WORDS
    # "yelled at me about my mother", "picked a fight with me about my friend": the
    # writer is the other side, and whoever comes after is what it was about.
    with_writer = _writer_in(people, start, end + 2 if object_word else end)
    right = []
    if not with_writer:
        right = [
            p
            for p in people
            if p[0] >= end
            and p[2] != "self"
            and p[0] - end <= PERSON_WINDOW_RIGHT
            and _clause_between(tokens, end, p[0])
        ]
    nearest_right = min(right, key=lambda p: p[0]) if right else None
    if object_word and any(p[2] == "third" for p in right):
        return "third"  # "her fight with her boss", "yelled at the kids"
    left = [
        p
        for p in people
        if p[1] <= start
        and p[2] != "self"
        and start - p[1] <= PERSON_WINDOW_LEFT
        and _clause_between(tokens, p[1], start)
    ]
    if left:
        return max(left, key=lambda p: p[1])[2]
    if nearest_right is not None:
        return nearest_right[2]
    classes = {p[2] for p in people}
    if "partner" in classes:
        return "partner"
    if "third" in classes:
        return "third"
    if default == "none" and start <= 1 and tokens[0] not in SENTENCE_START_DETERMINERS:
        return "partner"  # "Fought about money again.", "Another fight about the bill."
    return default


def _writer_in(people: list[_Person], start: int, end: int) -> bool:
    """Whether the writer is named inside tokens[start:end] ("yelled at me")."""
    for p_start, _end, cls, _text in people:  # noqa: SIM110 (a loop compiles to C; any() does not)
        if start <= p_start < end and cls == "self":
            return True
    return False


_COUNTED = {"i_statement": 0, "you_statement": 1, "we_talk": 2, "absolute": 3}  # Counts order


def _features(p: Prepared, rules: MarkerRules, markers: list[Marker]) -> Counts:
    counts = [0, 0, 0, 0]
    matches = p.found[FEATURES]
    several = len(matches) > 1
    for k, (start, end, tags) in enumerate(matches):
        if several and any(
            o != k and o_tags == tags and o_start <= start and end <= o_end
            for o, (o_start, o_end, o_tags) in enumerate(matches)
        ):
            continue  # "unheard" inside "felt unheard"
        text = phrase_text(p.tokens, start, end)
        for kind, label in tags:
            if kind == "feature":
                counts[_COUNTED[label]] += 1
                markers.append(shared_marker(label, "", text))
            else:
                why = _blocker(p.tokens, start, rules)
                markers.append(shared_marker(kind, label, text, not why, why))
    return shared_counts(*counts)


class _Events:
    """What a sentence's conflict, resolution and false-friend phrases amount to
    (a plain class: see Prepared)."""

    __slots__ = (
        "blocked", "conflict_at", "counted_conflicts", "horsemen", "made_up_for",
        "resolution_at", "resolution_kind", "third_party",
    )  # fmt: skip

    def __init__(self) -> None:
        self.blocked: set[int] = set()  # token places inside resolutions and false friends
        self.conflict_at: list[int] = []
        self.resolution_at: list[int] = []
        self.counted_conflicts: list[str] = []  # labels, in order
        self.resolution_kind = ""
        self.horsemen: list[str] = []
        self.third_party = False
        self.made_up_for = False  # conflict words that are what a resolution was about


_NO_EVENTS = _Events()  # shared by the many sentences without any (never changed)


def _events(
    p: Prepared,
    rules: MarkerRules,
    people: list[_Person],
    partner_involved: bool,
    default_cls: str,
    markers: list[Marker],
) -> _Events:
    tokens = p.tokens
    ev = _Events()
    made_up_end = -1  # where the last counted resolution ended ("apologised" in "... for yelling")
    for start, end, tags in p.found[EVENTS]:
        kind, label = tags[0]
        if kind != "conflict":
            # A theme word inside a resolution ("we hugged") or a false friend names no
            # theme; inside a conflict it does ("he lied to me": trust).
            ev.blocked.update(range(start, end))
        text = phrase_text(tokens, start, end)
        if kind == "false_friend":
            markers.append(shared_marker(kind, "", text, False, "not a conflict here"))
            continue
        why = _blocker(tokens, start, rules)
        if not why and kind == "conflict":
            target = _target(people, start, end, tokens, default_cls)
            if target == "third":
                why, ev.third_party = "about someone else", True
            elif target == "none":
                why = "nobody is named"
            elif made_up_end >= 0 and _made_up_for(tokens, made_up_end, start, rules):
                why, ev.made_up_for = "what was made up for", True
        if not why and kind == "resolution" and not partner_involved:
            why = "the partner is not involved"
        markers.append(shared_marker(kind, label, text, not why, why))
        if why:
            continue
        if kind == "resolution":
            made_up_end = end
        if kind == "conflict":
            ev.conflict_at.append(start)
            ev.counted_conflicts.append(label)
            if label in HORSEMEN and label not in ev.horsemen:
                ev.horsemen.append(label)
        else:
            ev.resolution_at.append(start)
            if ev.resolution_kind != "strong":
                ev.resolution_kind = label
    return ev


def _only_self(people: list[_Person]) -> bool:
    """Nobody but the writer is named ("I said sorry"): the talk is still about the partner."""
    for _start, _end, cls, _text in people:  # noqa: SIM110 (a loop compiles to C; all() does not)
        if cls != "self":
            return False
    return True


def _theme_of(tags: tuple[tuple[str, str], ...]) -> str | None:
    """The theme a phrase names (the first listed, for a phrase in two themes)."""
    for kind, theme in tags:
        if kind == "theme":
            return theme
    return None


def _not_themes(found: list[Found]) -> list[tuple[int, int, str]] | None:
    """The spans in which a theme's word does not name it ("before work", "sick of")."""
    nots = None
    for start, end, tags in found:
        for kind, theme in tags:
            if kind == "not_theme":
                if nots is None:
                    nots = []
                nots.append((start, end, theme))
    return nots


def _is_not(nots: list[tuple[int, int, str]], start: int, end: int, theme: str) -> bool:
    for not_start, not_end, not_theme in nots:
        if not_theme == theme and not_start <= start and end <= not_end:
            return True
    return False


def _sentence(
    p: Prepared,
    rules: MarkerRules,
    people: list[_Person],
    partner: bool,
    default_cls: str,
    partner_context: bool,
) -> tuple[SentenceResult, list[str]]:
    """The sentence's signals, and the labels of its counted conflict markers."""
    found = p.found
    markers = (
        [shared_marker("expression", f"{v:+g}", w) for w, v in p.expressions]
        if p.expressions
        else []
    )
    ev = _NO_EVENTS
    if found[EVENTS]:
        involved = partner or (partner_context and _only_self(people))
        ev = _events(p, rules, people, involved, default_cls, markers)
    blocked = ev.blocked
    themes: list[str] = []
    found_themes = found[THEMES]
    nots = _not_themes(found_themes) if len(found_themes) > 1 else None
    for start, end, tags in found_themes:
        # As PhraseIndex.every(tokens, blocked): no theme inside a resolution or false friend.
        if blocked and not blocked.isdisjoint(range(start, end)):
            continue
        theme = _theme_of(tags)
        if theme is None or (nots and _is_not(nots, start, end, theme)):
            continue
        markers.append(shared_marker("theme", theme, phrase_text(p.tokens, start, end)))
        if theme not in themes:
            themes.append(theme)
    for _start, _end, cls, text in people:
        if cls != "self":
            markers.append(shared_marker("person", cls, text))
    counts = _features(p, rules, markers) if found[FEATURES] else NO_COUNTS

    compound = p.compound
    conflict = bool(ev.conflict_at)
    resolution = bool(ev.resolution_at)
    if conflict and resolution:
        first_conflict = min(ev.conflict_at) < min(ev.resolution_at)
        order = ("conflict", "resolution") if first_conflict else ("resolution", "conflict")
    elif conflict:
        conflict = compound <= rules.conflict_max_compound or (
            compound < rules.conflict_mixed_max_compound and p.neg > 0
        )
        order = ("conflict",) if conflict else ()
    elif resolution:
        # "He apologised for yelling" reads negative because of what he apologised for.
        resolution = compound >= rules.resolution_min_compound or ev.made_up_for
        order = ("resolution",) if resolution else ()
    else:
        order = ()
    result = SentenceResult(
        p.index,
        p.part,
        p.start,
        p.end,
        p.text,
        compound,
        p.pos,
        p.neu,
        p.neg,
        tuple(themes),
        (),
        partner,
        conflict,
        ev.resolution_kind if resolution else "",
        ev.third_party and compound <= rules.conflict_max_compound,
        order,
        tuple(ev.horsemen) if conflict else (),
        tuple(markers),
        counts,
    )
    return result, ev.counted_conflicts


def annotate(
    sentences: Sequence[Prepared], rules: MarkerRules, names: frozenset[str] = frozenset()
) -> list[SentenceResult]:
    """Signals for every sentence of one entry, in order."""
    state = _State(names=names)
    contexts: list[tuple[list[_Person], bool, str, bool]] = []
    in_entry = False
    for p in sentences:
        before, partner_before = state.last_cls, state.partner_before
        people, partner = _persons(p, state)
        contexts.append((people, partner, before, partner_before))
        state.partner_before = partner or (partner_before and _only_self(people))
        # Without anyone named in a sentence, its conflict words are about the partner
        # when the entry talks about the partner at all.
        in_entry = in_entry or partner
    results: list[SentenceResult] = []
    counted: list[list[str]] = []
    for p, (people, partner, before, partner_before) in zip(sentences, contexts, strict=True):
        default_cls = before if in_entry else "none"
        result, conflicts = _sentence(p, rules, people, partner, default_cls, partner_before)
        results.append(result)
        counted.append(conflicts)
    with_neighbours(results, counted)
    with_context(results)
    return results
