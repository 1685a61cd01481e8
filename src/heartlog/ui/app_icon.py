"""The application icon (resources/icons/heartlog.svg), empty until it is shipped."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

from heartlog.core.paths import resource_path

log = logging.getLogger(__name__)


@cache
def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "heartlog.svg")))
    except FileNotFoundError:
        log.info("app icon not shipped yet")
        return QIcon()
