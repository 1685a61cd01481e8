"""Import from other journals (jrnl, Day One, Markdown) and export the whole journal.

Public API (plain Python; safe to call from a worker thread)::

    parsed = read_source(path, fmt=None, tz=None)         # parse all, store nothing
    result = import_parsed(journal, parsed, progress, is_cancelled)  # one transaction
    result = import_path(journal, path, fmt=None, ...)    # both steps
    export_journal_json(journal, path, progress, is_cancelled)
    export_markdown_folder(journal, folder, progress, is_cancelled)

Errors: ``ImportFormatError`` (``core.errors``; ``.where`` names the file, line
or entry), ``ImportCancelled``, ``ExportCancelled``, ``ExportTargetExists``,
``StorageError``.
"""

from __future__ import annotations

from heartlog.core.interop.detect import FORMATS, canonical_format, detect_format, read_source
from heartlog.core.interop.importer import ImportResult, import_parsed, import_path, preview_import
from heartlog.core.interop.journal_json import export_journal_json
from heartlog.core.interop.markdown_export import ExportTargetExists, export_markdown_folder
from heartlog.core.interop.model import (
    ExportCancelled,
    ImportCancelled,
    ParsedEntry,
    ParsedJournal,
)

__all__ = [
    "FORMATS",
    "ExportCancelled",
    "ExportTargetExists",
    "ImportCancelled",
    "ImportResult",
    "ParsedEntry",
    "ParsedJournal",
    "canonical_format",
    "detect_format",
    "export_journal_json",
    "export_markdown_folder",
    "import_parsed",
    "import_path",
    "preview_import",
    "read_source",
]
