"""PromptService on a real encrypted profile: recording, skipping, preferences, answered entries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from heartlog.core import models as m
from heartlog.core.love_languages import LoveLanguageProfile
from heartlog.core.prompt_catalogue import UnknownPrompt
from heartlog.core.prompt_selection import DEPTH_2_AFTER, AdaptationSignal, EventKind
from heartlog.core.prompts import PromptService
from heartlog.core.reminder_schedule import ReminderSettings

DAY = dt.date(2026, 5, 4)


@pytest.fixture
def service(opened) -> PromptService:
    return PromptService(opened.journal, opened.profile.id)


def events(service: PromptService) -> list[tuple[str, dt.date, str]]:
    with service.journal.session() as s:
        rows = s.execute(
            select(m.PromptEvent.prompt_id, m.PromptEvent.day, m.PromptEvent.kind).order_by(
                m.PromptEvent.id
            )
        ).all()
    return [tuple(r) for r in rows]


def write_about(journal, prompt_id: str, day: dt.date) -> None:
    when = dt.datetime.combine(day, dt.time(21, 0)).astimezone()
    journal.add(body="Some thoughts.", written_at=when, prompt_id=prompt_id)


def test_today_is_stable_and_recorded_once(service: PromptService) -> None:
    first = service.today(DAY)
    assert first is not None
    assert service.today(DAY) == first
    assert service.today(DAY, record=False) == first
    assert events(service) == [(first.id, DAY, "shown")]
    # A new service over the same journal (the app restarted) agrees.
    again = PromptService(service.journal, service.profile_id)
    assert again.today(DAY) == first
    assert len(events(service)) == 1


def test_peeking_does_not_record(service: PromptService) -> None:
    assert service.today(DAY, record=False) is not None
    assert events(service) == []


def test_skip_records_the_skip_and_shows_another_practice(service: PromptService) -> None:
    first = service.today(DAY)
    second = service.skip(DAY)
    assert second is not None and second.id != first.id
    assert second.practice != first.practice
    assert events(service) == [
        (first.id, DAY, "shown"),
        (first.id, DAY, "skipped"),
        (second.id, DAY, "shown"),
    ]
    assert service.today(DAY) == second


def test_hiding_the_current_prompt_moves_on_and_it_never_returns(service: PromptService) -> None:
    first = service.today(DAY)
    service.set_hidden(first.id, True, DAY)
    assert service.hidden() == {first.id}
    nxt = service.today(DAY)
    assert nxt is not None and nxt.id != first.id
    assert (first.id, DAY, "skipped") in events(service)
    for n in range(1, 60):
        assert service.today(DAY + dt.timedelta(days=n), record=False).id != first.id
    service.set_hidden(first.id, False)
    assert service.hidden() == frozenset()


def test_favourites_are_stored(service: PromptService) -> None:
    service.set_favourite("forgiveness.02", True)
    service.set_favourite("shared_activities.01", True)
    service.set_favourite("shared_activities.01", False)
    assert service.favourites() == {"forgiveness.02"}
    assert service.preferences().favourites == {"forgiveness.02"}


def test_unknown_prompt_ids_are_rejected_and_nothing_changes(service: PromptService) -> None:
    with pytest.raises(UnknownPrompt, match=r"nope\.01"):
        service.set_favourite("nope.01", True)
    with pytest.raises(UnknownPrompt):
        service.set_hidden("nope.01", True)
    with service.journal.session() as s:
        assert s.scalar(select(func.count()).select_from(m.PromptPreference)) == 0


def test_answered_means_an_entry_with_that_prompt_exists(service: PromptService, journal) -> None:
    prompt = service.today(DAY)
    write_about(journal, prompt.id, DAY)
    assert service.answered_ids() == {prompt.id}
    assert (prompt.id, DAY, EventKind.ANSWERED) in [
        (e.prompt_id, e.day, e.kind) for e in service.history()
    ]
    entry = journal.list()[0]
    assert service.prompt_for_entry(entry) == prompt
    journal.delete(entry.id)
    assert service.answered_ids() == frozenset()


def test_answering_light_prompts_opens_deeper_ones(service: PromptService, journal) -> None:
    day = DAY
    while service.allowed_depth(day) == 1:
        prompt = service.today(day)
        assert prompt.depth == 1
        write_about(journal, prompt.id, day)
        day += dt.timedelta(days=1)
    assert len(service.answered_ids()) == DEPTH_2_AFTER


def test_signals_from_the_provider_adapt_the_first_choice(opened) -> None:
    found = [AdaptationSignal.theme("money")]
    service = PromptService(opened.journal, opened.profile.id, signals=lambda: found)
    prompt = service.today(DAY)
    assert prompt.practice in {"i_statements", "active_listening", "acceptance_support"}
    # Once shown, the day's prompt stays even if the analysis changes its mind.
    found[:] = [AdaptationSignal.obstacle("external_stressors")]
    assert service.today(DAY) == prompt


def test_love_language_results_weigh_in(service: PromptService) -> None:
    assert not service.love_languages().taken
    result = LoveLanguageProfile(
        ranking=(
            "gifts",
            "physical_touch",
            "quality_time",
            "acts_of_service",
            "words_of_affirmation",
        ),
        scores={"gifts": 4},
        partner="acts_of_service",
        taken_on=DAY,
    )
    service.save_love_languages(result)
    stored = service.love_languages()
    assert stored.ranking == result.ranking
    assert stored.partner == "acts_of_service"
    assert service.preferences().love_languages == ("gifts", "physical_touch", "acts_of_service")


def test_reminder_settings_round_trip(service: PromptService) -> None:
    assert service.reminder() == ReminderSettings()
    service.set_reminder(ReminderSettings(enabled=True, at=dt.time(7, 45)))
    assert service.reminder() == ReminderSettings(enabled=True, at=dt.time(7, 45))
    assert service.journal.setting("prompts.reminder") == {"enabled": True, "time": "07:45"}


def test_answered_prompts_are_read_through_the_covering_index(journal) -> None:
    with journal.session() as s:
        plan = s.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT prompt_id, entry_date FROM entries "
                "WHERE prompt_id IS NOT NULL"
            )
        ).all()
    assert "COVERING INDEX ix_entries_prompt_answered" in " ".join(str(r[-1]) for r in plan)
