"""Entry point for ``python -m heartlog``."""

from heartlog.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
