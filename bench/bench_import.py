"""Benchmark: importing a 10,000-entry jrnl journal, against jrnl reading the same file.

Run from the checkout: ``python bench/bench_import.py [--entries N]``. Everything
happens in a temporary folder (HEARTLOG_HOME and jrnl's config and home), so
neither ~/.config nor a real HeartLog profile is touched. jrnl is optional:
found as ``$HEARTLOG_BENCH_JRNL`` or ``jrnl`` on PATH; without it only the
HeartLog figures are printed.

Figures:
- parse: reading and checking the whole file (no database)
- import: parse + one-transaction insert into an encrypted profile, entries/s
- re-import: the same file again (everything skipped by content hash)
- CLI: a whole ``heartlog import`` process (unlock with fast test KDF parameters)
- jrnl: a whole ``jrnl --export json`` process on the same file; ratios against it
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PASSPHRASE = "bench passphrase 42"

WORDS = (  # noqa: SIM905
    "we talked about the weekend and I felt heard for once though the dishes were still "
    "there money came up again and she listened while I explained why it matters to me "
    "walked by the river after dinner laughed about old photos felt close tired but calm"
).split()
TAGS = ("@anna", "@us", "#money", "#chores", "#family", "#work", "@kids")


def make_jrnl_journal(path: Path, entries: int, seed: int = 8) -> None:
    """A jrnl journal as jrnl writes it (``%Y-%m-%d %H:%M`` headers), oldest first."""
    rng = random.Random(seed)
    start = dt.datetime(2014, 1, 1, 7, 0)
    chunks = []
    for i in range(entries):
        when = start + dt.timedelta(hours=9 * i, minutes=rng.randrange(60))
        title = " ".join(rng.choices(WORDS, k=rng.randint(3, 9))).capitalize() + "."
        paragraphs = [
            " ".join(rng.choices(WORDS, k=rng.randint(20, 70))) + "."
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.4:
            paragraphs[-1] += " " + " ".join(rng.sample(TAGS, rng.randint(1, 2)))
        star = " *" if rng.random() < 0.05 else ""
        chunks.append(f"[{when:%Y-%m-%d %H:%M}] {title}{star}\n" + "\n\n".join(paragraphs) + "\n")
    path.write_text("\n".join(chunks), encoding="utf-8")


def jrnl_config(folder: Path, journal: Path) -> Path:
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tag: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.2\n",
        encoding="utf-8",
    )
    return config


def timed_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {done.stderr.strip()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="heartlog-bench-import-"))
    try:
        return run(work, args.entries)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, entries: int) -> int:
    os.environ["HEARTLOG_HOME"] = str(work / "home")
    os.environ["HEARTLOG_KDF"] = "fast"  # the bench measures importing, not the KDF
    from heartlog.core.interop import import_parsed, read_source
    from heartlog.core.profiles import create_profile, unlock

    journal_file = work / "journal.txt"
    make_jrnl_journal(journal_file, entries)
    size_mb = journal_file.stat().st_size / 1e6
    print(f"jrnl journal: {entries} entries, {size_mb:.1f} MB")

    start = time.perf_counter()
    parsed = read_source(journal_file, "jrnl")
    parse_s = time.perf_counter() - start
    assert parsed.count == entries, parsed.count

    profile = create_profile("Bench", PASSPHRASE)
    with unlock(profile, PASSPHRASE) as opened:
        start = time.perf_counter()
        result = import_parsed(opened.journal, read_source(journal_file, "jrnl"))
        import_s = time.perf_counter() - start
        assert result.imported == entries, result
        start = time.perf_counter()
        again = import_parsed(opened.journal, read_source(journal_file, "jrnl"))
        reimport_s = time.perf_counter() - start
        assert again.skipped == entries and again.imported == 0

    print(f"parse only:         {parse_s:7.3f} s  ({entries / parse_s:,.0f} entries/s)")
    print(f"parse + import:     {import_s:7.3f} s  ({entries / import_s:,.0f} entries/s)")
    print(f"re-import (skip):   {reimport_s:7.3f} s  ({entries / reimport_s:,.0f} entries/s)")

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["HEARTLOG_PASSPHRASE"] = PASSPHRASE
    create_profile("Cli", PASSPHRASE)
    cli_s = timed_process(
        [sys.executable, "-m", "heartlog", "import", "-p", "Cli", "-f", "jrnl", str(journal_file)],
        env,
    )
    print(f"heartlog import CLI:{cli_s:7.3f} s  (whole process, unlock included)")

    jrnl = os.environ.get("HEARTLOG_BENCH_JRNL") or shutil.which("jrnl")
    if not jrnl:
        print("jrnl: not installed (set HEARTLOG_BENCH_JRNL or put jrnl on PATH for the ratio)")
        return 0
    jrnl_home = work / "jrnl-home"
    jrnl_home.mkdir()
    jrnl_env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(jrnl_home),
        "XDG_CONFIG_HOME": str(jrnl_home / "config"),
        "XDG_DATA_HOME": str(jrnl_home / "data"),
        "LANG": "C.UTF-8",
    }
    config = jrnl_config(work, journal_file)
    export_s = timed_process([jrnl, "--config-file", str(config), "--export", "json"], jrnl_env)
    last_s = timed_process([jrnl, "--config-file", str(config), "-n", "1"], jrnl_env)
    print(f"jrnl --export json: {export_s:7.3f} s  (whole process)")
    print(f"jrnl -n 1:          {last_s:7.3f} s  (whole process)")
    print(
        f"ratio HeartLog import / jrnl --export json: in-process {import_s / export_s:.2f}x, "
        f"whole CLI {cli_s / export_s:.2f}x (lower is faster)"
    )
    print(f"ratio HeartLog parse only / jrnl -n 1: {parse_s / last_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
