"""``heartlog backup create|list|restore|folder``: encrypted backups from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from heartlog.cli.common import (
    UsageError,
    add_json_option,
    add_passphrase_option,
    add_profile_option,
    print_json,
    read_passphrase,
)
from heartlog.core import app_settings
from heartlog.core.backup import create_backup
from heartlog.core.backup_catalog import (
    BackupInfo,
    backup_folder_for,
    describe_age,
    list_backups,
    newest_verified_backup,
)
from heartlog.core.profile_open import backup_before_migrate
from heartlog.core.profiles import Profile, find_profile, open_with_key, unlock
from heartlog.core.restore import NoBackup, data_key_for, restore_backup


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="create, list or restore encrypted backups")
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    create = bsub.add_parser("create", help="back up a profile now (verified, encrypted)")
    add_profile_option(create)
    add_json_option(create)
    create.set_defaults(func=_create)

    lst = bsub.add_parser("list", help="list a profile's backups, newest first (no passphrase)")
    lst.add_argument("--profile", "-p", required=True, metavar="P", help="profile name")
    add_json_option(lst)
    lst.set_defaults(func=_list)

    restore = bsub.add_parser(
        "restore", help="replace the journal with a backup (the current file is kept aside)"
    )
    add_profile_option(restore)
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--latest", action="store_true", help="the newest verified backup")
    which.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file or its name")
    restore.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    add_json_option(restore)
    restore.set_defaults(func=_restore)

    folder = bsub.add_parser("folder", help="show or change where a profile's backups go")
    folder.add_argument("--profile", "-p", required=True, metavar="P", help="profile name")
    where = folder.add_mutually_exclusive_group()
    where.add_argument("path", nargs="?", type=Path, metavar="PATH", help="the new folder")
    where.add_argument("--default", action="store_true", help="go back to the default folder")
    add_json_option(folder)
    folder.set_defaults(func=_folder)
    # Unused by ``folder``, but accepted so scripts can pass it to every command.
    add_passphrase_option(folder)


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def _describe(b: BackupInfo) -> str:
    return f"{_local(b.created)} ({describe_age(b.age())} old, {b.reason}, {_size(b.size)})"


def _create(args: argparse.Namespace) -> int:
    # Not ``open_profile``: its automatic daily backup would be a second copy.
    profile = find_profile(args.profile)
    with unlock(profile, read_passphrase(args), before_migrate=backup_before_migrate) as opened:
        info = create_backup(opened, reason="manual")
    if args.json:
        print_json(info.to_json())
    else:
        print(f"Backup written and verified: {info.path} ({_size(info.size)})")
    return 0


def _list(args: argparse.Namespace) -> int:
    profile = find_profile(args.profile)
    backups = list_backups(profile.id)
    if args.json:
        print_json([b.to_json() for b in backups])
        return 0
    if not backups:
        print(f"No backups yet in {backup_folder_for(profile.id)}.")
        return 0
    for b in backups:
        mark = "verified" if b.verified else "NOT verified"
        print(f"{_local(b.created)}  {b.reason:<13} {_size(b.size):>9}  {mark:<12} {b.path.name}")
    return 0


def _find_backup(profile: Profile, name: str) -> BackupInfo:
    for b in list_backups(profile.id):
        if name in (b.path.name, str(b.path)) or Path(name).resolve() == b.path.resolve():
            return b
    raise UsageError(
        f"No backup called {name!r} for this profile. See 'heartlog backup list -p NAME'."
    )


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(
            "Restoring replaces the journal: add --yes to confirm. Nothing was changed."
        )
    answer = input(f"{question} [y/N] ").strip().casefold()
    if answer not in ("y", "yes"):
        raise UsageError("Restore cancelled. Nothing was changed.")


def _restore(args: argparse.Namespace) -> int:
    profile = find_profile(args.profile)
    data_key = data_key_for(profile, read_passphrase(args))
    if args.latest:
        chosen = newest_verified_backup(profile.id, data_key)
        if chosen is None:
            raise NoBackup(profile)
    else:
        chosen = _find_backup(profile, args.backup)
    _confirm(
        f"Restore the backup from {_describe(chosen)}? The current journal file will be "
        "kept aside in the profile folder.",
        args.yes,
    )
    result = restore_backup(profile, chosen, data_key)
    # Open it once: proves it works with this passphrase and brings the schema up to date.
    open_with_key(profile, data_key, backup_before_migrate).close()
    if args.json:
        print_json(
            {
                "restored": chosen.to_json(),
                "set_aside": str(result.set_aside) if result.set_aside else None,
            }
        )
    else:
        print(f"Restored the backup from {_describe(chosen)}.")
        if result.set_aside is not None:
            print(f"The previous journal file was kept as {result.set_aside}.")
    return 0


def _folder(args: argparse.Namespace) -> int:
    profile = find_profile(args.profile)
    if args.default:
        app_settings.set_backup_root(profile.id, None)
    elif args.path is not None:
        root = args.path.expanduser()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"Cannot use {root} for backups: {exc.strerror}.") from None
        app_settings.set_backup_root(profile.id, root)
    folder = backup_folder_for(profile.id)
    if args.json:
        print_json(
            {"folder": str(folder), "chosen": app_settings.backup_root(profile.id) is not None}
        )
    else:
        print(folder)
    return 0
