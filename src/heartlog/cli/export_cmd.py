"""``heartlog export``: the whole journal (JSON, Markdown folder) or chosen entries.

Without a selection, ``json`` and ``markdown`` export the whole journal (to take
everything elsewhere). With a selection, ``markdown``, ``html`` and ``pdf`` write
one readable document of exactly the chosen entries. Neither is encrypted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from heartlog.cli.common import UsageError, add_profile_option
from heartlog.cli.interop_cmd import run_journal_export
from heartlog.cli.selection_args import add_selection_options, has_selection
from heartlog.cli.share_cmd import run_readable_export

FORMATS = ("json", "markdown", "html", "pdf")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export",
        help="export the whole journal (json, markdown folder) or chosen entries "
        "(markdown, html, pdf document); exports are NOT encrypted",
    )
    add_profile_option(exp)
    exp.add_argument("--format", "-f", required=True, choices=FORMATS)
    add_selection_options(exp)
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the file to write (a new folder for a whole-journal Markdown export)",
    )
    exp.add_argument(
        "--no-reflections", action="store_true", help="leave reflections out of a document"
    )
    exp.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    if has_selection(args):
        if args.format == "json":
            raise UsageError(
                "A JSON export is always the whole journal: leave out the selection, or choose "
                "markdown, html or pdf for the chosen entries."
            )
        return run_readable_export(args)
    if args.format in ("html", "pdf"):
        raise UsageError(
            "Choose which entries to export: --ids, --tag, --marked or --from/--to "
            "(json and markdown without a selection export the whole journal)."
        )
    return run_journal_export(args)
