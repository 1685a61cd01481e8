"""Analysis throughput against bare VADER, and the cost of re-opening an analysed journal.

Prints, each against a baseline measured in the same process and run:

1. The budget figure: the WHOLE entry analysis a user waits for
   (``EntryAnalyser().analyse(title, body)``: sentence splitting, language
   check, relationship lexicon and multi-word rewriting, VADER, conflict and
   resolution signals, themes, obstacles, the result objects) over every entry
   of a realistic 10,000-entry journal, against bare VADER
   (``SentimentIntensityAnalyzer().polarity_scores``) over every sentence of
   the same entries. Both are sentences/s; the budget is >= 0.8x. The same
   for the everyday journal of ``sample_journal.py``, and, for information,
   the JSON the cache stores (``to_json`` + ``json.dumps``).
2. The sentence scorer alone (relationship lexicon + rewrite + VADER core)
   against bare VADER on the same sentences.
3. A 10,000-entry journal in a real encrypted profile: first
   ``analyse_stale`` (with hashing, JSON and database writes), then unlock
   again and ``analyse_stale``: the budget is zero entries re-analysed.

Rates are the best of several interleaved rounds (these machines are noisy);
each result is dropped at once, as in real use. With ``--breakdown`` it prints
instead where the whole analysis spends its time: each stage's cost is what
the analysis saves when that stage's answers are looked up instead of
computed, in the same process on the same entries (so it includes the cache
misses the stage causes, which a profiler's call counts leave out).
Run from the checkout: ``python bench/bench_analysis.py [--entries N] [--rounds R] [--breakdown]``.
It first says whether it measures the compiled analysis (``hatch_build.py``,
as wheels, bundles and editable installs with a C compiler run it) or pure
Python (``HEARTLOG_PURE_PYTHON=1``).
The profile uses the fast test KDF (``HEARTLOG_KDF=fast``), so the unlock
time printed leaves out the deliberately slow passphrase KDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import starmap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "bench passphrase 1"
BUDGET = 0.8

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
TITLES = ["Sunday", "Rough evening", "Date night", "Another fight", "A good talk", "Tired"]

Entry = tuple[str, str]  # (title, body)


def entries(n: int, seed: int = 7) -> Iterator[tuple[dt.datetime, str]]:
    """The relationship journal's bodies with their times (conflicts, resolutions, traps)."""
    rnd = random.Random(seed)
    start = dt.datetime(2024, 1, 1, 21, tzinfo=dt.UTC)
    for i in range(n):
        parts = [rnd.choice(OPENERS).format(about=rnd.choice(ABOUT))]
        parts += rnd.sample(MIDDLES, rnd.randint(1, 4))
        parts.append(rnd.choice(CLOSERS))
        yield start + dt.timedelta(hours=7 * i + rnd.randint(0, 5)), " ".join(parts)


def relationship_journal(n: int) -> list[Entry]:
    """``entries`` with a title on about one entry in four, as people write them."""
    rnd = random.Random(3)
    return [(rnd.choice(TITLES) if rnd.random() < 0.25 else "", body) for _, body in entries(n)]


def everyday_journal(n: int) -> list[Entry]:
    from sample_journal import entries as sample_entries

    return [(title, body) for _, title, body, _ in sample_entries(n)]


def sentences_of(items: Sequence[Entry]) -> list[str]:
    from heartlog.core.analysis import split_sentences

    return [
        s.text for title, body in items for text in (title, body) for s in split_sentences(text)
    ]


def each(fn: Callable[..., object], args: list[Any]) -> Callable[[], None]:
    """Call ``fn`` on every item, dropping each result at once as real use does
    (keeping 10,000 results alive would time the garbage collector instead)."""
    if args and isinstance(args[0], tuple):
        return lambda: deque(starmap(fn, args), maxlen=0)  # type: ignore[arg-type]
    return lambda: deque(map(fn, args), maxlen=0)  # type: ignore[arg-type]


def best_times(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Best wall time of each function over interleaved rounds (GC as in normal use)."""
    best = {name: float("inf") for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            gc.collect()
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def verdict(ratio: float) -> str:
    return "within budget" if ratio >= BUDGET else "MISSED"


def whole_pipeline(label: str, items: list[Entry], rounds: int, with_json: bool) -> float:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from heartlog.core.analysis import EntryAnalyser

    sentences = sentences_of(items)
    bare = SentimentIntensityAnalyzer()
    analyser = EntryAnalyser()
    analyse = analyser.analyse
    fns: dict[str, Callable[[], object]] = {
        "bare VADER, every sentence": each(bare.polarity_scores, sentences),
        "whole entry analysis": each(analyse, items),
    }
    if with_json:
        fns["analysis + cache JSON"] = each(lambda t, b: json.dumps(analyse(t, b).to_json()), items)
    times = best_times(fns, rounds)
    n = len(sentences)
    base = n / times["bare VADER, every sentence"]
    print(f"{label}: {len(items):,} entries, {n:,} sentences, best of {rounds} rounds")
    for name, t in times.items():
        rate = n / t
        print(f"  {name:<30} {rate:>9,.0f} sentences/s  ({rate / base:.2f}x bare VADER)")
    return times["bare VADER, every sentence"] / times["whole entry analysis"]


def scorer_only(items: list[Entry], rounds: int) -> float:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from heartlog.core.analysis.sentiment import SentenceScorer, scorer

    class OriginalCore(SentimentIntensityAnalyzer):  # type: ignore[misc]
        """vaderSentiment's own analyzer behind the scorer: what vader_fast buys."""

        def scores(self, text: str) -> tuple[float, float, float, float]:
            d = self.polarity_scores(text)
            return d["compound"], d["pos"], d["neu"], d["neg"]

    sentences = sentences_of(items)
    bare = SentimentIntensityAnalyzer()
    ours = scorer()
    core = ours._vader  # the VADER core with HeartLog's lexicon, no rewriting
    plain = SentenceScorer()
    original = OriginalCore()
    original.lexicon = dict(core.lexicon)
    plain._vader = original
    fns = {
        "bare VADER": bare.polarity_scores,
        "HeartLog sentence scorer": ours.score,
        "its VADER core alone": core.polarity_scores,
        "scorer on original VADER": plain.score,
    }
    times = best_times({k: each(f, sentences) for k, f in fns.items()}, rounds)
    base = times["bare VADER"]
    print(f"\nSentence scorer only, {len(sentences):,} journal sentences, best of {rounds} rounds:")
    for name, t in times.items():
        rate = len(sentences) / t
        print(f"  {name:<30} {rate:>9,.0f} sentences/s  ({base / t:.2f}x bare VADER)")
    return base / times["HeartLog sentence scorer"]


def breakdown(label: str, items: list[Entry], rounds: int) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from heartlog.core.analysis import EntryAnalyser
    from heartlog.core.analysis import analyser as module

    analyser = EntryAnalyser()
    sentences = sentences_of(items)
    n = len(sentences)

    def memo(fn: Callable[..., Any], key: Callable[..., Any]) -> Callable[..., Any]:
        table: dict[Any, Any] = {}

        def cached(*args: Any) -> Any:
            k = key(*args)
            if k not in table:
                table[k] = fn(*args)
            return table[k]

        return cached

    # (label, object, attribute, key of a call's arguments)
    stages: list[tuple[str, Any, str, Callable[..., Any]]] = [
        ("sentence splitting", module, "sentence_pieces", lambda text: text),
        ("language check", analyser, "_coverage", lambda text: text),
        ("tokens", module, "match_tokens", lambda text, keep_case=False: (text, keep_case)),
        ("phrase scan", analyser._scanner, "scan", lambda tokens: tuple(tokens)),
        ("VADER core", analyser.scorer._vader, "scores", lambda text: text),
        (
            "signals (people, conflict, themes)",
            module,
            "annotate",
            lambda prepared, rules, names: (tuple(p.text for p in prepared), names),
        ),
        ("obstacles", module, "entry_obstacles", lambda results: tuple(r.text for r in results)),
    ]
    run = each(analyser.analyse, items)
    base = best_times({"all": run}, rounds)["all"]
    bare = best_times(
        {"bare": each(SentimentIntensityAnalyzer().polarity_scores, sentences)}, rounds
    )
    print(
        f"{label}: where the whole analysis spends its time ({len(items):,} entries, {n:,} sentences)"
    )
    print(f"  bare VADER for comparison            {1e6 * bare['bare'] / n:6.2f} us/sentence")
    print(f"  whole analysis                       {1e6 * base / n:6.2f} us/sentence")
    accounted = 0.0
    for stage, owner, name, key in stages:
        original = getattr(owner, name)
        own = name in vars(owner)  # a module global or instance attribute, not a method
        setattr(owner, name, memo(original, key))
        try:
            run()  # fills the table
            without = best_times({"x": run}, rounds)["x"]
        finally:
            if own:
                setattr(owner, name, original)
            else:
                delattr(owner, name)
        cost = base - without
        accounted += cost
        print(f"  {stage:<36} {1e6 * cost / n:6.2f} us/sentence  ({cost / base:4.0%})")
    rest = base - accounted
    print(
        f"  {'the rest (loop, results)':<36} {1e6 * rest / n:6.2f} us/sentence  ({rest / base:4.0%})"
    )


def reopen(n: int) -> int:
    from heartlog.core.analysis import AnalysisStore
    from heartlog.core.journal import Entry as JournalEntry
    from heartlog.core.profiles import create_profile, unlock

    items = relationship_journal(n)
    profile = create_profile("Bench", PASSPHRASE)
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            JournalEntry(id="", written_at=when, title=title, body=body)
            for (when, _), (title, body) in zip(entries(n), items, strict=True)
        )
        t0 = time.perf_counter()
        analysed = AnalysisStore(opened.journal).analyse_stale()
        first = time.perf_counter() - t0
    print(f"\n{n:,}-entry journal in an encrypted profile (fast test KDF):")
    print(
        f"  first analyse_stale (analysis, hash, JSON, DB writes): {analysed:,} entries "
        f"in {first:.1f} s ({analysed / first:,.0f} entries/s)"
    )
    t0 = time.perf_counter()
    with unlock(profile, PASSPHRASE) as opened:
        t1 = time.perf_counter()
        again = AnalysisStore(opened.journal).analyse_stale()
        t2 = time.perf_counter()
    print(
        f"  re-open unchanged: unlock {1000 * (t1 - t0):.0f} ms, "
        f"analyse_stale {1000 * (t2 - t1):.0f} ms, {again} entries re-analysed"
    )
    return again


def compiled_or_not() -> str:
    """Which analysis code this run measures (hatch_build.py compiles it with Cython)."""
    from heartlog.core.analysis import analyse_text, speedups

    analyse_text("We argued.")  # imports every module of the analysis
    compiled = speedups.running_compiled()
    if not compiled:
        return "pure Python (no compiled modules, or HEARTLOG_PURE_PYTHON=1)"
    return f"{len(compiled)} modules compiled with Cython ({', '.join(compiled)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--breakdown", action="store_true", help="where the time goes, only")
    args = parser.parse_args()
    print(f"Analysis code: {compiled_or_not()}\n")
    if args.breakdown:
        n = min(args.entries, 2000)
        breakdown("Relationship journal", relationship_journal(n), args.rounds + 2)
        print()
        breakdown("Everyday journal", everyday_journal(n // 2), args.rounds + 2)
        return 0
    with tempfile.TemporaryDirectory(prefix="heartlog-bench-") as home:
        os.environ["HEARTLOG_HOME"] = home
        os.environ["HEARTLOG_KDF"] = "fast"
        n = args.entries
        relationship = relationship_journal(n)
        whole = whole_pipeline("Relationship journal", relationship, args.rounds, with_json=True)
        print()
        everyday = whole_pipeline("Everyday journal", everyday_journal(n), args.rounds, False)
        scorer_ratio = scorer_only(relationship[: min(n, 2000)], args.rounds + 2)
        again = reopen(n)
    print("\nBudgets (DESIGN.md: analysis throughput >= 0.8x bare VADER sentences/s;")
    print("unchanged entries cost nothing):")
    print(
        f"  whole entry analysis, relationship journal: {whole:.2f}x bare VADER -> {verdict(whole)}"
    )
    print(
        f"  whole entry analysis, everyday journal:     {everyday:.2f}x bare VADER "
        f"-> {verdict(everyday)}"
    )
    print(f"  sentence scorer alone (information):        {scorer_ratio:.2f}x bare VADER")
    print(
        f"  re-open unchanged {n:,}-entry journal: {again} re-analysed "
        f"-> {'within budget' if again == 0 else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
