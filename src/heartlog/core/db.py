"""Engine for one SQLCipher-encrypted profile database, its pragmas and migrations.

SQLAlchemy's ``sqlite+pysqlcipher`` dialect wants a passphrase in the URL, so the
plain pysqlite dialect is given the ``sqlcipher3`` DBAPI and a ``creator`` that
sets the raw key before anything else touches the file. ``NullPool`` means no
decrypted connection outlives its unit of work.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from heartlog.core.errors import ProfileCorrupt

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Pragmas set on every connection and read back to check they took effect.
REQUIRED_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
}
BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "heartlog_read_only"  # execution option: begin a deferred, read-only transaction


def key_pragma(data_key: bytes) -> str:
    # The raw key as a blob literal: hex digits only, never user text in SQL.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A keyed DBAPI connection with HeartLog's pragmas, checked.

    Raises ``ProfileCorrupt`` when the file is not a database under this key.
    """
    con = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        con.execute(key_pragma(data_key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA secure_delete = ON")
        for name, expected in REQUIRED_PRAGMAS.items():
            value = con.execute(f"PRAGMA {name}").fetchone()[0]
            if str(value).lower() != str(expected):
                raise ProfileCorrupt(f"Could not set PRAGMA {name} (got {value!r}).")
    except sqlcipher.DatabaseError as exc:
        con.close()
        raise ProfileCorrupt(
            f"The journal file {path.name} cannot be read: {exc}. It may be damaged; "
            "restore it from a backup."
        ) from exc
    except BaseException:
        con.close()
        raise
    return con


def _quiet_cipher_log() -> None:
    # SQLCipher prints decryption failures to stderr itself; HeartLog reports them
    # as one plain error instead (the setting is process-wide).
    con = sqlcipher.connect(":memory:")
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()


def connect_readonly(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A keyed connection that never changes the file (checks and backups).

    ``mode=ro`` stops writes; when no ``-wal`` file exists, ``immutable=1`` also
    stops SQLite from creating ``-wal``/``-shm`` files next to it (a WAL-mode file
    opened read-only would otherwise leave them behind). With a ``-wal`` left by
    a crash, that log is read too, so the check sees the last commits.
    Raises ``ProfileCorrupt`` when the file is missing or not a database under the key.
    """
    if not path.is_file():
        raise ProfileCorrupt(f"The journal file {path.name} is missing. Restore it from a backup.")
    _quiet_cipher_log()
    wal = path.with_name(path.name + "-wal")
    params = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{params}"
    try:
        con = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher.Error as exc:
        raise ProfileCorrupt(
            f"The journal file {path.name} cannot be opened: {exc}. Restore it from a backup."
        ) from exc
    try:
        con.execute(key_pragma(data_key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        con.close()
        raise ProfileCorrupt(
            f"The journal file {path.name} cannot be read: {exc}. It may be damaged; "
            "restore it from a backup."
        ) from exc
    return con


def check_readable(path: Path, data_key: bytes) -> None:
    """``PRAGMA quick_check`` through a read-only connection; raises ``ProfileCorrupt``.

    Run before the read-write open, so a damaged file is never written to. A
    file with no tables (truncated to nothing) is damaged too: it must not be
    mistaken for a new, empty journal.
    """
    con = connect_readonly(path, data_key)
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlcipher.Error as exc:
        raise ProfileCorrupt(f"The journal failed its integrity check: {exc}.") from exc
    finally:
        con.close()
    if rows == ["ok"] and not tables:
        raise ProfileCorrupt(f"The journal file {path.name} is empty: it was cut short")
    if rows != ["ok"]:
        raise ProfileCorrupt(
            "The journal failed its integrity check (" + "; ".join(map(str, rows[:3])) + ")."
        )


def make_engine(path: Path, data_key: bytes) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, data_key),
        poolclass=NullPool,
        # Error messages must never carry entry text (bound parameters) into logs.
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front (IMMEDIATE), so two threads never
        # deadlock upgrading a read to a write; busy_timeout makes the second
        # wait. Readers (``READ_ONLY``) begin deferred and run beside a writer in WAL.
        readonly = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def quick_check(engine: Engine) -> None:
    """Raise ``ProfileCorrupt`` unless ``PRAGMA quick_check`` reports ok."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    except Exception as exc:  # any driver error here means the file is unreadable
        raise ProfileCorrupt(f"The journal failed its integrity check: {exc}.") from exc
    if [r[0] for r in rows] != ["ok"]:
        raise ProfileCorrupt(
            "The journal failed its integrity check ("
            + "; ".join(str(r[0]) for r in rows[:3])
            + ")."
        )


def _migrations_folder() -> Path:
    from heartlog import migrations

    return Path(migrations.__file__).parent


def _alembic_config() -> Config:
    # Alembic is imported only when a migration actually runs: it costs ~0.1 s
    # of start-up that every unlock would otherwise pay.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_folder()))
    return cfg


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]*|None)['\"]?", re.M)


@cache
def head_revision() -> str | None:
    """The newest migration, read from the version files without importing Alembic.

    A test checks this agrees with Alembic's own ``ScriptDirectory`` head.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (_migrations_folder() / "versions").glob("*.py"):
        fields = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if fields.get("revision"):
            revisions.add(fields["revision"])
        if fields.get("down_revision") not in (None, "None", ""):
            parents.add(fields["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_version = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).scalar_one()
        if not has_version:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    return bool(n)


def upgrade(engine: Engine, before_migrate: Callable[[], None] | None = None) -> bool:
    """Bring the schema to head in one transaction. Returns True if anything ran.

    ``before_migrate`` runs first when an existing database is about to change
    (the caller makes a backup there); a brand-new database needs none.
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return False
    if before_migrate is not None and has_tables(engine):
        before_migrate()
    log.info("migrating profile database from %s to %s", current, head)
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
