"""The analysis cache of one journal: what is stale, analysing it, and reading results.

Results live in the encrypted ``entry_analysis`` table with the content hash
(title, body and partner names) and the analyser version they were made
with; an entry whose hash and version match is never analysed again. Every
method opens its own short sessions, so a worker thread may call it (the
journal's engine uses NullPool).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from heartlog.core import models as m
from heartlog.core.analysis.analyser import (
    EntryAnalyser,
    analyser_version,
    clean_names,
    content_hash,
    default_analyser,
)
from heartlog.core.analysis.patterns import WINDOW_DAYS, EntrySignals, Pattern, find_patterns
from heartlog.core.analysis.results import EntryResult
from heartlog.core.journal import Journal
from heartlog.core.timestamps import from_storage

if TYPE_CHECKING:
    from heartlog.core.analysis.insights import PracticeOf, WeeklyInsights

log = logging.getLogger(__name__)

PARTNER_NAMES_SETTING = "analysis.partner_names"
INSIGHTS_PREFIX = "insights:"
WRITE_BATCH = 50

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event


def _cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


class AnalysisStore:
    """Cached analysis of one unlocked journal."""

    def __init__(
        self,
        journal: Journal,
        partner_names: Iterable[str] | None = None,
        analyser: EntryAnalyser | None = None,
    ) -> None:
        self.journal = journal
        self._analyser = analyser
        self._lock = threading.Lock()
        if analyser is not None:
            self.partner_names = analyser.partner_names
        else:
            names = self._partner_names() if partner_names is None else list(partner_names)
            self.partner_names = clean_names(names)

    @property
    def analyser(self) -> EntryAnalyser:
        """Built on first use: only analysing needs vaderSentiment."""
        with self._lock:
            if self._analyser is None:
                names = self.partner_names
                self._analyser = EntryAnalyser(names) if names else default_analyser()
            return self._analyser

    @property
    def version(self) -> str:
        return self._analyser.version if self._analyser is not None else analyser_version()

    def _digest(self, title: str, body: str) -> str:
        return content_hash(title, body, self.partner_names)

    def _partner_names(self) -> list[str]:
        names = self.journal.setting(PARTNER_NAMES_SETTING, []) or []
        if not isinstance(names, list):
            names = []
        with self.journal.read_session() as s:
            names += list(s.scalars(select(m.Partner.name)))
        return [str(n) for n in names if str(n).strip()]

    # -- staleness --------------------------------------------------------------
    def _stale_pks(self, pks: Sequence[int] | None = None) -> list[int]:
        ea = m.EntryAnalysis
        stmt = select(
            m.Entry.pk, m.Entry.title, m.Entry.body, ea.content_hash, ea.analyzer_version
        ).outerjoin(ea, ea.entry_pk == m.Entry.pk)
        if pks is not None:
            stmt = stmt.where(m.Entry.pk.in_(pks))
        stale: list[int] = []
        version, digest = self.version, self._digest
        with self.journal.read_session() as s:
            for pk, title, body, cached_hash, cached_version in s.execute(stmt):
                if cached_version != version or cached_hash != digest(title, body):
                    stale.append(pk)
        return stale

    def stale_count(self) -> int:
        return len(self._stale_pks())

    # -- analysing ----------------------------------------------------------------
    def analyse_stale(self, progress: Progress | None = None, cancel: Cancel | None = None) -> int:
        """Analyse every new, changed or outdated entry; returns how many were analysed.

        ``progress(done, total)`` is called after each entry; ``cancel`` (a
        callable or ``threading.Event``) stops at the next entry, keeping
        what was already done.
        """
        return self._analyse(self._stale_pks(), progress, cancel)

    def analyse_entries(self, entry_ids: Iterable[str]) -> int:
        """Analyse these entries now if they are stale (e.g. right after a save)."""
        ids = list(entry_ids)
        if not ids:
            return 0
        with self.journal.read_session() as s:
            pks = list(s.scalars(select(m.Entry.pk).where(m.Entry.id.in_(ids))))
        return self._analyse(self._stale_pks(pks), None, None)

    def _analyse(self, pks: list[int], progress: Progress | None, cancel: Cancel | None) -> int:
        total, done = len(pks), 0
        if progress is not None:
            progress(0, total)
        analyser = self.analyser if total else None
        for offset in range(0, total, WRITE_BATCH):
            if _cancelled(cancel):
                break
            batch = pks[offset : offset + WRITE_BATCH]
            with self.journal.read_session() as s:
                rows = s.execute(
                    select(m.Entry.pk, m.Entry.title, m.Entry.body).where(m.Entry.pk.in_(batch))
                ).all()
            values: list[dict[str, Any]] = []
            for pk, title, body in rows:
                if _cancelled(cancel):
                    break
                assert analyser is not None
                result = analyser.analyse(title, body)
                values.append(
                    {
                        "entry_pk": pk,
                        "content_hash": self._digest(title, body),
                        "analyzer_version": self.version,
                        "language_ok": result.language_ok,
                        "compound": result.compound,
                        "result": result.to_json(),
                        "analysed_at": m.utcnow(),
                    }
                )
                done += 1
                if progress is not None:
                    progress(done, total)
            self._write(values)
        log.info("analysed %d of %d stale entries", done, total)
        return done

    def _write(self, values: list[dict[str, Any]]) -> None:
        if not values:
            return
        stmt = insert(m.EntryAnalysis)
        stmt = stmt.on_conflict_do_update(
            index_elements=[m.EntryAnalysis.entry_pk],
            set_={
                c: stmt.excluded[c]
                for c in (
                    "content_hash",
                    "analyzer_version",
                    "language_ok",
                    "compound",
                    "result",
                    "analysed_at",
                )
            },
        )
        with self.journal.session() as s:
            # An entry deleted meanwhile would break the foreign key: keep the rest.
            live = set(
                s.scalars(select(m.Entry.pk).where(m.Entry.pk.in_([v["entry_pk"] for v in values])))
            )
            rows = [v for v in values if v["entry_pk"] in live]
            if rows:
                s.execute(stmt, rows)

    # -- reading --------------------------------------------------------------------
    def analysis_for(self, entry_id: str, refresh: bool = True) -> EntryResult | None:
        """The entry's analysis (analysed now if stale and ``refresh``); None if unknown."""
        if refresh:
            self.analyse_entries([entry_id])
        with self.journal.read_session() as s:
            row = s.execute(
                select(m.EntryAnalysis.result)
                .join(m.Entry, m.Entry.pk == m.EntryAnalysis.entry_pk)
                .where(m.Entry.id == entry_id)
            ).first()
        return None if row is None else EntryResult.from_json(row[0])

    def scores(self, entry_ids: Sequence[str] | None = None) -> dict[str, float | None]:
        """Cached entry scores by id (None: not analysed, e.g. not English) for mood colours."""
        stmt = select(m.Entry.id, m.EntryAnalysis.compound).join(
            m.EntryAnalysis, m.EntryAnalysis.entry_pk == m.Entry.pk
        )
        if entry_ids is not None:
            stmt = stmt.where(m.Entry.id.in_(list(entry_ids)))
        with self.journal.read_session() as s:
            return {eid: compound for eid, compound in s.execute(stmt)}

    def refresh_between(self, start: dt.date, end: dt.date) -> int:
        """Analyse the stale entries whose day is in [start, end]; returns how many."""
        with self.journal.read_session() as s:
            pks = list(s.scalars(select(m.Entry.pk).where(m.Entry.entry_date.between(start, end))))
        return self._analyse(self._stale_pks(pks), None, None) if pks else 0

    def analysed_between(
        self, start: dt.date, end: dt.date
    ) -> list[tuple[str, dt.date, dt.datetime, int | None, str | None, str, EntryResult]]:
        """(id, day, written_at, mood, prompt_id, content hash, result) of analysed entries
        whose day is in [start, end], after bringing those entries up to date."""
        self.refresh_between(start, end)
        ea = m.EntryAnalysis
        stmt = (
            select(
                m.Entry.id,
                m.Entry.entry_date,
                m.Entry.written_at,
                m.Entry.utc_offset_min,
                m.Entry.mood,
                m.Entry.prompt_id,
                ea.content_hash,
                ea.result,
            )
            .join(ea, ea.entry_pk == m.Entry.pk)
            .where(m.Entry.entry_date.between(start, end))
            .order_by(m.Entry.written_at, m.Entry.pk)
        )
        with self.journal.read_session() as s:
            rows = s.execute(stmt).all()
        return [
            (eid, day, from_storage(w, off), mood, prompt, digest, EntryResult.from_json(res))
            for eid, day, w, off, mood, prompt, digest, res in rows
        ]

    def signals(self, start: dt.date, end: dt.date) -> list[EntrySignals]:
        return [
            EntrySignals.of(eid, day, when, digest, result)
            for eid, day, when, _mood, _prompt, digest, result in self.analysed_between(start, end)
        ]

    def patterns(
        self,
        as_of: dt.date | None = None,
        window_days: int = WINDOW_DAYS,
        include_resolved: bool = True,
    ) -> list[Pattern]:
        """Recurring-conflict patterns at the end of ``as_of`` (default: today)."""
        as_of = as_of or dt.date.today()
        start = as_of - dt.timedelta(days=window_days - 1)
        return find_patterns(self.signals(start, as_of), as_of, window_days, include_resolved)

    # -- weekly insights ----------------------------------------------------------------
    def weekly_insights(
        self,
        week: str | dt.date | None = None,
        practice_of: PracticeOf | None = None,
        use_cache: bool = True,
    ) -> WeeklyInsights:
        """See ``insights.weekly_insights``."""
        from heartlog.core.analysis.insights import weekly_insights

        return weekly_insights(self, week, practice_of=practice_of, use_cache=use_cache)

    def invalidate_insights(self) -> int:
        """Drop every cached weekly insight; returns how many were dropped."""
        with self.journal.session() as s:
            result = s.execute(
                delete(m.InsightCache).where(m.InsightCache.key.startswith(INSIGHTS_PREFIX))
            )
            return int(result.rowcount or 0)
