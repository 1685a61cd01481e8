"""Pages of text as matplotlib Figures: the summary and the patterns with their evidence.

A tiny flow layout: blocks of text are wrapped to the page width, stacked
from the top, and continue on a new page when one is full. Text is never
parsed as maths (an entry may well contain two dollar signs).
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from heartlog.core.charts.figures import wrap_for
from heartlog.core.charts.report_text import WeekReport
from heartlog.core.charts.theme import ChartTheme

A4_PORTRAIT = (8.27, 11.69)
MARGIN_IN = 0.8
LINE_SPACING = 1.45
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class TextBlock:
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    muted: bool = False
    indent_in: float = 0.0
    space_before_in: float = 0.0


def report_blocks(report: WeekReport, theme: ChartTheme) -> list[TextBlock]:
    """The summary page(s) of a report: title, summary, then each pattern."""
    base = theme.font_size * 1.05
    blocks = [
        TextBlock(report.title, base * 1.6, bold=True),
        TextBlock(report.summary_heading, base * 1.25, bold=True, space_before_in=0.25),
        TextBlock(report.summary, base, space_before_in=0.05),
        TextBlock(report.patterns_heading, base * 1.25, bold=True, space_before_in=0.3),
    ]
    if not report.patterns:
        blocks.append(TextBlock(report.no_patterns, base, space_before_in=0.05))
    for p in report.patterns:
        blocks.append(TextBlock(p.heading, base * 1.1, bold=True, space_before_in=0.2))
        blocks.append(TextBlock(p.details, base, muted=True))
        for line in p.evidence:
            blocks.append(
                TextBlock(line, base * 0.95, italic=True, indent_in=0.25, space_before_in=0.04)
            )
        if p.suggestion:
            blocks.append(TextBlock(p.suggestion, base, space_before_in=0.08))
    return blocks


def _new_page(size_in: tuple[float, float], theme: ChartTheme, footer: str) -> Figure:
    fig = Figure(figsize=size_in, facecolor=theme.background)
    if footer:
        fig.text(
            MARGIN_IN / size_in[0],
            (MARGIN_IN * 0.5) / size_in[1],
            footer,
            fontsize=theme.font_size * 0.8,
            color=theme.muted,
            va="bottom",
            parse_math=False,
        )
    return fig


def text_pages(
    blocks: list[TextBlock],
    theme: ChartTheme,
    footer: str = "",
    size_in: tuple[float, float] = A4_PORTRAIT,
) -> list[Figure]:
    """Figures (pages) with ``blocks`` flowed top to bottom."""
    width_in, height_in = size_in
    bottom = MARGIN_IN + (theme.font_size * 2 / POINTS_PER_INCH if footer else 0.0)
    pages = [_new_page(size_in, theme, footer)]
    y = height_in - MARGIN_IN
    for block in blocks:
        line_in = block.size * LINE_SPACING / POINTS_PER_INCH
        usable = width_in - 2 * MARGIN_IN - block.indent_in
        lines = wrap_for(block.text, usable, block.size, block.bold).split("\n")
        y -= block.space_before_in
        for line in lines:
            if y - line_in < bottom:
                pages.append(_new_page(size_in, theme, footer))
                y = height_in - MARGIN_IN
            y -= line_in
            pages[-1].text(
                (MARGIN_IN + block.indent_in) / width_in,
                y / height_in,
                line,
                fontsize=block.size,
                fontweight="bold" if block.bold else "normal",
                fontstyle="italic" if block.italic else "normal",
                color=theme.muted if block.muted else theme.text,
                va="bottom",
                parse_math=False,
            )
    return pages
