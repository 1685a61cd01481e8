"""Typed errors raised by core; the CLI and the UI decide how to show them."""

from __future__ import annotations


class HeartLogError(Exception):
    """Base of every error a user can act on. ``str(err)`` is one plain sentence."""


class WrongPassphrase(HeartLogError):
    def __init__(self) -> None:
        super().__init__("Wrong passphrase. Check it and try again (it is case-sensitive).")


class ProfileNotFound(HeartLogError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no profile called {name!r}. See 'heartlog profile list'.")
        self.name = name


class ProfileExists(HeartLogError):
    def __init__(self, name: str) -> None:
        super().__init__(f"A profile called {name!r} already exists. Choose another name.")
        self.name = name


class InvalidProfileName(HeartLogError):
    pass


class WeakPassphrase(HeartLogError):
    pass


class ProfileLocked(HeartLogError):
    """Another process already has this profile open."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The profile {name!r} is already open in another HeartLog window or command. "
            "Close it there first."
        )
        self.name = name


class ProfileCorrupt(HeartLogError):
    """The encrypted database cannot be read or failed its integrity check."""


class EntryNotFound(HeartLogError):
    def __init__(self, entry_id: str) -> None:
        super().__init__(f"No entry with id {entry_id!r}.")
        self.entry_id = entry_id


class InvalidEntry(HeartLogError):
    pass


class StorageError(HeartLogError):
    """Writing to disk failed (disk full, I/O error); nothing was changed."""


class ImportFormatError(HeartLogError):
    """An import file is malformed; ``where`` says which file, line or entry."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.detail = message


class ExportTargetExists(HeartLogError):
    """An export folder already exists and is not empty; nothing was written."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"The folder {path} already exists and is not empty. Choose a new folder name."
        )
        self.path = path


class BundleRejected(HeartLogError):
    """A share bundle was refused whole; nothing was imported."""
