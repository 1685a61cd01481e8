"""The one way HeartLog writes a file outside its database: never half-written.

Temp file in the same folder, write, flush, fsync, rename over the target, fsync
the folder. A failure at any step leaves the previous file untouched and removes
the temp file. ``_fsync`` and ``_write`` are module attributes so fault-injection
tests can replace them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from heartlog.core.errors import StorageError

_fsync = os.fsync
_replace = os.replace


def _write(fh: BinaryIO, data: bytes) -> None:
    fh.write(data)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        _fsync(fd)
    finally:
        os.close(fd)


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"The disk is full, so {path.name} could not be written. Free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"HeartLog is not allowed to write {path}. Choose another folder."
    return f"Could not write {path.name}: {exc.strerror or exc}. Nothing was changed."


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it atomically replaces ``path``."""
    target = Path(path)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            _fsync(fh.fileno())
        _replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(describe_os_error(exc, target)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_writer(path) as fh:
        _write(fh, data)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
