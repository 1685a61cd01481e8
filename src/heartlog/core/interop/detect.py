"""Which kind of journal a file or folder is, and reading it with the right importer."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop import dayone, journal_json, jrnl_json, jrnl_text, markdown_folder
from heartlog.core.interop.model import CancelFn, ParsedJournal, ProgressFn

JRNL = jrnl_text.FORMAT
JRNL_JSON = jrnl_json.FORMAT
DAYONE = dayone.FORMAT
MARKDOWN = markdown_folder.FORMAT
HEARTLOG_JSON = journal_json.FORMAT
FORMATS = (JRNL, JRNL_JSON, DAYONE, MARKDOWN, HEARTLOG_JSON)
ALIASES = {"json": HEARTLOG_JSON, "heartlog": HEARTLOG_JSON, "day-one": DAYONE, "md": MARKDOWN}

_SNIFF_BYTES = 64 * 1024
_JRNL_HEADER = re.compile(rb"(?:^|\n)\[\d{4}-\d{1,2}-\d{1,2}[^\]\n]*\]", re.ASCII)
_LEGACY_HEADER = re.compile(rb"(?:^|\n)\d{4}-\d{2}-\d{2} \d{2}:\d{2} ", re.ASCII)


def canonical_format(name: str) -> str:
    name = name.strip().lower()
    name = ALIASES.get(name, name)
    if name not in FORMATS:
        raise ImportFormatError(
            f"unknown import format {name!r}; use one of: {', '.join(FORMATS)}.", "format"
        )
    return name


def _json_kind(path: Path) -> str | None:
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    if document.get("format") == journal_json.SCHEMA_FORMAT:
        return HEARTLOG_JSON
    entries = document.get("entries")
    if not isinstance(entries, list):
        return None
    first = entries[0] if entries and isinstance(entries[0], dict) else {}
    if "creationDate" in first or "metadata" in document:
        return DAYONE
    if "date" in first and "id" not in first:
        return JRNL_JSON
    return None


def detect_format(path: Path) -> str:
    """The format of ``path``, or an ImportFormatError saying it is not recognised."""
    try:
        return _detect(path)
    except OSError as exc:
        raise ImportFormatError(
            f"cannot be read ({exc.strerror or exc}). Check that it exists and is readable.",
            str(path),
        ) from None


def _detect(path: Path) -> str:
    if path.is_dir():
        if path.suffix.lower() == ".dayone" or dayone.doentry_files(path):
            return DAYONE
        journals = [p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file()]
        if any(_json_kind(p) == DAYONE for p in journals):
            return DAYONE
        if markdown_folder.entry_files(path):
            return MARKDOWN
    elif path.is_file():
        suffix = path.suffix.lower()
        if zipfile.is_zipfile(path) or suffix == dayone.DOENTRY_SUFFIX:
            return DAYONE
        if suffix == ".json":
            kind = _json_kind(path)
            if kind is not None:
                return kind
        else:
            with path.open("rb") as fh:
                head = fh.read(_SNIFF_BYTES).removeprefix(b"\xef\xbb\xbf")
            if _JRNL_HEADER.search(head) or _LEGACY_HEADER.match(head):
                return JRNL
            if suffix in markdown_folder.SUFFIXES:
                return MARKDOWN
    else:
        raise ImportFormatError("does not exist.", str(path))
    raise ImportFormatError(
        "is not a journal HeartLog can read (jrnl, jrnl JSON, Day One, a Markdown folder "
        "or a HeartLog JSON export). Choose the format yourself if you know it.",
        path.name,
    )


def read_source(
    path: Path,
    fmt: str | None = None,
    *,
    tz: dt.tzinfo | None = None,
    jrnl_timeformat: str | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ParsedJournal:
    """Parse all of ``path`` (format detected when ``fmt`` is None) without storing anything."""
    fmt = canonical_format(fmt) if fmt else detect_format(path)
    if not path.exists():
        raise ImportFormatError("does not exist.", str(path))
    if fmt == JRNL:
        return jrnl_text.read_jrnl_text(
            path, tz=tz, timeformat=jrnl_timeformat, is_cancelled=is_cancelled
        )
    if fmt == JRNL_JSON:
        return jrnl_json.read_jrnl_json(path, tz=tz, is_cancelled=is_cancelled)
    if fmt == DAYONE:
        return dayone.read_dayone(path, is_cancelled=is_cancelled)
    if fmt == MARKDOWN:
        return markdown_folder.read_markdown_folder(
            path, tz=tz, progress=progress, is_cancelled=is_cancelled
        )
    return journal_json.read_journal_json(path, is_cancelled=is_cancelled)
