"""A full disk while saving raises StorageError, commits nothing, and saves once space is back."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from db_snapshot import table_rows
from sqlalchemy import event, text

from heartlog.core.db_errors import storage_errors, translate
from heartlog.core.errors import ProfileCorrupt, StorageError


class PageLimit:
    """``PRAGMA max_page_count`` on every new connection: a disk that is full."""

    def __init__(self, engine) -> None:
        self.pages: int | None = None
        event.listen(engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_con, _record) -> None:
        if self.pages is not None:
            dbapi_con.execute(f"PRAGMA max_page_count = {self.pages}")


def _page_count(journal) -> int:
    with journal.session() as s:
        return int(s.execute(text("PRAGMA page_count")).scalar_one())


def test_full_disk_on_add_and_update_keeps_previous_content(opened):
    journal = opened.journal
    first = journal.add("The first words, kept safe.", title="kept", tags=["safe"])
    limit = PageLimit(opened.engine)
    limit.pages = _page_count(journal) + 1
    big = "We finally said what we needed. " * 4000  # ~128 KB: needs many pages
    before = table_rows(opened.profile.db_path, opened.data_key)
    faults = 0
    with pytest.raises(StorageError, match="disk is full") as err:
        journal.add(big, title="too big")
    faults += 1
    assert "your text is kept" in str(err.value)
    with pytest.raises(StorageError):
        journal.update(first.id, body=big)
    faults += 1
    with pytest.raises(StorageError):
        journal.save_draft(first.id, "draft", big)
    faults += 1
    limit.pages = None  # space is back: new connections have no limit
    assert table_rows(opened.profile.db_path, opened.data_key) == before
    assert journal.count() == 1 and journal.get(first.id).body == "The first words, kept safe."
    saved = journal.add(big, title="too big")
    assert journal.update(first.id, body=big).body == big
    assert journal.get(saved.id).body == big
    with journal.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    print(f"disk full on save: {faults} faults injected, entries lost: 0")


def test_translate_maps_sqlite_errors_to_plain_errors():
    class Err(Exception):
        def __init__(self, msg: str, code: int) -> None:
            super().__init__(msg)
            self.sqlite_errorcode = code

    assert isinstance(translate(Err("database or disk is full", 13)), StorageError)
    assert "input/output" in str(translate(Err("disk I/O error", 10 | (3 << 8))))
    assert isinstance(translate(Err("database disk image is malformed", 11)), ProfileCorrupt)
    assert isinstance(translate(Err("attempt to write a readonly database", 8)), StorageError)
    assert translate(Err("no such table: x", 1)) is None


def test_raw_cursor_errors_are_mapped_too():
    # Searching reads through a bare DBAPI cursor, outside SQLAlchemy's error wrapping.
    with pytest.raises(ProfileCorrupt), storage_errors():
        raise sqlcipher.DatabaseError("database disk image is malformed")
    with pytest.raises(StorageError, match="input/output"), storage_errors():
        raise sqlcipher.OperationalError("disk I/O error")
    with pytest.raises(sqlcipher.OperationalError), storage_errors():  # not one of ours
        raise sqlcipher.OperationalError("no such table: x")
