"""Shared pieces of the sharing GUI tests: the unit tests' couple and privacy model."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The two-profile helpers live beside the core sharing tests; reuse them, not copy them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "sharing"))

from sharing_helpers import Couple, make_couple


@pytest.fixture(name="couple")
def couple_fixture(qapp) -> Iterator[Couple]:
    c = make_couple()
    yield c
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    c.close()
