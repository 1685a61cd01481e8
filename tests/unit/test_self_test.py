"""The self-test: every step passes on a complete install, and it leaves nothing behind."""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from heartlog.core.profiles import Profile
from heartlog.selftest import steps as self_test
from heartlog.selftest.steps import (
    SelfTestContext,
    Step,
    StepFailed,
    run_self_test,
    step_no_plaintext,
)

# Built by other parts of HeartLog; until they are installed these two steps say so.
FEATURE_STEPS = {"analyse an entry", "export a bundle to itself"}


def _check_results(results: list[self_test.StepResult]) -> None:
    for result in results:
        if result.name in FEATURE_STEPS and result.detail == "feature not installed":
            continue
        assert result.ok, result.line()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private temp folder, to see that the self-test removes its temporary home."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def mpl_already_imported() -> None:
    # In-process, matplotlib must keep the folders it already chose.
    import matplotlib

    matplotlib.get_cachedir()


def test_every_step_passes_and_nothing_is_left(
    qapp, mpl_already_imported, private_tmp: Path, heartlog_home: Path
) -> None:
    out = io.StringIO()
    results = run_self_test(out=out)
    _check_results(results)
    assert list(private_tmp.iterdir()) == []
    assert list(heartlog_home.iterdir()) == []  # the user's (here: the test's) home untouched
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("HeartLog ")
    assert len(lines) == len(results) + 2
    for line, result in zip(lines[1:-1], results, strict=True):
        assert line == result.line()
    assert results[-1].name == "clean up"


def test_environment_is_restored(
    qapp, mpl_already_imported, private_tmp: Path, heartlog_home: Path
) -> None:
    import os

    run_self_test(steps=[], out=io.StringIO())
    assert os.environ["HEARTLOG_HOME"] == str(heartlog_home)


def test_a_failing_step_is_reported_and_the_rest_still_run(private_tmp: Path) -> None:
    seen: list[str] = []

    def broken(ctx: SelfTestContext) -> None:
        raise StepFailed("it broke")

    def crashing(ctx: SelfTestContext) -> None:
        raise KeyError("missing")

    def fine(ctx: SelfTestContext) -> str:
        seen.append(str(ctx.home))
        return "all good"

    out = io.StringIO()
    results = run_self_test(
        steps=[Step("broken", broken), Step("crashing", crashing), Step("fine", fine)], out=out
    )
    text = out.getvalue()
    assert "broken: FAILED: it broke\n" in text
    assert "crashing: FAILED: KeyError: 'missing'\n" in text
    assert "fine: ok (all good)\n" in text
    assert "self-test FAILED (2 failed): 2 of 4 steps ok" in text
    assert [r.ok for r in results] == [False, False, True, True]
    assert not Path(seen[0]).exists()


def test_missing_feature_is_reported_as_not_installed() -> None:
    with pytest.raises(StepFailed, match="feature not installed"):
        self_test._feature("heartlog.core.no_such_feature")


def test_a_step_that_needs_the_profile_says_so(tmp_path: Path) -> None:
    ctx = SelfTestContext(home=tmp_path)
    with pytest.raises(StepFailed, match="temporary profile"):
        self_test.step_read_entry(ctx)


def test_plaintext_on_disk_is_caught(tmp_path: Path) -> None:
    ctx = SelfTestContext(home=tmp_path)
    folder = tmp_path / "profile"
    folder.mkdir()
    (folder / "journal.db").write_bytes(b"\0" * 64 + ctx.marker.encode() + b"\0" * 64)
    ctx.profile = Profile("id", "Self-test", folder)
    ctx.entry_id = "entry"
    with pytest.raises(StepFailed, match="contains entry text in plain"):
        step_no_plaintext(ctx)


def test_importing_the_self_test_loads_no_qt() -> None:
    code = (
        "import sys, heartlog.selftest.steps, heartlog.selftest.runtime_steps;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_cli_self_test(cli, heartlog_home: Path) -> None:
    done = cli("--self-test")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("HeartLog ")
    assert lines[-1].startswith("self-test ")
    for line in lines[1:-1]:
        name, _, verdict = line.partition(": ")
        if name in FEATURE_STEPS and verdict == "FAILED: feature not installed":
            continue
        assert verdict.startswith("ok"), line
    assert done.returncode == (0 if "FAILED" not in done.stdout else 1)
    assert list(heartlog_home.iterdir()) == []
