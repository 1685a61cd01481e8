"""Build hook: compile the analysis hot path with Cython when a C compiler is at hand.

The analysis runs for every sentence of every entry; compiled, the same
Python source runs about 1.7x faster (``bench/bench_analysis.py``). The
modules stay plain Python (no Cython syntax) and remain the fallback: without
Cython or a compiler the build warns and the package is pure Python, with the
same results, only slower.

- Wheels get the extension modules next to their sources and a platform tag.
- Editable installs (``pip install -e .``) compile in place into
  ``src/heartlog/core/analysis``; ``_compiled.json`` records the hash of each
  source, and ``heartlog.core.analysis.speedups`` runs the Python source of any
  module edited since (so tests always test the code as it is).
- ``HEARTLOG_PURE_PYTHON=1`` at build time skips compiling.

Run ``python hatch_build.py`` in a checkout to (re)compile in place, or
``python hatch_build.py --clean`` to remove the compiled files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
PACKAGE = "heartlog.core.analysis"
SOURCE_DIR = ROOT / "src" / "heartlog" / "core" / "analysis"
STAMP = "_compiled.json"  # also read by heartlog.core.analysis.speedups
# The modules every sentence passes through (see bench_analysis.py --breakdown).
MODULES = (
    "analyser",
    "conflict",
    "language",
    "obstacles",
    "phrase_scan",
    "sentence_context",
    "sentences",
    "sentiment",
    "shared_values",
    "tokens",
    "vader_fast",
)
DIRECTIVES = {"language_level": 3, "binding": False, "embedsignature": False}


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compile_modules(out_dir: Path) -> list[Path]:
    """Compile MODULES into ``out_dir`` (laid out as the package); returns the files made."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    with tempfile.TemporaryDirectory(prefix="heartlog-cython-") as tmp:
        work = Path(tmp)
        package_dir = work / Path(*PACKAGE.split("."))
        package_dir.mkdir(parents=True)
        extensions = []
        hashes = {}  # of the copies compiled, not of the sources as they may be later
        for name in MODULES:
            source = package_dir / f"{name}.py"
            shutil.copyfile(SOURCE_DIR / f"{name}.py", source)
            hashes[name] = source_hash(source)
            extensions.append(Extension(f"{PACKAGE}.{name}", [str(source)]))
        modules = cythonize(
            extensions, compiler_directives=DIRECTIVES, nthreads=os.cpu_count() or 1, quiet=True
        )
        dist = Distribution({"name": "heartlog-analysis", "ext_modules": modules})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(work / "lib")
        cmd.build_temp = str(work / "temp")
        cmd.parallel = os.cpu_count() or 1
        cmd.ensure_finalized()
        cmd.run()
        built = work / "lib" / Path(*PACKAGE.split("."))
        out_dir.mkdir(parents=True, exist_ok=True)
        made = []
        for name in MODULES:
            target = out_dir / f"{name}{suffix}"
            shutil.copyfile(built / f"{name}{suffix}", target)
            made.append(target)
    stamp = out_dir / STAMP
    stamp.write_text(
        json.dumps(
            {
                "suffix": suffix,
                "sources": hashes,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    made.append(stamp)
    return made


def clean(folder: Path = SOURCE_DIR) -> None:
    for name in MODULES:
        for path in folder.glob(f"{name}.*"):
            if path.suffix in (".so", ".pyd", ".c"):
                path.unlink()
    (folder / STAMP).unlink(missing_ok=True)


def _warn(message: str) -> None:
    print(f"heartlog build: {message}", file=sys.stderr)


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a script without hatchling installed
    BuildHookInterface = object  # type: ignore[assignment,misc]


class AnalysisBuildHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    """Compiles the analysis modules for wheels and editable installs (see module doc)."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("HEARTLOG_PURE_PYTHON") == "1":
            return
        editable = version == "editable"
        if editable:
            out_dir = SOURCE_DIR
        else:
            self._tmp = tempfile.mkdtemp(prefix="heartlog-wheel-")
            out_dir = Path(self._tmp)
        try:
            if editable:
                clean()  # may fail where a running app holds them (Windows)
            made = compile_modules(out_dir)
        except Exception as exc:  # no Cython, no compiler: the pure-Python package works
            # (compiled files left behind run only while their source is unchanged)
            _warn(f"analysis not compiled ({type(exc).__name__}: {exc}); pure Python is used")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if not editable:
            for path in made:
                build_data["force_include"][str(path)] = f"heartlog/core/analysis/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def get_build_hook() -> type:
    return AnalysisBuildHook


if __name__ == "__main__":
    clean()
    if "--clean" not in sys.argv[1:]:
        for path in compile_modules(SOURCE_DIR):
            print(path.relative_to(ROOT))
