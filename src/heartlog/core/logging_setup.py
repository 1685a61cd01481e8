"""Rotating log file in the platform log folder; never entry text or passphrases."""

from __future__ import annotations

import logging
import logging.handlers

from heartlog.core.paths import log_dir

LOG_NAME = "heartlog.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(debug: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_heartlog", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only or full disk must not stop the app
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._heartlog = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        console._heartlog = True  # type: ignore[attr-defined]
        root.addHandler(console)
