"""Keep the GUI thread responsive while worker threads run Python (imports, analysis).

Two process-wide settings, both measured with ``bench/bench_ui_import.py``:

- **GIL switch interval.** A thread that wants the GIL waits up to the switch
  interval (5 ms by default) for a busy worker to let go, and a Qt slot takes
  and gives back the GIL many times (every call into Qt releases it). Under a
  10,000-entry analysis that added up to 50-170 ms stalls; at 1 ms the longest
  stall drops to about 15 ms and the analysis is no slower.
- **Frozen long-lived objects.** A full (generation 2) garbage collection walks
  every tracked object, whichever thread triggers it, holding the GIL: with Qt,
  SQLAlchemy and the analysis lexicons loaded that is 60-70 ms. ``gc.freeze()``
  moves what exists now (modules, lexicons, caches: objects that live as long as
  the process) out of the collector's sight, so later collections only walk what
  is new. It is O(1); cyclic garbage frozen with them is never reclaimed, which
  for a handful of start-up cycles costs less than the pauses.
"""

from __future__ import annotations

import gc
import logging
import sys

log = logging.getLogger(__name__)

GIL_SWITCH_INTERVAL_S = 0.001


def shorten_gil_waits() -> None:
    """Let the GUI thread get the GIL back from busy workers within about a millisecond."""
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def freeze_long_lived_objects() -> None:
    """Call when what is loaded will stay (after unlocking, after the analyser is built)."""
    gc.freeze()
    log.debug("%d objects moved out of the collector's sight", gc.get_freeze_count())
