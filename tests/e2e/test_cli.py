"""The CLI as a user runs it: real subprocesses, real encrypted profiles."""

from __future__ import annotations

import json

from heartlog import __version__
from heartlog.core import profiles
from heartlog_testing import PASSPHRASE

ENV = {"HEARTLOG_PASSPHRASE": PASSPHRASE}


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"HeartLog {__version__}"


def test_profile_entry_search_round_trip(cli, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    created = cli("profile", "create", "Robin", "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    listed = cli("profile", "list", "--json")
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Robin"]

    body = "We argued about money again.\nThen we talked it through. 💬"
    added = cli(
        "entry",
        "add",
        "-p",
        "Robin",
        "--date",
        "2026-11-20",
        "--title",
        "Money",
        "--tag",
        "money",
        "--tag",
        "us",
        "--mood",
        "2",
        stdin=body,
        env=ENV,
    )
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    cli(
        "entry", "add", "-p", "Robin", "--date", "2026-11-21T08:30", stdin="Quiet morning.", env=ENV
    )

    entries = json.loads(cli("entry", "list", "-p", "Robin", "--json", env=ENV).stdout)
    assert [e["title"] for e in entries] == ["", "Money"]
    money = entries[1]
    assert money["id"] == entry_id and money["body"] == body
    assert money["tags"] == ["money", "us"] and money["mood"] == 2
    assert money["date"].startswith("2026-11-20T12:00")

    plain = cli("entry", "list", "-p", "Robin", "--tag", "money", env=ENV)
    assert "Money" in plain.stdout and "Quiet" not in plain.stdout

    hits = json.loads(cli("search", "-p", "Robin", "talked", "--json", env=ENV).stdout)
    assert [h["id"] for h in hits] == [entry_id]
    assert "**talked**" in hits[0]["snippet"]
    hostile = cli("search", "-p", "Robin", "--", '"', "AND", "*", "-x", env=ENV)
    assert hostile.returncode == 0 and hostile.stderr == ""


def test_wrong_passphrase_is_one_line_and_exit_1(cli, profile):
    result = cli("entry", "list", "-p", "Test", env={"HEARTLOG_PASSPHRASE": "nope nope"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "heartlog: Wrong passphrase. Check it and try again (it is case-sensitive)."
    ]
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(cli):
    assert cli("entry").returncode == 2
    assert cli("entry", "add").returncode == 2
    assert cli("no-such-command").returncode == 2
    assert cli("entry", "add", "-p", "x", "--mood", "9").returncode == 2


def test_user_errors_exit_1_with_a_plain_line(cli, profile):
    missing = cli("entry", "list", "-p", "Nobody", env=ENV)
    assert missing.returncode == 1 and "no profile called 'Nobody'" in missing.stderr
    empty = cli("entry", "add", "-p", "Test", stdin="  \n", env=ENV)
    assert empty.returncode == 1 and "empty" in empty.stderr
    bad_date = cli("entry", "add", "-p", "Test", "--date", "2026-02-30", stdin="x", env=ENV)
    assert bad_date.returncode == 1 and "not a date" in bad_date.stderr
    no_pass = cli("entry", "list", "-p", "Test")
    assert no_pass.returncode == 1 and "HEARTLOG_PASSPHRASE" in no_pass.stderr


def test_second_writer_gets_already_open(cli, profile):
    with profiles.unlock(profile, PASSPHRASE) as opened:
        opened.journal.add("kept safe")
        result = cli("entry", "add", "-p", "Test", stdin="second writer", env=ENV)
        assert result.returncode == 1
        assert "already open" in result.stderr
    with profiles.unlock(profile, PASSPHRASE) as opened:
        assert [e.body for e in opened.journal.list()] == ["kept safe"]


def test_passwd_and_delete(cli, profile):
    changed = cli(
        "profile", "passwd", "Test", env={**ENV, "HEARTLOG_NEW_PASSPHRASE": "another long phrase"}
    )
    assert changed.returncode == 0, changed.stderr
    assert cli("entry", "list", "-p", "Test", env=ENV).returncode == 1
    new_env = {"HEARTLOG_PASSPHRASE": "another long phrase"}
    assert cli("entry", "list", "-p", "Test", env=new_env).returncode == 0
    refused = cli("profile", "delete", "Test", env=new_env)  # no tty, no --yes
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert profile.folder.exists()
    deleted = cli("profile", "delete", "Test", "--yes", env=new_env)
    assert deleted.returncode == 0, deleted.stderr
    assert not profile.folder.exists()
