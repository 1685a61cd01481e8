"""A journal writer for crash tests: writes entries in a loop until it is killed.

Run as ``python writer.py PROFILE --run N``, with ``HEARTLOG_HOME``,
``HEARTLOG_PASSPHRASE`` (and ``HEARTLOG_KDF``) in the environment. Each entry
is first autosaved as a draft, then saved, and its id is printed (and stdout
flushed) only after ``Journal.add`` returned, i.e. after its commit. Some
iterations update an earlier entry of the run instead (printed after the
commit too), and every ``--backup-every`` entries a backup is written, so
kills also land inside updates and backups. Every body is derived from the
entry id and a version number, so a checker can tell a whole entry from a
half-written one.

Lines printed: ``ready``, ``add <id>``, ``upd <id> <version>``, ``backup <name>``.
Exit 1 with one line on stderr when the profile is already open elsewhere.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import uuid
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


def entry_id_for(run: int, index: int) -> str:
    return str(uuid.UUID(int=(0xC0FFEE << 96) | (run << 32) | index))


def body_for(entry_id: str, version: int) -> str:
    """The body of ``entry_id`` at ``version``: 40 B to ~24 KB, several pages at times."""
    seed = hashlib.sha256(f"{entry_id}:{version}".encode()).hexdigest()
    length = 40 + int(seed[:8], 16) % 24000
    header = f"[{entry_id} v{version}] שלום "
    filler = (seed + " 👩\u200d❤️\u200d👨 e\u0301 ") * (length // 40 + 1)
    return header + filler[:length]


def version_of(entry_id: str, body: str) -> int | None:
    """The version whose body this is exactly, or None for a damaged/foreign body."""
    prefix = f"[{entry_id} v"
    if not body.startswith(prefix):
        return None
    try:
        version = int(body[len(prefix) : body.index("]")])
    except ValueError:
        return None
    return version if body == body_for(entry_id, version) else None


def title_for(entry_id: str) -> str:
    return f"crash test {entry_id[-8:]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--backup-every", type=int, default=0)
    parser.add_argument("--update-every", type=int, default=4)
    args = parser.parse_args(argv)

    from heartlog.core.backup import create_backup
    from heartlog.core.errors import HeartLogError
    from heartlog.core.profiles import unlock

    try:
        opened = unlock(args.profile, os.environ["HEARTLOG_PASSPHRASE"])
    except HeartLogError as exc:
        print(f"writer: {exc}", file=sys.stderr)
        return 1
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    journal = opened.journal
    versions: dict[str, int] = {}
    for i in range(args.count):
        entry_id = entry_id_for(args.run, i)
        if args.update_every and i % args.update_every == args.update_every - 1 and versions:
            target = entry_id_for(args.run, i - 1)
            new = versions.get(target, 0) + 1
            journal.update(target, body=body_for(target, new))
            versions[target] = new
            out.write(f"upd {target} {new}\n")
            out.flush()
        body = body_for(entry_id, 0)
        journal.save_draft(entry_id, title_for(entry_id), body)  # the editor's autosave
        journal.add(body, title=title_for(entry_id), entry_id=entry_id)
        out.write(f"add {entry_id}\n")
        out.flush()
        journal.discard_draft(entry_id)
        versions[entry_id] = 0
        if args.backup_every and i % args.backup_every == args.backup_every - 1:
            info = create_backup(opened, reason="manual")
            out.write(f"backup {info.path.name}\n")
            out.flush()
    opened.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
