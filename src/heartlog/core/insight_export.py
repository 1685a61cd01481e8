"""A week's insights as one PNG image or a multi-page PDF, written atomically.

PNG: the week's title and summary above the dashboard's charts. PDF (A4):
page 1 the charts, then the summary and the patterns with their evidence
(as many pages as they need). Both are drawn with matplotlib's Agg and PDF
backends (no Qt, no pyplot) and written through ``core.atomic_file``, so a
failed export leaves any earlier file untouched.
"""

from __future__ import annotations

import logging
import os

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from heartlog.core.analysis.insight_data import WeeklyInsights
from heartlog.core.atomic_file import atomic_writer
from heartlog.core.charts import ChartLabels, ChartTheme, WeekReport, english_labels, english_report
from heartlog.core.charts.figures import draw_charts, wrap_for
from heartlog.core.charts.text_pages import A4_PORTRAIT, MARGIN_IN, report_blocks, text_pages

log = logging.getLogger(__name__)

PNG_WIDTH_IN = 11.0
PNG_DPI = 120
CHARTS_HEIGHT_IN = 6.6
HEADER_MARGIN_IN = 0.3
LINE_SPACING = 1.45

__all__ = ["pdf_pages", "png_figure", "write_pdf", "write_png"]


def _defaults(
    insights: WeeklyInsights,
    report: WeekReport | None,
    theme: ChartTheme | None,
    labels: ChartLabels | None,
) -> tuple[WeekReport, ChartTheme, ChartLabels]:
    return (
        report or english_report(insights),
        theme or ChartTheme.light(),
        labels or english_labels(),
    )


def png_figure(
    insights: WeeklyInsights,
    report: WeekReport | None = None,
    theme: ChartTheme | None = None,
    labels: ChartLabels | None = None,
    dpi: float = PNG_DPI,
) -> Figure:
    """One image: the week's title and summary, then its charts."""
    report, theme, labels = _defaults(insights, report, theme, labels)
    title_size, body_size = theme.title_size * 1.5, theme.font_size * 1.2
    text_width = PNG_WIDTH_IN - 2 * HEADER_MARGIN_IN
    summary = wrap_for(report.summary, text_width, body_size)
    title_in = title_size * LINE_SPACING / 72
    body_in = (summary.count("\n") + 1) * body_size * LINE_SPACING / 72
    header_in = 2 * HEADER_MARGIN_IN + title_in + 0.1 + body_in
    fig = Figure(
        figsize=(PNG_WIDTH_IN, header_in + CHARTS_HEIGHT_IN),
        dpi=dpi,
        facecolor=theme.background,
        layout="constrained",
    )
    header, charts = fig.subfigures(2, 1, height_ratios=[header_in, CHARTS_HEIGHT_IN])
    x = HEADER_MARGIN_IN / PNG_WIDTH_IN
    header.text(
        x,
        1 - HEADER_MARGIN_IN / header_in,
        report.title,
        va="top",
        fontsize=title_size,
        fontweight="bold",
        color=theme.text,
        parse_math=False,
        gid="title",
    )
    header.text(
        x,
        1 - (HEADER_MARGIN_IN + title_in + 0.1) / header_in,
        summary,
        va="top",
        fontsize=body_size,
        color=theme.text,
        linespacing=LINE_SPACING,
        parse_math=False,
        gid="summary",
    )
    draw_charts(charts, insights, theme, labels, columns=3, width_in=PNG_WIDTH_IN)
    return fig


def pdf_pages(
    insights: WeeklyInsights,
    report: WeekReport | None = None,
    theme: ChartTheme | None = None,
    labels: ChartLabels | None = None,
) -> list[Figure]:
    """A4 pages: the charts, then the summary and the patterns with their evidence."""
    report, theme, labels = _defaults(insights, report, theme, labels)
    first = Figure(figsize=A4_PORTRAIT, facecolor=theme.background, layout="constrained")
    margin_x, margin_y = MARGIN_IN / A4_PORTRAIT[0], MARGIN_IN / A4_PORTRAIT[1]
    first.get_layout_engine().set(rect=(margin_x, margin_y, 1 - 2 * margin_x, 1 - 2 * margin_y))
    first.suptitle(
        report.title,
        x=margin_x,
        y=1 - margin_y * 0.6,
        ha="left",
        va="top",
        fontsize=theme.title_size * 1.4,
        fontweight="bold",
        color=theme.text,
        parse_math=False,
    )
    usable_in = A4_PORTRAIT[0] - 2 * MARGIN_IN
    draw_charts(first, insights, theme, labels, columns=2, width_in=usable_in)
    return [first, *text_pages(report_blocks(report, theme), theme, footer=report.footer)]


def write_png(
    path: str | os.PathLike[str],
    insights: WeeklyInsights,
    report: WeekReport | None = None,
    theme: ChartTheme | None = None,
    labels: ChartLabels | None = None,
    dpi: float = PNG_DPI,
) -> None:
    """Write the week as one PNG image at ``path`` (atomically)."""
    fig = png_figure(insights, report, theme, labels, dpi)
    with atomic_writer(path) as fh:
        FigureCanvasAgg(fig).print_png(fh, metadata={"Software": "HeartLog"})
    log.info("week %s exported as PNG", insights.week)


def write_pdf(
    path: str | os.PathLike[str],
    insights: WeeklyInsights,
    report: WeekReport | None = None,
    theme: ChartTheme | None = None,
    labels: ChartLabels | None = None,
) -> int:
    """Write the week as a multi-page PDF at ``path`` (atomically); returns the page count."""
    report, theme, labels = _defaults(insights, report, theme, labels)
    pages = pdf_pages(insights, report, theme, labels)
    metadata = {"Title": report.title, "Creator": "HeartLog", "Producer": "HeartLog"}
    with atomic_writer(path) as fh, PdfPages(fh, metadata=metadata) as pdf:
        for page in pages:
            pdf.savefig(page)
    log.info("week %s exported as a %d-page PDF", insights.week, len(pages))
    return len(pages)
