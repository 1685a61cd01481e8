"""Benchmark: choosing today's prompt on a 10,000-entry journal, against listing the first page.

Run from the checkout: ``python bench/bench_prompts.py``. Prints figures and
ratios measured in the same run (nothing is asserted). The prompt card calls
``PromptService.today()`` at start-up, next to the entry list's first page,
so that page is the baseline.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("HEARTLOG_HOME", tempfile.mkdtemp(prefix="heartlog-bench-"))
os.environ.setdefault("HEARTLOG_KDF", "fast")

from heartlog.core import models as m
from heartlog.core.journal import Entry
from heartlog.core.profiles import create_profile, unlock
from heartlog.core.prompt_catalogue import load_catalogue
from heartlog.core.prompt_selection import daily_prompt
from heartlog.core.prompts import PromptService

PASSPHRASE = "bench passphrase 1"
ENTRIES = 10_000
DAYS = 1_100  # three years of daily prompts


def best_ms(action, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main() -> None:
    t0 = time.perf_counter()
    profile = create_profile("Bench", PASSPHRASE)
    rng = random.Random(4)
    ids = [p.id for p in load_catalogue().prompts]
    start = dt.datetime(2023, 1, 1, 20, 0).astimezone()
    body = "We talked for a long time tonight about the holidays and about money. " * 40
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            Entry(
                id="",
                written_at=start + dt.timedelta(hours=2.6 * i),
                body=body,
                prompt_id=rng.choice(ids) if i % 4 == 0 else None,
            )
            for i in range(ENTRIES)
        )
        with opened.journal.session() as s:
            for n in range(DAYS):
                day = dt.date(2023, 1, 1) + dt.timedelta(days=n)
                s.add(m.PromptEvent(prompt_id=rng.choice(ids), day=day, kind="shown"))
                if n % 3 == 0:
                    s.add(m.PromptEvent(prompt_id=rng.choice(ids), day=day, kind="skipped"))
        print(
            f"setup: {ENTRIES} entries, {DAYS} days of prompt history "
            f"({time.perf_counter() - t0:.1f} s)"
        )
        service = PromptService(opened.journal, profile.id)
        today = dt.date(2023, 1, 1) + dt.timedelta(days=DAYS)
        history = service.history()
        prefs = service.preferences()
        page = best_ms(lambda: opened.journal.list(limit=50))
        hist = best_ms(service.history)
        pure = best_ms(lambda: daily_prompt(service.catalogue, profile.id, today, history, prefs))
        whole = best_ms(lambda: service.today(today))
        load = best_ms(lambda: (load_catalogue.cache_clear(), load_catalogue()))
    print(
        f"journal.list(limit=50)      best {page[0]:7.1f} ms  median {page[1]:7.1f} ms  (baseline)"
    )
    print(f"PromptService.history()     best {hist[0]:7.1f} ms  median {hist[1]:7.1f} ms")
    print(f"daily_prompt() (pure)       best {pure[0]:7.1f} ms  median {pure[1]:7.1f} ms")
    print(f"PromptService.today()       best {whole[0]:7.1f} ms  median {whole[1]:7.1f} ms")
    print(f"load_catalogue() (+schema)  best {load[0]:7.1f} ms  median {load[1]:7.1f} ms")
    print(f"ratio today()/list(50): {whole[0] / page[0]:.1f}x (best of 7)")


if __name__ == "__main__":
    main()
