"""Work around a PySide6 reference-count bug on Python < 3.12 (seen with 6.12.0 on 3.11).

Those bindings return ``None``/``True``/``False`` without taking a reference
(as if they were immortal, which they are only from Python 3.12 on), so every
void call or bool signal lowers their count by one. A long session would end
in "Fatal Python error: none_dealloc". The singletons are never freed anyway,
so when the bug is detected their counts are raised far out of reach, which is
what Python 3.12 does for every interpreter.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

_BALLAST = 1 << 40
_protected = False


def singletons_leak() -> bool:
    """True when a void PySide call takes a reference away from ``None``."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 40


def protect_singletons() -> bool:
    """Apply the workaround if this PySide needs it; returns True if it was applied."""
    global _protected
    if _protected:
        return True
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if not singletons_leak():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    _protected = True
    log.warning("PySide6 reference-count bug detected; protecting None/True/False")
    return True
