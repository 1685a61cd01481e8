"""Benchmark: backup, restore and the read-only open check on a 10,000-entry journal.

Run from the checkout: ``python bench/bench_backup.py [ENTRIES]``. Prints figures
and ratios against baselines measured in the same run (nothing is asserted):
a verified backup against a plain file copy of the same database, and the
read-only ``quick_check`` at unlock against the rest of the unlock.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("HEARTLOG_HOME", tempfile.mkdtemp(prefix="heartlog-bench-"))
os.environ.setdefault("HEARTLOG_KDF", "fast")

from heartlog.core import db
from heartlog.core.backup import create_backup
from heartlog.core.journal import Entry
from heartlog.core.profiles import create_profile, open_with_key, unlock
from heartlog.core.restore import restore_backup

PASSPHRASE = "bench passphrase 1"
WORDS = tuple(
    [
        "we",
        "talked",
        "about",
        "the",
        "week",
        "and",
        "I",
        "felt",
        "heard",
        "when",
        "you",
        "listened",
        "without",
        "fixing",
    ]
)


def seconds(action, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _copy_and_fsync(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def main() -> None:
    logging.getLogger("heartlog").setLevel(logging.ERROR)
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    profile = create_profile("Bench", PASSPHRASE)
    start = dt.datetime(2020, 1, 1, 20, 0, tzinfo=dt.UTC)
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            Entry(
                id="",
                written_at=start + dt.timedelta(hours=7 * i),
                title=f"Day {i}",
                body=" ".join(WORDS[(i + k) % len(WORDS)] for k in range(120)),
            )
            for i in range(entries)
        )
        key = opened.data_key
        size_mb = profile.db_path.stat().st_size / 1e6
        copy_dir = Path(tempfile.mkdtemp(prefix="heartlog-copy-"))
        copy_s = seconds(lambda: _copy_and_fsync(profile.db_path, copy_dir / "copy.db"))
        backup_s = seconds(lambda: create_backup(opened, reason="manual"))
        info = create_backup(opened, reason="manual")
    restore_s = seconds(lambda: restore_backup(profile, info, key))
    check_s = seconds(lambda: db.check_readable(profile.db_path, key), repeat=5)
    open_s = seconds(lambda: open_with_key(profile, key).close(), repeat=5)
    engine = db.make_engine(profile.db_path, key)
    rw_check_s = seconds(lambda: db.quick_check(engine), repeat=5)
    engine.dispose()
    print(f"journal: {entries} entries, {size_mb:.1f} MB")
    print(
        f"verified backup (VACUUM INTO + fsync + integrity_check + cipher_integrity_check): "
        f"{backup_s:.3f} s = {backup_s / copy_s:.1f}x a plain copy + fsync ({copy_s:.3f} s)"
    )
    print(f"restore (check, copy, check again, swap): {restore_s:.3f} s")
    print(
        f"read-only quick_check at unlock: {check_s * 1000:.0f} ms of a {open_s * 1000:.0f} ms "
        f"open without KDF ({check_s / open_s:.0%}); the same check through the read-write "
        f"engine, as unlock did before: {rw_check_s * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
