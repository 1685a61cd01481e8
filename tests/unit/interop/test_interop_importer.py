"""Importing into a real encrypted profile: all or nothing, dedupe, progress, cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from interop_paths import DATA

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop import (
    ImportCancelled,
    detect_format,
    import_parsed,
    import_path,
    preview_import,
    read_source,
)
from heartlog.core.interop.content_hash import content_hash
from heartlog.core.interop.importer import BATCH


@pytest.fixture
def data():
    return DATA


def test_jrnl_import_keeps_everything(journal, data):
    result = import_path(journal, data / "jrnl" / "jrnl_hm_real.txt", tz=dt.UTC)
    assert (result.imported, result.skipped) == (3, 0)
    assert journal.count() == 3
    newest = journal.list(limit=1)[0]
    assert newest.title == "We argued about money."
    assert newest.body == "I felt unheard. #money"
    assert newest.tags == ("money", "starred")
    assert newest.written_at == dt.datetime(2024, 1, 11, 21, 45, tzinfo=dt.UTC)
    assert newest.import_hash == content_hash(newest.written_at, newest.title, newest.body)
    assert set(result.entry_ids) == {e.id for e in journal.list(limit=None)}


def test_reimport_skips_and_other_format_of_same_journal_too(journal, data):
    import_path(journal, data / "jrnl" / "jrnl4_real.txt")
    again = import_path(journal, data / "jrnl" / "jrnl4_real.txt")
    assert (again.imported, again.skipped) == (0, 6)
    as_json = import_path(journal, data / "jrnl" / "jrnl4_real.json")
    assert (as_json.imported, as_json.skipped) == (0, 6)
    assert again.summary == "Imported 0 entries, skipped 6 already present."
    assert journal.count() == 6


def test_entries_written_in_heartlog_count_as_present(journal, tmp_path):
    when = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)
    journal.add(body="Written by hand.", title="Hand", written_at=when)
    path = tmp_path / "j.txt"
    path.write_text("[2024-03-01 10:00] Hand\nWritten by hand.\n", encoding="utf-8")
    result = import_path(journal, path, tz=dt.UTC)
    assert (result.imported, result.skipped) == (0, 1)


def test_duplicates_inside_one_file_are_skipped(journal, tmp_path):
    path = tmp_path / "j.txt"
    path.write_text("[2024-03-01 10:00] Same\n\n[2024-03-01 10:00] Same\n", encoding="utf-8")
    result = import_path(journal, path)
    assert (result.imported, result.skipped) == (1, 1)


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        ("jrnl/impossible_date.txt", "jrnl"),
        ("jrnl/bad_entry.json", "jrnl-json"),
        ("dayone/bad_entry.json", "dayone"),
        ("markdown/bad_date", "markdown"),
        ("heartlog/duplicate_id.json", "heartlog-json"),
    ],
)
def test_malformed_source_imports_nothing(journal, data, source, fmt):
    journal.add(body="already here")
    with pytest.raises(ImportFormatError) as err:
        import_path(journal, data / source, fmt)
    assert err.value.where
    assert journal.count() == 1


def test_every_fixture_format_imports(journal, data):
    sources = [
        data / "jrnl" / "edge_bom_crlf.txt",
        data / "jrnl" / "legacy_v1.txt",
        data / "jrnl" / "missing_fields.json",
        data / "dayone" / "export_folder",
        data / "dayone" / "Journal.dayone",
        data / "markdown" / "notes",
        data / "heartlog" / "journal_v1.json",
    ]
    total = 0
    for source in sources:
        parsed = read_source(source)
        result = import_parsed(journal, parsed)
        assert result.imported == parsed.count, source
        total += parsed.count
    assert journal.count() == total
    full = journal.get("0b7f6f0c-4a43-4e55-9d5e-2c1c5f4b8a01")
    assert (full.mood, full.prompt_id, full.marked_for_sharing) == (4, "listening-01", True)
    assert full.created_at == dt.datetime(2024, 3, 1, 14, 30, 1, 123456, tzinfo=dt.UTC)


def test_progress_reports_batches(journal, tmp_path):
    count = BATCH * 2 + 7
    path = tmp_path / "j.txt"
    path.write_text(
        "".join(f"[2020-01-01 10:00] Entry {i}\nBody {i}\n\n" for i in range(count)),
        encoding="utf-8",
    )
    seen: list[tuple[int, int]] = []
    import_path(journal, path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, count), (BATCH, count), (BATCH * 2, count), (count, count)]


def test_cancel_during_import_stores_nothing(journal, tmp_path):
    path = tmp_path / "j.txt"
    path.write_text(
        "".join(f"[2020-01-01 10:00] Entry {i}\n\n" for i in range(BATCH * 3)), encoding="utf-8"
    )
    state = {"cancel": False}

    def progress(done: int, total: int) -> None:
        state["cancel"] = done >= BATCH * 2  # after two batches were inserted

    with pytest.raises(ImportCancelled):
        import_path(journal, path, progress=progress, is_cancelled=lambda: state["cancel"])
    assert journal.count() == 0
    assert journal.tags() == []


def test_cancel_after_last_batch_still_stores_nothing(journal, tmp_path):
    path = tmp_path / "j.txt"
    path.write_text("[2020-01-01 10:00] One @tag\n", encoding="utf-8")
    state = {"cancel": False}

    def progress(done: int, total: int) -> None:
        state["cancel"] = done == total and done > 0

    with pytest.raises(ImportCancelled):
        import_path(journal, path, progress=progress, is_cancelled=lambda: state["cancel"])
    assert journal.count() == 0


def test_preview_counts_without_storing(journal, data):
    parsed = read_source(data / "jrnl" / "jrnl_hm_real.txt")
    assert preview_import(journal, parsed) == (3, 0)
    import_parsed(journal, parsed)
    assert preview_import(journal, parsed) == (0, 3)
    assert journal.count() == 3


def test_tags_reuse_existing_case_insensitively(journal, tmp_path):
    journal.add(body="x", tags=["Money"])
    path = tmp_path / "j.txt"
    path.write_text("[2020-01-01 10:00] About #money\n", encoding="utf-8")
    import_path(journal, path)
    assert journal.tags() == ["Money"]
    assert journal.count(tag="Money") == 2


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("jrnl/jrnl4_real.txt", "jrnl"),
        ("jrnl/edge_bom_crlf.txt", "jrnl"),
        ("jrnl/legacy_v1.txt", "jrnl"),
        ("jrnl/jrnl4_real.json", "jrnl-json"),
        ("dayone/export_folder", "dayone"),
        ("dayone/export_folder/Journal.json", "dayone"),
        ("dayone/Journal.dayone", "dayone"),
        ("dayone/broken.doentry", "dayone"),
        ("markdown/notes", "markdown"),
        ("heartlog/journal_v1.json", "heartlog-json"),
    ],
)
def test_detect_format(data, source, expected):
    assert detect_format(data / source) == expected


def test_detect_unknown(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    with pytest.raises(ImportFormatError, match="not a journal"):
        detect_format(path)
    with pytest.raises(ImportFormatError, match="does not exist"):
        detect_format(tmp_path / "missing")


def test_huge_entry_and_search_after_import(journal, tmp_path):
    huge = "Wir haben geredet. " * 110_000  # about 2 MB
    path = tmp_path / "j.txt"
    path.write_text(
        f"[2024-03-01 10:00] Big one\n{huge}\n\n[2024-03-02 10:00] I felt unheard\n",
        encoding="utf-8",
    )
    result = import_path(journal, path)
    assert result.imported == 2
    big = next(e for e in journal.list(limit=None) if e.title == "Big one")
    assert big.body == huge.rstrip()
    assert [h.entry.title for h in journal.search("unheard")] == ["I felt unheard"]


def test_folder_with_an_unrelated_json_file_is_markdown(tmp_path):
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (folder / "2024-01-01.md").write_text("hello", encoding="utf-8")
    assert detect_format(folder) == "markdown"
