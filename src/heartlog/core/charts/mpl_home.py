"""Keep matplotlib's font cache inside HeartLog's data folder (nothing written elsewhere)."""

from __future__ import annotations

import os
import sys

from heartlog.core.paths import data_dir

CONFIG_ENV = "MPLCONFIGDIR"


def use_private_config_dir() -> None:
    """Point matplotlib at ``<data dir>/matplotlib`` unless the user chose a folder.

    Must run before matplotlib is first imported (``heartlog.core.charts``
    runs it on import, so every chart module comes after it); afterwards
    matplotlib has fixed its folders and they are left alone.
    """
    if "matplotlib" in sys.modules or os.environ.get(CONFIG_ENV):
        return
    # matplotlib creates the folder when it first needs it (or falls back to a temporary one).
    os.environ[CONFIG_ENV] = str(data_dir() / "matplotlib")
