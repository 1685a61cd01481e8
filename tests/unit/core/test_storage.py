"""The encrypted database: no plaintext on disk, pragmas, migrations, schema."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from heartlog.core import db, profiles
from heartlog.core.models import Base
from heartlog_testing import PASSPHRASE

MARKER = "zebracornflowerXYZZY"


def test_database_and_wal_hold_no_plaintext(profile):
    with profiles.unlock(profile, PASSPHRASE) as opened:
        # Hold a reader open so the WAL is not checkpointed away before we read it.
        holder = db.connect_raw(profile.db_path, opened.data_key)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM entries").fetchone()
        opened.journal.add(f"my secret {MARKER} words", title=f"title {MARKER}", tags=[MARKER])
        wal = profile.folder / "journal.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        for path in (profile.db_path, wal):
            data = path.read_bytes()
            assert MARKER.encode() not in data
            assert MARKER.encode("utf-16-le") not in data
        holder.execute("ROLLBACK")
        holder.close()
    data = profile.db_path.read_bytes()
    assert MARKER.encode() not in data
    assert not data.startswith(b"SQLite format 3")


def test_plain_sqlite_cannot_read_the_file(profile):
    con = sqlite3.connect(profile.db_path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master")
    except sqlite3.DatabaseError as exc:
        assert "not a database" in str(exc)
    else:  # pragma: no cover - would mean the file is not encrypted
        raise AssertionError("plain sqlite3 read the encrypted database")
    finally:
        con.close()


def test_pragmas_are_set_on_every_connection(opened):
    with opened.engine.connect() as conn:
        got = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
        }
    assert got == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}


def test_migrations_from_empty_database_reach_head_and_match_models(tmp_path):
    engine = db.make_engine(tmp_path / "fresh.db", b"\x01" * 32)
    try:
        assert db.current_revision(engine) is None
        assert db.upgrade(engine) is True
        assert db.current_revision(engine) == db.head_revision()
        assert db.upgrade(engine) is False  # idempotent
        with engine.connect() as conn:
            diffs = [
                d
                for d in compare_metadata(MigrationContext.configure(conn), Base.metadata)
                # FTS5 virtual tables and their shadow tables live outside the models.
                if not (d[0] == "remove_table" and "_fts" in d[1].name)
            ]
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert diffs == [], f"models and migrations differ: {diffs}"
        assert {"entries", "entries_fts", "received_fts", "tags"} <= tables
    finally:
        engine.dispose()


def test_backup_runs_before_a_pending_migration_on_an_existing_database(profile, monkeypatch):
    calls: list[str] = []
    with profiles.unlock(profile, PASSPHRASE) as opened:
        opened.journal.add("before the upgrade")
        with opened.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    # Pretend an older schema: the "older" revision is unknown, so make upgrade
    # see a pending change without running alembic.
    monkeypatch.setattr(db, "current_revision", lambda engine: "older")
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: calls.append("migrated"))
    opened = profiles.unlock(profile, PASSPHRASE, before_migrate=lambda op: calls.append("backup"))
    opened.close()
    assert calls == ["backup", "migrated"]


def test_fts_index_follows_updates_and_deletes(journal):
    e = journal.add("the kettle whistled", title="Morning")
    assert [h.entry.id for h in journal.search("kettle")] == [e.id]
    journal.update(e.id, body="the teapot sang")
    assert journal.search("kettle") == []
    assert [h.entry.id for h in journal.search("teapot")] == [e.id]
    journal.delete(e.id)
    assert journal.search("teapot") == []


def test_head_revision_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    assert (
        db.head_revision() == ScriptDirectory.from_config(db._alembic_config()).get_current_head()
    )


def test_database_errors_never_carry_entry_text(journal):
    first = journal.add("ordinary words")
    try:
        journal.add(f"private {MARKER} words", entry_id=first.id)  # duplicate id
    except Exception as exc:  # the driver's IntegrityError, wrapped by SQLAlchemy
        assert MARKER not in str(exc)
        assert "hidden due to hide_parameters" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a duplicate id was accepted")


def test_reads_run_beside_an_open_write_transaction(opened):
    journal = opened.journal
    journal.add("readable while someone writes")
    writer = db.connect_raw(opened.profile.db_path, opened.data_key)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        # A reader must neither wait for the writer's lock nor fail with "locked".
        assert [h.entry.body for h in journal.search("readable")] == [
            "readable while someone writes"
        ]
        assert journal.count() == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
