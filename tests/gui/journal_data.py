"""Sample journals for GUI tests, written through core before the window opens."""

from __future__ import annotations

import datetime as dt

from heartlog.core.journal import Entry
from heartlog.core.profiles import create_profile, unlock

PASSPHRASE = "correct horse battery"

SAMPLES = [
    ("Sunday walk", "We walked by the river and talked about the summer.", ("us",), 5),
    ("", "Argued about money again. He says I never plan.", ("money",), 2),
    ("Dinner with his parents", "His mother asked about money for the wedding.", ("family",), 3),
    ("Small thanks", "He made coffee before I woke up.", ("gratitude",), 4),
    ("Tired", "Long day at work; I was short with him.", ("work",), None),
]


def make_journal(name: str = "Test", days_apart: int = 1, samples=SAMPLES) -> list[Entry]:
    """A profile whose entries are one per day, newest first, ending yesterday."""
    create_profile(name, PASSPHRASE)
    start = dt.datetime.now().astimezone().replace(hour=20, minute=0, second=0, microsecond=0)
    with unlock(name, PASSPHRASE) as op:
        added = []
        for i, (title, body, tags, mood) in enumerate(samples):
            when = start - dt.timedelta(days=1 + i * days_apart)
            added.append(op.journal.add(body, title, when, tags, mood))
        return added
