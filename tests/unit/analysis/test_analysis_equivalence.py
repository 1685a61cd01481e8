"""The optimised analysis returns exactly what the readable reference pipeline returns.

``analysis_reference`` is a frozen copy of the per-entry analysis as it was
before it was optimised (scoring with vaderSentiment's own analyzer). Every
comparison is on the serialised JSON text, so even a float that differs in its
last digit, or a ``-0.0`` for ``0.0``, fails.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from analysis_labelled_sets import DATA, load_data
from analysis_reference import analyser as ref_analyser
from analysis_reference import language as ref_language
from analysis_reference import markers as ref_markers
from analysis_reference import sentences as ref_sentences
from analysis_reference import sentiment as ref_sentiment
from analysis_reference import tokens as ref_tokens
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartlog.core.analysis import EntryAnalyser, split_sentences
from heartlog.core.analysis.language import english_coverage
from heartlog.core.analysis.tokens import match_tokens

NAME_SETS: tuple[tuple[str, ...], ...] = ((), ("Sam",), ("Sam", "alex", "Jo"))


@cache
def analysers(names: tuple[str, ...]) -> tuple[EntryAnalyser, Any]:
    return EntryAnalyser(names), ref_analyser.EntryAnalyser(names)


def dumped(result: Any) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False)


def assert_same(title: str, body: str, names: tuple[str, ...] = ()) -> None:
    fast, reference = analysers(names)
    got, want = dumped(fast.analyse(title, body)), dumped(reference.analyse(title, body))
    assert got == want, (title, body, names)


# -- realistic random texts ------------------------------------------------------------


def _labelled_sentences() -> list[str]:
    texts = [d["text"] for d in load_data("entry_labels.json")["texts"]]
    texts += [d["text"] for d in load_data("relationship_sentences.json")["sentences"]]
    texts += [d["text"] for d in load_data("general_sentences.json")["sentences"]]
    for path in sorted((DATA / "journals").glob("*.json")):
        texts += [e["body"] for e in json.loads(path.read_text(encoding="utf-8"))["entries"]]
    return [s.text for t in texts for s in ref_sentences.split_sentences(t)]


def _phrases() -> list[str]:
    """Every phrase the rules know (markers, people, themes, lexicon), as text."""
    rules = ref_markers.marker_rules()
    lexicon = ref_sentiment.scorer().lexicon
    indexes = (rules.events, rules.persons, rules.themes, rules.features, lexicon.phrases)
    phrases = {" ".join(p) for index in indexes for p in index.phrases()}
    return sorted(phrases | set(lexicon.words)) + sorted(
        rules.negators | rules.irrealis | rules.barriers
    )


SENTENCES = _labelled_sentences()
PHRASES = _phrases()
COMMON = " ".join(
    [
        "I me my he she him her we us our you your they it the a an and but so or nor no not",
        "never n't very really so this kind of sort least at without doubt just was is felt",
        "feel today again always because after when then if maybe Sam Alex Jo mum boss kids",
        "good bad great awful happy sad love hate okay fine ok yes yeah right",
    ]
).split()
TOKENS = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(COMMON),
    st.sampled_from([",", ";", ":", "-", "—", "(", ")", '"', "'", "“", "”", "’s", "'s"]),
    st.sampled_from(["!", "!!", "?", "??", "...", "…", ":)", ":(", "<3", "😊", "💔", "👍🏽"]),
    st.sampled_from(["Dr.", "e.g.", "etc.", "p.m.", "J.", "1.", "2)", "U.S.", "Mr."]),
)
ENDS = st.sampled_from(["", ".", "!", "?", "...", "?!", " :)", " 😊", '."', "!”", ")"])
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\n- ", "\n1. ", "\n* "])


@st.composite
def made_up_sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(TOKENS, min_size=1, max_size=14))
    text = " ".join(words)
    style = draw(st.sampled_from(["plain", "plain", "capital", "upper", "title"]))
    if style == "capital":
        text = text[:1].upper() + text[1:]
    elif style == "upper":
        text = text.upper()
    elif style == "title":
        text = text.title()
    return text + draw(ENDS)


SENTENCE = st.one_of(st.sampled_from(SENTENCES), made_up_sentence())


@st.composite
def journal_text(draw: st.DrawFn, max_sentences: int = 8) -> str:
    parts = draw(st.lists(SENTENCE, min_size=0, max_size=max_sentences))
    out = ""
    for part in parts:
        out += (draw(SEPARATORS) if out else "") + part
    return out


CHECK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CHECK
@given(journal_text(), journal_text(max_sentences=1), st.sampled_from(NAME_SETS))
def test_same_result_on_realistic_random_entries(
    body: str, title: str, names: tuple[str, ...]
) -> None:
    assert_same(title, body, names)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.sampled_from(NAME_SETS))
def test_same_result_on_any_text(text: str, names: tuple[str, ...]) -> None:
    assert_same("", text, names)


@pytest.mark.parametrize("names", NAME_SETS)
def test_same_result_on_every_labelled_and_fixture_text(names: tuple[str, ...]) -> None:
    texts = [("", d["text"]) for d in load_data("entry_labels.json")["texts"]]
    texts += [("", d["text"]) for d in load_data("relationship_sentences.json")["sentences"]]
    texts += [("", d["text"]) for d in load_data("general_sentences.json")["sentences"]]
    for path in sorted((DATA / "journals").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
        texts += [(e.get("title", ""), e["body"]) for e in entries]
    for title, body in texts:
        assert_same(title, body, names)


# -- the building blocks, on any text ------------------------------------------------------

PUNCTUATED = st.text(
    alphabet=st.sampled_from(list("aAbB zZé.!?…,;:'\"“”’()[]-—\n\t0123456789😊❤️👍🏽:<3_/")),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(PUNCTUATED, journal_text(), st.text(max_size=80)))
def test_same_sentences_tokens_and_coverage(text: str) -> None:
    got_spans = [(s.text, s.start, s.end) for s in split_sentences(text)]
    assert got_spans == [(s.text, s.start, s.end) for s in ref_sentences.split_sentences(text)]
    assert match_tokens(text) == ref_tokens.match_tokens(text)
    assert match_tokens(text, keep_case=True) == ref_tokens.match_tokens(text, keep_case=True)
    fast, reference = analysers(())
    got = english_coverage(text, fast._known)
    want = ref_language.english_coverage(text, reference._known)
    assert (got.words, got.known, got.ok) == (want.words, want.known, want.ok)
