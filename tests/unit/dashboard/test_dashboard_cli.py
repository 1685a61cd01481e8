"""``heartlog insights --png/--pdf`` (alone or with --json) through a real subprocess."""

from __future__ import annotations

import json

import pypdf
import pytest
from dashboard_week_fixture import WEEK, fill_week_journal

from heartlog.core.profiles import unlock

PASSPHRASE = "correct horse battery"  # the `profile` fixture's passphrase


@pytest.fixture
def filled(profile) -> None:
    """The fixture journal, closed again so the CLI can open it."""
    with unlock(profile, PASSPHRASE) as opened:
        fill_week_journal(opened.journal)


def test_insights_writes_png_and_pdf_with_json(cli, filled, tmp_path) -> None:
    png, pdf = tmp_path / "out" / "week.png", tmp_path / "week.pdf"
    env = {"HEARTLOG_PASSPHRASE": PASSPHRASE}
    r = cli(
        "insights",
        "-p",
        "Test",
        "--week",
        WEEK,
        "--json",
        "--png",
        str(png),
        "--pdf",
        str(pdf),
        env=env,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)  # stdout stays pure JSON
    assert data["week"] == WEEK and data["entries"] == 5
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) == 2
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert " ".join(data["summary"].split()) in text


def test_insights_text_output_names_the_files(cli, filled, tmp_path) -> None:
    out = tmp_path / "week.pdf"
    r = cli(
        "insights",
        "-p",
        "Test",
        "--week",
        WEEK,
        "--pdf",
        str(out),
        env={"HEARTLOG_PASSPHRASE": PASSPHRASE},
    )
    assert r.returncode == 0, r.stderr
    assert f"2-page PDF: {out}" in r.stdout
    assert out.is_file()


def test_unwritable_output_is_a_user_error(cli, filled, tmp_path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    r = cli(
        "insights",
        "-p",
        "Test",
        "--week",
        WEEK,
        "--png",
        str(folder),
        env={"HEARTLOG_PASSPHRASE": PASSPHRASE},
    )
    assert r.returncode == 1
    assert r.stderr.startswith("heartlog: ") and len(r.stderr.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []
