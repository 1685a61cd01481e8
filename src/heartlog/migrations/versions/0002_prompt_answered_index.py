"""Partial covering index on entries(prompt_id, entry_date) for answered prompts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_entries_prompt_answered",
        "entries",
        ["prompt_id", "entry_date"],
        unique=False,
        sqlite_where=sa.text("prompt_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_entries_prompt_answered", table_name="entries")
