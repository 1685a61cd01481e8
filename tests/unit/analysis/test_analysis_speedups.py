"""The compiled analysis (hatch_build.py, Cython) and its Python-source fallback.

The compiled modules must give byte-identical results to their sources, must
never run when their source changed after the build, and CI must really run
them (``HEARTLOG_REQUIRE_COMPILED=1`` in ``.ci/run``).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from heartlog.core.analysis import speedups
from heartlog_testing import SRC, run_cli

ROOT = SRC.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _hatch_modules() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    return hatch_build.MODULES


def _package(tmp_path: Path, source: str = "WHERE = 'source'\n") -> Path:
    folder = tmp_path / "pkgx"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "mod.py").write_text(source)
    # Not a loadable library: importing it instead of the source fails loudly.
    (folder / f"mod{SUFFIX}").write_bytes(b"not an ELF file")
    return folder


def _stamp(folder: Path, digest: str) -> None:
    (folder / speedups.STAMP).write_text(json.dumps({"sources": {"mod": digest}}))


def test_a_module_whose_source_changed_after_the_build_is_stale(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    digest = hashlib.sha256((folder / "mod.py").read_bytes()).hexdigest()
    _stamp(folder, digest)
    assert speedups.compiled_files(folder) == {"mod": folder / f"mod{SUFFIX}"}
    assert speedups.stale_modules(folder) == []
    (folder / "mod.py").write_text("WHERE = 'edited'\n")
    assert speedups.stale_modules(folder) == ["mod"]


def test_without_a_stamp_every_compiled_module_is_stale(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    assert speedups.stale_modules(folder) == ["mod"]
    (folder / speedups.STAMP).write_text("{not json")
    assert speedups.stale_modules(folder) == ["mod"]


def test_a_compiled_module_without_its_source_is_used_as_it_is(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    (folder / "mod.py").unlink()  # the frozen app ships no sources
    assert speedups.stale_modules(folder) == []


def test_pure_python_switch_needs_the_source(tmp_path: Path, monkeypatch) -> None:
    folder = _package(tmp_path)
    monkeypatch.setenv("HEARTLOG_PURE_PYTHON", "1")
    try:
        assert speedups.prefer_current(folder) == ["mod"]
        (folder / "mod.py").unlink()  # the frozen app: nothing to run instead
        assert speedups.prefer_current(folder) == []
    finally:
        monkeypatch.delenv("HEARTLOG_PURE_PYTHON")
        speedups.prefer_current()  # this checkout's state again


def test_the_source_finder_wins_over_the_extension_module(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    sys.path.insert(0, str(tmp_path))
    finder = speedups._SourceFinder(["mod"], folder, package="pkgx")
    try:
        with pytest.raises(ImportError):
            importlib.import_module("pkgx.mod")  # the broken "extension" comes first
        sys.modules.pop("pkgx.mod", None)
        sys.meta_path.insert(0, finder)
        module = importlib.import_module("pkgx.mod")
        assert module.WHERE == "source"
        assert module.__file__ == str(folder / "mod.py")
    finally:
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
        sys.path.remove(str(tmp_path))
        for name in ("pkgx.mod", "pkgx"):
            sys.modules.pop(name, None)


def _running(env: dict[str, str]) -> list[str]:
    code = (
        "import json, heartlog.core.analysis as a; a.analyse_text('We argued.');"
        "print(json.dumps(a.speedups.running_compiled()))"
    )
    full = {**os.environ, "PYTHONPATH": str(SRC), **env}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=full, check=True
    )
    return json.loads(out.stdout)


def test_pure_python_switch_runs_every_module_from_source() -> None:
    assert _running({"HEARTLOG_PURE_PYTHON": "1"}) == []


def test_the_build_in_this_checkout_is_current() -> None:
    """Fails after editing a compiled module until it is rebuilt (the app would run
    the source meanwhile, correctly but slower): ``python hatch_build.py``."""
    assert speedups.stale_modules() == []


@pytest.mark.skipif(
    os.environ.get("HEARTLOG_REQUIRE_COMPILED") != "1",
    reason="CI sets HEARTLOG_REQUIRE_COMPILED=1; a checkout may be pure Python",
)
def test_ci_runs_the_compiled_analysis() -> None:
    assert _running({}) == sorted(_hatch_modules())


def test_compiled_and_pure_python_give_identical_results() -> None:
    data = ROOT / "tests" / "data" / "analysis"
    texts: list[str] = []
    for path in sorted((data / "journals").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
        texts += [e["body"].replace("\n", " ") for e in entries]
    assert len(texts) > 50
    stdin = "\n".join(texts) + "\n"
    compiled = run_cli("analyze", "--json", stdin=stdin)
    pure = run_cli("analyze", "--json", stdin=stdin, env={"HEARTLOG_PURE_PYTHON": "1"})
    assert compiled.returncode == pure.returncode == 0, compiled.stderr + pure.stderr
    assert len(compiled.stdout.splitlines()) == len(texts)
    assert compiled.stdout == pure.stdout
