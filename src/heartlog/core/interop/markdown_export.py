"""The whole journal as a folder of Markdown files, one per entry, never half-written.

Each file is ``YYYY-MM-DD-HHMM Title.md`` with a front matter block (``id``,
``date`` with its UTC offset, ``title``, ``tags``, and ``mood`` / ``prompt_id``
when set; strings JSON-quoted), a blank line, then the body. The folder is
built next to the target under a hidden temporary name, each file written
through ``atomic_file``, and renamed into place only when complete; a failure
or a cancel leaves no target folder behind. The folder can be imported back
with the ``markdown`` importer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from heartlog.core.atomic_file import atomic_write_text, describe_os_error, fsync_dir
from heartlog.core.errors import ExportTargetExists, StorageError
from heartlog.core.interop.model import CancelFn, ExportCancelled, ProgressFn
from heartlog.core.journal import Entry, Journal

MAX_NAME_CHARS = 40
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def entry_markdown(entry: Entry) -> str:
    lines = [
        "---",
        f"id: {entry.id}",
        f"date: {entry.written_at.isoformat()}",
        f"title: {json.dumps(entry.title, ensure_ascii=False)}",
        f"tags: {json.dumps(list(entry.tags), ensure_ascii=False)}",
    ]
    if entry.mood is not None:
        lines.append(f"mood: {entry.mood}")
    if entry.prompt_id is not None:
        lines.append(f"prompt_id: {json.dumps(entry.prompt_id, ensure_ascii=False)}")
    lines += ["---", "", entry.body]
    return "\n".join(lines).rstrip("\n") + "\n"


def file_name(entry: Entry, used: set[str]) -> str:
    """A safe, unique (also on case-insensitive disks) file name for ``entry``."""
    words = " ".join(_UNSAFE.sub(" ", entry.heading).split())[:MAX_NAME_CHARS].strip(" .")
    stem = entry.written_at.strftime("%Y-%m-%d-%H%M") + (f" {words}" if words else "")
    name, number = f"{stem}.md", 1
    while name.casefold() in used:
        number += 1
        name = f"{stem} ({number}).md"
    used.add(name.casefold())
    return name


def _check_target(target: Path) -> None:
    if target.is_dir():
        try:
            empty = not any(target.iterdir())
        except OSError as exc:
            raise StorageError(describe_os_error(exc, target)) from exc
        if empty:
            return
    if target.exists() or target.is_symlink():
        raise ExportTargetExists(target)


def export_markdown_folder(
    journal: Journal,
    folder: str | Path,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> int:
    """Write every entry into the new folder ``folder``; returns the number written."""
    target = Path(folder)
    _check_target(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        )
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    try:
        entries = journal.list(limit=None, oldest_first=True)
        used: set[str] = set()
        for index, entry in enumerate(entries, start=1):
            if is_cancelled is not None and is_cancelled():
                raise ExportCancelled
            atomic_write_text(staging / file_name(entry, used), entry_markdown(entry))
            if progress is not None:
                progress(index, len(entries))
        try:
            _check_target(target)
            if target.is_dir():
                target.rmdir()
            os.replace(staging, target)
            fsync_dir(target.parent)
        except OSError as exc:
            raise StorageError(describe_os_error(exc, target)) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(entries)
