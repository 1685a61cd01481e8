"""Light, dark and system themes: a Fusion palette plus the qss in resources/styles."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from heartlog.core.paths import resource_path

log = logging.getLogger(__name__)

_LIGHT = {
    "Window": "#f6f3ef",
    "WindowText": "#2b2624",
    "Base": "#fffdfb",
    "AlternateBase": "#f1ece7",
    "Text": "#2b2624",
    "Button": "#ece6e0",
    "ButtonText": "#2b2624",
    "ToolTipBase": "#fffdfb",
    "ToolTipText": "#2b2624",
    "PlaceholderText": "#857b76",
    "Highlight": "#a8456a",
    "HighlightedText": "#ffffff",
    "Link": "#94395b",
    "Mid": "#cfc6bf",
    "Midlight": "#e3dcd5",
    "Dark": "#9e948d",
    "Shadow": "#6b625c",
    "Light": "#ffffff",
    "BrightText": "#ffffff",
}
_DARK = {
    "Window": "#1f1c1b",
    "WindowText": "#ece6e2",
    "Base": "#282423",
    "AlternateBase": "#2f2b2a",
    "Text": "#ece6e2",
    "Button": "#34302e",
    "ButtonText": "#ece6e2",
    "ToolTipBase": "#34302e",
    "ToolTipText": "#ece6e2",
    "PlaceholderText": "#9a918c",
    "Highlight": "#a94a6f",
    "HighlightedText": "#ffffff",
    "Link": "#e597b3",
    "Mid": "#4a4442",
    "Midlight": "#3d3836",
    "Dark": "#161413",
    "Shadow": "#000000",
    "Light": "#4f4946",
    "BrightText": "#ffffff",
}

_system_style: str | None = None
_system_palette: QPalette | None = None


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for role_name, value in colours.items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(value))
    disabled = QColor(colours["PlaceholderText"])
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _stylesheet(*names: str) -> str:
    parts: list[str] = []
    for name in names:
        try:
            parts.append(resource_path("styles", name).read_text(encoding="utf-8"))
        except (FileNotFoundError, OSError):
            log.warning("style sheet %s is missing; using plain styling", name)
    return "\n".join(parts)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, name: str) -> None:
    """Switch the whole app to ``system``, ``light`` or ``dark`` (takes effect at once)."""
    global _system_style, _system_palette
    if _system_style is None:
        _system_style = app.style().name()
        _system_palette = QPalette(app.palette())
    if name == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_palette(_LIGHT))
    elif name == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_palette(_DARK))
    else:
        app.setStyle(QStyleFactory.create(_system_style) or QStyleFactory.create("Fusion"))
        app.setPalette(_system_palette or QPalette())
    extra = "dark.qss" if is_dark(app.palette()) else "light.qss"
    app.setStyleSheet(_stylesheet("app.qss", extra))
    app.setProperty("heartlogTheme", name)
