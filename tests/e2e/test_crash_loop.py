"""SIGKILL a writer at random points: nothing committed is ever lost or half-written.

Default run: a handful of kills. ``python -m pytest -m slow tests/e2e`` runs 200.
Set ``HEARTLOG_CRASH_SEED`` to replay a run; the seed is printed.
"""

from __future__ import annotations

import os
import sys

import pytest
from helpers.crash_loop import crash_loop, require_slow_selected

from heartlog_testing import PASSPHRASE

DEFAULT_SEED = 20261127
pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX"
)


def _run(profile, kills: int, capsys) -> None:
    seed = int(os.environ.get("HEARTLOG_CRASH_SEED", DEFAULT_SEED))
    stats = crash_loop(profile, PASSPHRASE, kills=kills, seed=seed)
    with capsys.disabled():
        print(f"\n{stats.line()} (seed {seed})")
    assert stats.kills == stats.survived == kills
    assert stats.lost == 0
    assert stats.committed > 0


def test_crash_loop_handful_of_kills(profile, capsys):
    _run(profile, kills=6, capsys=capsys)


@pytest.mark.slow
def test_crash_loop_two_hundred_kills(profile, capsys, request):
    require_slow_selected(request.config)
    _run(profile, kills=200, capsys=capsys)
