"""The desktop app's entry point: QApplication set-up, then the start flow."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from heartlog import APP_ID, APP_NAME, __version__
from heartlog.core.logging_setup import configure_logging
from heartlog.ui import app_settings
from heartlog.ui.app_icon import app_icon
from heartlog.ui.app_language import install_translators
from heartlog.ui.crash_dialog import install_excepthook
from heartlog.ui.gui_latency import shorten_gil_waits
from heartlog.ui.pseudo_locale import ENV_VAR as PSEUDO_LOCALE_ENV
from heartlog.ui.pseudo_locale import install_pseudo_translator
from heartlog.ui.start_flow import StartFlow
from heartlog.ui.theme import apply_theme

log = logging.getLogger(__name__)

ORG_DOMAIN = "heartlog.org"


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with HeartLog's names, icon, language and theme (or the existing one)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        QCoreApplication.setOrganizationName(app_settings.ORG_NAME)
        QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName(APP_ID)
        app = QApplication(list(argv) or [APP_NAME])
    app.setApplicationDisplayName(APP_NAME)
    shorten_gil_waits()  # workers (import, analysis) must not stall the window
    app.setWindowIcon(app_icon())
    install_translators(app, app_settings.language())
    if os.environ.get(PSEUDO_LOCALE_ENV):  # layout testing: every string ~40% longer
        install_pseudo_translator(app)
    apply_theme(app, app_settings.theme())
    return app


def run_app(argv: Sequence[str], on_start: Callable[[StartFlow], None] | None = None) -> int:
    """Run the desktop app until its last window closes; returns the exit status.

    ``on_start`` receives the start flow before anything is shown (benchmarks
    and end-to-end tests use it to drive the real app).
    """
    configure_logging(debug=bool(os.environ.get("HEARTLOG_DEBUG")))
    app = create_application(argv)
    install_excepthook()
    app.setQuitOnLastWindowClosed(False)  # the flow decides when nothing is left
    flow = StartFlow(app)
    flow.finished.connect(app.quit)
    if on_start is not None:
        on_start(flow)
    QTimer.singleShot(0, flow.start)
    log.info("HeartLog %s starting (Qt platform %s)", __version__, app.platformName())
    status = app.exec()
    log.info("HeartLog stopped")
    return int(status)


if __name__ == "__main__":  # pragma: no cover - `python -m heartlog.ui.app`
    sys.exit(run_app(sys.argv))
