"""Analyse one entry or one text: sentences, scores, signals and obstacles."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable

from analysis_reference.conflict import Prepared, annotate
from analysis_reference.language import english_coverage
from analysis_reference.lexicon import entry_files_version
from analysis_reference.markers import MarkerRules, marker_rules
from analysis_reference.obstacles import entry_obstacles
from analysis_reference.results import Counts, EntryResult, SentenceResult
from analysis_reference.sentences import split_sentences
from analysis_reference.sentiment import SentenceScorer, aggregate, scorer
from analysis_reference.tokens import match_tokens, normalise_quotes

HASH_FORMAT = "heartlog-analysis-input-1"


def analyser_version() -> str:
    """The version stored with every cached result (code + data file versions)."""
    return entry_files_version()


def clean_names(names: Iterable[str]) -> tuple[str, ...]:
    """First names as the analysis matches them (case-sensitive, capitalised)."""
    out: set[str] = set()
    for name in names:
        words = str(name).split()
        if words and words[0][:1].isalpha():
            first = normalise_quotes(words[0]).strip(".,;:'\"")
            if len(first) >= 2:
                out.update({first, first[:1].upper() + first[1:]})
    return tuple(sorted(out))


def content_hash(title: str, body: str, partner_names: Iterable[str] = ()) -> str:
    """What decides whether a cached analysis is still valid (besides the version)."""
    h = hashlib.sha256()
    for part in (HASH_FORMAT, title, body, "\x1f".join(clean_names(partner_names))):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


class EntryAnalyser:
    """Stateless apart from its cached rules; safe to share between threads."""

    def __init__(
        self,
        partner_names: Iterable[str] = (),
        sentence_scorer: SentenceScorer | None = None,
        rules: MarkerRules | None = None,
    ) -> None:
        self.partner_names = clean_names(partner_names)
        self._names = frozenset(self.partner_names)
        self.scorer = sentence_scorer or scorer()
        self.rules = rules or marker_rules()
        self.version = analyser_version()
        self._known = self.scorer.known_words() | self.rules.vocabulary

    def content_hash(self, title: str, body: str) -> str:
        return content_hash(title, body, self.partner_names)

    def analyse(self, title: str = "", body: str = "") -> EntryResult:
        parts = [("title", title), ("body", body)]
        spans = [(part, span) for part, text in parts if text for span in split_sentences(text)]
        coverage = english_coverage(f"{title}\n{body}", self._known)
        if not coverage.ok:
            sentences = tuple(
                SentenceResult(i, part, s.start, s.end, s.text) for i, (part, s) in enumerate(spans)
            )
            return EntryResult(
                self.version, False, round(coverage.ratio, 3), None, 0.0, 0.0, 0.0, sentences
            )
        prepared: list[Prepared] = []
        for i, (part, span) in enumerate(spans):
            text = normalise_quotes(span.text)
            tokens = match_tokens(text)
            case = match_tokens(text, keep_case=True) if self._names else None
            score = self.scorer.score(text, tokens)
            prepared.append(Prepared(i, part, span.start, span.end, span.text, tokens, score, case))
        results = annotate(prepared, self.rules, self._names)
        total = aggregate([p.score for p in prepared], [max(1, len(p.tokens)) for p in prepared])
        counts = Counts()
        for r in results:
            counts = counts + r.counts
        return EntryResult(
            version=self.version,
            language_ok=True,
            coverage=round(coverage.ratio, 3),
            compound=total.compound,
            pos=total.pos,
            neu=total.neu,
            neg=total.neg,
            sentences=tuple(results),
            obstacles=entry_obstacles(results),
            counts=counts,
        )


_default_lock = threading.Lock()
_default: EntryAnalyser | None = None


def default_analyser() -> EntryAnalyser:
    global _default
    with _default_lock:
        if _default is None:
            _default = EntryAnalyser()
        return _default


def analyse_text(text: str) -> EntryResult:
    """Analyse a free text (no title, no partner names): the ``heartlog analyze`` path."""
    return default_analyser().analyse("", text)


def reset_caches() -> None:
    """Forget every loaded data file and cached scorer (tests; after changing data files)."""
    global _default
    from analysis_reference import lexicon, markers, sentiment

    lexicon.entry_files_version.cache_clear()
    lexicon.english_words.cache_clear()
    lexicon.abbreviations.cache_clear()
    markers.marker_rules.cache_clear()
    with sentiment._lock:
        sentiment._scorers.clear()
    with _default_lock:
        _default = None
