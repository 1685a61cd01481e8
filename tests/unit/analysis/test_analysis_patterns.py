"""The pure pattern finder: windows, resolutions, reopening, order; property tests."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from heartlog.core.analysis.patterns import EntrySignals, find_patterns
from heartlog.core.analysis.results import Marker, SentenceResult

AS_OF = dt.date(2026, 3, 31)
THEMES = ("money", "chores", "family")


def sentence(
    kind: str, theme: str | None, horsemen: tuple[str, ...] = (), compound: float = -0.5
) -> SentenceResult:
    themes = (theme,) if theme else ()
    if kind == "conflict":
        return SentenceResult(
            0,
            "body",
            0,
            10,
            f"we fought about {theme}",
            compound=compound,
            themes=themes,
            partner=True,
            conflict=True,
            order=("conflict",),
            horsemen=horsemen,
            markers=(
                Marker("conflict", "event", "fought"),
                *(Marker("conflict", h, h) for h in horsemen),
            ),
        )
    return SentenceResult(
        0,
        "body",
        0,
        10,
        f"we made up about {theme}",
        compound=0.6,
        themes=themes,
        partner=True,
        resolution=kind,
        order=("resolution",),
        markers=(Marker("resolution", kind, "made up"),),
    )


def entry(
    day: int, kind: str, theme: str | None, hour: int = 20, eid: str | None = None, **kw
) -> EntrySignals:
    date = AS_OF - dt.timedelta(days=day)
    when = dt.datetime.combine(date, dt.time(hour), tzinfo=dt.UTC)
    eid = eid or f"{kind}-{theme}-{day}-{hour}"
    return EntrySignals(eid, date, when, eid, (sentence(kind, theme, **kw),))


def summary(patterns) -> list[tuple[str, str]]:
    return [(p.theme, p.status) for p in patterns]


def test_two_days_make_a_pattern_one_day_does_not() -> None:
    assert find_patterns([entry(10, "conflict", "money")], AS_OF) == []
    same_day = [entry(10, "conflict", "money", hour=9), entry(10, "conflict", "money", hour=21)]
    assert find_patterns(same_day, AS_OF) == []
    (p,) = find_patterns([entry(10, "conflict", "money"), entry(3, "conflict", "money")], AS_OF)
    assert (p.theme, p.status, p.days) == ("money", "unresolved", 2)
    assert (p.first_date, p.last_date) == (
        AS_OF - dt.timedelta(days=10),
        AS_OF - dt.timedelta(days=3),
    )
    assert [e.kind for e in p.evidence] == ["conflict", "conflict"]
    assert p.evidence[0].markers[0].text == "fought"
    assert p.practices and all(s.why for s in p.practices)


def test_look_back_window_is_six_weeks() -> None:
    inside = [entry(41, "conflict", "money"), entry(5, "conflict", "money")]
    assert summary(find_patterns(inside, AS_OF)) == [("money", "unresolved")]
    outside = [entry(42, "conflict", "money"), entry(5, "conflict", "money")]
    assert find_patterns(outside, AS_OF) == []
    assert find_patterns(inside, AS_OF, window_days=14) == []


def test_resolution_after_the_latest_conflict_resolves() -> None:
    records = [
        entry(10, "conflict", "chores"),
        entry(6, "conflict", "chores"),
        entry(2, "strong", "chores"),
    ]
    (p,) = find_patterns(records, AS_OF)
    assert p.status == "resolved" and p.resolved_by == "strong-chores-2-20"
    assert p.evidence[-1].kind == "resolution"
    assert find_patterns(records, AS_OF, include_resolved=False) == []
    # Seen from before the resolution, it was still open.
    (earlier,) = find_patterns(records, AS_OF - dt.timedelta(days=4))
    assert earlier.status == "unresolved"


def test_resolution_on_another_theme_does_not_resolve() -> None:
    records = [
        entry(10, "conflict", "money"),
        entry(6, "conflict", "money"),
        entry(2, "strong", "chores"),
    ]
    assert summary(find_patterns(records, AS_OF)) == [("money", "unresolved")]


def test_conflict_after_resolution_reopens() -> None:
    records = [
        entry(20, "conflict", "family"),
        entry(15, "conflict", "family"),
        entry(12, "strong", "family"),
        entry(4, "conflict", "family"),
    ]
    (p,) = find_patterns(records, AS_OF)
    assert p.status == "unresolved" and p.reopened and p.days == 3
    assert p.practices[1].practice == "forgiveness"


def test_untargeted_resolution_resolves_the_latest_conflict() -> None:
    records = [
        entry(20, "conflict", "money"),
        entry(15, "conflict", "chores"),
        entry(10, "conflict", "money"),
        entry(8, "conflict", "chores"),
        entry(5, "strong", None),
    ]
    assert summary(find_patterns(records, AS_OF)) == [
        ("money", "unresolved"),
        ("chores", "resolved"),
    ]


def test_soft_resolution_only_counts_in_the_same_entry() -> None:
    hug_later = [
        entry(10, "conflict", "money"),
        entry(6, "conflict", "money"),
        entry(2, "soft", None),
    ]
    assert summary(find_patterns(hug_later, AS_OF)) == [("money", "unresolved")]
    both = EntrySignals(
        "same",
        AS_OF - dt.timedelta(days=2),
        dt.datetime.combine(AS_OF - dt.timedelta(days=2), dt.time(20), tzinfo=dt.UTC),
        "same",
        (
            sentence("conflict", "money"),
            SentenceResult(
                1,
                "body",
                20,
                30,
                "we hugged",
                compound=0.5,
                resolution="soft",
                order=("resolution",),
            ),
        ),
    )
    assert summary(find_patterns([entry(10, "conflict", "money"), both], AS_OF)) == [
        ("money", "resolved")
    ]


def test_severity_and_trend() -> None:
    mild = find_patterns(
        [
            entry(30, "conflict", "money", compound=-0.2),
            entry(25, "conflict", "money", compound=-0.2),
        ],
        AS_OF,
    )[0]
    harsh = find_patterns(
        [
            entry(d, "conflict", "money", compound=-0.8, horsemen=("contempt", "stonewalling"))
            for d in (20, 12, 6, 3, 1)
        ],
        AS_OF,
    )[0]
    assert (mild.severity, harsh.severity) == ("low", "high")
    assert mild.severity_score < harsh.severity_score
    assert mild.trend == "easing"  # quiet for over three weeks
    rising = find_patterns(
        [
            entry(20, "conflict", "chores", compound=-0.2),
            entry(10, "conflict", "chores", compound=-0.4),
            entry(5, "conflict", "chores", compound=-0.8),
            entry(2, "conflict", "chores", compound=-0.8),
        ],
        AS_OF,
    )[0]
    assert rising.trend == "escalating"
    assert harsh.horsemen == ("contempt", "stonewalling")
    assert [s.practice for s in harsh.practices][:1] == ["discussing_disagreement"]


def test_same_instant_is_ordered_by_content_not_by_list_order() -> None:
    a = entry(5, "conflict", "money", eid="a")
    b = entry(5, "strong", "money", eid="b")
    first = find_patterns([entry(9, "conflict", "money"), a, b], AS_OF)
    second = find_patterns([b, a, entry(9, "conflict", "money")], AS_OF)
    assert [p.to_json() for p in first] == [p.to_json() for p in second]


# -- properties ---------------------------------------------------------------------
kinds = st.sampled_from(["conflict", "conflict", "strong", "soft"])
themes = st.sampled_from([*THEMES, None])
records_st = st.lists(
    st.tuples(st.integers(0, 60), st.integers(6, 23), kinds, themes),
    max_size=14,
    unique_by=lambda t: (t[0], t[1]),
)


def build(spec) -> list[EntrySignals]:
    return [
        entry(day, kind, theme, hour=hour)
        for day, hour, kind, theme in spec
        if kind != "conflict" or theme
    ]


@settings(max_examples=300, deadline=None)
@given(
    records_st, st.integers(0, 60), st.integers(6, 23), st.sampled_from(["strong", "soft"]), themes
)
def test_adding_a_resolution_never_creates_a_pattern(spec, day, hour, kind, theme) -> None:
    before = find_patterns(build(spec), AS_OF)
    extra = entry(day, kind, theme, hour=hour, eid="extra-resolution")
    after = find_patterns([*build(spec), extra], AS_OF)
    assert {p.theme for p in after} == {p.theme for p in before}
    assert {p.theme for p in after if p.status == "unresolved"} <= {
        p.theme for p in before if p.status == "unresolved"
    }


@settings(max_examples=300, deadline=None)
@given(records_st, st.randoms(use_true_random=False))
def test_order_of_records_does_not_matter(spec, rnd: random.Random) -> None:
    records = build(spec)
    shuffled = records[:]
    rnd.shuffle(shuffled)
    assert [p.to_json() for p in find_patterns(records, AS_OF)] == [
        p.to_json() for p in find_patterns(shuffled, AS_OF)
    ]


@settings(max_examples=200, deadline=None)
@given(records_st)
def test_dates_matter_a_resolution_moved_before_the_last_conflict_does_not_resolve(spec) -> None:
    records = build(spec)
    for p in find_patterns(records, AS_OF):
        if p.status != "resolved":
            continue
        last = max(r.written_at for r in records if r.entry_id in p.entries)
        moved = [
            r
            if r.entry_id != p.resolved_by
            else EntrySignals(
                r.entry_id,
                (last - dt.timedelta(hours=1)).date(),
                last - dt.timedelta(hours=1),
                r.tiebreak,
                r.sentences,
            )
            for r in records
        ]
        after = {q.theme: q.status for q in find_patterns(moved, AS_OF)}
        # Another resolution after the last conflict may still resolve it.
        others_after = [
            r
            for r in records
            if r.entry_id != p.resolved_by
            and r.written_at > last
            and any(s.resolution for s in r.sentences)
        ]
        if not others_after:
            assert after[p.theme] == "unresolved"
