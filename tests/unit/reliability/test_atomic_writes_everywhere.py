"""Every file HeartLog writes outside its database goes through ``core/atomic_file.py``.

Scans the source tree (AST, not text) for the ways Python and Qt write files
and fails on any outside ``atomic_file.py`` that is not on the allowlist below.
A write call whose target is the file object of an enclosing
``with atomic_writer(...) as fh`` (e.g. ``fig.savefig(fh)``) is fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src" / "heartlog"

# (file relative to src/heartlog, kind) -> why it may write without atomic_file.
ALLOWED: dict[tuple[str, str], str] = {
    ("core/atomic_file.py", "*"): "it is the helper",
    ("core/instance_lock.py", "os.open-write"): "an empty lock file: only flock'd, never read",
    ("core/logging_setup.py", "FileHandler"): "the log is appended line by line by logging",
    ("core/insight_export.py", "savefig"): "PdfPages.savefig adds a page to a PdfPages that "
    "writes into an atomic_writer file handle",
}

WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
ALWAYS_WRITES = {
    "write_text": "write_text",
    "write_bytes": "write_bytes",
    "copy": "shutil.copy",
    "copy2": "shutil.copy",
    "copyfile": "shutil.copy",
    "copyfileobj": "",  # copies between open files: fine if the target is atomic
    "move": "shutil.move",
    "savefig": "savefig",
    "FileHandler": "FileHandler",
    "RotatingFileHandler": "FileHandler",
    "QPdfWriter": "Qt file writer",
    "QSaveFile": "Qt file writer",
    "QFile": "Qt file writer",
    "mkstemp": "tempfile",
    "NamedTemporaryFile": "tempfile",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _mode(call: ast.Call) -> str | None:
    """The literal mode of an open()-like call, if any."""
    for kw in call.keywords:
        if kw.arg == "mode" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    # open(path, mode) / os.fdopen(fd, mode) / gzip.open(path, mode); Path.open(mode).
    index = 0 if isinstance(call.func, ast.Attribute) and call.func.attr == "open" else 1
    if isinstance(call.func, ast.Attribute) and call.func.attr == "fdopen":
        index = 1
    modules = ("io", "gzip", "bz2", "lzma", "codecs", "builtins")
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        index = 1 if func.value.id in modules else index
    if len(call.args) > index and isinstance(call.args[index], ast.Constant):
        return str(call.args[index].value)
    return None


def _atomic_targets(tree: ast.AST) -> dict[int, set[str]]:
    """Line ranges inside ``with atomic_writer(...) as name``: line -> names."""
    inside: dict[int, set[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.With | ast.AsyncWith):
            continue
        for item in node.items:
            ctx = item.context_expr
            if (
                isinstance(ctx, ast.Call)
                and _name(ctx.func) == "atomic_writer"
                and isinstance(item.optional_vars, ast.Name)
            ):
                for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                    inside.setdefault(line, set()).add(item.optional_vars.id)
    return inside


def _in_memory_names(tree: ast.AST) -> set[str]:
    """Names bound to in-memory buffers (``BytesIO()``, ``StringIO()``, ``QBuffer()``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _name(node.value.func) in ("BytesIO", "StringIO", "QBuffer")
        ):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def file_writes(source: str) -> list[tuple[int, str]]:
    """(line, kind) of each call in ``source`` that writes a file directly."""
    tree = ast.parse(source)
    atomic = _atomic_targets(tree)
    memory = _in_memory_names(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        first = node.args[0] if node.args else None
        if (
            isinstance(first, ast.Name)
            and first.id in atomic.get(node.lineno, set())
            and name not in ("write_text", "write_bytes")
        ):
            continue  # writing into the atomic writer's own file object
        if isinstance(first, ast.Name) and first.id in memory:
            continue  # into memory (the caller then writes the bytes atomically)
        kind = ""
        func = node.func
        is_os_open = (
            name == "open"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "os"
        )
        if is_os_open:
            flags = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            if flags & WRITE_FLAGS:
                kind = "os.open-write"
        elif name in ("open", "fdopen"):
            mode = _mode(node)
            if mode is not None and set(mode) & set("wax+"):
                kind = f"open-{mode}"
        elif ALWAYS_WRITES.get(name):
            kind = ALWAYS_WRITES[name]
        if kind:
            found.append((node.lineno, kind))
    return found


def test_the_checker_finds_each_kind_of_direct_write():
    sample = """
import os, shutil
open(p, "w"); open(p, mode="ab"); p.open("w"); p.write_text("x"); p.write_bytes(b"")
os.open(p, os.O_WRONLY | os.O_CREAT); shutil.copy(a, b); fig.savefig("out.png")
open(p); open(p, "rb"); p.open(); os.open(p, os.O_RDONLY)
with atomic_writer(path) as fh:
    fig.savefig(fh, format="png")
    fh2 = open(q, "w")
buffer = QBuffer(data)
writer = QPdfWriter(buffer)
"""
    kinds = [k for _, k in file_writes(sample)]
    assert kinds == [
        "open-w",
        "open-ab",
        "open-w",
        "write_text",
        "write_bytes",
        "os.open-write",
        "shutil.copy",
        "savefig",
        "open-w",
    ]


def test_no_file_is_written_outside_atomic_file():
    offenders: list[str] = []
    used_allowances: set[tuple[str, str]] = set()
    checked = 0
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        checked += 1
        for line, kind in file_writes(path.read_text(encoding="utf-8")):
            for key in ((rel, "*"), (rel, kind)):
                if key in ALLOWED:
                    used_allowances.add(key)
                    break
            else:
                offenders.append(f"src/heartlog/{rel}:{line}: {kind}")
    assert checked > 10
    assert not offenders, (
        "These write files without core/atomic_file.py (use atomic_writer/atomic_write_*):\n"
        + "\n".join(offenders)
    )
    # Allowances must stay needed: a stale one hides nothing but misleads.
    assert used_allowances >= set(ALLOWED) - {("core/atomic_file.py", "*")}
