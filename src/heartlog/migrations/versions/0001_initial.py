"""Initial schema: entries, tags, settings, drafts, analysis cache, prompts, sharing.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _fts(table: str, fts: str, rowid: str) -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(title, body, content='{table}', "
        f"content_rowid='{rowid}', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        # Rank by bm25 with the title weighted twice the body; FTS5 stops at LIMIT.
        f"INSERT INTO {fts}({fts}, rank) VALUES ('rank', 'bm25(2.0, 1.0)')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, title, body) VALUES (new.{rowid}, new.title, new.body); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, title, body) "
        f"VALUES ('delete', old.{rowid}, old.title, old.body); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF title, body ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, title, body) "
        f"VALUES ('delete', old.{rowid}, old.title, old.body); "
        f"INSERT INTO {fts}(rowid, title, body) VALUES (new.{rowid}, new.title, new.body); END",
    ]


FTS_STATEMENTS = _fts("entries", "entries_fts", "pk") + _fts(
    "received_entries", "received_fts", "pk"
)


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    op.create_table(
        "entries",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("prompt_id", sa.String(length=64), nullable=True),
        sa.Column("marked_for_sharing", sa.Boolean(), nullable=False),
        sa.Column("shared_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("import_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    op.create_index(op.f("ix_entries_entry_date"), "entries", ["entry_date"], unique=False)
    op.create_index(op.f("ix_entries_import_hash"), "entries", ["import_hash"], unique=False)
    op.create_index(
        op.f("ix_entries_marked_for_sharing"), "entries", ["marked_for_sharing"], unique=False
    )
    op.create_index(op.f("ix_entries_written_at"), "entries", ["written_at"], unique=False)
    op.create_table(
        "insight_cache",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "keypair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_bundle_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_key"),
    )
    op.create_table(
        "prompt_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_prompt_events_day"), "prompt_events", ["day"], unique=False)
    op.create_index(
        op.f("ix_prompt_events_prompt_id"), "prompt_events", ["prompt_id"], unique=False
    )
    op.create_table(
        "prompt_preferences",
        sa.Column("prompt_id", sa.String(length=64), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("prompt_id"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "entry_analysis",
        sa.Column("entry_pk", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("analyzer_version", sa.String(length=32), nullable=False),
        sa.Column("language_ok", sa.Boolean(), nullable=False),
        sa.Column("compound", sa.Float(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_pk"], ["entries.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_pk"),
    )
    op.create_table(
        "entry_tags",
        sa.Column("entry_pk", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_pk"], ["entries.pk"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_pk", "tag_id"),
    )
    op.create_index(op.f("ix_entry_tags_tag_id"), "entry_tags", ["tag_id"], unique=False)
    op.create_table(
        "received_entries",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("partner_id", "entry_id"),
    )
    op.create_index(
        op.f("ix_received_entries_entry_date"), "received_entries", ["entry_date"], unique=False
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_reflections_entry_id"), "reflections", ["entry_id"], unique=False)

    # Full-text index over entries (title, body), kept in sync by triggers.
    for statement in FTS_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("entries_fts", "received_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in (
        "reflections",
        "received_entries",
        "partners",
        "keypair",
        "prompt_preferences",
        "prompt_events",
        "insight_cache",
        "entry_analysis",
        "entry_tags",
        "tags",
        "settings",
        "drafts",
        "entries",
    ):
        op.drop_table(table)
