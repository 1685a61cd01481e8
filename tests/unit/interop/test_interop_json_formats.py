"""jrnl's JSON export and Day One (JSON export, zip, classic .doentry)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from interop_paths import DATA

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.dayone import read_dayone
from heartlog.core.interop.jrnl_json import parse_jrnl_json, read_jrnl_json
from heartlog.core.interop.jrnl_text import read_jrnl_text


@pytest.fixture
def data():
    return DATA


UTC = dt.UTC


def test_jrnl_json_matches_the_same_journal_as_text(data):
    as_json = read_jrnl_json(data / "jrnl" / "jrnl4_real.json", tz=UTC)
    as_text = read_jrnl_text(data / "jrnl" / "jrnl4_real.txt", tz=UTC)
    assert [(e.written_at, e.title, e.body, set(e.tags)) for e in as_json.entries] == [
        (e.written_at, e.title, e.body, set(e.tags)) for e in as_text.entries
    ]


def test_jrnl_json_missing_fields(data):
    parsed = read_jrnl_json(data / "jrnl" / "missing_fields.json", tz=UTC)
    only_title, no_title, starred = parsed.entries
    assert (only_title.title, only_title.body) == ("Only a title", "")
    assert no_title.written_at == dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC)  # jrnl's default hour
    assert no_title.tags == ("garden",)  # read from the text, as jrnl does
    assert starred.tags == ("us", "starred")


def test_jrnl_json_bad_date_names_the_entry(data):
    with pytest.raises(ImportFormatError) as err:
        read_jrnl_json(data / "jrnl" / "bad_entry.json")
    assert err.value.where == "bad_entry.json, entry 2"
    assert "2024-13-01" in str(err.value)


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        (b"{", "x.json"),
        (b"[]", "x.json"),
        (b'{"entries": [1]}', "x.json, entry 1"),
        (b'{"entries": [{"title": "no date"}]}', "x.json, entry 1"),
        (b'{"entries": [{"date": "2024-01-01", "time": 930}]}', "x.json, entry 1"),
        (b'{"entries": [{"date": "2024-01-01", "tags": "a"}]}', "x.json, entry 1"),
        (b'{"entries": [{"date": "2024-01-01", "starred": "yes"}]}', "x.json, entry 1"),
        (b'{"entries": [{"date": "2024-01-01", "body": "\\ud800"}]}', "x.json, entry 1"),
    ],
)
def test_jrnl_json_malformed(payload, where):
    with pytest.raises(ImportFormatError) as err:
        parse_jrnl_json(payload, "x.json")
    assert err.value.where.startswith(where)


def test_dayone_json_folder(data):
    parsed = read_dayone(data / "dayone" / "export_folder")
    walk, dinner, unknown_zone, empty = parsed.entries
    assert walk.title == "Morning walk"
    assert walk.body == "We walked by the river. It was lovely! 🌊\n\n- bread\n- coffee"
    assert set(walk.tags) == {"walk", "us", "starred"}
    # 14:30 UTC is 15:30 in Berlin in winter, and the offset is kept.
    assert walk.written_at.isoformat() == "2024-03-01T15:30:12+01:00"
    assert dinner.written_at.isoformat() == "2024-01-15T18:30:00-05:00"
    assert (dinner.title, dinner.body) == (
        "Dinner with the family",
        "Mom asked about the holidays again.",
    )
    assert unknown_zone.written_at == dt.datetime(2024, 2, 10, 5, 0, tzinfo=UTC)
    assert unknown_zone.body == "A single line with an unknown zone." and unknown_zone.title == ""
    assert any("Mars/Olympus_Mons" in w for w in parsed.warnings)
    assert empty.written_at.utcoffset() == dt.timedelta(hours=5, minutes=30)


def _zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def test_dayone_zip_equals_folder(data, tmp_path):
    archive = _zip_folder(data / "dayone" / "export_folder", tmp_path / "export.zip")
    from_zip = read_dayone(archive)
    from_folder = read_dayone(data / "dayone" / "export_folder")
    assert [(e.written_at, e.title, e.body, e.tags) for e in from_zip.entries] == [
        (e.written_at, e.title, e.body, e.tags) for e in from_folder.entries
    ]


def test_dayone_zip_without_journal(tmp_path):
    archive = tmp_path / "empty.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("photos/a.jpg", b"\xff\xd8")
    with pytest.raises(ImportFormatError, match=r"Journal\.json"):
        read_dayone(archive)


def test_dayone_bad_entry_names_it(data):
    with pytest.raises(ImportFormatError) as err:
        read_dayone(data / "dayone" / "bad_entry.json")
    assert err.value.where == "bad_entry.json, entry 2"
    assert "creationDate" in str(err.value)


def test_classic_doentry_folder(data):
    parsed = read_dayone(data / "dayone" / "Journal.dayone")
    by_title = {e.title: e for e in parsed.entries}
    classic = by_title["Title of a classic entry"]
    assert classic.body == "Body of the classic entry. Ünïcode ✓"
    assert set(classic.tags) == {"old", "classic", "starred"}
    assert classic.written_at.isoformat() == "2013-05-01T11:22:10-07:00"
    xmas = by_title["Christmas eve"]
    assert xmas.written_at.isoformat() == "2012-12-24T20:00:00+00:00"


def test_broken_doentry_names_the_file(data):
    with pytest.raises(ImportFormatError) as err:
        read_dayone(data / "dayone" / "broken.doentry")
    assert err.value.where == "broken.doentry"


def test_dayone_huge_entry(tmp_path):
    huge = "Ä" * (1024 * 1024)  # 2 MB of UTF-8
    doc = {"entries": [{"creationDate": "2024-01-01T00:00:00Z", "text": f"Big\n{huge}"}]}
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    entry = read_dayone(path).entries[0]
    assert entry.title == "Big" and len(entry.body) == len(huge)
