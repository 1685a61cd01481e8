"""Entry script for the frozen build: the same ``heartlog`` command as the installed one."""

from __future__ import annotations

from heartlog.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
