"""Where the interop test fixtures live (tests/data/interop)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "interop"
