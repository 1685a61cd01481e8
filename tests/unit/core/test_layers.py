"""Core stays free of Qt; resources are found from a checkout."""

from __future__ import annotations

import subprocess
import sys

import pytest

from heartlog.core import paths
from heartlog_testing import SRC


def test_importing_every_core_module_loads_no_pyside6():
    code = (
        "import pkgutil, sys, importlib, heartlog.core as c\n"
        "names = [m.name for m in pkgutil.walk_packages(c.__path__, 'heartlog.core.')]\n"
        "for n in names: importlib.import_module(n)\n"
        "import heartlog.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(names), bad)\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[0]) >= 10


def test_cli_start_does_not_import_heavy_modules():
    code = (
        "import sys\nfrom heartlog.cli import build_parser\nbuild_parser()\n"
        "heavy = [m for m in ('matplotlib', 'vaderSentiment', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_resource_locator_falls_back_to_the_checkout():
    folder = paths.resource_path()
    assert folder.is_dir() and folder.name == "resources"
    assert paths.translations_path().is_dir()


@pytest.mark.parametrize("bad", ["..", "a/b", "", "."])
def test_resource_locator_refuses_unsafe_parts(bad):
    with pytest.raises(ValueError):
        paths.resource_path(bad)


def test_missing_resource_is_a_named_error():
    with pytest.raises(FileNotFoundError, match=r"no-such-file\.json"):
        paths.resource_path("no-such-file.json")


def test_home_override(heartlog_home):
    assert paths.data_dir() == heartlog_home.resolve()
    assert paths.log_dir() == heartlog_home.resolve() / "logs"
