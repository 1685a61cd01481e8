"""Where HeartLog keeps its data, and the one locator for packaged resources."""

from __future__ import annotations

import os
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_DIR_NAME = "HeartLog"
HOME_ENV = "HEARTLOG_HOME"


def data_dir() -> Path:
    """The per-user data folder, or ``$HEARTLOG_HOME`` when set (tests, portable use)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def profiles_dir() -> Path:
    return data_dir() / "profiles"


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    """Logs go inside ``$HEARTLOG_HOME`` when set, otherwise to the platform log folder."""
    if os.environ.get(HOME_ENV):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def _checkout_root() -> Path:
    # src/heartlog/core/paths.py -> the checkout's top level (editable installs, tests).
    return Path(__file__).resolve().parents[3]


def _packaged(kind: str) -> Traversable | Path | None:
    """``heartlog/<kind>`` inside the wheel or frozen bundle, else the checkout's folder."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "heartlog" / kind
        if base.is_dir():
            return base
    packaged = resources.files("heartlog") / kind
    if packaged.is_dir():
        return packaged
    fallback = _checkout_root() / kind
    if fallback.is_dir():
        return fallback
    return None


def resource_path(*parts: str, kind: str = "resources") -> Path:
    """Path of a shipped file under ``resources/`` (or ``translations/`` with ``kind``).

    Works from a wheel, an editable install, a checkout and a PyInstaller build.
    Raises ``FileNotFoundError`` with the name when the file is not shipped.
    """
    if kind not in ("resources", "translations"):
        raise ValueError(f"unknown resource kind {kind!r}")
    for part in parts:
        if not part or part in (".", "..") or "/" in part or "\\" in part:
            raise ValueError(f"unsafe resource path component {part!r}")
    base = _packaged(kind)
    if base is None:
        raise FileNotFoundError(f"HeartLog's {kind} folder is missing from this installation")
    target = base.joinpath(*parts) if parts else base
    path = Path(str(target))
    if not path.exists():
        raise FileNotFoundError(f"HeartLog resource not found: {kind}/{'/'.join(parts)}")
    return path


def translations_path(*parts: str) -> Path:
    return resource_path(*parts, kind="translations")
