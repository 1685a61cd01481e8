"""Refresh the Qt Linguist sources and build the shipped .qm files, in one command.

    python tools/update_translations.py            # lupdate + lrelease, every language
    python tools/update_translations.py --check    # fail if .ts or .qm are stale
    python tools/update_translations.py --lang de  # only German (repeatable)

``pyside6-lupdate`` scans every Python file under src/heartlog/ui and updates
translations/heartlog_<lang>.ts, keeping existing translations and dropping
texts the code no longer has; ``pyside6-lrelease`` compiles each .ts to the .qm
that ships in the wheel and the frozen app.

What pyside6-lupdate sees (tests/unit/test_translations_sources.py checks it):
literal texts in ``self.tr("...")``, ``QCoreApplication.translate("Ctx", "...")``
or ``QT_TRANSLATE_NOOP("Ctx", "...")`` (not in f-strings, not through a wrapper
function); plural forms (``%n``) only in ``self.tr("...", "", n)``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "src" / "heartlog" / "ui"
LANGUAGES = ("de", "es")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        candidate = Path(sys.executable).parent / name
        if candidate.exists():
            return str(candidate)
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"heartlog_{lang}.ts"


def lupdate(targets: list[Path]) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *source_files(),
            "-ts",
            *map(str, targets),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify instead of writing")
    ap.add_argument(
        "--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)"
    )
    args = ap.parse_args()
    languages = tuple(args.lang or LANGUAGES)
    if args.check:
        stale = []
        with tempfile.TemporaryDirectory() as tmp:
            for lang in languages:
                copy = Path(tmp) / ts_path(lang).name
                shutil.copy(ts_path(lang), copy)
                lupdate([copy])
                if copy.read_bytes() != ts_path(lang).read_bytes():
                    stale.append(f"{ts_path(lang).name} (run lupdate)")
                qm = Path(tmp) / f"heartlog_{lang}.qm"
                lrelease(ts_path(lang), qm)
                shipped = TRANSLATIONS / qm.name
                if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                    stale.append(f"{qm.name} (run lrelease)")
        if stale:
            print("stale: " + ", ".join(stale) + " -> python tools/update_translations.py")
            return 1
        print("translations are up to date")
        return 0
    lupdate([ts_path(lang) for lang in languages])
    for lang in languages:
        lrelease(ts_path(lang), TRANSLATIONS / f"heartlog_{lang}.qm")
        print(f"updated {ts_path(lang).name} and heartlog_{lang}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
