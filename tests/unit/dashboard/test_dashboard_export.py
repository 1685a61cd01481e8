"""PNG and PDF exports of a week: valid files, the right pages and words, written atomically."""

from __future__ import annotations

import struct
from pathlib import Path

import pypdf
import pytest
from dashboard_week_fixture import WEEK, fill_week_journal

from heartlog.core import atomic_file
from heartlog.core.analysis import AnalysisStore, WeeklyInsights
from heartlog.core.charts import english_report
from heartlog.core.errors import StorageError
from heartlog.core.insight_export import PNG_DPI, PNG_WIDTH_IN, write_pdf, write_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def week(journal) -> WeeklyInsights:
    fill_week_journal(journal)
    return AnalysisStore(journal).weekly_insights(WEEK)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_png_is_one_image_with_summary_and_charts(week, tmp_path) -> None:
    out = tmp_path / "exports" / "week.png"
    write_png(out, week)
    width, height = png_size(out)
    assert width == round(PNG_WIDTH_IN * PNG_DPI)
    assert height > 6.6 * PNG_DPI  # the charts, plus the title and summary above them
    assert [p.name for p in out.parent.iterdir()] == ["week.png"]  # no temp file left


def test_pdf_has_charts_then_summary_and_patterns(week, tmp_path) -> None:
    out = tmp_path / "week.pdf"
    pages = write_pdf(out, week)
    count, text = pdf_text(out)
    assert pages == count == 2
    report = english_report(week)
    assert report.title in text
    assert " ".join(week.summary.split()) in text
    assert "Money: keeps coming back" in text
    assert "We argued about money again." in text  # evidence, verbatim
    assert "Something to try" in text
    assert "How each day felt" in text  # page 1: the charts
    reader = pypdf.PdfReader(str(out))
    assert reader.metadata.title == report.title
    assert reader.metadata.creator == "HeartLog"


def test_many_patterns_flow_onto_more_pages(week, tmp_path) -> None:
    many = english_report(week)
    pattern = many.patterns[0]
    long = type(many)(**{**many.__dict__, "patterns": (pattern,) * 12})
    pages = write_pdf(tmp_path / "long.pdf", week, report=long)
    assert pages >= 3
    count, text = pdf_text(tmp_path / "long.pdf")
    assert count == pages and text.count("Money: keeps coming back") == 12


def test_empty_week_exports_friendly_pages(journal, tmp_path) -> None:
    fill_week_journal(journal)
    empty = AnalysisStore(journal).weekly_insights("2026-W45")
    write_png(tmp_path / "empty.png", empty)
    assert png_size(tmp_path / "empty.png")[0] > 0
    count, text = (
        pdf_text(tmp_path / "empty.pdf") if write_pdf(tmp_path / "empty.pdf", empty) else (0, "")
    )
    assert count == 2
    assert "No entries this week yet" in text
    assert "You didn't write this week." in text
    assert "Nothing keeps coming back right now." in text


def test_a_failed_export_leaves_the_old_file(week, tmp_path, monkeypatch) -> None:
    out = tmp_path / "exports" / "week.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the earlier export")

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic_file, "_fsync", broken_fsync)
    with pytest.raises(StorageError, match="Nothing was changed"):
        write_pdf(out, week)
    assert out.read_bytes() == b"the earlier export"
    assert [p.name for p in out.parent.iterdir()] == ["week.pdf"]
