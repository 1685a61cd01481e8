"""Every test gets a fresh HEARTLOG_HOME, fast test KDF parameters and offscreen Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("HEARTLOG_HOME", str(Path(__file__).parent / ".never-used-home"))

SRC = Path(__file__).resolve().parents[1] / "src"
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def heartlog_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "heartlog-home"
    home.mkdir()
    monkeypatch.setenv("HEARTLOG_HOME", str(home))
    monkeypatch.setenv("HEARTLOG_KDF", "fast")
    monkeypatch.delenv("HEARTLOG_PASSPHRASE", raising=False)
    monkeypatch.delenv("HEARTLOG_NEW_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def profile():
    from heartlog.core.profiles import create_profile

    return create_profile("Test", PASSPHRASE)


@pytest.fixture
def opened(profile) -> Iterator:
    from heartlog.core.profiles import unlock

    with unlock(profile, PASSPHRASE) as op:
        yield op


@pytest.fixture
def journal(opened):
    return opened.journal


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m heartlog`` from this checkout in a real subprocess."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "heartlog", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
    )


@pytest.fixture
def cli():
    return run_cli
