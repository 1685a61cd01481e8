"""The hand-labelled data sets of the analysis tests, and the measures used on them."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "data" / "analysis"


def load_data(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def label_polarity(label: float) -> int:
    return 0 if abs(label) < 0.5 else (1 if label > 0 else -1)


def score_polarity(score: float) -> int:
    return 1 if score >= 0.05 else (-1 if score <= -0.05 else 0)


def sign_accuracy(scores: list[float], labels: list[float]) -> float:
    hits = sum(
        score_polarity(s) == label_polarity(lab) for s, lab in zip(scores, labels, strict=True)
    )
    return hits / len(labels)


def pearson(a: list[float], b: list[float]) -> float:
    return statistics.correlation(a, b)
