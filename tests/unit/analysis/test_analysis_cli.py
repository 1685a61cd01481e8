"""``heartlog analyze`` and ``heartlog insights`` as real subprocesses."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

# Not imported from conftest: under the whole suite another conftest may own that name.
PASSPHRASE = "correct horse battery"  # the `profile` fixture's passphrase
SRC = Path(__file__).resolve().parents[3] / "src"


def test_analyze_json_one_object_per_line(cli) -> None:
    out = cli(
        "analyze", "--json", stdin="I felt unheard\nwe made up and I felt seen. It was lovely!\n\n"
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    first, second, empty = (json.loads(x) for x in lines)
    for obj in (first, second, empty):
        assert {"compound", "pos", "neu", "neg", "sentences"} <= set(obj)
    assert first["compound"] < 0 < second["compound"]
    assert [s["text"] for s in second["sentences"]] == [
        "we made up and I felt seen.",
        "It was lovely!",
    ]
    assert all(isinstance(s["compound"], float) for s in second["sentences"])
    assert second["sentences"][0]["resolution"] == "strong"
    assert empty["sentences"] == [] and empty["compound"] == 0.0


def test_analyze_plain_and_not_english(cli) -> None:
    out = cli(
        "analyze", stdin="What a lovely day\nHoy discutimos otra vez por el dinero y me gritó.\n"
    )
    assert out.returncode == 0
    good, foreign = out.stdout.splitlines()
    assert good.startswith("+0.") and good.endswith("What a lovely day")
    assert foreign.split("\t")[0].strip() == "n/a"


def test_analyze_rejects_bytes_that_are_not_utf8() -> None:
    import os

    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run(
        [sys.executable, "-m", "heartlog", "analyze"],
        input=b"caf\xe9\n",
        capture_output=True,
        env=env,
    )
    assert out.returncode == 1
    assert out.stderr.decode().strip().count("\n") == 0 and "UTF-8" in out.stderr.decode()


def test_insights_json(cli, profile) -> None:
    from heartlog.core.profiles import unlock

    with unlock(profile, PASSPHRASE) as op:
        for day, text in [
            (2, "We argued about money again."),
            (10, "Another fight about the rent. He walked out."),
        ]:
            op.journal.add(text, written_at=dt.datetime(2026, 3, day, 20, tzinfo=dt.UTC))
    env = {"HEARTLOG_PASSPHRASE": PASSPHRASE}
    out = cli("insights", "-p", "Test", "--week", "2026-W11", "--json", env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["week"] == "2026-W11" and data["entries"] == 1
    for key in ("days", "ratio", "themes", "obstacles", "practices", "summary", "patterns"):
        assert key in data
    (p,) = data["patterns"]
    assert (p["theme"], p["status"], p["first_date"], p["last_date"]) == (
        "money",
        "unresolved",
        "2026-03-02",
        "2026-03-10",
    )
    assert p["severity"] in ("low", "medium", "high") and p["trend"] in (
        "escalating",
        "steady",
        "easing",
    )
    assert p["evidence"][0]["markers"] and p["practices"][0]["why"]
    plain = cli("insights", "-p", "Test", "--week", "2026-W11", env=env)
    assert plain.returncode == 0 and "money: unresolved" in plain.stdout


def test_insights_user_errors(cli, profile) -> None:
    bad_week = cli(
        "insights", "-p", "Test", "--week", "2026-W99", env={"HEARTLOG_PASSPHRASE": PASSPHRASE}
    )
    assert bad_week.returncode == 1 and "YYYY-Www" in bad_week.stderr
    wrong = cli("insights", "-p", "Test", env={"HEARTLOG_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 1 and "Wrong passphrase" in wrong.stderr
    usage = cli("insights")
    assert usage.returncode == 2


def test_cli_start_does_not_import_vader() -> None:
    import os

    code = "import sys, heartlog.cli as c; c.build_parser(); print('vaderSentiment' in sys.modules)"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr
