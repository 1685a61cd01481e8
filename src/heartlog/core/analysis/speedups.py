"""Which analysis modules run compiled, and the Python source for any that are not current.

``hatch_build.py`` compiles the analysis hot path with Cython (wheels, editable
installs) and writes ``_compiled.json`` with the hash of each module's source.
Python imports an extension module in preference to the ``.py`` beside it, so
a module edited after the build would run its old compiled code. ``prefer_current``
(called first thing by the package) finds such modules and makes their import
load the ``.py`` instead; ``HEARTLOG_PURE_PYTHON=1`` does that for all of them
(tests compare the two). Where the sources are not shipped (the frozen app),
the compiled modules are used as they are.

This module must stay plain Python: it is never compiled itself.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = __name__.rpartition(".")[0]
FOLDER = Path(__file__).resolve().parent
STAMP = "_compiled.json"


def compiled_files(folder: Path = FOLDER) -> dict[str, Path]:
    """Module name -> extension file, for the compiled modules in ``folder``."""
    out: dict[str, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in folder.glob(f"*{suffix}"):
            name = path.name[: -len(suffix)]
            if "." not in name:  # "x.cpython-311-….so" also ends in ".so"
                out.setdefault(name, path)
    return out


def stale_modules(folder: Path = FOLDER) -> list[str]:
    """Compiled modules whose ``.py`` is not the source they were built from."""
    compiled = compiled_files(folder)
    if not compiled:
        return []
    try:
        recorded = json.loads((folder / STAMP).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        recorded = {}
    stale = []
    for name in sorted(compiled):
        source = folder / f"{name}.py"
        try:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError:
            continue  # no source shipped (frozen app): the compiled module is all there is
        if recorded.get(name) != digest:
            stale.append(name)
    return stale


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the listed modules of the package from their ``.py`` files."""

    def __init__(self, names: Sequence[str], folder: Path, package: str = PACKAGE) -> None:
        self.paths = {f"{package}.{name}": folder / f"{name}.py" for name in names}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.paths.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


_finder: _SourceFinder | None = None


def prefer_current(folder: Path = FOLDER) -> list[str]:
    """Load stale modules (all, with HEARTLOG_PURE_PYTHON=1) from source; returns them."""
    global _finder
    if os.environ.get("HEARTLOG_PURE_PYTHON") == "1":
        # Only where the source is shipped (the frozen app has none to run).
        names = sorted(n for n in compiled_files(folder) if (folder / f"{n}.py").is_file())
    else:
        names = stale_modules(folder)
    if _finder is not None and _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    _finder = _SourceFinder(names, folder) if names else None
    if _finder is not None:
        sys.meta_path.insert(0, _finder)
    return names


def running_compiled() -> list[str]:
    """The analysis modules imported so far that run compiled code."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    prefix = f"{PACKAGE}."
    return sorted(
        name[len(prefix) :]
        for name, module in list(sys.modules.items())
        if name.startswith(prefix) and str(getattr(module, "__file__", "")).endswith(suffixes)
    )
