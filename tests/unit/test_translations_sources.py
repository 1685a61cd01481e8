"""Every string the UI shows reaches the translators, and every sentence core can raise
has a translated template in ``ui.core_messages``."""

from __future__ import annotations

import ast
import errno
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import heartlog.core
from heartlog.core.atomic_file import describe_os_error
from heartlog.core.db_errors import (
    CORRUPT_MESSAGE,
    DISK_FULL_MESSAGE,
    IO_ERROR_MESSAGE,
    READ_ONLY_MESSAGE,
)
from heartlog.core.errors import HeartLogError
from heartlog.ui.core_messages import TEMPLATES, known_message

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "heartlog" / "ui"
CORE = ROOT / "src" / "heartlog" / "core"
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Helpers that pass on a text lupdate already saw as a literal elsewhere.
NON_LITERAL_OK = {
    ("core_messages.py", "translate"),  # its texts are the QT_TRANSLATE_NOOP table
    ("plural_text.py", "translate"),  # translate_count(context, source, n) for callers' literals
}
# Errors about HeartLog's own data files (a broken installation, not something a person
# did) and the self-test's steps: their English sentences go to the log and the CLI.
DEVELOPER_ERRORS = {
    "AnalysisDataError",
    "CatalogueError",
    "ContentTranslationError",
    "StepFailed",
    "ShareBundleRejected",  # shown by its reason (ui.sharing.messages), not its sentence
    "CorruptProfile",  # shown by the restore dialog and the damaged-journal text
}


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _is_translation(node: ast.Call) -> bool:
    """``self.tr(...)``, ``QCoreApplication.translate(...)``, ``translate(...)`` (an alias),
    ``QT_TRANSLATE_NOOP(...)``; not ``str.translate``."""
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in TRANSLATE_CALLS - {"tr"}
    if isinstance(f, ast.Attribute) and f.attr == "translate":
        return isinstance(f.value, ast.Name) and f.value.id in ("QCoreApplication", "QApplication")
    return isinstance(f, ast.Attribute) and f.attr == "tr"


def _ui_calls() -> list[tuple[Path, ast.Call, str | None]]:
    """(file, call, enclosing class) for every translation call in the UI."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, cls: str | None, path: Path = path) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call) and _is_translation(child):
                    found.append((path, child, cls))
                visit(child, inner)

        visit(tree, None)
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_translation_calls_use_literal_texts() -> None:
    """lupdate reads literals only: no ``tr(variable)``, no f-string, no context in a variable."""
    wrong = []
    for path, call, _cls in _ui_calls():
        name = _call_name(call)
        if (path.name, name) in NON_LITERAL_OK:
            continue
        needed = call.args[:1] if name in ("tr", "QT_TR_NOOP") else call.args[:2]
        if len(needed) < (1 if name in ("tr", "QT_TR_NOOP") else 2) or any(
            _literal(a) is None for a in needed
        ):
            wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert wrong == []


def test_f_strings_hold_no_translation_call() -> None:
    """lupdate does not look inside f-strings, so ``f"{self.tr('x')}"`` is never translated."""
    wrong = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and _is_translation(call):
                        wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_every_ui_text_is_in_the_translation_sources() -> None:
    """What the code asks for is what lupdate extracted (it skips some call shapes silently)."""
    root = ET.parse(ROOT / "translations" / "heartlog_de.ts").getroot()
    in_ts = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    asked = set()
    for _path, call, cls in _ui_calls():
        name = _call_name(call)
        if name in ("tr", "QT_TR_NOOP") and cls and call.args and _literal(call.args[0]):
            asked.add((cls, _literal(call.args[0])))
        elif len(call.args) >= 2 and _literal(call.args[0]) and _literal(call.args[1]):
            asked.add((_literal(call.args[0]), _literal(call.args[1])))
    assert sorted(asked - in_ts) == []


# -- core's sentences ------------------------------------------------------------------------
def _error_classes() -> set[str]:
    for info in pkgutil.walk_packages(heartlog.core.__path__, "heartlog.core."):
        importlib.import_module(info.name)
    names, todo = set(), [HeartLogError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names - DEVELOPER_ERRORS


def _template(node: ast.expr) -> str | None:
    """A message expression with ``%1``, ``%2`` for what core formats in, or None."""
    parts: list[str | None] = []

    def walk(n: ast.expr) -> bool:
        if _literal(n) is not None:
            parts.append(_literal(n))
            return True
        if isinstance(n, ast.JoinedStr):
            for v in n.values:
                parts.append(_literal(v) if isinstance(v, ast.Constant) else None)
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            return walk(n.left) and walk(n.right)
        return False

    if not walk(node):
        return None
    out, k = "", 0
    for part in parts:
        if part is None:
            k += 1
            out += f"%{k}"
        else:
            out += part
    return out


def _core_sentences() -> list[tuple[str, str]]:
    """(where, template) for the message of every raise of a user-facing core error."""
    classes = _error_classes()
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name not in classes:
                continue
            for call in ast.walk(cls):
                if isinstance(call, ast.Call) and _call_name(call) == "__init__" and call.args:
                    found.append((f"{path.name}:{call.lineno}", _template(call.args[0])))
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _call_name(call) in classes and call.args:
                found.append((f"{path.name}:{call.lineno}", _template(call.args[0])))
    return [(where, t) for where, t in found if t is not None]


def _example(template: str) -> str:
    return re.sub(r"%(\d)", lambda m: f"value{m[1]}", template)


def test_every_core_error_sentence_has_a_translated_template() -> None:
    sentences = _core_sentences()
    assert len(sentences) > 100
    missing = [f"{where}: {t}" for where, t in sentences if not known_message(_example(t))]
    assert missing == []


def test_disk_and_database_sentences_have_templates() -> None:
    for message in (DISK_FULL_MESSAGE, IO_ERROR_MESSAGE, READ_ONLY_MESSAGE, CORRUPT_MESSAGE):
        assert known_message(message), message
    target = Path("/data/journal.json")
    for code in (errno.ENOSPC, errno.EACCES, errno.EIO):
        text = describe_os_error(OSError(code, "failure"), target)
        assert known_message(text), text


def test_templates_are_unique() -> None:
    assert len(TEMPLATES) == len(set(TEMPLATES))
