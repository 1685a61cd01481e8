"""What every importer produces: parsed entries, checked before anything is stored."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from heartlog.core.entry import MAX_TAG_CHARS, normalise_tags
from heartlog.core.errors import HeartLogError, ImportFormatError, InvalidEntry
from heartlog.core.timestamps import to_storage

# Called with (done, total) while parsing or importing.
ProgressFn = Callable[[int, int], None]
# Returns True once the user asked to stop; the import then stores nothing.
CancelFn = Callable[[], bool]

STARRED_TAG = "starred"
MAX_PROMPT_ID_CHARS = 64
MAX_HASH_CHARS = 64


class ImportCancelled(HeartLogError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was imported.")


class ExportCancelled(HeartLogError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled. Nothing was written.")


@dataclass(frozen=True)
class ParsedEntry:
    """One entry read from a file, already checked so that storing it cannot fail.

    Only a HeartLog JSON export sets the identity fields (``entry_id`` and the
    ones after it); other formats leave them empty and get fresh ids.
    """

    written_at: dt.datetime  # aware
    title: str
    body: str
    tags: tuple[str, ...]
    where: str  # file, line or entry, for messages
    entry_id: str | None = None
    mood: int | None = None
    prompt_id: str | None = None
    marked_for_sharing: bool = False
    shared_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    import_hash: str | None = None


@dataclass
class ParsedJournal:
    """Everything one source holds, parsed in full before anything is imported.

    ``exact`` is True for HeartLog's own JSON export: entries keep their ids
    and every field, and re-importing skips ids that are already there.
    """

    format: str
    source: Path
    entries: list[ParsedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    exact: bool = False

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def first(self) -> dt.datetime | None:
        return min((e.written_at for e in self.entries), default=None)

    @property
    def last(self) -> dt.datetime | None:
        return max((e.written_at for e in self.entries), default=None)


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (with or without a BOM; UTF-16 with a BOM) to text with ``\\n`` newlines."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            f"line {line} is not UTF-8 text. Save the file as UTF-8 and try again.", where
        ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path, where: str | None = None) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            f"cannot be read ({exc.strerror or exc}). Check that it exists and is readable.",
            where or str(path),
        ) from None


def check_text(value: object, what: str, where: str) -> str:
    """``value`` as storable text (a str that encodes to UTF-8), or a clear error."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportFormatError(f"the {what} must be text.", where)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFormatError(
            f"the {what} contains characters that cannot be saved (broken Unicode).", where
        ) from None
    return value


def clean_tags(
    raw: Iterable[object], where: str, starred: bool = False, signs: str = "@#"
) -> tuple[str, ...]:
    """Tags without their ``signs`` (jrnl's ``@``/``#``), de-duplicated, plus ``starred``."""
    names: list[str] = []
    for tag in raw:
        if not isinstance(tag, str):
            raise ImportFormatError("every tag must be text.", where)
        names.append(check_text(tag, "tag", where).strip().lstrip(signs))
    if starred:
        names.append(STARRED_TAG)
    try:
        return normalise_tags(names)
    except InvalidEntry:
        raise ImportFormatError(
            f"a tag is longer than {MAX_TAG_CHARS} characters. Shorten it and try again.", where
        ) from None


def check_moment(moment: dt.datetime, where: str) -> dt.datetime:
    """An aware datetime the database can store, or a clear error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ImportFormatError("the date has no time zone.", where)
    try:
        to_storage(moment)
    except (OverflowError, ValueError):
        raise ImportFormatError("the date is out of range.", where) from None
    return moment


def attach_zone(naive: dt.datetime, tz: dt.tzinfo | None, where: str) -> dt.datetime:
    """A wall-clock time from a file, in ``tz`` (this computer's zone when None)."""
    try:
        moment = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    except (OverflowError, ValueError, OSError):
        raise ImportFormatError("the date is out of range.", where) from None
    return check_moment(moment, where)
