"""The share folder: one bundle per direction, scanned and imported once."""

from __future__ import annotations

import pytest
from sharing_helpers import couple_fixture  # noqa: F401  (the couple fixture)

from heartlog.core.sharing import inbox, keys
from heartlog.core.sharing.receive import ImportStatus
from heartlog.core.sharing.share_folder import (
    ShareFolderMissing,
    bundle_name,
    scan_share_folder,
    set_share_folder,
    share_folder,
    write_to_share_folder,
)


def test_folder_setting(journal, tmp_path):
    assert share_folder(journal) is None
    with pytest.raises(ShareFolderMissing):
        set_share_folder(journal, tmp_path / "missing")
    assert set_share_folder(journal, tmp_path) == tmp_path.resolve()
    assert share_folder(journal) == tmp_path.resolve()
    set_share_folder(journal, None)
    assert share_folder(journal) is None
    with pytest.raises(ShareFolderMissing, match="No share folder"):
        scan_share_folder(journal)


def test_round_trip_through_a_folder(couple, tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    set_share_folder(couple.ja, folder)
    set_share_folder(couple.jb, folder)
    e1, e2 = couple.ja.add(body="one"), couple.ja.add(body="two")
    result = write_to_share_folder(couple.ja, couple.a_partner_id, [e1.id, e2.id])
    expected = bundle_name(keys.public_key(couple.ja), keys.public_key(couple.jb))
    assert result.path == folder / expected
    assert expected.endswith(".heartshare") and "-to-" in expected
    # A's own outgoing file is not for A.
    assert scan_share_folder(couple.ja) == []
    got = scan_share_folder(couple.jb)
    assert [(r.status, r.added) for r in got] == [(ImportStatus.IMPORTED, 2)]
    assert scan_share_folder(couple.jb) == []  # already imported: skipped
    # The file is replaced, not added to.
    write_to_share_folder(couple.ja, couple.a_partner_id, [e1.id])
    assert sorted(p.name for p in folder.iterdir()) == [expected]
    assert [r.removed for r in scan_share_folder(couple.jb)] == [1]
    assert len(inbox.inbox(couple.jb)) == 1


def test_damaged_file_in_folder_is_reported_not_raised(couple, tmp_path):
    set_share_folder(couple.jb, tmp_path)
    name = bundle_name(keys.public_key(couple.ja), keys.public_key(couple.jb))
    (tmp_path / name).write_bytes(b"HEARTSHARE\x01 broken")
    (tmp_path / ".partial.tmp").write_bytes(b"ignored")
    got = scan_share_folder(couple.jb)
    assert [r.status for r in got] == [ImportStatus.REJECTED]
    assert "incomplete" in str(got[0].error)
    assert inbox.inbox(couple.jb) == []
