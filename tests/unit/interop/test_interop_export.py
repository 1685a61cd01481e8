"""Whole-journal exports: JSON round trip into a new profile, Markdown folder, atomicity."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from interop_paths import DATA

from heartlog.core import atomic_file
from heartlog.core.errors import ImportFormatError, StorageError
from heartlog.core.interop import (
    ExportCancelled,
    ExportTargetExists,
    export_journal_json,
    export_markdown_folder,
    import_path,
)
from heartlog.core.interop.journal_json import SCHEMA_FORMAT, SCHEMA_VERSION
from heartlog.core.profiles import create_profile, unlock
from heartlog_testing import PASSPHRASE


@pytest.fixture
def outdir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def data():
    return DATA


def _fill(journal) -> None:
    berlin = dt.timezone(dt.timedelta(hours=1))
    kolkata = dt.timezone(dt.timedelta(hours=5, minutes=30))
    journal.add(
        body="Body with émoji 😀\nand lines\r\n",
        title="First",
        written_at=dt.datetime(2024, 3, 1, 15, 30, 12, 345678, tzinfo=berlin),
        tags=["us", "Money"],
        mood=4,
        prompt_id="listening-01",
    )
    journal.add(body="", title="Title only", written_at=dt.datetime(2023, 1, 1, tzinfo=kolkata))
    journal.add(body="x" * (2 * 1024 * 1024), title="Huge")
    marked = journal.add(body="marked", tags=["shared", "@home"])
    with journal.session() as s:
        from heartlog.core import models as m

        row = s.query(m.Entry).filter_by(id=marked.id).one()
        row.marked_for_sharing = True
        row.shared_at = dt.datetime(2024, 4, 1, 8, 0)
        row.revoked_at = dt.datetime(2024, 4, 2, 8, 0)
        row.import_hash = "a" * 64


def test_json_round_trip_gives_an_identical_journal(journal, outdir):
    _fill(journal)
    out = outdir / "journal.json"
    assert export_journal_json(journal, out) == 4
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (SCHEMA_FORMAT, SCHEMA_VERSION)
    assert document["entry_count"] == 4
    assert document["entries"][0]["date"] == "2023-01-01T00:00:00+05:30"

    other = create_profile("Other", PASSPHRASE)
    with unlock(other, PASSPHRASE) as opened:
        result = import_path(opened.journal, out)
        assert (result.imported, result.skipped) == (4, 0)
        assert opened.journal.list(limit=None) == journal.list(limit=None)
        assert opened.journal.tags() == journal.tags()
        again = import_path(opened.journal, out)
        assert (again.imported, again.skipped) == (0, 4)


def test_json_export_of_an_empty_journal_imports(journal, outdir):
    out = outdir / "empty.json"
    assert export_journal_json(journal, out) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["entries"] == []
    assert import_path(journal, out).imported == 0


def test_json_export_failure_leaves_old_file(journal, outdir, monkeypatch):
    journal.add(body="one")
    out = outdir / "journal.json"
    out.write_text("previous", encoding="utf-8")

    def fail(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "_fsync", fail)
    with pytest.raises(StorageError, match="disk is full"):
        export_journal_json(journal, out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in outdir.iterdir()] == ["journal.json"]


def test_json_export_cancel_writes_nothing(journal, outdir):
    journal.add(body="one")
    journal.add(body="two")
    out = outdir / "journal.json"
    with pytest.raises(ExportCancelled):
        export_journal_json(journal, out, is_cancelled=lambda: True)
    assert list(outdir.iterdir()) == []


def test_newer_schema_is_refused(journal, data):
    with pytest.raises(ImportFormatError, match="newer HeartLog"):
        import_path(journal, data / "heartlog" / "future_version.json")


def test_markdown_folder_export_and_reimport(journal, outdir):
    _fill(journal)
    out = outdir / "md"
    progress: list[int] = []
    assert export_markdown_folder(journal, out, progress=lambda d, t: progress.append(d)) == 4
    assert progress == [1, 2, 3, 4]
    names = sorted(p.name for p in out.iterdir())
    assert names[0] == "2023-01-01-0000 Title only.md"
    assert any(n.startswith("2024-03-01-1530 First") for n in names)
    first = next(out.glob("2024-03-01-1530*")).read_text(encoding="utf-8")
    assert first.startswith("---\nid: ")
    assert 'tags: ["Money", "us"]' in first
    assert "mood: 4" in first
    assert [p.name for p in outdir.iterdir()] == ["md"]  # no staging folder left
    # Re-importing the folder finds everything already there.
    result = import_path(journal, out, "markdown")
    assert (result.imported, result.skipped) == (0, 4)

    other = create_profile("Other", PASSPHRASE)
    with unlock(other, PASSPHRASE) as opened:
        assert import_path(opened.journal, out).imported == 4
        titles = {e.title for e in opened.journal.list(limit=None)}
        assert titles == {e.title for e in journal.list(limit=None)}


def test_markdown_export_refuses_a_non_empty_folder(journal, outdir):
    journal.add(body="one")
    (outdir / "md").mkdir()
    (outdir / "md" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportTargetExists):
        export_markdown_folder(journal, outdir / "md")
    assert [p.name for p in (outdir / "md").iterdir()] == ["keep.txt"]
    (outdir / "empty").mkdir()
    assert export_markdown_folder(journal, outdir / "empty") == 1


def test_markdown_export_cancel_and_failure_leave_nothing(journal, outdir, monkeypatch):
    for i in range(3):
        journal.add(body=f"entry {i}", title="Same title")
    calls = {"n": 0}

    def cancel_on_third() -> bool:
        calls["n"] += 1
        return calls["n"] == 3

    with pytest.raises(ExportCancelled):
        export_markdown_folder(journal, outdir / "md", is_cancelled=cancel_on_third)
    assert list(outdir.iterdir()) == []

    real_write = atomic_file._write

    def fail_second(fh, data):
        calls["n"] += 1
        if calls["n"] > 4:
            raise OSError(5, "Input/output error")
        real_write(fh, data)

    monkeypatch.setattr(atomic_file, "_write", fail_second)
    with pytest.raises(StorageError):
        export_markdown_folder(journal, outdir / "md")
    assert list(outdir.iterdir()) == []


def test_same_minute_same_title_get_unique_names(journal, outdir):
    when = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)
    for body in ("a", "b", "c"):
        journal.add(body=body, title="Dup / Title?", written_at=when)
    export_markdown_folder(journal, outdir / "md")
    assert sorted(p.name for p in (outdir / "md").iterdir()) == [
        "2024-01-01-0900 Dup Title (2).md",
        "2024-01-01-0900 Dup Title (3).md",
        "2024-01-01-0900 Dup Title.md",
    ]
