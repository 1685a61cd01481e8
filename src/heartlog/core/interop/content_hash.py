"""The stable content hash that lets a re-import skip entries already in the journal.

Definition (version ``v1``), stored in ``entries.import_hash`` as 64 hex digits::

    sha256( "heartlog-import-v1" US  <UTC minute>  US  <text> )   (UTF-8)

where US is the unit separator U+001F, ``<UTC minute>`` is the moment the entry
was written, in UTC, to the minute (``2024-03-01T14:30Z``; seconds are dropped
because some formats keep them and others do not), and ``<text>`` is the title
and the body joined by a newline, then normalised: newlines to ``\\n``, Unicode
NFC, trailing spaces cut from every line, blank lines cut from both ends. Tags,
stars and moods are not part of it, so the same entry read from a jrnl text file
or from jrnl's JSON export has the same hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

HASH_VERSION = "heartlog-import-v1"
_SEP = "\x1f"


def normalised_text(title: str, body: str) -> str:
    text = f"{title}\n{body}".replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def utc_minute(written_at: dt.datetime) -> str:
    """``written_at`` (aware, or naive UTC as the database keeps it) to the UTC minute."""
    utc = written_at if written_at.tzinfo is None else written_at.astimezone(dt.UTC)
    return utc.replace(tzinfo=None).isoformat(timespec="minutes") + "Z"


def content_hash(written_at: dt.datetime, title: str, body: str) -> str:
    payload = _SEP.join((HASH_VERSION, utc_minute(written_at), normalised_text(title, body)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
