"""``heartlog backup`` end to end, a corrupted journal restored through the CLI,
and two instances on one profile."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.crash_loop import CrashStats, _drain, _read_lines, _record, check_journal

from heartlog_testing import PASSPHRASE

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "reliability"))
from db_snapshot import corrupt_middle, fingerprint, siblings

from heartlog.core.profiles import find_profile

ENV = {"HEARTLOG_PASSPHRASE": PASSPHRASE}


def _add(cli, text: str) -> str:
    done = cli("entry", "add", "-p", "Test", stdin=text, env=ENV)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _bodies(cli) -> list[str]:
    done = cli("entry", "list", "-p", "Test", "--json", env=ENV)
    assert done.returncode == 0, done.stderr
    return sorted(e["body"] for e in json.loads(done.stdout))


def test_create_list_restore_round_trip(profile, cli):
    _add(cli, "first: we made up")
    # The first unlock of the day made an automatic backup (before that entry).
    listed = json.loads(cli("backup", "list", "-p", "Test", "--json").stdout)
    assert [b["reason"] for b in listed] == ["daily"] and listed[0]["verified"] is True
    _add(cli, "second: we listened")
    made = cli("backup", "create", "-p", "Test", "--json", env=ENV)
    assert made.returncode == 0, made.stderr
    manual = json.loads(made.stdout)
    assert manual["reason"] == "manual" and manual["verified"] is True
    _add(cli, "third: after the backup")
    assert len(_bodies(cli)) == 3

    refused = cli("backup", "restore", "-p", "Test", "--latest", env=ENV)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert len(_bodies(cli)) == 3  # nothing changed

    done = cli("backup", "restore", "-p", "Test", "--latest", "--yes", "--json", env=ENV)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["restored"]["name"] == manual["name"]
    assert "journal.replaced-" in result["set_aside"] and os.path.exists(result["set_aside"])
    assert _bodies(cli) == ["first: we made up", "second: we listened"]

    # A named backup works too (the daily one, taken before any entry).
    named = cli("backup", "restore", "-p", "Test", listed[0]["name"], "--yes", env=ENV)
    assert named.returncode == 0, named.stderr
    assert _bodies(cli) == []


def test_corrupted_journal_is_detected_and_restored_through_the_cli(profile, cli):
    for i in range(20):
        _add(cli, f"entry {i}: a day of small kindnesses")
    assert cli("backup", "create", "-p", "Test", env=ENV).returncode == 0
    corrupt_middle(profile.db_path)
    damaged = fingerprint(profile.db_path)

    failed = cli("entry", "list", "-p", "Test", env=ENV)
    assert failed.returncode == 1
    message = failed.stderr.strip()
    assert "\n" not in message, message  # one line, no SQLCipher noise
    assert "damaged" in message and "nothing was changed" in message
    assert "old" in message and "heartlog backup restore --profile Test --latest" in message
    assert fingerprint(profile.db_path) == damaged and siblings(profile.db_path) == []

    listed = cli("backup", "list", "-p", "Test")  # no passphrase needed
    assert listed.returncode == 0 and "manual" in listed.stdout

    done = cli("backup", "restore", "--profile", "Test", "--latest", "--yes", env=ENV)
    assert done.returncode == 0, done.stderr
    assert "journal.corrupt-" in done.stdout
    assert len(_bodies(cli)) == 20
    (aside,) = profile.folder.glob("journal.corrupt-*.db")
    assert fingerprint(aside) == damaged  # kept, byte for byte


def test_backup_folder_setting(profile, cli, tmp_path):
    target = tmp_path / "usb stick"
    done = cli("backup", "folder", "-p", "Test", str(target))
    assert done.returncode == 0 and done.stdout.strip().startswith(str(target.resolve()))
    assert cli("backup", "create", "-p", "Test", env=ENV).returncode == 0
    assert len(list((target / profile.id).glob("*-manual.db"))) == 1
    back = cli("backup", "folder", "-p", "Test", "--default", "--json")
    assert json.loads(back.stdout)["chosen"] is False


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_two_instances_the_second_is_refused_and_nothing_is_lost(profile, cli):
    from helpers.crash_loop import HELPERS, SRC

    env = dict(os.environ, PYTHONPATH=str(SRC), HEARTLOG_PASSPHRASE=PASSPHRASE)
    first = subprocess.Popen(
        [sys.executable, str(HELPERS / "writer.py"), "Test", "--run", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        bufsize=0,
    )
    buf = bytearray()
    try:
        _read_lines(first, 6, buf)  # it is writing
        second = subprocess.run(
            [sys.executable, str(HELPERS / "writer.py"), "Test", "--run", "2"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert second.returncode == 1 and "already open" in second.stderr
        assert second.stdout == ""
        by_cli = cli("entry", "add", "-p", "Test", stdin="from the CLI", env=ENV)
        assert by_cli.returncode == 1
        assert by_cli.stderr.strip().count("\n") == 0 and "already open" in by_cli.stderr
        _read_lines(first, buf.count(b"\n") + 3, buf)  # still writing after both tries
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
        _drain(first, buf)
        first.stdout.close()
        first.stderr.close()
    stats = CrashStats()
    _record(buf.decode("utf-8").split("\n")[:-1], stats)
    assert stats.committed >= 6
    check_journal(find_profile("Test"), PASSPHRASE, stats)
    assert stats.lost == 0
    # The OS released the dead writer's lock: the next command works.
    assert _add(cli, "after the writer stopped")
