"""The shipped translations: built from current sources, complete, and with every
placeholder, plural form and accelerator of the English text kept."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
TOOL = ROOT / "tools" / "update_translations.py"

LANGUAGES = ["de", "es"]
PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{[a-z_]+\}")
MNEMONIC = re.compile(r"&(?!&|[a-z]+;|#\d+;)\S")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type: None (finished), unfinished, obsolete, vanished
    forms: tuple[str, ...]


def messages(lang: str) -> list[Message]:
    root = ET.parse(TRANSLATIONS / f"heartlog_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            )
            found.append(Message(name, m.findtext("source", ""), numerus, tr.get("type"), forms))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_ts_and_qm_match_the_sources(lang: str) -> None:
    """lupdate over today's sources changes nothing, and lrelease gives the shipped .qm."""
    run = subprocess.run(
        [sys.executable, str(TOOL), "--check", "--lang", lang],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_unfinished_obsolete_or_vanished_messages(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 500
    open_ = [f"{m.context}: {m.source}" for m in found if m.kind is not None]
    assert open_ == []
    empty = [f"{m.context}: {m.source}" for m in found if not all(f.strip() for f in m.forms)]
    assert empty == []


@pytest.mark.parametrize("lang", ["de", "es"])
def test_placeholders_and_plural_forms_are_kept(lang: str) -> None:
    """Every finished translation has the source's %1, %n and {name} (each form of a plural)."""
    wrong = []
    for m in messages(lang):
        if m.kind is not None:
            continue
        wanted = Counter(PLACEHOLDER.findall(m.source))
        if m.numerus and len(m.forms) != 2:
            wrong.append(f"{m.context}: {m.source!r} has {len(m.forms)} plural forms")
        for form in m.forms:
            if Counter(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("lang", ["de", "es"])
def test_accelerators_are_kept(lang: str) -> None:
    """A source with an accelerator (&File) keeps exactly one in its translation."""
    wrong = []
    for m in messages(lang):
        if m.kind is not None:
            continue
        wanted = len(MNEMONIC.findall(m.source))
        for form in m.forms:
            if len(MNEMONIC.findall(form)) != wanted:
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
    assert wrong == []


def test_every_counted_string_has_plural_forms() -> None:
    """pyside6-lupdate marks a %n string as plural only in some calls: none may slip through."""
    plain = [
        f"{m.context}: {m.source}"
        for m in messages("de")
        if "%n" in m.source.replace("%Ln", "%n") and not m.numerus
    ]
    assert plain == []
