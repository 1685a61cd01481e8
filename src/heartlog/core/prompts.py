"""Writing prompts for one profile: today's prompt, "another prompt", favourites and hidden ones.

``PromptService`` keeps the state in the profile's encrypted database
(``prompt_events``: shown/skipped per day; ``prompt_preferences``: favourite,
hidden; love-language results and the reminder in ``settings``) and asks the
pure ``prompt_selection.daily_prompt`` what to show. A prompt counts as
*answered* when an entry with its ``prompt_id`` exists, so deleting that entry
un-answers it; "answered" is never stored separately.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from heartlog.core import models as m
from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Entry, Journal
from heartlog.core.love_languages import SETTING_KEY as LOVE_LANGUAGES_SETTING
from heartlog.core.love_languages import (
    LoveLanguageProfile,
    load_love_languages,
    save_love_languages,
)
from heartlog.core.prompt_catalogue import (
    Catalogue,
    Practice,
    Prompt,
    UnknownPrompt,
    load_catalogue,
    practice_of,
)
from heartlog.core.prompt_selection import (
    AdaptationSignal,
    EventKind,
    HistoryEvent,
    Preferences,
    allowed_depth,
    current_prompt_id,
    daily_prompt,
)
from heartlog.core.reminder_schedule import ReminderSettings, load_reminder, save_reminder
from heartlog.core.timestamps import local_now

log = logging.getLogger(__name__)

__all__ = [
    "AdaptationSignal",
    "Catalogue",
    "NoPromptAvailable",
    "Practice",
    "Prompt",
    "PromptService",
    "UnknownPrompt",
    "load_catalogue",
    "practice_of",
]

SignalSource = Callable[[], Sequence[AdaptationSignal]]


class NoPromptAvailable(HeartLogError):
    def __init__(self) -> None:
        super().__init__(
            "Every prompt is hidden. Show some again from the prompt browser in the app."
        )


def _today() -> dt.date:
    return local_now().date()


class PromptService:
    """Prompts for one unlocked profile. Every method is one short transaction."""

    def __init__(
        self,
        journal: Journal,
        profile_id: str,
        catalogue: Catalogue | None = None,
        signals: SignalSource | None = None,
    ) -> None:
        """``signals`` is called when a day's prompt is first chosen; it returns the
        analysis findings to adapt to (see ``AdaptationSignal``)."""
        self.journal = journal
        self.profile_id = profile_id
        self.catalogue = catalogue or load_catalogue()
        self._signals = signals

    # -- reading state ------------------------------------------------------------
    @staticmethod
    def _history_in(s: Session) -> list[HistoryEvent]:
        rows = s.execute(
            select(m.PromptEvent.prompt_id, m.PromptEvent.day, m.PromptEvent.kind).order_by(
                m.PromptEvent.id
            )
        ).all()
        # No ORDER BY: it would steer SQLite off the covering index (see models.py).
        answered = s.execute(
            select(m.Entry.prompt_id, m.Entry.entry_date).where(m.Entry.prompt_id.is_not(None))
        ).all()
        events = [HistoryEvent(pid, day, EventKind(kind)) for pid, day, kind in rows]
        events.extend(HistoryEvent(pid, day, EventKind.ANSWERED) for pid, day in answered)
        return events

    @staticmethod
    def _preferences_in(s: Session) -> Preferences:
        rows = s.execute(
            select(
                m.PromptPreference.prompt_id,
                m.PromptPreference.favourite,
                m.PromptPreference.hidden,
            )
        ).all()
        setting = s.get(m.Setting, LOVE_LANGUAGES_SETTING)
        love = LoveLanguageProfile.from_json(setting.value if setting else None)
        return Preferences(
            favourites=frozenset(pid for pid, favourite, _ in rows if favourite),
            hidden=frozenset(pid for pid, _, hidden in rows if hidden),
            love_languages=love.preferred(),
        )

    def history(self) -> list[HistoryEvent]:
        """Recorded events in the order they happened, then one "answered" per linked entry."""
        with self.journal.session() as s:
            return self._history_in(s)

    def preferences(self) -> Preferences:
        with self.journal.session() as s:
            return self._preferences_in(s)

    def answered_ids(self) -> frozenset[str]:
        with self.journal.session() as s:
            return frozenset(
                s.scalars(select(m.Entry.prompt_id).where(m.Entry.prompt_id.is_not(None)))
            )

    def favourites(self) -> frozenset[str]:
        return self.preferences().favourites

    def hidden(self) -> frozenset[str]:
        return self.preferences().hidden

    def prompt(self, prompt_id: str) -> Prompt:
        return self.catalogue.prompt(prompt_id)

    def prompt_for_entry(self, entry: Entry) -> Prompt | None:
        """The prompt an entry was written for (``None`` if none, or no longer in the catalogue)."""
        return self.catalogue.get(entry.prompt_id)

    def practice_name(self, prompt: Prompt) -> str:
        return self.catalogue.practice(prompt.practice).name

    def allowed_depth(self, day: dt.date | None = None) -> int:
        return allowed_depth(self.catalogue, day or _today(), self.history())

    # -- the day's prompt -------------------------------------------------------------
    def today(
        self,
        day: dt.date | None = None,
        signals: Sequence[AdaptationSignal] | None = None,
        record: bool = True,
    ) -> Prompt | None:
        """The day's prompt, recorded as shown (unless ``record`` is false); ``None`` if all hidden."""
        day = day or _today()
        if signals is None:
            signals = self._signals() if self._signals else ()
        # One transaction: read the state, choose, and record what is shown.
        with self.journal.session() as s:
            history = self._history_in(s)
            preferences = self._preferences_in(s)
            prompt = daily_prompt(
                self.catalogue, self.profile_id, day, history, preferences, signals
            )
            if (
                prompt is not None
                and record
                and current_prompt_id(self.catalogue, day, history) != prompt.id
            ):
                s.add(m.PromptEvent(prompt_id=prompt.id, day=day, kind=str(EventKind.SHOWN)))
        return prompt

    def skip(
        self, day: dt.date | None = None, signals: Sequence[AdaptationSignal] | None = None
    ) -> Prompt | None:
        """ "Another prompt": record the current one as skipped and return (and record) the next."""
        day = day or _today()
        current = self.today(day, signals)
        if current is None:
            return None
        self._record(current.id, day, EventKind.SKIPPED)
        return self.today(day, signals)

    def _record(self, prompt_id: str, day: dt.date, kind: EventKind) -> None:
        with self.journal.session() as s:
            s.add(m.PromptEvent(prompt_id=prompt_id, day=day, kind=str(kind)))
        log.debug("prompt %s %s on %s", prompt_id, kind, day)

    # -- preferences --------------------------------------------------------------------
    def _set_preference(self, prompt_id: str, **values: bool) -> None:
        self.catalogue.prompt(prompt_id)  # UnknownPrompt before anything changes
        with self.journal.session() as s:
            row = s.get(m.PromptPreference, prompt_id)
            if row is None:
                row = m.PromptPreference(prompt_id=prompt_id, favourite=False, hidden=False)
                s.add(row)
            for name, value in values.items():
                setattr(row, name, value)

    def set_favourite(self, prompt_id: str, favourite: bool) -> None:
        self._set_preference(prompt_id, favourite=favourite)

    def set_hidden(self, prompt_id: str, hidden: bool, day: dt.date | None = None) -> None:
        """Hide ("don't show this again") or show a prompt again.

        Hiding the day's current prompt also records it as skipped, so the next
        choice moves on exactly as "Another prompt" would.
        """
        self._set_preference(prompt_id, hidden=hidden)
        if hidden:
            day = day or _today()
            if current_prompt_id(self.catalogue, day, self.history()) == prompt_id:
                self._record(prompt_id, day, EventKind.SKIPPED)

    # -- love languages and reminder --------------------------------------------------------
    def love_languages(self) -> LoveLanguageProfile:
        return load_love_languages(self.journal)

    def save_love_languages(self, result: LoveLanguageProfile) -> None:
        save_love_languages(self.journal, result)

    def reminder(self) -> ReminderSettings:
        return load_reminder(self.journal)

    def set_reminder(self, settings: ReminderSettings) -> None:
        save_reminder(self.journal, settings)
