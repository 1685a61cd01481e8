"""The crash loop behind test_crash_*: SIGKILL a writer at random points, then check.

After every kill the journal must open with the same passphrase, pass
``PRAGMA integrity_check``, hold every entry whose id the writer printed (so
its commit had returned) with exactly that text, and hold no half-written
entry; every backup with a final name must pass its checks.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from heartlog.core.backup import verify_backup
from heartlog.core.backup_catalog import backup_folder_for, list_backups
from heartlog.core.profiles import Profile, unlock

from .writer import version_of

HELPERS = Path(__file__).resolve().parent
SRC = Path(__file__).resolve().parents[3] / "src"
READ_TIMEOUT_S = 120  # only a hung writer gets near this


@dataclass
class CrashStats:
    kills: int = 0
    survived: int = 0
    committed: int = 0  # entries whose commit returned before a kill
    updates: int = 0
    backups: int = 0
    lost: int = 0
    stale_temps: int = 0
    recovered_unprinted: int = 0
    versions: dict[str, int] = field(default_factory=dict)  # printed version per id

    def line(self) -> str:
        return (
            f"crash loop: {self.kills} SIGKILLs, {self.survived} survived, "
            f"{self.committed} committed entries and {self.updates} updates checked, "
            f"{self.backups} backups, {self.recovered_unprinted} in-flight adds found whole, "
            f"entries lost: {self.lost}"
        )


def _start_writer(profile: str, run: int, passphrase: str, backup_every: int) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["HEARTLOG_PASSPHRASE"] = passphrase
    return subprocess.Popen(
        [
            sys.executable,
            str(HELPERS / "writer.py"),
            profile,
            "--run",
            str(run),
            "--backup-every",
            str(backup_every),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        bufsize=0,
    )


def _read_lines(proc: subprocess.Popen, want: int, buf: bytearray) -> None:
    """Read until ``want`` complete lines arrived (or the writer exited)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    while buf.count(b"\n") < want:
        ready, _, _ = select.select([fd], [], [], READ_TIMEOUT_S)
        if not ready:
            raise AssertionError("the writer printed nothing for a long time")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buf.extend(chunk)


def _drain(proc: subprocess.Popen, buf: bytearray) -> None:
    assert proc.stdout is not None
    while chunk := os.read(proc.stdout.fileno(), 65536):
        buf.extend(chunk)


def _record(lines: list[str], stats: CrashStats) -> None:
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "add":
            stats.versions[parts[1]] = 0
            stats.committed += 1
        elif parts[0] == "upd":
            stats.versions[parts[1]] = int(parts[2])
            stats.updates += 1
        elif parts[0] == "backup":
            stats.backups += 1


def check_journal(profile: Profile, passphrase: str, stats: CrashStats) -> None:
    with unlock(profile, passphrase) as opened:
        with opened.journal.session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
            # FTS5's own check that the index matches the entries table.
            s.execute(text("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')"))
        found: dict[str, int] = {}
        for entry in opened.journal.iter_all():
            version = version_of(entry.id, entry.body)
            assert version is not None, f"entry {entry.id} is half-written or damaged"
            found[entry.id] = version
        assert opened.journal.drafts() == []  # leftover autosaves were folded in
        assert opened.journal.search_count("שלום") == len(found)  # FTS matches the table
        key = opened.data_key
        for b in list_backups(profile.id):
            assert b.verified, f"backup {b.path.name} has a final name but no sidecar"
            verify_backup(b.path, key)
        stats.stale_temps += len(list(backup_folder_for(profile.id).glob(".*.tmp")))
    for entry_id, printed in stats.versions.items():
        if entry_id not in found:
            stats.lost += 1
            continue
        # The update in flight at the kill may have committed (one version newer).
        assert found[entry_id] in (printed, printed + 1), entry_id
        stats.versions[entry_id] = found[entry_id]
    for entry_id, version in found.items():
        if entry_id not in stats.versions:
            assert version == 0  # an add (or its autosave) that committed unprinted
            stats.versions[entry_id] = 0
            stats.recovered_unprinted += 1


def crash_loop(
    profile: Profile, passphrase: str, kills: int, seed: int, backup_every: int = 9
) -> CrashStats:
    rng = random.Random(seed)
    stats = CrashStats()
    for run in range(kills):
        proc = _start_writer(profile.name, run, passphrase, backup_every)
        buf = bytearray()
        try:
            # One kill in ten lands during start-up (unlock, WAL and draft recovery);
            # the others after "ready" and 1-30 further lines.
            want = 0 if rng.random() < 0.1 else 1 + rng.randint(1, 30)
            _read_lines(proc, want, buf)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            _drain(proc, buf)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            assert proc.stdout is not None and proc.stderr is not None
            err = proc.stderr.read().decode("utf-8", "replace")
            proc.stdout.close()
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, err
        stats.kills += 1
        # Only whole lines count: a line cut by the kill was not fully printed.
        lines = buf.decode("utf-8").split("\n")[:-1]
        _record(lines, stats)
        check_journal(profile, passphrase, stats)
        stats.survived += 1
    return stats


def require_slow_selected(config) -> None:
    """Skip a long variant unless the run selected it with ``-m slow``.

    The project's pytest settings do not deselect ``slow`` by default, so the
    long variants guard themselves: plain ``pytest`` stays quick.
    """
    import pytest

    expr = (config.getoption("markexpr") or "").replace(" ", "")
    if "slow" not in expr or "notslow" in expr:
        pytest.skip("long variant: run it with  python -m pytest -m slow")
