"""The week's charts in a Qt widget (FigureCanvasQTAgg). Imports matplotlib: import lazily.

The figure is built by core (``core.charts.figures.draw_charts``) on the GUI
thread. The canvas picks two or three chart columns from its width and
redraws only when that changes; its height follows the charts shown.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from heartlog.core.analysis import WeeklyInsights
from heartlog.core.charts import ChartLabels, ChartTheme, charts_with_data
from heartlog.core.charts.chart_data import MOOD
from heartlog.core.charts.figures import draw_charts

WIDE_PX = 880  # three chart columns from this width on, else two
MOOD_ROW_PX = 330
CHART_ROW_PX = 300
REBUILD_AFTER_RESIZE_MS = 150
REBUILD_WIDTH_CHANGE = 0.2  # relayout text wrapping when the width changed by a fifth


def columns_for(width_px: int) -> int:
    return 3 if width_px >= WIDE_PX else 2


def height_for(kinds: tuple[str, ...], columns: int) -> int:
    others = len([k for k in kinds if k != MOOD])
    rows = -(-others // columns)
    return (MOOD_ROW_PX if MOOD in kinds else 0) + CHART_ROW_PX * rows


class ChartCanvas(FigureCanvasQTAgg):
    """Draws one week's charts; ``axes`` maps chart kinds to their Axes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(layout="constrained"))
        self.setParent(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Charts of the week"))
        self.axes: dict[str, Axes] = {}
        self._insights: WeeklyInsights | None = None
        self._theme = ChartTheme.light()
        self._labels = ChartLabels()
        self._columns = columns_for(self.width())
        self._built_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(REBUILD_AFTER_RESIZE_MS)
        self._resize_timer.timeout.connect(self._on_resized)

    def show_week(self, insights: WeeklyInsights, theme: ChartTheme, labels: ChartLabels) -> None:
        self._insights, self._theme, self._labels = insights, theme, labels
        self._rebuild()

    def _rebuild(self) -> None:
        fig = self.figure
        fig.clear()
        fig.set_facecolor(self._theme.background)
        if self._insights is None:
            self.axes = {}
            return
        self._columns = columns_for(self.width())
        self._built_width = self.width()
        kinds = charts_with_data(self._insights)
        self.setFixedHeight(max(1, height_for(kinds, self._columns)))
        # Logical pixels to inches (the figure's dpi includes the screen's pixel ratio).
        width_in = max(self.width(), 400) / (fig.dpi / self.device_pixel_ratio)
        self.axes = draw_charts(
            fig, self._insights, self._theme, self._labels, self._columns, width_in
        )
        self.draw_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        changed = abs(width - self._built_width) > REBUILD_WIDTH_CHANGE * max(1, self._built_width)
        if self._insights is not None and (columns_for(width) != self._columns or changed):
            self._resize_timer.start()

    @Slot()
    def _on_resized(self) -> None:
        self._rebuild()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the dashboard's scroll area scroll
