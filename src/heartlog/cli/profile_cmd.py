"""``heartlog profile create|list|passwd|delete``."""

from __future__ import annotations

import argparse
import os
import sys

from heartlog.cli.common import (
    NEW_PASSPHRASE_ENV,
    UsageError,
    add_json_option,
    add_passphrase_option,
    ask_secret,
    print_json,
    read_passphrase,
)
from heartlog.core import profiles


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("profile", help="create, list, re-key or delete profiles")
    psub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    create = psub.add_parser("create", help="create a new encrypted profile")
    create.add_argument("name")
    add_passphrase_option(create)
    create.set_defaults(func=_create)

    lst = psub.add_parser("list", help="list the profiles on this computer")
    add_json_option(lst)
    lst.set_defaults(func=_list)

    passwd = psub.add_parser("passwd", help="change a profile's passphrase")
    passwd.add_argument("name")
    add_passphrase_option(passwd)
    passwd.add_argument(
        "--new-passphrase-file",
        type=argparse.FileType("r", encoding="utf-8"),
        metavar="FILE",
        help=f"read the new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, else ask)",
    )
    passwd.set_defaults(func=_passwd)

    delete = psub.add_parser("delete", help="delete a profile, its journal and its backups")
    delete.add_argument("name")
    add_passphrase_option(delete)
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(func=_delete)


def _create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args, "New passphrase: ", confirm=True)
    profile = profiles.create_profile(args.name, passphrase)
    print(f"Created profile {profile.name!r}. A lost passphrase cannot be recovered: keep it safe.")
    return 0


def _list(args: argparse.Namespace) -> int:
    found = profiles.list_profiles()
    if args.json:
        print_json([{"id": p.id, "name": p.name, "created": p.created} for p in found])
    elif not found:
        print("No profiles yet. Create one with: heartlog profile create NAME")
    else:
        for p in found:
            print(p.name)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    profile = profiles.find_profile(args.name)
    old = read_passphrase(args, "Current passphrase: ")
    if args.new_passphrase_file is not None:
        new = args.new_passphrase_file.read().splitlines()[0]
    elif NEW_PASSPHRASE_ENV in os.environ:
        new = os.environ[NEW_PASSPHRASE_ENV]
    else:
        new = ask_secret("New passphrase: ", confirm=True)
    profiles.change_passphrase(profile, old, new)
    print(f"Changed the passphrase of {profile.name!r}.")
    return 0


def _delete(args: argparse.Namespace) -> int:
    profile = profiles.find_profile(args.name)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Deleting needs confirmation: run it in a terminal or add --yes.")
        answer = input(
            f"Delete the profile {profile.name!r}, its whole journal and its backups? "
            f"This cannot be undone. Type the name to confirm: "
        )
        if answer.strip() != profile.name:
            print("Not deleted.")
            return 1
    profiles.delete_profile(profile, read_passphrase(args))
    print(f"Deleted profile {profile.name!r}.")
    return 0
