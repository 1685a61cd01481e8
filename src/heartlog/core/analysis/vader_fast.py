"""VADER's scoring with its repeated per-word work done once; results are identical.

``SentimentIntensityAnalyzer`` (vaderSentiment 3.3.2, MIT licence) lower-cases
the whole sentence again for every sentiment word it meets (in its negation
and idiom checks) and walks ASCII text a character at a time looking for
emoji. This subclass keeps VADER's rules and constants and only changes that
bookkeeping: the sentence is lower-cased once, and the emoji pass is skipped
for ASCII text. ``tests/unit/analysis/test_vader_fast.py`` checks that every
score equals the original's. Built lazily: importing this module does not
import vaderSentiment.
"""

from __future__ import annotations

import string
from typing import Any


def fast_analyzer_class() -> Any:
    from vaderSentiment import vaderSentiment as v

    booster = v.BOOSTER_DICT
    special = v.SPECIAL_CASES
    negate = frozenset(v.NEGATE)
    n_scalar, c_incr = v.N_SCALAR, v.C_INCR
    so_this = ("so", "this")

    punctuation = string.punctuation

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

    class FastAnalyzer(v.SentimentIntensityAnalyzer):  # type: ignore[misc]
        def polarity_scores(self, text: str) -> dict[str, float]:
            if not text.isascii():
                text = self._emoji_to_text(text)
            text = text.strip()
            # SentiText's tokens: punctuation stripped unless that leaves <= 2 characters.
            words = [w if len(w := t.strip(punctuation)) > 2 else t for t in text.split()]
            uppers = sum(map(str.isupper, words))
            is_cap_diff = 0 < len(words) - uppers < len(words)
            lw = [w.lower() for w in words]
            sentiments: list[float] = []
            last = len(words) - 1
            for i, item in enumerate(words):
                low = lw[i]
                if low in booster or (i < last and low == "kind" and lw[i + 1] == "of"):
                    sentiments.append(0)
                    continue
                sentiments.append(self._valence(is_cap_diff, words, lw, item, i))
            if "but" in lw:
                sentiments = but_check(lw, sentiments)
            return self.score_valence(sentiments, text)

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
            lexicon = self.lexicon
            low = lw[i]
            if low not in lexicon:
                return 0
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
            for start_i in range(3):
                if i > start_i and lw[i - (start_i + 1)] not in lexicon:
                    s = v.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = negation_check(valence, lw, start_i, i)
                    if start_i == 2:
                        valence = idioms_check(valence, lw, i)
            return self._least_check(valence, words, i)

    return FastAnalyzer
