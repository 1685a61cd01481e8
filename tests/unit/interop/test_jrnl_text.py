"""jrnl plain-text journals: real jrnl 4 files, edge cases and clear errors."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest
from interop_paths import DATA

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.jrnl_text import parse_jrnl_text, read_jrnl_text


@pytest.fixture
def data():
    return DATA


UTC = dt.UTC


def test_reads_a_journal_written_by_jrnl_4(data):
    parsed = read_jrnl_text(data / "jrnl" / "jrnl4_real.txt", tz=UTC)
    # jrnl's own JSON export of the same journal is the reference.
    reference = json.loads((data / "jrnl" / "jrnl4_real.json").read_text(encoding="utf-8"))
    assert parsed.count == len(reference["entries"])
    for entry, ref in zip(parsed.entries, reference["entries"], strict=True):
        assert entry.title == ref["title"]
        assert entry.body == ref["body"]
        assert entry.written_at.strftime("%Y-%m-%d %H:%M") == f"{ref['date']} {ref['time']}"
        expected_tags = {t.lstrip("@#") for t in ref["tags"]}
        if ref["starred"]:
            expected_tags.add("starred")
        assert set(entry.tags) == expected_tags


def test_reads_the_older_hour_minute_format(data):
    parsed = read_jrnl_text(data / "jrnl" / "jrnl_hm_real.txt", tz=UTC)
    assert [e.title for e in parsed.entries] == [
        "Out of order entry",
        "First of the year.",
        "We argued about money.",
    ]
    starred = parsed.entries[2]
    assert starred.tags == ("money", "starred")
    assert starred.body == "I felt unheard. #money"
    assert parsed.entries[0].written_at == dt.datetime(2024, 1, 9, 8, 0, tzinfo=UTC)


def test_bom_crlf_unicode_and_out_of_order(data):
    parsed = read_jrnl_text(data / "jrnl" / "edge_bom_crlf.txt", tz=UTC)
    first = parsed.entries[0]
    assert first.title == "Ein schöner Abend 🌙"
    assert "starred" in first.tags and "anna" in first.tags and "money" in first.tags
    assert "\r" not in first.body
    assert "[1] this bracketed footnote stays in the body." in first.body
    assert first.body.endswith("👩‍❤️‍👨 and CJK 日本語.")
    # Entries keep file order; the journal sorts by date.
    assert parsed.entries[1].written_at < first.written_at
    date_only = parsed.entries[-1]
    assert date_only.written_at == dt.datetime(2024, 3, 1, 9, 0, tzinfo=UTC)  # jrnl's default hour


def test_an_impossible_date_names_its_line(data):
    with pytest.raises(ImportFormatError) as err:
        read_jrnl_text(data / "jrnl" / "impossible_date.txt")
    assert err.value.where == "impossible_date.txt, line 6"
    assert "2023-02-30" in str(err.value)


def test_text_before_the_first_header_is_an_error_not_lost(data):
    with pytest.raises(ImportFormatError) as err:
        read_jrnl_text(data / "jrnl" / "text_before_header.txt")
    assert err.value.where.endswith("line 1")


def test_legacy_jrnl_1_journal(data):
    parsed = read_jrnl_text(data / "jrnl" / "legacy_v1.txt", tz=UTC)
    assert [(e.title, e.tags) for e in parsed.entries] == [
        ("An old jrnl 1.x entry.", ()),
        ("Another one", ("starred",)),
    ]
    assert parsed.entries[0].body == "With a body."


def test_time_zone_is_applied_to_wall_clock_times():
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    parsed = parse_jrnl_text("[2024-07-01 10:00] Summer\n[2024-01-01 10:00] Winter\n", tz=berlin)
    assert [e.written_at.utcoffset() for e in parsed.entries] == [
        dt.timedelta(hours=2),
        dt.timedelta(hours=1),
    ]


def test_twelve_hour_clock_and_custom_timeformat():
    parsed = parse_jrnl_text("[2024-03-01 03:30:00 PM] Afternoon\n", tz=UTC)
    assert parsed.entries[0].written_at.hour == 15
    custom = parse_jrnl_text("[01.03.2024 18:45] Deutsch\n", tz=UTC, timeformat="%d.%m.%Y %H:%M")
    assert custom.entries[0].written_at == dt.datetime(2024, 3, 1, 18, 45, tzinfo=UTC)


def test_empty_and_blank_journals_have_no_entries():
    assert parse_jrnl_text("").count == 0
    assert parse_jrnl_text("\n\n  \n").count == 0


def test_a_bad_time_names_the_line():
    with pytest.raises(ImportFormatError) as err:
        parse_jrnl_text("[2024-03-01 10:00] ok\n[2024-03-01 25:99] bad\n", "j.txt")
    assert err.value.where == "j.txt, line 2"


def test_header_without_title_and_huge_entry():
    huge = "x" * (2 * 1024 * 1024)
    parsed = parse_jrnl_text(f"[2024-03-01 10:00]\n{huge}\n", tz=UTC)
    assert parsed.entries[0].title == ""
    assert len(parsed.entries[0].body) == len(huge)


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("[2024-03-01 10:00] ok\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(ImportFormatError) as err:
        read_jrnl_text(path)
    assert "line 2" in str(err.value)


def test_a_body_line_starting_with_a_bracketed_date_range_stays_text():
    parsed = parse_jrnl_text("[2024-03-01 10:00] Trip\n[2024-03-01 to 03-05] planned\n", tz=UTC)
    assert parsed.count == 1
    assert parsed.entries[0].body == "[2024-03-01 to 03-05] planned"
