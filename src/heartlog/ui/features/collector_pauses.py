"""Keep Python's cyclic garbage collector from pausing the GUI thread during long analyses.

A full (generation 2) collection walks every tracked object, whichever thread
triggers it, holding the GIL: with Qt, SQLAlchemy and the analysis lexicons
loaded that is 60-70 ms, long enough to freeze the window while a worker
analyses thousands of entries. ``gc.freeze()`` moves what exists now (modules,
lexicons, caches: objects that live as long as the process) out of the
collector's sight, so later collections only walk what is new. It is O(1);
cyclic garbage frozen with them is never reclaimed, which for a handful of
start-up cycles costs less than the pauses.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def freeze_long_lived_objects() -> None:
    gc.freeze()
    log.debug("%d objects moved out of the collector's sight", gc.get_freeze_count())
