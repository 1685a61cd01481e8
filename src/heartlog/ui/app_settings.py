"""App-wide settings (theme, language, geometry, last profile) kept in QSettings.

Per-profile settings live encrypted in the profile (``Journal.setting``); only
what is needed before a profile is unlocked, and holds no journal text, is here.
When ``HEARTLOG_HOME`` is set the file lives inside it, so tests and portable
installs never touch the real user configuration.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from heartlog import APP_NAME
from heartlog.core.paths import HOME_ENV, data_dir

ORG_NAME = "HeartLog"
SETTINGS_FILE = "heartlog-ui.ini"

THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"
SYSTEM_LANGUAGE = ""


def settings() -> QSettings:
    """The QSettings store for app-wide preferences."""
    if os.environ.get(HOME_ENV):
        return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def theme() -> str:
    value = str(settings().value("ui/theme", DEFAULT_THEME))
    return value if value in THEMES else DEFAULT_THEME


def set_theme(name: str) -> None:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    settings().setValue("ui/theme", name)


def language() -> str:
    """A language code such as ``de``, or ``""`` for the system language."""
    return str(settings().value("ui/language", SYSTEM_LANGUAGE) or "")


def set_language(code: str) -> None:
    settings().setValue("ui/language", code)


def last_profile_id() -> str:
    return str(settings().value("start/last_profile", "") or "")


def set_last_profile_id(profile_id: str) -> None:
    settings().setValue("start/last_profile", profile_id)


def window_state(key: str) -> QByteArray | None:
    value = settings().value(f"window/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_window_state(key: str, value: QByteArray) -> None:
    settings().setValue(f"window/{key}", value)
