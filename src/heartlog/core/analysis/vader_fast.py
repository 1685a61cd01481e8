"""VADER's scoring with its repeated per-word work done once; results are identical.

``SentimentIntensityAnalyzer`` (vaderSentiment 3.3.2, MIT licence) lower-cases
the whole sentence again for every sentiment word it meets (in its negation,
idiom and "least" checks), runs its rules for every word although most words
are in no lexicon and score 0, builds a dict per sentence and walks ASCII text
a character at a time looking for emoji. This subclass keeps VADER's rules
and constants and only changes that bookkeeping: the sentence is lower-cased
once, the words outside the lexicon are found in one C-level pass and skipped,
the emoji pass is skipped for ASCII text, and ``scores`` returns a tuple.
``tests/unit/analysis/test_analysis_vader_fast.py`` checks that every score
equals the original's. Built lazily: importing this module does not import
vaderSentiment.
"""

from __future__ import annotations

import math
import string
from itertools import compress
from typing import Any


def fast_analyzer_class() -> Any:
    from vaderSentiment import vaderSentiment as v

    booster = v.BOOSTER_DICT
    special = v.SPECIAL_CASES
    negate = frozenset(v.NEGATE)
    n_scalar, c_incr = v.N_SCALAR, v.C_INCR
    normalize = v.normalize
    so_this = ("so", "this")

    punctuation = string.punctuation
    # What VADER returns for words that are all outside its lexicon.
    neutral = (0.0, 0.0, 1.0, 0.0)

    def but_check(lw: list[str], sentiments: list[float]) -> list[float]:
        # SentimentIntensityAnalyzer._but_check, quirks included (it finds each
        # score by value, so equal scores are all taken from the first one).
        bi = lw.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
        return sentiments

    def negated(word: str) -> bool:
        return word in negate or "n't" in word

    def negation_check(valence: float, lw: list[str], start_i: int, i: int) -> float:
        if start_i == 0:
            if negated(lw[i - 1]):
                valence *= n_scalar
        elif start_i == 1:
            if lw[i - 2] == "never" and lw[i - 1] in so_this:
                valence *= 1.25
            elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
                pass
            elif negated(lw[i - 2]):
                valence *= n_scalar
        else:
            if (lw[i - 3] == "never" and lw[i - 2] in so_this) or lw[i - 1] in so_this:
                valence *= 1.25
            elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
                pass
            elif negated(lw[i - 3]):
                valence *= n_scalar
        return valence

    def idioms_check(valence: float, lw: list[str], i: int) -> float:
        onezero = f"{lw[i - 1]} {lw[i]}"
        twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
        twoone = f"{lw[i - 2]} {lw[i - 1]}"
        threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
        threetwo = f"{lw[i - 3]} {lw[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(lw) - 1 > i:
            zeroone = f"{lw[i]} {lw[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(lw) - 1 > i + 1:
            zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence

    # The last word of every multi-word idiom and booster phrase (one-word keys can
    # never equal the space-joined n-grams idioms_check builds).
    idiom_ends = frozenset(k.split()[-1] for k in (*special, *booster) if " " in k)

    # Every word whose presence before a sentiment word (or as it) lets _valence
    # change that word's lexicon valence.
    modifiers = (
        frozenset(booster)
        | negate
        | {"no", "or", "nor", "never", "without", "doubt", "so", "this", "least"}
    )

    def scalar_inc_dec(word: str, low: str, valence: float, is_cap_diff: bool) -> float:
        # vaderSentiment.scalar_inc_dec with the lower-cased word passed in.
        if low not in booster:
            return 0.0
        scalar = booster[low]
        if valence < 0:
            scalar *= -1
        if word.isupper() and is_cap_diff:
            scalar = scalar + c_incr if valence > 0 else scalar - c_incr
        return scalar

    def least_check(valence: float, lw: list[str], i: int, lexicon: dict[str, float]) -> float:
        # SentimentIntensityAnalyzer._least_check on the lower-cased words.
        if i > 1 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
            if lw[i - 2] != "at" and lw[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
            valence = valence * n_scalar
        return valence

    def score_valence(
        sentiments: list[float], hits: list[int], text: str
    ) -> tuple[float, float, float, float]:
        # SentimentIntensityAnalyzer.score_valence, the same float operations in
        # the same order, returning (compound, pos, neu, neg) without a dict.
        # Only the places in ``hits`` can hold a non-zero score (even after
        # but_check, which only ever rescales a score where that value stands).
        sum_s = float(sum(sentiments))
        ep = min(text.count("!"), 4) * 0.292
        qm = text.count("?")
        amp = ep + ((qm * 0.18 if qm <= 3 else 0.96) if qm > 1 else 0)
        if sum_s > 0:
            sum_s += amp
        elif sum_s < 0:
            sum_s -= amp
        compound = normalize(sum_s)
        pos_sum = 0.0
        neg_sum = 0.0
        non_zero = 0
        for i in hits:
            s = sentiments[i]
            if s > 0:
                pos_sum += float(s) + 1
                non_zero += 1
            elif s < 0:
                neg_sum += float(s) - 1
                non_zero += 1
        neu_count = len(sentiments) - non_zero
        if pos_sum > -neg_sum:
            pos_sum += amp
        elif pos_sum < -neg_sum:
            neg_sum -= amp
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return (
            round(compound, 4),
            round(math.fabs(pos_sum / total), 3),
            round(math.fabs(neu_count / total), 3),
            round(math.fabs(neg_sum / total), 3),
        )

    class FastAnalyzer(v.SentimentIntensityAnalyzer):  # type: ignore[misc]
        def polarity_scores(self, text: str) -> dict[str, float]:
            compound, pos, neu, neg = self.scores(text)
            return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

        def scores(self, text: str) -> tuple[float, float, float, float]:
            """``polarity_scores`` as (compound, pos, neu, neg)."""
            if not text.isascii():
                text = self._emoji_to_text(text)
            text = text.strip()
            # SentiText's tokens: punctuation stripped unless that leaves <= 2 characters.
            words = [w if len(w := t.strip(punctuation)) > 2 else t for t in text.split()]
            if not words:
                return 0.0, 0.0, 0.0, 0.0
            lw = list(map(str.lower, words))
            lexicon = self.lexicon
            # Most words are in no lexicon and score 0: only the others need VADER's rules.
            hits = list(compress(range(len(words)), map(lexicon.__contains__, lw)))
            if not hits:
                return neutral
            sentiments: list[float] = [0] * len(words)
            uppers = sum(map(str.isupper, words))
            is_cap_diff = 0 < len(words) - uppers < len(words)
            last = len(words) - 1
            contraction = "'" in text and "n't" in text.lower()
            for i in hits:
                low = lw[i]
                if low in booster or (i < last and low == "kind" and lw[i + 1] == "of"):
                    continue
                valence = lexicon[low]
                if (
                    valence
                    and not contraction
                    and modifiers.isdisjoint(lw[max(0, i - 3) : i + 1])
                    and idiom_ends.isdisjoint(lw[max(0, i - 2) : i + 3])
                ):
                    # No "no", negation, booster, "so"/"this", "least" or idiom
                    # word where _valence looks: its rules leave the valence as it is.
                    if is_cap_diff and words[i].isupper():
                        valence = valence + c_incr if valence > 0 else valence - c_incr
                    sentiments[i] = valence
                else:
                    sentiments[i] = self._valence(is_cap_diff, words, lw, words[i], i)
            if "but" in lw:
                sentiments = but_check(lw, sentiments)
            return score_valence(sentiments, hits, text)

        def _emoji_to_text(self, text: str) -> str:
            # As in SentimentIntensityAnalyzer.polarity_scores.
            out = ""
            prev_space = True
            for ch in text:
                if ch in self.emojis:
                    if not prev_space:
                        out += " "
                    out += self.emojis[ch]
                    prev_space = False
                else:
                    out += ch
                    prev_space = ch == " "
            return out

        def _valence(
            self, is_cap_diff: bool, words: list[str], lw: list[str], item: str, i: int
        ) -> float:
            # SentimentIntensityAnalyzer.sentiment_valence for a word in the lexicon,
            # with its three look-backs unrolled and the checks that cannot apply
            # (no booster, no negation, no idiom word nearby) skipped.
            lexicon = self.lexicon
            low = lw[i]
            valence = lexicon[low]
            if low == "no" and i != len(words) - 1 and lw[i + 1] in lexicon:
                valence = 0.0
            if (
                (i > 0 and lw[i - 1] == "no")
                or (i > 1 and lw[i - 2] == "no")
                or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ("or", "nor"))
            ):
                valence = lexicon[low] * n_scalar
            if item.isupper() and is_cap_diff:
                valence = valence + c_incr if valence > 0 else valence - c_incr
            if i > 0 and (before := lw[i - 1]) not in lexicon:
                s = scalar_inc_dec(words[i - 1], before, valence, is_cap_diff)
                valence = valence + s
                if before in negate or "n't" in before:
                    valence *= n_scalar
            if i > 1 and (before := lw[i - 2]) not in lexicon:
                s = scalar_inc_dec(words[i - 2], before, valence, is_cap_diff)
                if s != 0:
                    s = s * 0.95
                valence = valence + s
                valence = negation_check(valence, lw, 1, i)
            if i > 2 and (before := lw[i - 3]) not in lexicon:
                s = scalar_inc_dec(words[i - 3], before, valence, is_cap_diff)
                if s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = negation_check(valence, lw, 2, i)
                # An idiom or booster phrase ends with one of these words: without
                # one in the places idioms_check looks, it cannot change anything.
                last = len(lw) - 1
                if (
                    low in idiom_ends
                    or lw[i - 1] in idiom_ends
                    or lw[i - 2] in idiom_ends
                    or (i < last and lw[i + 1] in idiom_ends)
                    or (i + 1 < last and lw[i + 2] in idiom_ends)
                ):
                    valence = idioms_check(valence, lw, i)
            if i > 0 and lw[i - 1] == "least":
                return least_check(valence, lw, i, lexicon)
            return valence

    return FastAnalyzer
