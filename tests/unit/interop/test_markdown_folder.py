"""A folder of Markdown/text files and the strict front-matter reader."""

from __future__ import annotations

import datetime as dt

import pytest
from interop_paths import DATA

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop.front_matter import parse_front_matter, split_front_matter
from heartlog.core.interop.markdown_folder import parse_markdown_file, read_markdown_folder


@pytest.fixture
def data():
    return DATA


UTC = dt.UTC


def test_folder_with_names_front_matter_bom_crlf(data):
    parsed = read_markdown_folder(data / "markdown" / "notes", tz=UTC)
    by_where = {e.where: e for e in parsed.entries}
    assert set(by_where) == {
        "2023-12-31 Silvester.txt",
        "2024-03-01.md",
        "2024-03-02 Picnic in the park.md",
        "2024-03-03-1530.md",
        "entry-with-front-matter.md",
        "sub/block-list.markdown",
    }
    assert by_where["2024-03-01.md"].written_at == dt.datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    assert by_where["2024-03-01.md"].title == ""
    picnic = by_where["2024-03-02 Picnic in the park.md"]
    assert (picnic.title, picnic.body) == ("Picnic in the park", "We had a picnic. 🧺")
    heading = by_where["2024-03-03-1530.md"]
    assert heading.written_at == dt.datetime(2024, 3, 3, 15, 30, tzinfo=UTC)
    assert (heading.title, heading.body) == ("A heading as title", "Body after the heading.")
    front = by_where["entry-with-front-matter.md"]
    assert front.title == 'Valentine\'s: "dinner"'
    assert front.body == "Dinner at our place.\nIt felt close."
    assert front.written_at.isoformat() == "2024-02-14T19:30:00+01:00"
    assert front.tags == ("love", "date night", "starred")
    block = by_where["sub/block-list.markdown"]
    assert block.tags == ("family", "chores")
    assert block.written_at == dt.datetime(2024, 1, 20, 8, 15, tzinfo=UTC)


def test_impossible_front_matter_date_names_the_file(data):
    with pytest.raises(ImportFormatError) as err:
        read_markdown_folder(data / "markdown" / "bad_date")
    assert err.value.where.startswith("wrong.md")
    assert "2023-02-30" in str(err.value)


def test_file_without_a_date_is_named(data):
    with pytest.raises(ImportFormatError) as err:
        read_markdown_folder(data / "markdown" / "no_date")
    assert err.value.where == "readme.md"
    assert "date" in str(err.value)


def test_empty_folder(tmp_path):
    with pytest.raises(ImportFormatError, match="no Markdown"):
        read_markdown_folder(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2024-03-01-0905 Title here.md", (dt.datetime(2024, 3, 1, 9, 5), "Title here")),
        ("2024-03-01T21-30.md", (dt.datetime(2024, 3, 1, 21, 30), "")),
        ("2024-03-01_Some_title.md", (dt.datetime(2024, 3, 1, 12, 0), "Some_title")),
        ("2024-03-01 2000 plans.md", (dt.datetime(2024, 3, 1, 12, 0), "2000 plans")),
    ],
)
def test_dates_and_titles_from_file_names(name, expected):
    entry = parse_markdown_file(b"body\n", name, UTC)
    assert (entry.written_at.replace(tzinfo=None), entry.title) == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ndate: 2024-01-01\n", 1),  # never closed
        ("---\ndate 2024-01-01\n---\n", 2),
        ("---\ntitle: 'open\n---\n", 2),
        ('---\ntitle: "a" b\n---\n', 2),
        ("---\nnested:\n  key: value\n---\n", 3),
        ("---\ntitle: |\n---\n", 2),
        ("---\ntitle: a\ntitle: b\n---\n", 3),
    ],
)
def test_malformed_front_matter_names_the_line(text, line):
    with pytest.raises(ImportFormatError) as err:
        split_front_matter(text, "f.md")
    assert f"line {line}" in str(err.value)


def test_front_matter_values():
    values = parse_front_matter(
        [
            "title: Plain # comment",
            "quoted: 'it''s'",
            'json: "a\\u00e9"',
            "flag: yes",
            "n: 42",
            "empty:",
            "list: [one, 'two', 3]",
            "# a comment line",
        ],
        "f.md",
    )
    assert values == {
        "title": "Plain",
        "quoted": "it's",
        "json": "aé",
        "flag": True,
        "n": 42,
        "empty": None,
        "list": ["one", "two", 3],
    }


def test_front_matter_date_without_time_is_noon_and_title_can_be_numeric():
    entry = parse_markdown_file(b"---\ndate: 2024-05-05\ntitle: 1984\n---\nx", "a.md", UTC)
    assert entry.written_at == dt.datetime(2024, 5, 5, 12, 0, tzinfo=UTC)
    assert entry.title == "1984"


def test_huge_markdown_entry():
    body = "🙂" * (512 * 1024)  # 2 MB of UTF-8
    entry = parse_markdown_file(f"{body}\n".encode(), "2024-01-01.md", UTC)
    assert entry.body == body
