"""Core's English error sentences, matched and shown in the UI language.

Core raises typed errors whose text is one plain English sentence, often with
a detail in it (a file name, a line, a limit). Each sentence core can raise is
listed here once, as translators see it: the English text with ``%1``, ``%2``
where core fills in a value. The same template matches core's text, so the
values are kept and only the words around them are translated. A test reads
core's ``raise`` sites and fails when a sentence is missing here.
"""

from __future__ import annotations

import ast
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from heartlog.ui.placeholder_text import fill

CONTEXT = "CoreErrors"

# Most specific first: the first template that matches the whole sentence wins.
TEMPLATES: tuple[str, ...] = (
    # profiles and passphrases
    QT_TRANSLATE_NOOP(
        "CoreErrors", "Wrong passphrase. Check it and try again (it is case-sensitive)."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "There is no profile called %1. See 'heartlog profile list'."),
    QT_TRANSLATE_NOOP("CoreErrors", "A profile called %1 already exists. Choose another name."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The profile %1 is already open in another HeartLog window or command. "
        "Close it there first.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "Give the profile a name."),
    QT_TRANSLATE_NOOP("CoreErrors", "A profile name can be at most %1 characters."),
    QT_TRANSLATE_NOOP("CoreErrors", "A profile name cannot contain control characters."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Use a passphrase of at least %1 characters; a few unrelated words work well.",
    ),
    # the journal file and its key
    QT_TRANSLATE_NOOP("CoreErrors", "The journal file %1 is missing. Restore it from a backup."),
    QT_TRANSLATE_NOOP("CoreErrors", "The journal file %1 is empty: it was cut short"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The journal file %1 cannot be opened: %2. Restore it from a backup."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The journal file %1 cannot be read: %2. It may be damaged; restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "The journal failed its integrity check: %1."),
    QT_TRANSLATE_NOOP("CoreErrors", "The journal failed its integrity check (%1)."),
    QT_TRANSLATE_NOOP("CoreErrors", "Could not set PRAGMA %1 (got %2)."),
    QT_TRANSLATE_NOOP("CoreErrors", "The key file holds a key of the wrong size."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The key file has format %1, which this HeartLog does not know. Update HeartLog.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The key file is damaged and cannot be read. Restore it from a backup."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The key file %1 has format %2, which this HeartLog does not know. Update HeartLog.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The key file %1 is damaged and cannot be read. Restore it from a backup."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The %1 has format %2, which this HeartLog does not know. Update HeartLog."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The %1 is damaged and cannot be read. Restore it from a backup."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "Cannot read the key file %1: %2."),
    # writing to disk
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The disk is full, so the last change was not saved. "
        "Free some space and save again; your text is kept.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The disk could not be written (input/output error), so the last change was not "
        "saved. Check the disk and save again; your text is kept.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The journal file cannot be written (it is read-only), so the last change was not "
        "saved. Check the folder's permissions and save again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The journal file is damaged. Nothing more was written to it; close the profile and "
        "open it again to restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The disk is full, so %1 could not be written. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "HeartLog is not allowed to write %1. Choose another folder."),
    QT_TRANSLATE_NOOP("CoreErrors", "Could not write %1: %2. Nothing was changed."),
    # entries
    QT_TRANSLATE_NOOP("CoreErrors", "No entry with id %1."),
    QT_TRANSLATE_NOOP("CoreErrors", "A tag can be at most %1 characters long."),
    QT_TRANSLATE_NOOP("CoreErrors", "Mood must be a whole number from 1 to 5, or empty."),
    QT_TRANSLATE_NOOP("CoreErrors", "Entry text must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", "The text contains characters that cannot be saved."),
    # backups and restoring
    QT_TRANSLATE_NOOP("CoreErrors", "%1 (The backup was not written; the journal is unchanged.)"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The backup %1 failed its integrity check. Choose another backup."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The backup %1 failed its integrity check (%2). Choose another backup."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The backup %1 cannot be opened with this profile's key. Choose another backup.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a HeartLog backup. Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "There is no verified backup of profile %1. Nothing was changed."
    ),
    # prompts, love languages, reminders, weeks
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Every prompt is hidden. Show some again from the prompt browser in the app.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "There is no prompt %1 in the catalogue."),
    QT_TRANSLATE_NOOP("CoreErrors", "Answer all %1 pairs of the self-check (got %2)."),
    QT_TRANSLATE_NOOP("CoreErrors", "Answer %1 must be one of the two statements of that pair."),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not one of the five love languages."),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a time of day. Use HH:MM, for example 20:30."),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a week. Use YYYY-Www, for example 2026-W47."),
    # import and export
    QT_TRANSLATE_NOOP("CoreErrors", "The import was cancelled. Nothing was imported."),
    QT_TRANSLATE_NOOP("CoreErrors", "The export was cancelled. Nothing was written."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The folder %1 already exists and is not empty. Choose a new folder name.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "unknown import format %1; use one of: %2."),
    QT_TRANSLATE_NOOP("CoreErrors", "does not exist."),
    QT_TRANSLATE_NOOP("CoreErrors", "cannot be read (%1). Check that it exists and is readable."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "is not a journal HeartLog can read (jrnl, jrnl JSON, Day One, a Markdown folder or "
        "a HeartLog JSON export). Choose the format yourself if you know it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "line %1 is not UTF-8 text. Save the file as UTF-8 and try again."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "line %1 is not valid JSON (%2). Nothing was imported."),
    QT_TRANSLATE_NOOP("CoreErrors", "is not valid JSON (too deep or too large)."),
    QT_TRANSLATE_NOOP("CoreErrors", 'is not a HeartLog journal export: it has no "entries" list.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'is not a jrnl JSON export: it has no "entries" list.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'is not a %1: it has no "entries" list.'),
    QT_TRANSLATE_NOOP("CoreErrors", "is not a JSON object."),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" must be true or false.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" must be a list.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" is missing; every entry needs one.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" must be an ISO 8601 date and time.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" is not a valid date and time: %2.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"%1" must be text of at most %2 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"mood" must be a whole number from 1 to 5, or null.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"id" %1 is not an entry id (a UUID).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'is not a HeartLog journal export (no "format": "%1").'),
    QT_TRANSLATE_NOOP("CoreErrors", 'has no valid "version".'),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "was made by a newer HeartLog (format version %1). Update HeartLog to import it.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "the id %1 appears twice."),
    QT_TRANSLATE_NOOP("CoreErrors", "is a folder; a HeartLog JSON export is one file."),
    QT_TRANSLATE_NOOP("CoreErrors", "is a folder; a jrnl JSON export is one file."),
    QT_TRANSLATE_NOOP("CoreErrors", "is a folder; a jrnl journal is one text file."),
    QT_TRANSLATE_NOOP("CoreErrors", '"time" must be text like "15:30".'),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "the time in [%1] is not understood. Write it as [YYYY-MM-DD HH:MM].",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "there is text before the first entry. Every jrnl entry starts with a line like "
        "[2024-03-01 09:00] Title; add one or remove the text.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "this is not a jrnl journal: entries must start with a line like [2024-03-01 09:00] Title.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a valid time."),
    QT_TRANSLATE_NOOP("CoreErrors", "the time zone must be text."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "creationDate %1 is not a date and time (like 2024-03-01T14:30:00Z)."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", 'is not a Day One export: it has no "entries" list.'),
    QT_TRANSLATE_NOOP("CoreErrors", "is not a Day One entry (not a valid property list)."),
    QT_TRANSLATE_NOOP("CoreErrors", "is not a Day One entry (no entry dictionary)."),
    QT_TRANSLATE_NOOP("CoreErrors", '"Creation Date" is missing; every entry needs one.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"Tags" must be a list.'),
    QT_TRANSLATE_NOOP("CoreErrors", '"Starred" must be true or false.'),
    QT_TRANSLATE_NOOP("CoreErrors", "holds no Day One journal (no Journal.json inside)."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "holds no Day One journal (no Journal.json and no .doentry files)."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "is too large to import."),
    QT_TRANSLATE_NOOP("CoreErrors", "is not a readable zip file (%1)."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "the front matter that starts on line 1 has no closing '---' line."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "the front matter line is not 'key: value'. Correct it and try again."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "'%1' is given twice in the front matter."),
    QT_TRANSLATE_NOOP("CoreErrors", "a quoted value is not closed properly."),
    QT_TRANSLATE_NOOP("CoreErrors", "a quoted value is not closed."),
    QT_TRANSLATE_NOOP("CoreErrors", "a quoted value has a broken escape."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "this front matter value is not supported; write it on one line, in quotes.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "a list in the front matter is not closed with ']'."),
    QT_TRANSLATE_NOOP("CoreErrors", "nested lists are not supported in front matter."),
    QT_TRANSLATE_NOOP("CoreErrors", "'tags' in the front matter must be a list."),
    QT_TRANSLATE_NOOP("CoreErrors", "'date' in the front matter must be a date like 2024-03-01."),
    QT_TRANSLATE_NOOP("CoreErrors", "'starred' in the front matter must be true or false."),
    QT_TRANSLATE_NOOP("CoreErrors", "holds no Markdown or text files (.md, .markdown, .txt)."),
    QT_TRANSLATE_NOOP("CoreErrors", "the time in the file name %1 is not valid."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "has no date. Add a 'date: YYYY-MM-DD' front matter line or name the file like "
        "2024-03-01.md.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "the title must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", "the body must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", "the text must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", "the tag must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", "the %1 must be text."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "the %1 contains characters that cannot be saved (broken Unicode)."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "every tag must be text."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "a tag is longer than %1 characters. Shorten it and try again."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "the date has no time zone."),
    QT_TRANSLATE_NOOP("CoreErrors", "the date is out of range."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "%1 is not a date. Write it as YYYY-MM-DD or YYYY-MM-DD HH:MM."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a valid UTC offset."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "%1 is not a real date (year-month-day). Correct it and try again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "%1 is not a valid time (hours:minutes). Correct it and try again."
    ),
    # partners, share codes, sharing
    QT_TRANSLATE_NOOP("CoreErrors", "A partner's name can be at most %1 characters."),
    QT_TRANSLATE_NOOP("CoreErrors", "A partner's name cannot contain control characters."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "That is this profile's own share code. Add your partner's code instead."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "That is not a HeartLog share code. It starts with 'heartlog-share-'; paste the whole "
        "code or choose the share-code file.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "This share code is version %1, which this HeartLog cannot read. "
        "Update HeartLog on both computers.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The share code has a typing or copy mistake (its checksum does not match). "
        "Copy it again, whole, from your partner.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The share code is damaged. Copy it again, whole, from your partner."
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is too large to be a share-code file."),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is too large to be a share bundle."),
    QT_TRANSLATE_NOOP("CoreErrors", "Cannot read %1: %2."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "No partner yet. Add your partner's share code first (heartlog partner add).",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "That partner is no longer in this profile."),
    QT_TRANSLATE_NOOP("CoreErrors", "There are several partners (%1); say which one."),
    QT_TRANSLATE_NOOP("CoreErrors", "No single partner is called %1. Partners: %2."),
    QT_TRANSLATE_NOOP("CoreErrors", "No entries were chosen, so there is nothing to export."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Choose which entries: by ids, a tag, the entries marked for sharing, or a date range.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "The reflection is empty: write what you heard first."),
    QT_TRANSLATE_NOOP("CoreErrors", "A reflection can be at most %1 characters long."),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "That entry is not among the entries your partner shared, so it cannot get a reflection.",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "Only your own reflections can be changed."),
    QT_TRANSLATE_NOOP("CoreErrors", "Only your own reflections can be deleted."),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a folder. Choose an existing folder."),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "No share folder is set. Choose one first (heartlog share-folder FOLDER)."
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "The share folder %1 is not there. Connect it or choose another one."
    ),
)

# Where an import problem is: "journal.txt, line 12", "export.json, entry 3".
WHERE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreErrors", "%1, line %2"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1, entry %2"),
)

_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)
    regex = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _unquoted(value: str) -> str:
    """A value core wrote with ``!r`` ('Anna'), without Python's quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        try:
            literal = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
        if isinstance(literal, str):
            return literal
    return value


def _translated(text: str, templates: tuple[str, ...]) -> str | None:
    for template in templates:
        match = _pattern(template).fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            return text  # English (or no translation yet): core's own sentence
        values = [translate_core_message(_unquoted(v)) for v in match.groups()]
        return fill(translated, *values)
    return None


def known_message(text: str) -> bool:
    """True when ``text`` is a sentence core can raise that has a template here."""
    return any(_pattern(t).fullmatch(text) for t in TEMPLATES)


def translate_core_message(text: str) -> str:
    """``text`` in the UI language if it is one of core's sentences, else unchanged."""
    translated = _translated(text, TEMPLATES)
    return text if translated is None else translated


def translate_where(where: str) -> str:
    """The place of an import problem ("journal.txt, line 12") in the UI language."""
    translated = _translated(where, WHERE_TEMPLATES)
    return where if translated is None else translated
