"""Share-bundle throughput: write and import a bundle of N entries, against a baseline
of plainly serialising and writing the same entries (measured in the same run).

    HEARTLOG_KDF=fast python bench/bench_sharing.py [N]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("HEARTLOG_KDF", "fast")
os.environ["HEARTLOG_HOME"] = tempfile.mkdtemp(prefix="heartlog-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from heartlog.core.atomic_file import atomic_write_text
from heartlog.core.entry_json import entry_to_json
from heartlog.core.journal import Entry
from heartlog.core.profiles import create_profile, unlock
from heartlog.core.sharing import keys, partners, share_code
from heartlog.core.sharing.receive import receive_bundle_file
from heartlog.core.sharing.share_bundle import write_bundle

WORDS = [
    "we",
    "talked",
    "about",
    "the",
    "week",
    "and",
    "I",
    "felt",
    "heard",
    "when",
    "you",
    "listened",
]


def main(n: int) -> None:
    create_profile("A", "bench passphrase")
    create_profile("B", "bench passphrase")
    with unlock("A", "bench passphrase") as a, unlock("B", "bench passphrase") as b:
        pb = partners.add_partner(
            a.journal, share_code.format_share_code(keys.public_key(b.journal))
        )
        partners.add_partner(b.journal, share_code.format_share_code(keys.public_key(a.journal)))
        start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        made = [
            Entry(
                id=str(uuid.uuid4()),
                written_at=start + dt.timedelta(hours=i),
                title=f"Entry {i}",
                body=" ".join(WORDS[(i + j) % len(WORDS)] for j in range(120)),
            )
            for i in range(n)
        ]
        a.journal.add_many(made)
        ids = [e.id for e in made]
        out = Path(os.environ["HEARTLOG_HOME"])

        t0 = time.perf_counter()
        entries = list(a.journal.iter_all())
        atomic_write_text(out / "plain.json", json.dumps([entry_to_json(e) for e in entries]))
        baseline = time.perf_counter() - t0

        t0 = time.perf_counter()
        write_bundle(a.journal, pb.id, ids, out / "x.heartshare")
        share_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        receive_bundle_file(b.journal, out / "x.heartshare")
        receive_s = time.perf_counter() - t0
    size = (out / "x.heartshare").stat().st_size
    print(f"entries: {n}, bundle: {size / 1e6:.2f} MB")
    print(f"baseline (read + JSON + atomic write): {baseline * 1000:.0f} ms")
    print(
        f"share (read + encrypt + atomic write): {share_s * 1000:.0f} ms = {share_s / baseline:.2f}x baseline"
    )
    print(
        f"receive (decrypt + verify + import):   {receive_s * 1000:.0f} ms = {receive_s / baseline:.2f}x baseline"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
