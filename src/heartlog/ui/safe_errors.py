"""Error text that is safe to log or copy: never the SQL parameters (which hold entry text).

SQLAlchemy's ``StatementError`` messages end with the statement's bound
parameters, i.e. the title and body being saved. Everything the UI logs or puts
in "Copy details" goes through here.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType


def _statement_error_type() -> type[BaseException] | None:
    # Only if SQLAlchemy is loaded at all (it is not at start-up).
    module = sys.modules.get("sqlalchemy.exc")
    return getattr(module, "StatementError", None) if module is not None else None


def _chain(exc: BaseException | None) -> list[BaseException]:
    found: list[BaseException] = []
    while exc is not None and exc not in found:
        found.append(exc)
        exc = exc.__cause__ or exc.__context__
    return found


def safe_text(exc: BaseException) -> str:
    """``Type: message`` for ``exc``, with SQL parameters left out."""
    statement_error = _statement_error_type()
    if statement_error is not None and isinstance(exc, statement_error):
        orig = getattr(exc, "orig", None)
        detail = f"{type(orig).__name__}: {orig}" if orig is not None else "statement failed"
        return f"{type(exc).__name__}: {detail} [parameters not shown]"
    return f"{type(exc).__name__}: {exc}"


def safe_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The formatted traceback with every SQLAlchemy statement message made safe."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    statement_error = _statement_error_type()
    if statement_error is None:
        return text
    for link in _chain(exc):
        if isinstance(link, statement_error):
            full = str(link)
            if full:
                safe = safe_text(link).split(": ", 1)[1]
                text = text.replace(full, safe)
    return text
