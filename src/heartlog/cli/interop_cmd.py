"""``heartlog import`` (jrnl, Day One, Markdown, HeartLog JSON) and ``heartlog export`` of the whole journal."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from heartlog.cli.common import (
    UsageError,
    add_json_option,
    add_profile_option,
    open_profile,
    print_json,
)
from heartlog.core.interop import (
    FORMATS,
    export_journal_json,
    export_markdown_folder,
    import_parsed,
    read_source,
)
from heartlog.core.interop.detect import ALIASES
from heartlog.core.interop.importer import preview_import
from heartlog.core.interop.moments import zone_named

AUTO = "auto"
EXPORT_FORMATS = ("json", "markdown")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import",
        help="import a jrnl, Day One or Markdown journal, or a HeartLog JSON export",
        description="Import all entries of PATH in one step: a malformed file imports nothing. "
        "Entries already in the journal are skipped.",
    )
    add_profile_option(imp)
    imp.add_argument(
        "--format",
        "-f",
        default=AUTO,
        choices=(AUTO, *FORMATS, *ALIASES),
        metavar="FORMAT",
        help=f"one of {', '.join(FORMATS)} (json = heartlog-json); default: detect",
    )
    imp.add_argument(
        "--timezone",
        metavar="ZONE",
        help="time zone of dates written without one (jrnl, Markdown), e.g. Europe/Berlin; "
        "default: this computer's",
    )
    imp.add_argument(
        "--jrnl-timeformat",
        metavar="FMT",
        help="the timeformat from your jrnl config, if it is not a YYYY-MM-DD one",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and count; import nothing")
    add_json_option(imp)
    imp.add_argument("path", metavar="PATH", type=Path, help="file or folder to import")
    imp.set_defaults(func=run_import)


def _zone(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    zone = zone_named(name)
    if zone is None:
        raise UsageError(f"Unknown time zone {name!r}. Use a name like Europe/Berlin or UTC.")
    return zone


def _span(first: dt.datetime | None, last: dt.datetime | None) -> str:
    if first is None or last is None:
        return ""
    return f" from {first:%Y-%m-%d} to {last:%Y-%m-%d}"


def run_import(args: argparse.Namespace) -> int:
    fmt = None if args.format == AUTO else args.format
    parsed = read_source(
        args.path, fmt, tz=_zone(args.timezone), jrnl_timeformat=args.jrnl_timeformat
    )
    for warning in parsed.warnings:
        print(f"heartlog: note: {warning}", file=sys.stderr)
    with open_profile(args) as opened:
        if args.dry_run:
            new, skipped = preview_import(opened.journal, parsed)
            if args.json:
                print_json(
                    {
                        "format": parsed.format,
                        "entries": parsed.count,
                        "new": new,
                        "skipped": skipped,
                        "first": parsed.first and parsed.first.isoformat(),
                        "last": parsed.last and parsed.last.isoformat(),
                    }
                )
            else:
                print(
                    f"Found {parsed.count} {parsed.format} entries{_span(parsed.first, parsed.last)}: "
                    f"{new} would be imported, {skipped} already present. Nothing was imported."
                )
            return 0
        result = import_parsed(opened.journal, parsed)
    if args.json:
        print_json(
            {
                "format": parsed.format,
                "imported": result.imported,
                "skipped": result.skipped,
                "entry_ids": list(result.entry_ids),
                "warnings": list(result.warnings),
            }
        )
    else:
        print(result.summary)
    return 0


def run_journal_export(args: argparse.Namespace) -> int:
    """``export --format json|markdown -o OUT``: the whole journal, written atomically."""
    out = Path(args.output)
    if args.format == "json" and out.is_dir():
        raise UsageError(f"{out} is a folder. Give a file name for the JSON export.")
    with open_profile(args) as opened:
        if args.format == "json":
            count = export_journal_json(opened.journal, out)
        elif args.format == "markdown":
            count = export_markdown_folder(opened.journal, out)
        else:
            raise UsageError(f"Unknown export format {args.format!r}; use json or markdown.")
    print(f"Exported {count} {'entry' if count == 1 else 'entries'} to {out}.")
    return 0
