"""Storage benchmark: unlock, first page and search on a 10,000-entry journal.

Prints figures and ratios against baselines measured in the same run:
unlock minus the passphrase KDF alone, and (when the ``jrnl`` command is on PATH
or named by $JRNL_BIN) ``jrnl -contains WORD`` on the same entries, unencrypted.

    python bench/bench_store.py [--entries 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_journal import SEARCH_WORDS, entries, jrnl_text

from heartlog.core.journal import Entry

PASSPHRASE = "benchmark passphrase"


# Run by jrnl's own interpreter: open (parse) the journal and filter, as
# `jrnl -contains` does, timed inside the process (median of the words given).
JRNL_IN_PROCESS = """
import statistics, sys, time
from jrnl.config import get_default_config
from jrnl.journals.Journal import open_journal
path, words = sys.argv[1], sys.argv[2:]
cfg = get_default_config()
cfg.update(journal=path, encrypt=False, timeformat="%Y-%m-%d %H:%M", tagsymbols="@",
           highlight=False, journals={"default": {"journal": path}})
times = []
for word in words:
    start = time.perf_counter()
    journal = open_journal("default", cfg)
    journal.filter(contains=[word])
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="heartlog-bench-"))
    os.environ["HEARTLOG_HOME"] = str(home)
    os.environ.pop("HEARTLOG_KDF", None)  # production KDF parameters
    from heartlog.core import profiles
    from heartlog.core.keywrap import KeyFile, derive_key

    try:
        items = list(entries(args.entries))
        profile = profiles.create_profile("Bench", PASSPHRASE)
        with profiles.unlock(profile, PASSPHRASE) as opened:
            build, _ = timed(
                opened.journal.add_many,
                (
                    Entry(id="", written_at=w, title=t, body=b, tags=tuple(g))
                    for w, t, b, g in items
                ),
            )
        print(f"entries: {args.entries}  (built in {build:.2f} s)")
        size = profile.db_path.stat().st_size / 1e6
        print(f"database size: {size:.1f} MB")

        keyfile = KeyFile.load(profile.key_path)
        kdf_times, unlock_times, page_times = [], [], []
        for _ in range(5):
            t, _ = timed(derive_key, PASSPHRASE, keyfile.salt, keyfile.params)
            kdf_times.append(t)
            t, opened = timed(profiles.unlock, profile, PASSPHRASE)
            unlock_times.append(t)
            t, page = timed(opened.journal.list, 0, 50)
            page_times.append(t)
            assert len(page) == 50
            opened.close()
        kdf = statistics.median(kdf_times)
        unlock = statistics.median(unlock_times)
        first_page = statistics.median(page_times)
        print(f"passphrase KDF alone: {kdf * 1000:.0f} ms")
        print(f"unlock (KDF + open + quick_check + migrations check): {unlock * 1000:.0f} ms")
        beyond = unlock - kdf + first_page
        print(f"unlock beyond the KDF + first page of 50: {beyond * 1000:.0f} ms (budget 300 ms)")

        with profiles.unlock(profile, PASSPHRASE) as opened:
            for word in SEARCH_WORDS[:3]:
                opened.journal.search(word)  # warm the page cache like a real session
            search_times = []
            for _round in range(5):  # a median over 100 queries: single ones are noisy
                for word in SEARCH_WORDS:
                    t, _hits = timed(opened.journal.search, word, 50)
                    search_times.append(t)
            matches = [opened.journal.search_count(word) for word in SEARCH_WORDS]
        search = statistics.median(search_times)
        print(
            f"matches a query: median {statistics.median(matches):.0f}, "
            f"range {min(matches)}-{max(matches)} of {args.entries} entries"
        )
        print(
            f"search median over {len(search_times)} queries ({len(SEARCH_WORDS)} words): {search * 1000:.1f} ms (budget 20 ms)"
        )

        env = dict(os.environ, HEARTLOG_PASSPHRASE=PASSPHRASE)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src")
        cmd = [
            sys.executable,
            "-m",
            "heartlog",
            "search",
            "-p",
            "Bench",
            "lonely",
            "--limit",
            "1000",
        ]
        proc_times = []
        for _ in range(3):
            t, _ = timed(subprocess.run, cmd, env=env, capture_output=True, check=True)
            proc_times.append(t)
        heartlog_proc = statistics.median(proc_times)
        print(f"whole `heartlog search` process (unlock included): {heartlog_proc * 1000:.0f} ms")

        jrnl = os.environ.get("JRNL_BIN") or shutil.which("jrnl")
        if jrnl:
            jdir = home / "jrnl"
            jdir.mkdir()
            (jdir / "journal.txt").write_text(jrnl_text(items), encoding="utf-8")
            config = jdir / "jrnl.yaml"
            config.write_text(
                "colors: {body: none, date: none, tags: none, title: none}\n"
                "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
                "highlight: false\nindent_character: '|'\n"
                f"journals: {{default: {{journal: {jdir / 'journal.txt'}}}}}\n"
                "linewrap: 79\ntagsymbols: '@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
                "version: v4.0\n",
                encoding="utf-8",
            )
            jenv = dict(
                os.environ, XDG_CONFIG_HOME=str(jdir), XDG_DATA_HOME=str(jdir), HOME=str(jdir)
            )
            jcmd = [jrnl, "--config-file", str(config), "-contains", "lonely", "--short"]
            jrnl_proc_times = []
            for _ in range(3):
                t, res = timed(subprocess.run, jcmd, env=jenv, capture_output=True, text=True)
                if res.returncode != 0:
                    print("jrnl failed:", res.stderr.strip()[:300])
                    break
                jrnl_proc_times.append(t)
            if jrnl_proc_times:
                jrnl_proc = statistics.median(jrnl_proc_times)
                print(f"whole `jrnl -contains` process (unencrypted): {jrnl_proc * 1000:.0f} ms")
                print(f"ratio heartlog/jrnl process: {heartlog_proc / jrnl_proc:.2f} (budget <= 1)")
                print(
                    "ratio heartlog/jrnl process, leaving out our deliberate KDF: "
                    f"{(heartlog_proc - kdf) / jrnl_proc:.2f}"
                )
                jrnl_python = Path(jrnl).read_text(encoding="utf-8").splitlines()[0][2:].strip()
                inproc = subprocess.run(
                    [
                        jrnl_python,
                        "-c",
                        JRNL_IN_PROCESS,
                        str(jdir / "journal.txt"),
                        *SEARCH_WORDS[:5],
                    ],
                    capture_output=True,
                    text=True,
                    env=jenv,
                )
                if inproc.returncode == 0:
                    jrnl_search = float(inproc.stdout.strip())
                    print(f"jrnl parse + search in-process: {jrnl_search * 1000:.0f} ms a query")
                    print(
                        f"in-process search speed-up over jrnl: {jrnl_search / search:.0f}x "
                        "(budget >= 50x)"
                    )
                else:
                    print("jrnl in-process timing failed:", inproc.stderr.strip()[-300:])
        else:
            print("jrnl not installed: skipped the jrnl comparison (set JRNL_BIN)")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
