"""Every test gets a fresh HEARTLOG_HOME, fast test KDF parameters and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("HEARTLOG_HOME", str(Path(__file__).parent / ".never-used-home"))

from heartlog_testing import PASSPHRASE, run_cli


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


@pytest.fixture
def cli():
    return run_cli
