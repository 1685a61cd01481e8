"""``heartlog entry add|list`` and ``heartlog search``."""

from __future__ import annotations

import argparse
import sys

from heartlog.cli.common import (
    UsageError,
    add_json_option,
    add_profile_option,
    open_profile,
    parse_when,
    print_json,
)
from heartlog.core.entry_json import entry_to_json
from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START, Entry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    entry = sub.add_parser("entry", help="add or list journal entries")
    esub = entry.add_subparsers(dest="entry_command", metavar="ACTION", required=True)

    add = esub.add_parser("add", help="add an entry; the body is read from stdin")
    add_profile_option(add)
    add.add_argument("--date", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)")
    add.add_argument("--title", default="")
    add.add_argument("--tag", action="append", default=[], metavar="X", help="repeatable")
    add.add_argument("--mood", type=int, choices=range(1, 6), metavar="1-5")
    add_json_option(add)
    add.set_defaults(func=_add)

    lst = esub.add_parser("list", help="list entries, newest first")
    add_profile_option(lst)
    lst.add_argument("--tag", metavar="X")
    lst.add_argument("--limit", type=int, default=None)
    add_json_option(lst)
    lst.set_defaults(func=_list)

    search = sub.add_parser("search", help="full-text search of a journal")
    add_profile_option(search)
    search.add_argument("query", metavar="QUERY", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    add_json_option(search)
    search.set_defaults(func=_search)


def _add(args: argparse.Namespace) -> int:
    when = parse_when(args.date) if args.date else None
    body = sys.stdin.read()
    if not body.strip() and not args.title.strip():
        raise UsageError("The entry is empty: give a body on stdin or a --title.")
    with open_profile(args) as opened:
        entry = opened.journal.add(
            body=body.rstrip("\n"),
            title=args.title,
            written_at=when,
            tags=args.tag,
            mood=args.mood,
        )
    if args.json:
        print_json(entry_to_json(entry))
    else:
        print(entry.id)
    return 0


def _line(entry: Entry) -> str:
    tags = " ".join(f"#{t}" for t in entry.tags)
    return (
        f"{entry.written_at:%Y-%m-%d %H:%M}  {entry.id[:8]}  {entry.heading[:60]}  {tags}".rstrip()
    )


def _list(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        entries = opened.journal.list(limit=args.limit, tag=args.tag)
    if args.json:
        print_json([entry_to_json(e) for e in entries])
    else:
        for e in entries:
            print(_line(e))
    return 0


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_profile(args) as opened:
        hits = opened.journal.search(query, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": h.entry.id,
                    "date": h.entry.written_at.isoformat(),
                    "title": h.entry.title,
                    "snippet": h.snippet.replace(HIGHLIGHT_START, "**").replace(
                        HIGHLIGHT_END, "**"
                    ),
                    "rank": h.rank,
                }
                for h in hits
            ]
        )
    else:
        for h in hits:
            snippet = h.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
            print(_line(h.entry))
            print("    " + " ".join(snippet.split()))
    return 0
