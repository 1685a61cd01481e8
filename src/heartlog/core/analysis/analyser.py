"""Analyse one entry or one text: sentences, scores, signals and obstacles."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable

from heartlog.core.analysis.conflict import Prepared, annotate
from heartlog.core.analysis.language import CoverageCheck
from heartlog.core.analysis.lexicon import entry_files_version
from heartlog.core.analysis.markers import MarkerRules, marker_rules
from heartlog.core.analysis.obstacles import entry_obstacles
from heartlog.core.analysis.phrase_scan import EXPRESSIONS, clear_scanners, scanner_for
from heartlog.core.analysis.results import Counts, EntryResult, SentenceResult
from heartlog.core.analysis.sentences import sentence_pieces
from heartlog.core.analysis.sentiment import SentenceScorer, aggregate_values, scorer
from heartlog.core.analysis.tokens import match_tokens, normalise_quotes

HASH_FORMAT = "heartlog-analysis-input-1"
ZERO_VALUES = (0.0, 0.0, 0.0, 0.0)  # aggregate() of no sentences


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
        # Built once (and shared by analysers over the same data): the merged
        # phrase trie and the known-word set are what make a sentence cheap.
        self._coverage = CoverageCheck(self._known)
        self._scanner = scanner_for(
            (
                self.scorer.lexicon.phrases,
                self.rules.persons,
                self.rules.events,
                self.rules.themes,
                self.rules.features,
            )
        )

    def content_hash(self, title: str, body: str) -> str:
        return content_hash(title, body, self.partner_names)

    def analyse(self, title: str = "", body: str = "") -> EntryResult:
        coverage = self._coverage(f"{title}\n{body}")
        if not coverage.ok:
            spans = [(part, span) for part, text in self._parts(title, body) for span in text]
            sentences = tuple(
                SentenceResult(i, part, start, end, text)
                for i, (part, (text, start, end)) in enumerate(spans)
            )
            return EntryResult(
                self.version, False, round(coverage.ratio, 3), None, 0.0, 0.0, 0.0, sentences
            )
        # One loop over the sentences with everything it needs in locals: this is the
        # analysis's hot path (see bench/bench_analysis.py).
        scan = self._scanner.scan
        scorer = self.scorer
        score_found = scorer.score_found if scorer.extended else None
        names = self._names
        prepared: list[Prepared] = []
        compounds: list[float] = []
        pos: list[float] = []
        neu: list[float] = []
        neg: list[float] = []
        lengths: list[int] = []
        for part, text in (("title", title), ("body", body)):
            if not text:
                continue
            for sentence, start, end in sentence_pieces(text):
                normal = normalise_quotes(sentence)
                tokens = match_tokens(normal)
                found = scan(tokens)
                if score_found is not None:
                    c, p, u, n, expressions = score_found(normal, tokens, found[EXPRESSIONS])
                else:
                    s = scorer.score(normal, tokens)
                    c, p, u, n, expressions = s.compound, s.pos, s.neu, s.neg, s.expressions
                # A name can only be a token if it is in the text: most sentences skip this.
                case = None
                if names and any(name in normal for name in names):
                    case = match_tokens(normal, keep_case=True)
                prepared.append(
                    Prepared(
                        len(prepared), part, start, end, sentence, tokens,
                        c, p, u, n, expressions, case, found,
                    )
                )  # fmt: skip
                compounds.append(c)
                pos.append(p)
                neu.append(u)
                neg.append(n)
                lengths.append(len(tokens) or 1)
        results = annotate(prepared, self.rules, names)
        total = aggregate_values(compounds, pos, neu, neg, lengths) if prepared else ZERO_VALUES
        i_statements = you_statements = we_talk = absolutes = 0
        for r in results:
            counts = r.counts
            i_statements += counts.i_statements
            you_statements += counts.you_statements
            we_talk += counts.we_talk
            absolutes += counts.absolutes
        return EntryResult(
            self.version,
            True,
            round(coverage.ratio, 3),
            *total,
            tuple(results),
            entry_obstacles(results),
            Counts(i_statements, you_statements, we_talk, absolutes),
        )

    @staticmethod
    def _parts(title: str, body: str) -> list[tuple[str, list[tuple[str, int, int]]]]:
        parts = (("title", title), ("body", body))
        return [(part, sentence_pieces(text)) for part, text in parts if text]


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
    from heartlog.core.analysis import lexicon, markers, practices, sentiment

    lexicon.entry_files_version.cache_clear()
    lexicon.english_words.cache_clear()
    lexicon.abbreviations.cache_clear()
    markers.marker_rules.cache_clear()
    practices.practice_catalogue.cache_clear()
    with sentiment._lock:
        sentiment._scorers.clear()
    clear_scanners()
    with _default_lock:
        _default = None
