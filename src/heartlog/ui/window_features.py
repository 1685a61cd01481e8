"""Features that plug into the main window (Insights, prompts, sharing, ...).

Each module listed here has ``install(window: MainWindow) -> None`` and uses the
window's public API: ``add_page``, ``menu``, ``set_prompt_card``, ``journal``,
``profile_name`` and the signal hub (``heartlog.ui.app_signals``). ``install``
must be light: import matplotlib or VADER only when the feature is first used,
so start-up stays fast. A module that is not present (yet) is skipped.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import TYPE_CHECKING

from heartlog.ui.safe_errors import safe_text

if TYPE_CHECKING:
    from heartlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FEATURE_MODULES: tuple[str, ...] = (
    "heartlog.ui.features.analysis_feature",
    "heartlog.ui.features.prompts_feature",
    "heartlog.ui.features.sharing_feature",
    "heartlog.ui.features.interop_feature",
    "heartlog.ui.features.dashboard_feature",
    "heartlog.ui.features.backups_feature",
)


def install_features(window: MainWindow, modules: tuple[str, ...] = FEATURE_MODULES) -> None:
    for name in modules:
        if importlib.util.find_spec(name) is None:
            log.info("feature %s is not installed", name)
            continue
        try:
            importlib.import_module(name).install(window)
        except Exception as exc:  # one broken feature must not keep the journal from opening
            log.warning("could not install feature %s: %s", name, safe_text(exc))
