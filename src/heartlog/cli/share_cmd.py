"""Sharing commands: ``share-code``, ``partner``, ``mark``, ``share``, ``receive``, ``inbox``,
``reflect``, ``reflections``, ``share-folder`` and the readable ``export`` of a selection.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from heartlog.cli.common import (
    UsageError,
    add_json_option,
    add_profile_option,
    open_profile,
    print_json,
)
from heartlog.cli.selection_args import add_selection_options, selection_from_args
from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START
from heartlog.core.sharing import inbox as inbox_mod
from heartlog.core.sharing import keys, partners, reflections, selection, share_code
from heartlog.core.sharing.errors import NothingSelected
from heartlog.core.sharing.readable_export import ExportFormat, export_readable
from heartlog.core.sharing.receive import ImportResult, ImportStatus, receive_bundle_file
from heartlog.core.sharing.share_bundle import ShareResult, write_bundle
from heartlog.core.sharing.share_folder import (
    scan_share_folder,
    set_share_folder,
    share_folder,
    write_to_share_folder,
)

READABLE_FORMATS = ("markdown", "html", "pdf")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    code = sub.add_parser("share-code", help="print (or save) this profile's public share code")
    add_profile_option(code)
    code.add_argument("-o", "--output", type=Path, metavar="FILE", help="also save it to FILE")
    add_json_option(code)
    code.set_defaults(func=_share_code)

    partner = sub.add_parser("partner", help="add or list the partners you share with")
    psub = partner.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    add = psub.add_parser("add", help="trust a partner's share code (text or file)")
    add_profile_option(add)
    add.add_argument("code", metavar="CODE_OR_FILE")
    add.add_argument("--name", help="what to call this partner")
    add_json_option(add)
    add.set_defaults(func=_partner_add)
    lst = psub.add_parser("list", help="list partners and their fingerprints")
    add_profile_option(lst)
    add_json_option(lst)
    lst.set_defaults(func=_partner_list)
    rm = psub.add_parser("remove", help="forget a partner and what they shared")
    add_profile_option(rm)
    rm.add_argument("name", metavar="NAME")
    rm.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rm.set_defaults(func=_partner_remove)

    mark = sub.add_parser("mark", help="tick entries for sharing (or untick with --off)")
    add_profile_option(mark)
    mark.add_argument("--ids", nargs="+", required=True, metavar="ID")
    mark.add_argument("--off", action="store_true", help="untick: stop sharing them")
    mark.set_defaults(func=_mark)

    share = sub.add_parser(
        "share",
        help="write an encrypted bundle for your partner",
        description="The bundle holds exactly the selected entries (default: --marked). "
        "Entries sent before and not selected now are removed from the partner's app.",
    )
    add_profile_option(share)
    add_selection_options(share)
    share.add_argument("--partner", metavar="NAME", help="which partner (if there are several)")
    share.add_argument(
        "-o", "--output", type=Path, metavar="BUNDLE", help="bundle file (default: share folder)"
    )
    add_json_option(share)
    share.set_defaults(func=_share)

    receive = sub.add_parser("receive", help="import a partner's bundle (or scan the share folder)")
    add_profile_option(receive)
    receive.add_argument("bundle", type=Path, nargs="?", metavar="BUNDLE")
    add_json_option(receive)
    receive.set_defaults(func=_receive)

    inbox = sub.add_parser("inbox", help="entries your partner shared with you, newest first")
    add_profile_option(inbox)
    inbox.add_argument("--search", metavar="QUERY", help="only entries with these words")
    add_json_option(inbox)
    inbox.set_defaults(func=_inbox)

    reflect = sub.add_parser(
        "reflect", help="write a reflection (from stdin) on an entry your partner shared"
    )
    add_profile_option(reflect)
    reflect.add_argument("entry_id", metavar="ENTRY_ID")
    add_json_option(reflect)
    reflect.set_defaults(func=_reflect)

    refl = sub.add_parser("reflections", help="reflections exchanged with your partner")
    add_profile_option(refl)
    refl.add_argument("--entry", metavar="ENTRY_ID", help="only on this entry")
    add_json_option(refl)
    refl.set_defaults(func=_reflections)

    folder = sub.add_parser("share-folder", help="show, set or turn off the share folder")
    add_profile_option(folder)
    folder.add_argument("folder", nargs="?", type=Path, metavar="FOLDER")
    folder.add_argument("--off", action="store_true", help="stop using a share folder")
    folder.set_defaults(func=_share_folder)


# -- keys and partners --------------------------------------------------------------


def _share_code(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        key = keys.public_key(opened.journal)
        if args.output is not None:
            share_code.write_share_code_file(args.output, key, opened.profile.name)
    code, fp = share_code.format_share_code(key), keys.fingerprint(key)
    if args.json:
        print_json({"code": code, "fingerprint": fp})
    else:
        print(code)
        print(f"Fingerprint: {fp}  (compare it aloud with your partner)", file=sys.stderr)
    return 0


def _partner_json(p: partners.PartnerInfo) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "fingerprint": p.fingerprint,
        "added_at": p.added_at.isoformat() if p.added_at else None,
    }


def _partner_add(args: argparse.Namespace) -> int:
    text = share_code.read_code_argument(args.code)
    with open_profile(args) as opened:
        info = partners.add_partner(opened.journal, text, args.name)
    if args.json:
        print_json(_partner_json(info))
    else:
        print(
            f"Added partner {info.name!r}, fingerprint {info.fingerprint}. "
            f"Check with {info.name} that they see the same fingerprint."
        )
    return 0


def _partner_list(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        found = partners.list_partners(opened.journal)
    if args.json:
        print_json([_partner_json(p) for p in found])
    elif not found:
        print("No partners yet. Add one with: heartlog partner add CODE_OR_FILE")
    else:
        for p in found:
            print(f"{p.name}  {p.fingerprint}")
    return 0


def _partner_remove(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Removing a partner needs confirmation: add --yes.")
        if input(f"Forget {args.name!r} and everything they shared? [y/N] ").lower() != "y":
            print("Nothing was removed.")
            return 1
    with open_profile(args) as opened:
        info = partners.find_partner(opened.journal, args.name)
        partners.remove_partner(opened.journal, info.id)
    print(f"Removed partner {info.name!r} and what they shared.")
    return 0


def _mark(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        changed = selection.mark(opened.journal, args.ids, marked=not args.off)
    verb = "Unticked" if args.off else "Ticked"
    print(f"{verb} {changed} entr{'y' if changed == 1 else 'ies'} for sharing.")
    return 0


# -- bundles -------------------------------------------------------------------------


def _share(args: argparse.Namespace) -> int:
    chosen = selection_from_args(args)
    if chosen.is_empty:
        chosen = selection.Selection(marked=True)
    with open_profile(args) as opened:
        journal = opened.journal
        partner = partners.find_partner(journal, args.partner)
        ids = [e.id for e in selection.select_entries(journal, chosen)]
        if args.output is not None:
            result = write_bundle(journal, partner.id, ids, args.output)
        else:
            result = write_to_share_folder(journal, partner.id, ids)
    _print_share(result, args.json)
    return 0


def _print_share(r: ShareResult, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "path": str(r.path),
                "partner": r.partner_name,
                "sequence": r.sequence,
                "shared": r.shared,
                "revoked": r.revoked,
                "reflections": r.reflections,
            }
        )
        return
    print(f"Wrote {r.path}: {r.shared} entries for {r.partner_name}", end="")
    if r.revoked:
        print(f", {r.revoked} removed from what {r.partner_name} can read", end="")
    if r.reflections:
        print(f", {r.reflections} reflections", end="")
    print(".")


def _result_json(r: ImportResult) -> dict[str, Any]:
    return {
        "status": r.status.value,
        "path": str(r.path) if r.path else None,
        "partner": r.partner_name,
        "sequence": r.sequence,
        "added": r.added,
        "updated": r.updated,
        "removed": r.removed,
        "reflections": r.reflections,
        "error": str(r.error) if r.error else None,
    }


def _result_line(r: ImportResult) -> str:
    if r.status is ImportStatus.REJECTED:
        return f"Rejected {r.path}: {r.error}"
    if r.status is ImportStatus.ALREADY_IMPORTED:
        return f"Already imported this bundle from {r.partner_name}; nothing changed."
    return (
        f"From {r.partner_name}: {r.added} new, {r.updated} updated, {r.removed} removed, "
        f"{r.reflections} reflection changes."
    )


def _receive(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        if args.bundle is not None:
            results = [receive_bundle_file(opened.journal, args.bundle)]
        else:
            results = scan_share_folder(opened.journal)
    if args.json:
        print_json(_result_json(results[0]) if args.bundle else [_result_json(r) for r in results])
    elif not results:
        print("No new bundles in the share folder.")
    else:
        for r in results:
            print(_result_line(r))
    rejected = [r for r in results if r.status is ImportStatus.REJECTED]
    if rejected and not args.json:
        print(f"heartlog: {len(rejected)} bundle(s) were rejected.", file=sys.stderr)
    return 1 if rejected else 0


# -- inbox and reflections -------------------------------------------------------------


def _reflection_json(r: reflections.ReflectionInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "entry_id": r.entry_id,
        "author": r.author,
        "partner": r.partner_name,
        "body": r.body,
        "created_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
    }


def _inbox(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        journal = opened.journal
        if args.search:
            found = inbox_mod.search_inbox(journal, args.search, limit=None)
        else:
            found = inbox_mod.inbox(journal)
        refl = {e.id: reflections.reflections_for(journal, e.id) for e in found}
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "partner": e.partner_name,
                    "date": e.written_at.isoformat(),
                    "title": e.title,
                    "body": e.body,
                    "tags": list(e.tags),
                    "mood": e.mood,
                    "updated_at": e.updated_at.isoformat(),
                    "received_at": e.received_at.isoformat(),
                    "reflections": [_reflection_json(r) for r in refl[e.id]],
                }
                for e in found
            ]
        )
        return 0
    if not found:
        print("Nothing shared with you yet." if not args.search else "No shared entry matches.")
    for e in found:
        tags = " ".join(f"#{t}" for t in e.tags)
        line = f"{e.written_at:%Y-%m-%d %H:%M}  {e.id[:8]}  {e.partner_name}: {e.heading[:60]}"
        print(f"{line}  {tags}".rstrip())
        if e.snippet:
            snippet = e.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
            print("    " + " ".join(snippet.split()))
    return 0


def _reflect(args: argparse.Namespace) -> int:
    body = sys.stdin.read()
    if not body.strip():
        raise UsageError("The reflection is empty: write it on stdin.")
    with open_profile(args) as opened:
        journal = opened.journal
        entry_id = _received_id(journal, args.entry_id)
        info = reflections.reflect(journal, entry_id, body)
    if args.json:
        print_json(_reflection_json(info))
    else:
        print(f"Saved your reflection; it goes to {info.partner_name} with your next share.")
    return 0


def _received_id(journal: Any, given: str) -> str:
    """A received entry's full id from a full id or a unique prefix."""
    given = given.strip().lower()
    ids = [e.id for e in inbox_mod.inbox(journal) if e.id == given or e.id.startswith(given)]
    if given in ids:
        return given
    if len(ids) == 1 and len(given) >= selection.MIN_ID_PREFIX:
        return ids[0]
    return given  # reflect() explains that it is not a shared entry


def _reflections(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        journal = opened.journal
        if args.entry:
            found = reflections.reflections_for(journal, args.entry)
        else:
            found = reflections.all_reflections(journal)
    if args.json:
        print_json([_reflection_json(r) for r in found])
        return 0
    if not found:
        print("No reflections yet.")
    for r in found:
        who = "You" if r.author == reflections.AUTHOR_ME else r.partner_name
        print(f"{r.created_at:%Y-%m-%d %H:%M}  on {r.entry_id[:8]}  {who}: {r.body}")
    return 0


def _share_folder(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        if args.off:
            set_share_folder(opened.journal, None)
            print("The share folder is off.")
        elif args.folder is not None:
            path = set_share_folder(opened.journal, args.folder)
            print(f"Bundles now go to and come from {path}.")
        else:
            current = share_folder(opened.journal)
            print(current if current else "No share folder is set.")
    return 0


# -- readable export ------------------------------------------------------------------


def run_readable_export(args: argparse.Namespace) -> int:
    """``export --format markdown|html|pdf [selection] -o OUT`` (not encrypted)."""
    chosen = selection_from_args(args)
    if chosen.is_empty:
        raise UsageError("Choose which entries to export: --ids, --tag, --marked or --from/--to.")
    fmt = ExportFormat(args.format)
    renderer = None
    if fmt is ExportFormat.PDF:
        from heartlog.ui.sharing.pdf_render import render_pdf_offscreen

        renderer = render_pdf_offscreen
    with open_profile(args) as opened:
        entries = selection.select_entries(opened.journal, chosen)
        if not entries:
            raise NothingSelected("No entry matches that selection; nothing was written.")
        path = export_readable(
            opened.journal,
            entries,
            fmt,
            args.output,
            pdf_renderer=renderer,
            include_reflections=not args.no_reflections,
        )
    print(f"Wrote {len(entries)} entries to {path}. This file is NOT encrypted.")
    return 0
