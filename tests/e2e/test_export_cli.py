"""``heartlog export`` routes between whole-journal and chosen-entry exports."""

from __future__ import annotations

import json

from heartlog_testing import PASSPHRASE

ENV = {"HEARTLOG_PASSPHRASE": PASSPHRASE}


def test_json_export_refuses_a_selection(cli, profile, tmp_path):
    out = tmp_path / "x.json"
    result = cli("export", "-p", "Test", "--format", "json", "--tag", "us", "-o", str(out), env=ENV)
    assert result.returncode == 1
    assert "always the whole journal" in result.stderr
    assert not out.exists()


def test_markdown_without_selection_is_the_whole_journal(cli, profile, tmp_path):
    for title, tag in (("Private", "mine"), ("Shared", "us")):
        added = cli(
            "entry",
            "add",
            "-p",
            "Test",
            "--title",
            title,
            "--tag",
            tag,
            stdin=f"{title} words",
            env=ENV,
        )
        assert added.returncode == 0, added.stderr
    folder = tmp_path / "md"
    assert cli("export", "-p", "Test", "-f", "markdown", "-o", str(folder), env=ENV).returncode == 0
    assert len(list(folder.glob("*.md"))) == 2
    doc = tmp_path / "us.md"
    chosen = cli("export", "-p", "Test", "-f", "markdown", "--tag", "us", "-o", str(doc), env=ENV)
    assert chosen.returncode == 0, chosen.stderr
    text = doc.read_text(encoding="utf-8")
    assert "Shared words" in text and "Private words" not in text
    whole = tmp_path / "all.json"
    assert cli("export", "-p", "Test", "-f", "json", "-o", str(whole), env=ENV).returncode == 0
    assert len(json.loads(whole.read_text(encoding="utf-8"))["entries"]) == 2
