"""One shared instance per distinct marker and count: results hold thousands of equal ones.

``Marker`` and ``Counts`` are frozen, so equal values can be the same object;
building a frozen dataclass costs ten times a dict look-up, and a journal's
markers are a few thousand phrases of the data files used over and over. The
tables are bounded (cleared if they ever grew past ``MAX_SHARED``); sharing is
invisible to callers, who compare results by value.
"""

from __future__ import annotations

from heartlog.core.analysis.results import Counts, Marker

MAX_SHARED = 50_000

_markers: dict[tuple[str, str, str, bool, str], Marker] = {}
_counts: dict[tuple[int, int, int, int], Counts] = {}


def shared_marker(kind: str, label: str, text: str, counted: bool = True, why: str = "") -> Marker:
    key = (kind, label, text, counted, why)
    found = _markers.get(key)
    if found is None:
        if len(_markers) > MAX_SHARED:
            _markers.clear()
        found = _markers[key] = Marker(kind, label, text, counted, why)
    return found


def shared_counts(i: int, you: int, we: int, absolute: int) -> Counts:
    key = (i, you, we, absolute)
    found = _counts.get(key)
    if found is None:
        if len(_counts) > MAX_SHARED:
            _counts.clear()
        found = _counts[key] = Counts(i, you, we, absolute)
    return found
