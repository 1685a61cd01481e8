"""Fuzzing every importer against a real profile: it imports, or raises ImportFormatError
and stores nothing; never another exception, never a partial import."""

from __future__ import annotations

import datetime as dt
import io
import json
import plistlib
import uuid
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from heartlog.core.errors import ImportFormatError
from heartlog.core.interop import import_path

FUZZ = settings(
    max_examples=int(__import__("os").environ.get("HL_FUZZ_N", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
date_like = st.sampled_from(
    [
        "2024-03-01",
        "2024-03-01 10:00",
        "2024-03-01T10:00:00Z",
        "2024-03-01T10:00:00+05:30",
        "2023-02-30",
        "2024-13-01",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00",
        "2024-03-01T25:00",
        "",
        "yesterday",
    ]
)
field_values = date_like | scalars | st.lists(st.text(max_size=90) | st.integers(), max_size=3)


def entries_with(keys: list[str]) -> st.SearchStrategy[list[dict[str, object]]]:
    entry = st.dictionaries(st.sampled_from(keys), field_values, max_size=len(keys))
    return st.lists(entry | json_values, max_size=5)


def nearly_valid(
    required: dict[str, st.SearchStrategy[object]], optional: dict[str, st.SearchStrategy[object]]
) -> st.SearchStrategy[list[dict[str, object]]]:
    """Entries that are mostly right, with the odd wrong type or impossible value."""

    def mostly(good: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
        return st.integers(0, 7).flatmap(lambda n: field_values if n == 0 else good)

    entry = st.fixed_dictionaries(
        {k: mostly(v) for k, v in required.items()},
        optional={k: mostly(v) for k, v in optional.items()},
    )
    return st.lists(entry, min_size=1, max_size=3)


texts = st.text(max_size=40)
tag_lists = st.lists(st.text(max_size=12), max_size=3)
good_days = st.dates().map(lambda d: d.isoformat())
good_moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.timezones(),
).map(lambda d: d.isoformat())


def _import_or_reject(journal, path: Path, fmt: str) -> None:
    before = journal.count()
    try:
        result = import_path(journal, path, fmt)
    except ImportFormatError as exc:
        assert str(exc)
        assert journal.count() == before, "a rejected import stored something"
        event("rejected")
        return
    event("imported" if result.imported else "nothing new")
    assert journal.count() == before + result.imported


def _write(folder: Path, name: str, data: bytes) -> Path:
    target = folder / uuid.uuid4().hex
    target.mkdir()
    path = target / name
    path.write_bytes(data)
    return path


jrnl_pieces = st.sampled_from(
    [
        "[2024-03-01 10:00] ",
        "[2024-03-01 03:30:00 PM] Title *",
        "[2023-02-30 10:00] ",
        "[2024-03-01 99:99] x",
        "[2024-3-1] ",
        "[1] note",
        "2012-05-01 09:15 legacy",
        "@tag",
        "#" + "x" * 90,
        " *",
        "\r\n",
        "\n",
        "\ufeff",
        "😀",
    ]
)
jrnl_texts = st.lists(jrnl_pieces | st.text(max_size=20), max_size=12).map("".join)


@FUZZ
@given(text=jrnl_texts | st.text())
def test_fuzz_jrnl_text(journal, tmp_path, text):
    _import_or_reject(
        journal, _write(tmp_path, "j.txt", text.encode("utf-8", "surrogatepass")), "jrnl"
    )


@FUZZ
@given(data=st.binary(max_size=200))
def test_fuzz_jrnl_bytes(journal, tmp_path, data):
    _import_or_reject(journal, _write(tmp_path, "j.txt", data), "jrnl")


@FUZZ
@given(
    document=json_values
    | st.fixed_dictionaries(
        {"entries": entries_with(["date", "time", "title", "body", "tags", "starred"])}
    )
    | st.fixed_dictionaries(
        {
            "entries": nearly_valid(
                {"date": good_days},
                {
                    "time": st.times().map(lambda t: t.strftime("%H:%M")),
                    "title": texts,
                    "body": texts,
                    "tags": tag_lists,
                    "starred": st.booleans(),
                },
            )
        }
    )
)
def test_fuzz_jrnl_json(journal, tmp_path, document):
    _import_or_reject(
        journal, _write(tmp_path, "j.json", json.dumps(document).encode()), "jrnl-json"
    )


dayone_docs = (
    json_values
    | st.fixed_dictionaries(
        {"entries": entries_with(["creationDate", "timeZone", "text", "tags", "starred", "uuid"])}
    )
    | st.fixed_dictionaries(
        {
            "entries": nearly_valid(
                {"creationDate": good_moments},
                {
                    "timeZone": st.timezone_keys() | texts,
                    "text": texts,
                    "tags": tag_lists,
                    "starred": st.booleans(),
                },
            )
        }
    )
)


@FUZZ
@given(document=dayone_docs, as_zip=st.booleans())
def test_fuzz_dayone_json_and_zip(journal, tmp_path, document, as_zip):
    data = json.dumps(document).encode()
    if as_zip:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("Journal.json", data)
        path = _write(tmp_path, "export.zip", buffer.getvalue())
    else:
        path = _write(tmp_path, "Journal.json", data)
    _import_or_reject(journal, path, "dayone")


@FUZZ
@given(
    data=st.binary(max_size=300), name=st.sampled_from(["export.zip", "x.doentry", "Journal.json"])
)
def test_fuzz_dayone_bytes(journal, tmp_path, data, name):
    _import_or_reject(journal, _write(tmp_path, name, data), "dayone")


plist_values = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=30)


@FUZZ
@given(
    item=st.dictionaries(
        st.sampled_from(["Creation Date", "Entry Text", "Tags", "Starred", "Time Zone", "UUID"]),
        plist_values
        | st.datetimes()
        | st.lists(st.text(max_size=90) | st.integers(0, 5), max_size=3),
    )
    | st.fixed_dictionaries(
        {"Creation Date": st.datetimes()},
        optional={
            "Entry Text": texts,
            "Tags": tag_lists,
            "Starred": st.booleans(),
            "Time Zone": st.timezone_keys() | texts,
        },
    )
)
def test_fuzz_doentry(journal, tmp_path, item):
    clean = {k: v for k, v in item.items() if v is not None}
    try:
        data = plistlib.dumps(clean)
    except (TypeError, ValueError, OverflowError):
        return  # not expressible as a plist
    _import_or_reject(journal, _write(tmp_path, "e.doentry", data), "dayone")


front_lines = st.sampled_from(
    [
        "date: 2024-03-01",
        "date: 2023-02-30",
        "date: 2024-03-01T10:00:00+01:00",
        "date: [2024]",
        "title: 'x",
        'title: "a\\u00e9"',
        'title: "\\ud800"',
        "tags: [a, b",
        "tags:",
        "  - one",
        "starred: maybe",
        "nested:\n  a: b",
        "mood: 99999999999999999999",
    ]
)
markdown_texts = st.builds(
    lambda lines, body, fence: "---\n" + "\n".join(lines) + ("\n---\n" if fence else "\n") + body,
    st.lists(front_lines | st.text(max_size=15), max_size=5),
    st.text(max_size=40),
    st.booleans(),
)
file_names = st.sampled_from(
    ["2024-03-01.md", "2023-02-30.md", "2024-03-01-2599 x.md", "notes.txt", "2024-03-01 T.markdown"]
)


@FUZZ
@given(text=markdown_texts | st.text(), name=file_names)
def test_fuzz_markdown(journal, tmp_path, text, name):
    path = _write(tmp_path, name, text.encode("utf-8", "surrogatepass"))
    _import_or_reject(journal, path.parent, "markdown")


heartlog_keys = [
    "id",
    "date",
    "title",
    "body",
    "tags",
    "mood",
    "prompt_id",
    "created_at",
    "marked_for_sharing",
    "import_hash",
]


def _with_fresh_ids(items: list[object]) -> list[object]:
    return [
        {**e, "id": str(uuid.uuid4())} if isinstance(e, dict) and e.get("id") == "x" else e
        for e in items
    ]


@FUZZ
@given(
    document=json_values
    | st.fixed_dictionaries(
        {
            "format": st.just("heartlog-journal"),
            "version": st.sampled_from([1, 0, 2, True, "1"]),
            "entries": entries_with(heartlog_keys),
        }
    )
    | st.fixed_dictionaries(
        {
            "format": st.just("heartlog-journal"),
            "version": st.just(1),
            "entries": nearly_valid(
                {"id": st.just("x"), "date": good_moments},
                {
                    "title": texts,
                    "body": texts,
                    "tags": tag_lists,
                    "mood": st.integers(1, 5) | st.none(),
                    "created_at": good_moments,
                    "marked_for_sharing": st.booleans(),
                },
            ).map(_with_fresh_ids),
        }
    )
)
def test_fuzz_heartlog_json(journal, tmp_path, document):
    _import_or_reject(
        journal, _write(tmp_path, "h.json", json.dumps(document).encode()), "heartlog-json"
    )
