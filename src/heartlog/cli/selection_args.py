"""The entry selection options shared by ``share`` and ``export``: --ids, --tag, --marked, --from/--to."""

from __future__ import annotations

import argparse

from heartlog.cli.common import parse_day
from heartlog.core.sharing.selection import Selection


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "selection", "which entries (several options narrow the choice down together)"
    )
    group.add_argument(
        "--ids",
        nargs="+",
        default=[],
        metavar="ID",
        help="entry ids (or unique prefixes of 4+ characters)",
    )
    group.add_argument("--tag", metavar="T", help="entries with this tag")
    group.add_argument("--marked", action="store_true", help="entries ticked for sharing")
    group.add_argument("--from", dest="date_from", metavar="D", help="from this day (YYYY-MM-DD)")
    group.add_argument("--to", dest="date_to", metavar="D", help="up to this day (YYYY-MM-DD)")


def selection_from_args(args: argparse.Namespace) -> Selection:
    return Selection(
        ids=tuple(getattr(args, "ids", None) or ()),
        tag=getattr(args, "tag", None),
        marked=bool(getattr(args, "marked", False)),
        start=parse_day(args.date_from) if getattr(args, "date_from", None) else None,
        end=parse_day(args.date_to) if getattr(args, "date_to", None) else None,
    )


def has_selection(args: argparse.Namespace) -> bool:
    return not selection_from_args(args).is_empty
