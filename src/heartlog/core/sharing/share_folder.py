"""The optional share folder: a folder the couple already syncs (Syncthing, Nextcloud,
a USB stick). Each direction has one bundle file, replaced atomically:
``<sender fingerprint>-to-<recipient fingerprint>.heartshare``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.sharing.bundle_format import SUFFIX, read_header
from heartlog.core.sharing.errors import ShareBundleRejected
from heartlog.core.sharing.keys import compact_fingerprint, public_key
from heartlog.core.sharing.partners import get_partner, partner_by_key
from heartlog.core.sharing.receive import (
    ImportResult,
    ImportStatus,
    read_bundle_file,
    receive_bundle,
)
from heartlog.core.sharing.share_bundle import ShareResult, write_bundle

log = logging.getLogger(__name__)

FOLDER_SETTING = "sharing.folder"


class ShareFolderMissing(HeartLogError):
    """No share folder is set, or it is not there."""


def share_folder(journal: Journal) -> Path | None:
    value = journal.setting(FOLDER_SETTING)
    return Path(value) if value else None


def set_share_folder(journal: Journal, folder: str | Path | None) -> Path | None:
    """Remember the share folder (``None`` turns the feature off)."""
    if folder is None or str(folder) == "":
        journal.set_setting(FOLDER_SETTING, None)
        return None
    path = Path(folder).expanduser().resolve()
    if not path.is_dir():
        raise ShareFolderMissing(f"{path} is not a folder. Choose an existing folder.")
    journal.set_setting(FOLDER_SETTING, str(path))
    return path


def _require_folder(journal: Journal, folder: str | Path | None) -> Path:
    path = Path(folder) if folder is not None else share_folder(journal)
    if path is None:
        raise ShareFolderMissing(
            "No share folder is set. Choose one first (heartlog share-folder FOLDER)."
        )
    if not path.is_dir():
        raise ShareFolderMissing(
            f"The share folder {path} is not there. Connect it or choose another one."
        )
    return path


def bundle_name(sender_key: bytes, recipient_key: bytes) -> str:
    return f"{compact_fingerprint(sender_key)}-to-{compact_fingerprint(recipient_key)}{SUFFIX}"


def write_to_share_folder(
    journal: Journal,
    partner_id: int,
    entry_ids: Sequence[str],
    folder: str | Path | None = None,
) -> ShareResult:
    """Write (replace) this profile's bundle for the partner in the share folder."""
    path = _require_folder(journal, folder)
    partner = get_partner(journal, partner_id)
    name = bundle_name(public_key(journal), partner.public_key)
    return write_bundle(journal, partner_id, entry_ids, path / name)


def incoming_bundles(journal: Journal, folder: str | Path | None = None) -> list[Path]:
    """Bundle files in the folder addressed to this profile (by file name)."""
    path = _require_folder(journal, folder)
    suffix = f"-to-{compact_fingerprint(public_key(journal))}{SUFFIX}"
    return sorted(
        p for p in path.iterdir() if p.name.endswith(suffix) and not p.name.startswith(".")
    )


def scan_share_folder(journal: Journal, folder: str | Path | None = None) -> list[ImportResult]:
    """Import every new partner bundle in the share folder.

    Bundles already imported are skipped without decrypting; a rejected bundle
    is reported in its result (status ``REJECTED``) and the others still import.
    """
    results: list[ImportResult] = []
    for path in incoming_bundles(journal, folder):
        try:
            data = read_bundle_file(path)
            header = read_header(data)
            partner = partner_by_key(journal, header.sender_key)
            if partner is not None and header.sequence <= partner.last_bundle_seq:
                continue  # already imported (or older): nothing to do
            results.append(receive_bundle(journal, data, path))
        except ShareBundleRejected as exc:
            log.warning("rejected a bundle in the share folder: %s", exc.reason)
            results.append(ImportResult(ImportStatus.REJECTED, path=path, error=exc))
    return results
