"""Shared CLI pieces: passphrase sources, opening a profile, selections, output."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from heartlog.core.errors import HeartLogError
from heartlog.core.profiles import OpenProfile

PASSPHRASE_ENV = "HEARTLOG_PASSPHRASE"
NEW_PASSPHRASE_ENV = "HEARTLOG_NEW_PASSPHRASE"


class UsageError(HeartLogError):
    pass


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, else ask)",
    )


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", "-p", required=True, metavar="P", help="profile name")
    add_passphrase_option(parser)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def _read_file_line(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
    return text.splitlines()[0] if text else ""


def read_passphrase(
    args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False
) -> str:
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return _read_file_line(path)
    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    return ask_secret(prompt, confirm)


def ask_secret(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            f"No passphrase given: use --passphrase-file FILE or set {PASSPHRASE_ENV}."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise UsageError("The two passphrases differ. Nothing was changed.")
    return first


@contextmanager
def open_profile(args: argparse.Namespace) -> Iterator[OpenProfile]:
    from heartlog.core.profile_open import open_for_use

    opened = open_for_use(args.profile, read_passphrase(args))
    try:
        for notice in opened.notices:
            print(f"heartlog: warning: {notice}", file=sys.stderr)
        yield opened
    finally:
        opened.close()


def parse_when(text: str) -> dt.datetime:
    """``YYYY-MM-DD`` (noon, local time) or an ISO date-time (local if no offset)."""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime.combine(day, dt.time(12, 0)).astimezone()
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date. Use YYYY-MM-DD or YYYY-MM-DDTHH:MM.") from None
    return when if when.tzinfo else when.astimezone()


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date. Use YYYY-MM-DD.") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
