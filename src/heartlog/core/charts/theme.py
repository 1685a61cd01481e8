"""Colours and font sizes of the insight charts: a light and a dark default, or the UI's palette."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ChartTheme:
    """What the charts are painted with (matplotlib colour strings, sizes in points).

    The UI builds one from the Qt palette (``ui.dashboard.chart_theme``); the
    CLI and the exports use ``ChartTheme.light()``.
    """

    background: str = "#ffffff"
    text: str = "#1f2328"
    muted: str = "#6e7781"  # secondary text, last week, days without entries
    grid: str = "#d8dee4"
    accent: str = "#2f6fb3"  # this week
    positive: str = "#2e8b57"
    negative: str = "#c8553d"
    rating: str = "#d08c00"  # the self-rated mood markers
    reference: str = "#2e8b57"  # the 5:1 line
    font_family: str = "DejaVu Sans"
    font_size: float = 10.0
    title_size: float = 12.0
    dark: bool = False

    @classmethod
    def light(cls) -> ChartTheme:
        return cls()

    @classmethod
    def dark_default(cls) -> ChartTheme:
        return cls(
            background="#1e1f22",
            text="#e6e6e6",
            muted="#9aa0a6",
            grid="#3a3d42",
            accent="#6aa7ff",
            positive="#5cc38a",
            negative="#f07a63",
            rating="#f2b640",
            reference="#5cc38a",
            dark=True,
        )

    def scaled(self, factor: float) -> ChartTheme:
        """The same colours with fonts ``factor`` times as large (print, small screens)."""
        return replace(self, font_size=self.font_size * factor, title_size=self.title_size * factor)
