"""Test helpers: every table's rows of a profile database, and file fingerprints."""

from __future__ import annotations

import hashlib
from pathlib import Path

from heartlog.core import db


def table_rows(path: Path, data_key: bytes) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables included), sorted, read-only."""
    con = db.connect_readonly(path, data_key)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            ).fetchall()
        ]
        out: dict[str, list[tuple]] = {}
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """Names of the -wal/-shm/-journal files next to a database."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def corrupt_middle(path: Path, size: int = 4096) -> None:
    """Overwrite bytes in the middle of a database file (a damaged disk)."""
    length = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(length // 2)
        fh.write(b"\xa5" * size)
