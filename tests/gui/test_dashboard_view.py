"""The dashboard driven like a person would, on a real encrypted profile with a fixture journal."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from dashboard_gui_helpers import SUNDAY, WEEK, fill_week_journal
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from heartlog.core.prompts import PromptService
from heartlog.ui.dashboard import DashboardView
from heartlog.ui.dashboard.dashboard_view import PAGE_CONTENT, PAGE_EMPTY


@pytest.fixture(autouse=True)
def english_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def ids(journal) -> dict[str, str]:
    return fill_week_journal(journal)


@pytest.fixture
def view(qtbot, journal, ids) -> DashboardView:
    widget = DashboardView(journal, today=lambda: SUNDAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    with qtbot.waitSignal(widget.weekShown, timeout=30000) as shown:
        widget.show()
    assert shown.args == [WEEK]
    return widget


def go(qtbot, view: DashboardView, action) -> str:
    with qtbot.waitSignal(view.weekShown, timeout=30000) as shown:
        action()
    return shown.args[0]


def test_nothing_is_prepared_until_the_dashboard_is_shown(qtbot, journal, ids) -> None:
    widget = DashboardView(journal, today=lambda: SUNDAY)
    qtbot.addWidget(widget)
    widget.set_week("2026-W46")
    assert widget.insights() is None and widget.canvas is None
    with qtbot.waitSignal(widget.weekShown, timeout=30000) as shown:
        widget.show()
    assert shown.args == ["2026-W46"]


def test_the_week_shows_the_right_numbers(view: DashboardView, ids) -> None:
    w = view.insights()
    assert w is not None and w.week == WEEK and w.entries == 5
    assert view.stack.currentIndex() == PAGE_CONTENT
    assert view.picker.week_label.text() == "16 to 22 November 2026"
    summary = view.summary_text()
    assert summary.startswith("You wrote 5 times this week (last week: 2).")
    assert "Sunday felt best." in summary and "Thursday was the hardest day." in summary
    assert "Conflict about money keeps coming back without being resolved (since 16 November)" in (
        summary
    )
    figures = view.content.key_figures
    assert figures.entries.value.text() == "5"
    assert figures.ratio.value.text() == "1 to 1"  # 4 good sentences, 4 difficult ones
    assert figures.best_day.value.text() == "Sunday"
    assert not view.content.sparse_label.isVisible()
    assert [card.theme for card in view.pattern_cards] == ["money"]
    card = view.pattern_cards[0]
    assert card.heading.text() == "Money: keeps coming back"
    assert "Conflict on 2 days, 16 to 19 November." in card.details.text()
    assert card.suggestion.text() == "Something to try: Openly discuss the disagreement"


def test_the_charts_plot_the_weeks_data(view: DashboardView) -> None:
    w = view.insights()
    canvas = view.canvas
    assert canvas is not None and canvas.isVisible()
    canvas.draw()
    assert set(canvas.axes) == {"mood", "ratio", "themes", "practices"}
    mood = {line.get_gid(): line for line in canvas.axes["mood"].get_lines()}
    ys = [None if math.isnan(y) else y for y in mood["mood-this-week"].get_ydata()]
    assert ys == [d.mean for d in w.days]
    weekdays = [t.get_text() for t in canvas.axes["mood"].get_xticklabels()]
    assert weekdays == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # from QLocale
    assert "Money" in [t.get_text() for t in canvas.axes["themes"].get_yticklabels()]
    practice_texts = " ".join(t.get_text() for t in canvas.axes["practices"].texts)
    assert "Active and empathetic listening" in practice_texts  # the prompt catalogue's name
    assert "Dedicated connection time" in practice_texts


def test_navigation_changes_the_week(qtbot, view: DashboardView) -> None:
    assert not view.picker.next_button.isEnabled()  # no future weeks
    week = go(qtbot, view, lambda: qtbot.mouseClick(view.picker.previous_button, Qt.LeftButton))
    assert week == "2026-W46"
    assert view.picker.week_label.text() == "9 to 15 November 2026"
    assert view.summary_text().startswith("You wrote 2 times this week (last week: 0).")
    assert view.pattern_cards == []
    assert view.content.no_patterns_label.isVisible()
    assert view.content.key_figures.entries.value.text() == "2"
    assert set(view.canvas.axes) == {"mood", "ratio", "themes"}  # no prompts that week
    assert view.content.charts_note.isVisible()

    week = go(qtbot, view, lambda: qtbot.mouseClick(view.picker.next_button, Qt.LeftButton))
    assert week == WEEK and view.insights().entries == 5

    week = go(qtbot, view, lambda: view.picker.date_edit.setDate(QDate(2026, 10, 29)))
    assert week == "2026-W44"
    assert view.insights().entries == 1
    assert view.content.sparse_label.isVisible()
    assert "Only one entry this week" in view.content.sparse_label.text()

    week = go(qtbot, view, lambda: qtbot.mouseClick(view.picker.this_week_button, Qt.LeftButton))
    assert week == WEEK

    week = go(qtbot, view, lambda: view.set_week(dt.date(2026, 11, 12)))
    assert week == "2026-W46" and view.picker.monday() == dt.date(2026, 11, 9)


def test_empty_week_is_friendly_and_has_no_axes(qtbot, view: DashboardView) -> None:
    week = go(qtbot, view, lambda: view.set_week("2026-W45"))
    assert week == "2026-W45"
    assert view.stack.currentIndex() == PAGE_EMPTY
    assert view.empty_state.title.text() == "Nothing written that week"
    assert view.empty_state.this_week_button.isVisible()
    assert view.summary_text() == ""
    assert not view.canvas.isVisible()
    with qtbot.waitSignal(view.writeEntry):
        qtbot.mouseClick(view.empty_state.write_button, Qt.LeftButton)
    week = go(
        qtbot, view, lambda: qtbot.mouseClick(view.empty_state.this_week_button, Qt.LeftButton)
    )
    assert week == WEEK


def test_this_week_without_entries_invites_writing(qtbot, journal) -> None:
    widget = DashboardView(journal, today=lambda: dt.date(2027, 3, 3))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.weekShown, timeout=30000):
        widget.show()
    assert widget.stack.currentIndex() == PAGE_EMPTY
    assert widget.empty_state.title.text() == "No entries this week yet"
    assert not widget.empty_state.this_week_button.isVisible()
    assert widget.canvas is None  # matplotlib's canvas is never made for an empty week


def test_clicking_evidence_opens_the_entry_at_the_sentence(qtbot, view: DashboardView, ids):
    card = view.pattern_cards[0]
    newest = card.evidence_links[0]  # most recent first: Thursday's fight
    assert newest.text().startswith("Thu 19 Nov: \u201cAnother fight about the credit card bill")
    with qtbot.waitSignal(view.openEntry) as opened:
        qtbot.mouseClick(newest, Qt.LeftButton)
    assert opened.args == [ids["money-thursday"], 0]
    second = next(link for link in card.evidence_links if "He said I never" in link.text())
    with qtbot.waitSignal(view.openEntry) as opened:
        second.setFocus()
        qtbot.keyClick(second, Qt.Key_Return)
    body = "We argued about money again. He said I never think about the budget."
    assert opened.args == [ids["money-monday"], body.index("He said")]


def test_write_about_this_emits_a_prompt_of_the_suggested_practice(qtbot, view, opened) -> None:
    card = view.pattern_cards[0]
    with qtbot.waitSignal(view.writeAboutPrompt) as chosen:
        qtbot.mouseClick(card.write_button, Qt.LeftButton)
    service = PromptService(opened.journal, opened.profile.id)
    prompt = service.prompt(chosen.args[0])
    first = card.pattern.practices[0].practice  # discussing_disagreement: an everyday example
    assert prompt.practice == first or first in prompt.addresses


def test_write_about_this_prefers_unanswered_prompts_at_the_allowed_depth(
    qtbot, journal, ids, opened
) -> None:
    service = PromptService(journal, opened.profile.id)
    widget = DashboardView(journal, prompts=service, today=lambda: SUNDAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.weekShown, timeout=30000):
        widget.show()
    pattern = widget.pattern_cards[0].pattern
    first = widget.prompt_for(pattern)
    assert first is not None and first.depth <= service.allowed_depth(SUNDAY)
    journal.add(
        "Trying the prompt.",
        written_at=dt.datetime(2026, 11, 22, 23, tzinfo=dt.UTC),
        prompt_id=first.id,
    )
    second = widget.prompt_for(pattern)
    assert second is not None and second.id != first.id


def test_dark_palette_gives_dark_charts(qtbot, view: DashboardView) -> None:
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    view.setPalette(palette)
    theme = view.chart_theme()
    assert theme.dark and theme.background == "#202124" and theme.text == "#eeeeee"
    face = view.canvas.figure.get_facecolor()
    assert QColor.fromRgbF(*face[:3]).name() == "#202124"


def test_a_resolved_pattern_card_says_when_and_shows_all_evidence_on_demand(qtbot, view) -> None:
    import dataclasses

    from heartlog.ui.dashboard.pattern_card import SHOWN_EVIDENCE, PatternCard

    pattern = view.pattern_cards[0].pattern
    many = pattern.evidence * 2  # 8 sentences
    resolved = dataclasses.replace(
        pattern, status="resolved", resolved_on=dt.date(2026, 11, 21), evidence=many
    )
    card = PatternCard(resolved)
    qtbot.addWidget(card)
    card.show()
    assert card.heading.text() == "Money: resolved on Sat 21 Nov"
    assert "Lately" not in card.details.text()
    visible = [link for link in card.evidence_links if link.isVisible()]
    assert len(visible) == SHOWN_EVIDENCE and card.more_button.isVisible()
    assert card.more_button.text() == "Show all 8 sentences"
    qtbot.mouseClick(card.more_button, Qt.LeftButton)
    assert all(link.isVisible() for link in card.evidence_links)
    assert not card.more_button.isVisible()
