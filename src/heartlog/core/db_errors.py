"""Turn SQLite's disk and corruption errors into HeartLog's plain, typed errors.

A full disk surfaces from SQLite as ``database or disk is full`` (SQLITE_FULL),
a failing disk as ``disk I/O error`` (SQLITE_IOERR). The transaction that hit
them is rolled back by SQLite, so nothing partial is committed; callers only
need a message a person can act on and a type the UI can recognise.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc as sa_exc

from heartlog.core.errors import ProfileCorrupt, StorageError

log = logging.getLogger(__name__)

SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

DISK_FULL_MESSAGE = (
    "The disk is full, so the last change was not saved. "
    "Free some space and save again; your text is kept."
)
IO_ERROR_MESSAGE = (
    "The disk could not be written (input/output error), so the last change was not saved. "
    "Check the disk and save again; your text is kept."
)
READ_ONLY_MESSAGE = (
    "The journal file cannot be written (it is read-only), so the last change was not saved. "
    "Check the folder's permissions and save again."
)
CORRUPT_MESSAGE = (
    "The journal file is damaged. Nothing more was written to it; close the profile and "
    "open it again to restore it from a backup."
)


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(error: BaseException) -> Exception | None:
    """The HeartLog error for a DBAPI/SQLAlchemy error, or None if it is not one of ours."""
    orig = getattr(error, "orig", error)
    code = _code(orig)
    text = str(orig).lower()
    if code == SQLITE_FULL or "database or disk is full" in text:
        return StorageError(DISK_FULL_MESSAGE)
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return StorageError(IO_ERROR_MESSAGE)
    if code == SQLITE_READONLY or "attempt to write a readonly database" in text:
        return StorageError(READ_ONLY_MESSAGE)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return ProfileCorrupt(CORRUPT_MESSAGE)
    return None


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise SQLite disk-full, I/O and corruption errors as ``StorageError``/``ProfileCorrupt``."""
    try:
        yield
    except (sa_exc.DBAPIError, sqlcipher.DatabaseError) as exc:  # raw cursors too
        mapped = translate(exc)
        if mapped is None:
            raise
        log.warning("database write failed: %s", type(mapped).__name__)
        raise mapped from exc
