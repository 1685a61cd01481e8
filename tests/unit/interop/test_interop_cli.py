"""``heartlog import`` / ``heartlog export`` as a real subprocess."""

from __future__ import annotations

import json

import pytest
from interop_paths import DATA

from heartlog_testing import PASSPHRASE

ENV = {"HEARTLOG_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_profile(cli):
    result = cli("profile", "create", "Test", env=ENV)
    assert result.returncode == 0, result.stderr
    return cli


def test_import_then_reimport(cli_profile):
    cli = cli_profile
    first = cli(
        "import", "-p", "Test", "--format", "jrnl", str(DATA / "jrnl" / "jrnl_hm_real.txt"), env=ENV
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported 3 entries, skipped 0 already present."
    again = cli("import", "-p", "Test", str(DATA / "jrnl" / "jrnl_hm_real.json"), env=ENV)
    assert again.stdout.strip() == "Imported 0 entries, skipped 3 already present."
    listed = cli("entry", "list", "-p", "Test", "--json", env=ENV)
    assert json.loads(listed.stdout)[0]["title"] == "We argued about money."


def test_malformed_input_is_one_line_and_exit_1(cli_profile, tmp_path):
    cli = cli_profile
    result = cli(
        "import", "-p", "Test", "-f", "jrnl", str(DATA / "jrnl" / "impossible_date.txt"), env=ENV
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "impossible_date.txt, line 6" in result.stderr
    assert "2023-02-30" in result.stderr
    listed = cli("entry", "list", "-p", "Test", "--json", env=ENV)
    assert json.loads(listed.stdout) == []


def test_dry_run_and_json_output(cli_profile):
    cli = cli_profile
    source = str(DATA / "dayone" / "export_folder")
    dry = cli("import", "-p", "Test", "--dry-run", "--json", source, env=ENV)
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert (preview["format"], preview["entries"], preview["new"]) == ("dayone", 4, 4)
    assert "Mars/Olympus_Mons" in dry.stderr  # the unknown-zone note
    done = cli("import", "-p", "Test", "-f", "dayone", "--json", source, env=ENV)
    result = json.loads(done.stdout)
    assert (result["imported"], result["skipped"], len(result["entry_ids"])) == (4, 0, 4)


def test_export_json_and_reimport_into_new_profile(cli_profile, tmp_path):
    cli = cli_profile
    cli("import", "-p", "Test", str(DATA / "markdown" / "notes"), env=ENV)
    out = tmp_path / "export" / "journal.json"
    exported = cli("export", "-p", "Test", "--format", "json", "-o", str(out), env=ENV)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Exported 6 entries to {out}."
    assert cli("profile", "create", "Other", env=ENV).returncode == 0
    back = cli("import", "-p", "Other", "--format", "heartlog-json", str(out), env=ENV)
    assert back.stdout.strip() == "Imported 6 entries, skipped 0 already present."
    a = json.loads(cli("entry", "list", "-p", "Test", "--json", env=ENV).stdout)
    b = json.loads(cli("entry", "list", "-p", "Other", "--json", env=ENV).stdout)
    assert a == b


def test_export_markdown_refuses_existing_folder(cli_profile, tmp_path):
    cli = cli_profile
    cli("import", "-p", "Test", str(DATA / "jrnl" / "legacy_v1.txt"), env=ENV)
    out = tmp_path / "md"
    assert cli("export", "-p", "Test", "-f", "markdown", "-o", str(out), env=ENV).returncode == 0
    assert len(list(out.iterdir())) == 2
    again = cli("export", "-p", "Test", "-f", "markdown", "-o", str(out), env=ENV)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_unknown_format_is_usage_error(cli_profile):
    result = cli_profile("import", "-p", "Test", "-f", "evernote", "x", env=ENV)
    assert result.returncode == 2
