"""Qt numerus strings ("%Ln word(s)") read well even before an English translation is loaded."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_IES = re.compile(r"y\(ies\)")
_S = re.compile(r"\((e?s)\)")


def resolve_english_plural(text: str, n: int) -> str:
    """Turn the source's "(s)"/"(ies)" markers into English singular or plural."""
    if "(" not in text:
        return text
    text = _IES.sub("y" if n == 1 else "ies", text)
    return _S.sub(lambda m: "" if n == 1 else m.group(1), text)


def translate_count(context: str, source: str, n: int) -> str:
    """``QCoreApplication.translate`` with a count; untranslated English still reads right."""
    return resolve_english_plural(QCoreApplication.translate(context, source, None, n), n)
