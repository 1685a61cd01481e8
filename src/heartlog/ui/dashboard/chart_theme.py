"""The charts' colours from the Qt palette and their words in the user's language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from heartlog.core.charts import ChartLabels, ChartTheme
from heartlog.core.content_language import content_language
from heartlog.core.prompt_catalogue import load_catalogue
from heartlog.ui.dashboard.dashboard_words import one_decimal, theme_names

# An alias pyside6-lupdate recognises: translate("Context", "literal text").
translate = QCoreApplication.translate


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def _blend(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """A colour between ``a`` and ``b``: secondary text readable on ``b``."""
    mix = [
        round(x * share_of_a + y * (1 - share_of_a))
        for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def chart_theme(palette: QPalette | None = None) -> ChartTheme:
    """Background, text and accent from the palette; data colours tuned for light or dark."""
    palette = palette or QGuiApplication.palette()
    base = ChartTheme.dark_default() if is_dark(palette) else ChartTheme.light()
    role = QPalette.ColorRole
    text = palette.color(role.WindowText)
    window = palette.color(role.Window)
    return replace(
        base,
        background=_hex(window),
        text=_hex(text),
        muted=_hex(_blend(text, window, 0.55)),
        font_size=max(9.0, QGuiApplication.font().pointSizeF() + 1.0),
        title_size=max(11.0, QGuiApplication.font().pointSizeF() + 3.0),
    )


def practice_names(locale: QLocale | None = None) -> dict[str, str]:
    """Practice names from the prompt catalogue, translated where a translation exists."""
    catalogue = load_catalogue(content_language((locale or QLocale()).name()))
    return {p.id: p.name for p in catalogue.practices}


def chart_labels(locale: QLocale | None = None) -> ChartLabels:
    """Every word on the charts, translated; weekday names and numbers from ``locale``."""
    locale = locale or QLocale()
    weekdays = tuple(locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8))

    return ChartLabels(
        mood_title=translate("DashboardCharts", "How each day felt"),
        mood_this_week=translate("DashboardCharts", "This week, from your words"),
        mood_last_week=translate("DashboardCharts", "Last week"),
        mood_rating=translate("DashboardCharts", "Your mood rating"),
        mood_good=translate("DashboardCharts", "Good"),
        mood_mixed=translate("DashboardCharts", "Mixed"),
        mood_hard=translate("DashboardCharts", "Difficult"),
        weekdays=weekdays,
        ratio_title=translate("DashboardCharts", "Good moments for each difficult one"),
        ratio_this_week=translate("DashboardCharts", "This week"),
        ratio_last_week=translate("DashboardCharts", "Last week"),
        ratio_value=translate("DashboardCharts", "{value} to 1"),
        ratio_only_good=translate("DashboardCharts", "only good moments"),
        ratio_only_hard=translate("DashboardCharts", "no good moments"),
        ratio_nothing=translate("DashboardCharts", "nothing written"),
        ratio_reference=translate("DashboardCharts", "5 to 1: a healthy balance"),
        themes_title=translate("DashboardCharts", "What came up"),
        themes_hard=translate("DashboardCharts", "in difficult moments"),
        themes_good=translate("DashboardCharts", "in good moments"),
        practices_title=translate("DashboardCharts", "Practices you wrote about"),
        practices_none=translate("DashboardCharts", "No entries from prompts this week"),
        empty_week=translate("DashboardCharts", "No entries this week yet"),
        theme_names=theme_names(locale),
        practice_names=practice_names(locale),
        number=lambda value: one_decimal(locale, value),
    )
