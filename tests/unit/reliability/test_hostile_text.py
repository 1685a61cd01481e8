"""Hostile text round-trips exactly through save, search, drafts, backup and restore.

Export and import of whole journals (interop) and share bundles are tested by
their own areas once they land; here: the storage every one of them reads.
"""

from __future__ import annotations

import pytest

from heartlog.core import backup, restore

TEN_MB = 10 * 1024 * 1024

HOSTILE = {
    "nul": "before\x00after — nul\x00bytes\x00inside",
    "rtl": "שלום עולם, אני מרגישה שמקשיבים לי. مرحبا بالعالم",
    "bidi_controls": "abc\u202edcba\u202c \u2067isolated\u2069 \u200f",
    "combining": "e\u0301te\u0301 Zalgo: Z\u0351\u0300\u0334a\u0363\u0358l\u0310g\u0351o",
    "emoji_zwj": "family 👨\u200d👩\u200d👧\u200d👦 heart 🫶🏽 flag 🏳️\u200d🌈 kiss 💏🏿",
    "astral": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎𠜱 \U0010fffd",
    "newlines": "crlf\r\nlf\nlone-cr\rtab\tformfeed\x0c",
    "sqlish": "'; DROP TABLE entries; -- \" NEAR(a b) OR * AND NOT ^col:",
    "fts_syntax": 'body:"x" title:* {a b} NOT -minus +plus',
}

WORDS = {"rtl": "שלום", "combining": "Zalgo", "emoji_zwj": "family", "nul": "after"}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_round_trips_through_save_and_update(journal, name):
    text = HOSTILE[name]
    entry = journal.add(text, title=text[:40], tags=[f"t-{name}"])
    assert journal.get(entry.id).body == text
    assert journal.get(entry.id).title == text[:40]
    changed = journal.update(entry.id, body=text + text)
    assert journal.get(entry.id).body == changed.body == text + text
    journal.save_draft(entry.id, "draft", text)
    assert journal.drafts()[0].body == text


def test_hostile_text_is_found_by_search(journal):
    ids = {name: journal.add(text).id for name, text in HOSTILE.items()}
    for name, word in WORDS.items():
        hits = journal.search(word)
        assert ids[name] in {h.entry.id for h in hits}, name
        assert journal.search_count(word) >= 1
    # Query syntax in a search is plain words, never an FTS error.
    for text in HOSTILE.values():
        journal.search(text)


def test_a_ten_megabyte_entry_saves_searches_backs_up_and_restores(opened):
    journal = opened.journal
    block = "We held hands and listened. " + HOSTILE["emoji_zwj"] + " " + HOSTILE["rtl"] + "\n"
    body = (block * (TEN_MB // len(block.encode("utf-8")) + 1))[: TEN_MB // 2]
    body += " needleinthehaystack " + "x" * (TEN_MB - len(body.encode("utf-8")))
    assert len(body.encode("utf-8")) >= TEN_MB
    entry = journal.add(body, title="huge")
    assert journal.get(entry.id).body == body
    assert [h.entry.id for h in journal.search("needleinthehaystack")] == [entry.id]
    info = backup.create_backup(opened)
    profile, key = opened.profile, opened.data_key
    opened.close()
    restore.restore_backup(profile, info, key)
    from heartlog.core.profiles import unlock
    from heartlog_testing import PASSPHRASE

    with unlock(profile, PASSPHRASE) as again:
        assert again.journal.get(entry.id).body == body
        assert again.journal.search_count("needleinthehaystack") == 1


def test_hostile_text_through_the_cli(profile, cli):
    from heartlog_testing import PASSPHRASE

    env = {"HEARTLOG_PASSPHRASE": PASSPHRASE}
    # NUL cannot be a command-line argument; the body comes on stdin.
    text = "\n".join(HOSTILE.values())
    added = cli("entry", "add", "-p", "Test", "--json", stdin=text, env=env)
    assert added.returncode == 0, added.stderr
    import json

    listed = json.loads(cli("entry", "list", "-p", "Test", "--json", env=env).stdout)
    assert listed[0]["body"] == text.rstrip("\n")
