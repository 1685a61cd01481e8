"""Alembic environment: runs on the connection HeartLog hands over (never a URL)."""

from __future__ import annotations

from alembic import context

from heartlog.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - HeartLog always passes a connection
    raise RuntimeError("HeartLog migrations run only through heartlog.core.db.upgrade()")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
