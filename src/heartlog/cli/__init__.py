"""The ``heartlog`` command: launches the app, or runs a scriptable command over core.

Exit status: 0 on success, 1 on a user error (one plain line on stderr),
2 on wrong usage. No traceback unless ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from heartlog import __version__
from heartlog.core.errors import HeartLogError

log = logging.getLogger(__name__)

# Each module has ``register(subparsers)`` and sets ``func`` on its parsers.
COMMAND_MODULES = (
    "heartlog.cli.profile_cmd",
    "heartlog.cli.entry_cmd",
    "heartlog.cli.share_cmd",
    "heartlog.cli.prompt_cmd",
    "heartlog.cli.interop_cmd",
    "heartlog.cli.export_cmd",
    "heartlog.cli.analysis_cmd",
    "heartlog.cli.backup_cmd",
)


class CliError(HeartLogError):
    """A user error found by the CLI itself (exit 1)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heartlog",
        description="HeartLog: a private journal for each partner in a couple. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"HeartLog {__version__}")
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (a throw-away profile, Qt offscreen) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given in ([], ["--debug"]):
        # Launching the app: skip building every command's parser, which imports
        # the database stack (~0.4 s) before the first window could appear.
        from heartlog.core.logging_setup import configure_logging
        from heartlog.ui.app import run_app

        configure_logging(bool(given))
        return run_app(sys.argv[:1])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        # Before logging is set up: the self-test writes nothing outside its temporary home.
        from heartlog.selftest.steps import main as self_test_main

        return self_test_main()
    from heartlog.core.logging_setup import configure_logging

    configure_logging(args.debug)
    if args.command is None:
        from heartlog.ui.app import run_app

        return run_app(sys.argv[:1])
    func = getattr(args, "func", None)
    if func is None:
        parser.parse_args([args.command, "--help"])
        return 2
    try:
        return int(func(args) or 0)
    except HeartLogError as exc:
        if args.debug:
            log.exception("command failed")
        print(f"heartlog: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("heartlog: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        if args.debug:
            raise
        print(
            f"heartlog: unexpected error ({type(exc).__name__}). Details are in the log; "
            "run again with --debug to see them.",
            file=sys.stderr,
        )
        return 1
