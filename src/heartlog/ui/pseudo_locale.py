"""A pseudo-translation that stretches every string by about 40%, to find clipped layouts.

Start the app with ``HEARTLOG_PSEUDO_LOCALE=1`` (read only at start-up) and
every translated string reads like "[Ŝéţţîñĝš ~~~]": accented, so untranslated
text stands out, and longer, as German or Spanish often are. Placeholders
(``%1``, ``%n``, ``{name}``), accelerators (``&``), HTML tags and entities,
and date patterns are kept, so the app still works.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QTranslator

ENV_VAR = "HEARTLOG_PSEUDO_LOCALE"
STRETCH = 0.4

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: placeholders, HTML tags and entities, an accelerator's letter.
_KEEP = re.compile(r"%L?\d|%L?n|\{[a-z_]+\}|<[^>]*>|&[a-z]+;|&#\d+;|&&|&.")
_DATE_PATTERN = re.compile(r"^[dMyHhms .,:/-]+$")


def pseudo(text: str) -> str:
    """The pseudo-translation of one source string."""
    if not text.strip() or _DATE_PATTERN.match(text):
        return text
    out, pos = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[pos : match.start()].translate(_ACCENTED))
        out.append(match.group())
        pos = match.end()
    out.append(text[pos:].translate(_ACCENTED))
    visible = len(_KEEP.sub("", text))
    tildes = "~" * max(1, math.ceil(visible * STRETCH) - 3)
    # In words of four, so the padding wraps like text instead of forcing a wide window.
    padding = " ".join(tildes[i : i + 4] for i in range(0, len(tildes), 4))
    return f"[{''.join(out)} {padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-translation of its source text."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source or context == "QShortcut":  # key names must stay parseable
            return None
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo_translator(app: QCoreApplication) -> PseudoTranslator:
    """Install the pseudo-translator on ``app`` (after any real one, so it wins)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
