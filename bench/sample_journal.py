"""Deterministic, realistic-looking journal text for benchmarks (no real data).

Sentences are assembled from slots (who, what happened, about what, when,
how it felt), so the vocabulary is varied like a real journal: a search word
matches a few percent of entries, not a third of them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

WHO = ["I", "We", "He", "She", "My partner", "Sam", "Alex", "Mum", "The kids", "Our neighbour"]
DID = [
    "talked about",
    "argued about",
    "laughed about",
    "worried about",
    "forgot about",
    "finally mentioned",
    "planned",
    "cleaned up after",
    "apologised for",
    "asked about",
    "kept thinking about",
    "cried about",
    "celebrated",
    "ignored",
    "made a joke about",
]
ABOUT = [
    "the holiday budget",
    "the car insurance",
    "the dishes",
    "Christmas with his parents",
    "the new job offer",
    "the leaking roof",
    "our anniversary dinner",
    "the school meeting",
    "the credit card bill",
    "the garden",
    "her sister's wedding",
    "the dentist appointment",
    "moving to a bigger flat",
    "the dog's vet visit",
    "my promotion",
    "the late train",
    "the birthday present",
    "the gym membership",
    "his night shifts",
    "the bathroom tiles",
    "our savings plan",
    "the weekend trip to the coast",
    "the noisy neighbours",
    "the book club",
    "the piano lessons",
    "grandma's health",
    "the tax return",
    "the wedding photos",
    "the camping gear",
    "the broken washing machine",
]
WHEN = [
    "this morning",
    "over breakfast",
    "after dinner",
    "on the phone",
    "in the car",
    "before bed",
    "during the walk",
    "at the market",
    "on the sofa",
    "at lunch",
]
FELT = [
    "I felt calm afterwards.",
    "It left me tense.",
    "I felt heard for once.",
    "I felt a bit lonely.",
    "It was tender and warm.",
    "I am grateful for that.",
    "It still bothers me.",
    "We both smiled.",
    "I slept badly after it.",
    "I want to remember this.",
    "It felt like a small win.",
    "Nothing was resolved.",
    "I felt close to them.",
    "I was too tired to care.",
    "Tomorrow I will try again.",
]
SEARCH_WORDS = [
    "insurance",
    "dishes",
    "christmas",
    "promotion",
    "roof",
    "anniversary",
    "dentist",
    "wedding",
    "garden",
    "savings",
    "coast",
    "piano",
    "tax",
    "washing",
    "neighbours",
    "lonely",
    "grateful",
    "apologised",
    "vet",
    "tiles",
]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(WHO)} {rng.choice(DID)} {rng.choice(ABOUT)} {rng.choice(WHEN)}."


def entries(n: int, seed: int = 7) -> Iterator[tuple[dt.datetime, str, str, list[str]]]:
    """``n`` entries (when, title, body, tags), oldest first, one or two a day."""
    rng = random.Random(seed)
    when = dt.datetime(2000, 1, 1, 21, 0).astimezone()
    for _ in range(n):
        when += dt.timedelta(hours=rng.choice([12, 24, 24, 36]), minutes=rng.randint(0, 59))
        parts: list[str] = []
        for _ in range(rng.randint(4, 12)):
            parts.append(_sentence(rng))
            if rng.random() < 0.4:
                parts.append(rng.choice(FELT))
        title = parts[0][:-1]
        tags = rng.sample(["us", "work", "money", "family", "gratitude"], rng.randint(0, 2))
        yield when, title, " ".join(parts[1:]), tags


def jrnl_text(items: list[tuple[dt.datetime, str, str, list[str]]]) -> str:
    """The same entries in jrnl's plain-text journal format."""
    blocks = []
    for when, title, body, tags in items:
        tag_text = " ".join(f"@{t}" for t in tags)
        blocks.append(f"[{when:%Y-%m-%d %H:%M}] {title}. {body} {tag_text}".rstrip())
    return "\n\n".join(blocks) + "\n"
