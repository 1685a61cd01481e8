"""Analysis throughput against bare VADER, and the cost of re-opening an analysed journal.

Prints:
1. sentences/s of bare VADER (``SentimentIntensityAnalyzer.polarity_scores``)
   and of HeartLog's sentence scorer (relationship lexicon + multi-word
   rewrite) on the same sentences in the same process, best of several
   interleaved rounds; the ratio's budget is >= 0.8. Also, for information,
   the VADER core HeartLog uses and the whole entry analysis (splitting,
   scores, conflict signals, obstacles) in sentences/s.
2. A 10,000-entry journal in a real encrypted profile: first analysis, then
   unlock again and ``analyse_stale``: the budget is zero entries re-analysed.

Run from the checkout: ``python bench/bench_analysis.py [--entries N]``.
The profile uses the fast test KDF (``HEARTLOG_KDF=fast``), so the unlock
time printed leaves out the deliberately slow passphrase KDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

PASSPHRASE = "bench passphrase 1"

OPENERS = [
    "We argued about {about} again.",
    "He said I never care about {about}.",
    "She rolled her eyes when I mentioned {about}.",
    "We talked it through and agreed on {about}.",
    "I felt unheard when I brought up {about}.",
    "We laughed about {about} over dinner.",
    "He made me tea and listened while I talked about {about}.",
    "Work was exhausting, the deadline for {about} moved up.",
    "I'm worried about {about}, but I haven't told him yet.",
    "We didn't fight about {about} this time.",
    "My boss yelled at me about {about}.",
    "I felt so close to her after we planned {about} together.",
]
MIDDLES = [
    "It was a long day.",
    "The kids were loud at bedtime.",
    "He gave me the silent treatment for an hour.",
    "We went for a walk by the river and it was lovely.",
    "I'm walking on eggshells around him lately.",
    "Dr. Patel said the results were fine, e.g. nothing to worry about.",
    "She apologised and we hugged.",
    "I cooked pasta and we watched a film.",
    "It's not my fault, he said, and walked out.",
    "We made up and I felt seen.",
    "Honestly... I don't know what to think.",
    "Rain all afternoon, so I read on the couch 😊",
    "I'm fighting a cold and feel miserable.",
    "She really listened to me tonight.",
]
CLOSERS = [
    "I went to bed angry.",
    "I feel lighter now.",
    "Tomorrow will be better.",
    "Grateful for him.",
    "Still tense between us.",
    "Nothing special otherwise.",
]
ABOUT = [
    "the credit card bill",
    "the dishes",
    "his mother's visit",
    "the summer holiday",
    "the rent",
    "the kids' homework",
    "his phone at dinner",
    "the laundry",
    "my new job",
    "the budget",
    "Christmas plans",
    "the car repairs",
]


def entries(n: int, seed: int = 7) -> Iterator[tuple[dt.datetime, str]]:
    rnd = random.Random(seed)
    start = dt.datetime(2024, 1, 1, 21, tzinfo=dt.UTC)
    for i in range(n):
        parts = [rnd.choice(OPENERS).format(about=rnd.choice(ABOUT))]
        parts += rnd.sample(MIDDLES, rnd.randint(1, 4))
        parts.append(rnd.choice(CLOSERS))
        yield start + dt.timedelta(hours=7 * i + rnd.randint(0, 5)), " ".join(parts)


def corpus() -> list[str]:
    from heartlog.core.analysis import split_sentences

    sentences: list[str] = []
    for _, text in entries(400, seed=11):
        sentences += [s.text for s in split_sentences(text)]
    return sentences


def best_rate(
    fns: dict[str, Callable[[str], object]], items: list[str], rounds: int
) -> dict[str, float]:
    best = {name: 0.0 for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for s in items:
                fn(s)
            rate = len(items) / (time.perf_counter() - t0)
            best[name] = max(best[name], rate)
    return best


def throughput(rounds: int) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from heartlog.core.analysis import analyse_text
    from heartlog.core.analysis.sentiment import SentenceScorer, scorer

    sentences = corpus()
    bare = SentimentIntensityAnalyzer()
    ours = scorer()
    core = ours._vader  # the VADER core with HeartLog's lexicon, no rewriting
    texts = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    # The same scorer on the original VADER class, to show what the leaner core buys.
    plain = SentenceScorer()
    original = SentimentIntensityAnalyzer()
    original.lexicon = dict(core.lexicon)
    plain._vader = original
    rates = best_rate(
        {
            "bare VADER": bare.polarity_scores,
            "HeartLog sentence scorer": ours.score,
            "its VADER core alone": core.polarity_scores,
            "scorer on original VADER": plain.score,
        },
        sentences,
        rounds,
    )
    full = best_rate({"whole entry analysis": analyse_text}, texts, max(1, rounds // 2))
    full_rate = full["whole entry analysis"] * len(sentences) / len(texts)
    base = rates["bare VADER"]
    print(f"Sentence scoring, {len(sentences)} journal sentences, best of {rounds} rounds:")
    for name, rate in rates.items():
        print(f"  {name:<28} {rate:>9,.0f} sentences/s  ({rate / base:.2f}x bare VADER)")
    print(
        f"  {'whole entry analysis':<28} {full_rate:>9,.0f} sentences/s  ({full_rate / base:.2f}x bare VADER)"
    )
    ratio = rates["HeartLog sentence scorer"] / base
    verdict = "within budget" if ratio >= 0.8 else "MISSED"
    print(f"  budget: HeartLog scorer >= 0.8x bare VADER -> {ratio:.2f}x, {verdict}")


def reopen(n: int) -> None:
    from heartlog.core.analysis import AnalysisStore
    from heartlog.core.journal import Entry
    from heartlog.core.profiles import create_profile, unlock

    profile = create_profile("Bench", PASSPHRASE)
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            Entry(id="", written_at=when, body=body) for when, body in entries(n)
        )
        t0 = time.perf_counter()
        analysed = AnalysisStore(opened.journal).analyse_stale()
        first = time.perf_counter() - t0
    print(f"\n{n:,}-entry journal (fast test KDF):")
    print(
        f"  first analysis: {analysed:,} entries in {first:.1f} s ({analysed / first:,.0f} entries/s)"
    )
    t0 = time.perf_counter()
    with unlock(profile, PASSPHRASE) as opened:
        t1 = time.perf_counter()
        again = AnalysisStore(opened.journal).analyse_stale()
        t2 = time.perf_counter()
    print(
        f"  re-open: unlock {1000 * (t1 - t0):.0f} ms, analyse_stale {1000 * (t2 - t1):.0f} ms, "
        f"{again} entries re-analysed"
    )
    verdict = "within budget" if again == 0 else "MISSED"
    print(f"  budget: no entry re-analysed -> {again}, {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="heartlog-bench-") as home:
        os.environ["HEARTLOG_HOME"] = home
        os.environ["HEARTLOG_KDF"] = "fast"
        throughput(args.rounds)
        reopen(args.entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
