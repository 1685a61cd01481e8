"""The encrypted profile database's tables (SQLAlchemy 2.0 typed models).

Entries carry a stable UUID (``id``) for sharing and export, and an integer
``pk`` that the FTS5 index uses as its rowid (a rowid without INTEGER PRIMARY
KEY may change on VACUUM, which would break an external-content index).
Times are stored as naive UTC; ``entry_date`` is the local calendar day the
entry is about, kept for day/week queries.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_pk", ForeignKey("entries.pk", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Entry(Base):
    __tablename__ = "entries"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # When the entry was written (UTC) and the writer's UTC offset then, in minutes.
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer)
    prompt_id: Mapped[str | None] = mapped_column(String(64))
    # Sharing state: ticked for the next bundle; when it was first shared / revoked.
    marked_for_sharing: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    shared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Stable hash of the imported content, so re-importing skips what is there.
    import_hash: Mapped[str | None] = mapped_column(String(64), index=True)

    tags: Mapped[list[Tag]] = relationship(
        secondary=entry_tags, lazy="selectin", order_by="Tag.name", back_populates="entries"
    )

    __table_args__ = (
        # The prompt service reads every answered prompt when it picks the day's
        # prompt; this partial covering index keeps that ~4 ms instead of a scan
        # of every entry (~200 ms at 10,000 entries). Migration 0002.
        Index(
            "ix_entries_prompt_answered",
            "prompt_id",
            "entry_date",
            sqlite_where=text("prompt_id IS NOT NULL"),
        ),
    )


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)
    entries: Mapped[list[Entry]] = relationship(secondary=entry_tags, back_populates="tags")


class Setting(Base):
    """Per-profile settings (encrypted): key -> JSON value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Draft(Base):
    """Crash-safe copy of what is in the editor, written while typing.

    ``entry_id`` is the entry being edited (a new entry gets its UUID before its
    first save). Restored into its entry on the next unlock, then removed.
    """

    __tablename__ = "drafts"

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Extra editor fields (tags, mood, date, prompt id) as JSON.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EntryAnalysis(Base):
    """Cached analysis of one entry, valid for ``content_hash`` and ``analyzer_version``."""

    __tablename__ = "entry_analysis"

    entry_pk: Mapped[int] = mapped_column(
        ForeignKey("entries.pk", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    analyzer_version: Mapped[str] = mapped_column(String(32))
    language_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    compound: Mapped[float | None] = mapped_column(Float)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    analysed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class InsightCache(Base):
    """Cached derived data (weekly insights, patterns) keyed by name."""

    __tablename__ = "insight_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PromptEvent(Base):
    """A prompt shown, skipped ("another prompt") or answered on a given day."""

    __tablename__ = "prompt_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String(64), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # shown | skipped | answered
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PromptPreference(Base):
    __tablename__ = "prompt_preferences"

    prompt_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class KeyPair(Base):
    """This profile's X25519 sharing key pair (one row)."""

    __tablename__ = "keypair"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Partner(Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Highest bundle sequence number imported from this partner (replay protection).
    last_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)


class ReceivedEntry(Base):
    """An entry a partner shared with us: read-only, replaced by newer bundles."""

    __tablename__ = "received_entries"
    __table_args__ = (UniqueConstraint("partner_id", "entry_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    entry_id: Mapped[str] = mapped_column(String(36))
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Reflection(Base):
    """A reflection ("what I heard is...") on a shared entry.

    Written by me on a partner's entry (``author == 'me'``), or received from the
    partner on one of my entries (``author == 'partner'``).
    """

    __tablename__ = "reflections"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    entry_id: Mapped[str] = mapped_column(String(36), index=True)
    author: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
