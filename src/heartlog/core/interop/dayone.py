"""Day One: the JSON export (a zip, a folder or the JSON file) and classic ``.doentry`` folders.

JSON export: ``{"metadata": {...}, "entries": [{"uuid", "creationDate":
"2024-03-01T14:30:12Z", "timeZone": "Europe/Berlin", "text": "# Title\\n\\n...",
"tags": [...], "starred": true, ...}]}`` in ``Journal.json`` (or one JSON file
per journal, all read). Classic Day One keeps one XML property list per entry
(``entries/<UUID>.doentry``) with ``Creation Date``, ``Entry Text``, ``Tags``,
``Starred``, ``Time Zone`` and ``UUID``.

Times are UTC instants shown in the entry's own zone (``zoneinfo``); an unknown
zone keeps the instant in UTC and adds a warning. The text's first line becomes
the title (see ``markdown_text.split_title``) and Day One's Markdown escapes
(``\\.``) are removed. A starred entry gets the tag ``starred``.
"""

from __future__ import annotations

import datetime as dt
import plistlib
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.json_source import (
    entry_object,
    load_json,
    optional_bool,
    optional_list,
    required_str,
)
from heartlog.core.interop.markdown_text import split_title, unescape_markdown
from heartlog.core.interop.model import (
    CancelFn,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
    check_text,
    clean_tags,
    read_bytes,
)
from heartlog.core.interop.moments import in_zone

FORMAT = "dayone"
DOENTRY_SUFFIX = ".doentry"
MAX_JSON_BYTES = 2 * 1024**3  # refuse absurd zip members rather than exhaust memory


def _entry(
    parsed: ParsedJournal,
    where: str,
    created: dt.datetime,
    zone_name: object,
    text: object,
    tags: list[Any],
    starred: bool,
) -> ParsedEntry:
    if zone_name is not None and not isinstance(zone_name, str):
        raise ImportFormatError("the time zone must be text.", where)
    moment, known = in_zone(created, zone_name, where)
    if not known:
        parsed.warnings.append(
            f"{where}: unknown time zone {zone_name!r}; the time is kept in UTC."
        )
    title, body = split_title(unescape_markdown(check_text(text, "text", where)))
    return ParsedEntry(
        written_at=moment,
        title=title,
        body=body,
        tags=clean_tags(tags, where, starred=starred),
        where=where,
    )


def _json_created(item: dict[str, Any], where: str) -> dt.datetime:
    text = required_str(item, "creationDate", where).strip()
    try:
        created = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            f"creationDate {text!r} is not a date and time (like 2024-03-01T14:30:00Z).", where
        ) from None
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def parse_dayone_json(
    data: bytes, name: str, parsed: ParsedJournal, is_cancelled: CancelFn | None = None
) -> None:
    document = load_json(data, name)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFormatError('is not a Day One export: it has no "entries" list.', name)
    for index, raw in enumerate(document["entries"], start=1):
        if is_cancelled is not None and index % 2000 == 0 and is_cancelled():
            raise ImportCancelled
        where = f"{name}, entry {index}"
        item = entry_object(raw, where)
        parsed.entries.append(
            _entry(
                parsed,
                where,
                _json_created(item, where),
                item.get("timeZone"),
                item.get("text"),
                optional_list(item, "tags", where),
                optional_bool(item, "starred", where),
            )
        )


def parse_doentry(data: bytes, name: str, parsed: ParsedJournal) -> None:
    try:
        item = plistlib.loads(data)
    except Exception:  # plistlib raises many types on bad input (expat, struct, ...)
        raise ImportFormatError(
            "is not a Day One entry (not a valid property list).", name
        ) from None
    if not isinstance(item, dict):
        raise ImportFormatError("is not a Day One entry (no entry dictionary).", name)
    created = item.get("Creation Date")
    if not isinstance(created, dt.datetime):
        raise ImportFormatError('"Creation Date" is missing; every entry needs one.', name)
    tags = item.get("Tags") or []
    if not isinstance(tags, list):
        raise ImportFormatError('"Tags" must be a list.', name)
    starred = item.get("Starred", False)
    if not isinstance(starred, bool):
        raise ImportFormatError('"Starred" must be true or false.', name)
    parsed.entries.append(
        _entry(parsed, name, created, item.get("Time Zone"), item.get("Entry Text"), tags, starred)
    )


def _read_zip(path: Path, parsed: ParsedJournal, is_cancelled: CancelFn | None) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted(
                (
                    info
                    for info in archive.infolist()
                    if not info.is_dir() and not info.filename.startswith("__MACOSX/")
                ),
                key=lambda info: info.filename,
            )
            journals = [i for i in members if i.filename.lower().endswith(".json")]
            doentries = [i for i in members if i.filename.lower().endswith(DOENTRY_SUFFIX)]
            if not journals and not doentries:
                raise ImportFormatError(
                    "holds no Day One journal (no Journal.json inside).", path.name
                )
            for info in journals + doentries:
                if info.file_size > MAX_JSON_BYTES:
                    raise ImportFormatError("is too large to import.", info.filename)
                data = archive.read(info)
                name = f"{path.name}: {PurePosixPath(info.filename).name}"
                if info in journals:
                    parse_dayone_json(data, name, parsed, is_cancelled)
                else:
                    parse_doentry(data, name, parsed)
    except ImportFormatError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise ImportFormatError(
            f"is not a readable zip file ({type(exc).__name__}).", path.name
        ) from None


def doentry_files(folder: Path) -> list[Path]:
    for candidate in (folder / "entries", folder):
        if candidate.is_dir():
            found = sorted(p for p in candidate.iterdir() if p.suffix.lower() == DOENTRY_SUFFIX)
            if found:
                return found
    return []


def read_dayone(path: Path, *, is_cancelled: CancelFn | None = None) -> ParsedJournal:
    """A Day One zip, JSON file, export folder, ``.dayone`` folder or ``.doentry`` file."""
    parsed = ParsedJournal(format=FORMAT, source=path)
    if path.is_file() and zipfile.is_zipfile(path):
        _read_zip(path, parsed, is_cancelled)
    elif path.is_file() and path.suffix.lower() == DOENTRY_SUFFIX:
        parse_doentry(read_bytes(path, path.name), path.name, parsed)
    elif path.is_file():
        parse_dayone_json(read_bytes(path, path.name), path.name, parsed, is_cancelled)
    elif path.is_dir():
        journals = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
        doentries = doentry_files(path)
        if not journals and not doentries:
            raise ImportFormatError(
                "holds no Day One journal (no Journal.json and no .doentry files).", path.name
            )
        for journal_file in journals:
            parse_dayone_json(
                read_bytes(journal_file, journal_file.name), journal_file.name, parsed, is_cancelled
            )
        for number, entry_file in enumerate(doentries, start=1):
            if is_cancelled is not None and number % 500 == 0 and is_cancelled():
                raise ImportCancelled
            parse_doentry(read_bytes(entry_file, entry_file.name), entry_file.name, parsed)
    else:
        raise ImportFormatError("does not exist.", str(path))
    return parsed
