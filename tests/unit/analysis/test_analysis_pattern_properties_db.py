"""Property tests through real encrypted journals: insertion order never matters, dates do,
and writing a resolution never creates a pattern."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartlog.core.analysis import AnalysisStore

AS_OF = dt.date(2026, 5, 31)
TEXTS = {
    "money": "We argued about money again and he yelled at me.",
    "money2": "Another fight about the credit card bill. He walked out.",
    "chores": "We bickered about the dishes and the laundry.",
    "family": "We had a huge fight about his mother.",
    "resolve_money": "We finally talked it through and agreed on a budget.",
    "resolve_any": "He apologised and we made up.",
    "calm": "A quiet evening with tea and a film.",
}
RESOLUTIONS = ("resolve_money", "resolve_any")
SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

entry_specs = st.lists(
    st.tuples(st.sampled_from(sorted(TEXTS)), st.integers(0, 40), st.integers(7, 22)),
    min_size=1,
    max_size=7,
    unique_by=lambda t: (t[1], t[2]),
)


def write(journal, specs, order) -> AnalysisStore:
    for e in journal.list(limit=None):
        journal.delete(e.id)
    for i in order:
        kind, days_before, hour = specs[i]
        when = dt.datetime.combine(
            AS_OF - dt.timedelta(days=days_before), dt.time(hour), tzinfo=dt.UTC
        )
        journal.add(TEXTS[kind], written_at=when, entry_id=f"00000000-0000-0000-0000-{i:012d}")
    return AnalysisStore(journal)


def as_json(store: AnalysisStore) -> list[dict]:
    return [p.to_json() for p in store.patterns(AS_OF)]


@SETTINGS
@given(entry_specs, st.randoms(use_true_random=False))
def test_insertion_order_does_not_matter(journal, specs, rnd) -> None:
    order = list(range(len(specs)))
    in_order = as_json(write(journal, specs, order))
    rnd.shuffle(order)
    assert as_json(write(journal, specs, order)) == in_order


@SETTINGS
@given(entry_specs, st.sampled_from(RESOLUTIONS), st.integers(0, 40), st.integers(7, 22))
def test_writing_a_resolution_never_creates_a_pattern(
    journal, specs, kind, days_before, hour
) -> None:
    specs = [s for s in specs if (s[1], s[2]) != (days_before, hour)]
    before = write(journal, specs, range(len(specs))).patterns(AS_OF)
    after = write(journal, [*specs, (kind, days_before, hour)], range(len(specs) + 1)).patterns(
        AS_OF
    )
    assert {p.theme for p in after} == {p.theme for p in before}
    unresolved_before = {p.theme for p in before if p.status == "unresolved"}
    assert {p.theme for p in after if p.status == "unresolved"} <= unresolved_before


def test_dates_matter(journal) -> None:
    specs = [("money", 20, 20), ("money2", 10, 20), ("resolve_money", 5, 20)]
    store = write(journal, specs, [2, 0, 1])
    assert [(p.theme, p.status) for p in store.patterns(AS_OF)] == [("money", "resolved")]
    moved = [("money", 20, 20), ("money2", 10, 20), ("resolve_money", 15, 20)]
    store = write(journal, moved, [0, 1, 2])
    assert [(p.theme, p.status) for p in store.patterns(AS_OF)] == [("money", "unresolved")]
