"""The analysis data files: shipped ones load; broken ones give a clear error."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from heartlog.core import paths
from heartlog.core.analysis import lexicon
from heartlog.core.analysis.analyser import analyser_version, reset_caches
from heartlog.core.analysis.lexicon import AnalysisDataError, expand
from heartlog.core.analysis.markers import marker_rules
from heartlog.core.analysis.practices import practice_catalogue

SHIPPED = Path(paths.resource_path("analysis"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped data that the loaders read instead."""
    folder = tmp_path / "analysis"
    shutil.copytree(SHIPPED, folder)

    def fake(*parts: str, kind: str = "resources") -> Path:
        assert parts[0] == "analysis"
        target = folder.joinpath(*parts[1:])
        if not target.exists():
            raise FileNotFoundError(target)
        return target

    monkeypatch.setattr(lexicon, "resource_path", fake)
    reset_caches()
    yield folder
    monkeypatch.undo()
    reset_caches()


def edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_every_shipped_file_loads_and_is_versioned() -> None:
    for path in SHIPPED.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data["version"], int) and data["version"] >= 1, path.name
        assert data.get("description"), path.name
    rules = marker_rules()
    assert set(rules.theme_labels) == set(lexicon.THEMES)
    assert set(rules.obstacle_names) == set(lexicon.OBSTACLES)
    assert len(practice_catalogue().practices) >= 8
    assert analyser_version().startswith(f"{lexicon.CODE_VERSION}+")
    assert len(analyser_version()) <= 32  # the column is String(32)


def test_phrase_syntax_expands() -> None:
    slots = {"poss": ["his", "her"]}
    assert expand("roll|rolled {poss} eyes", slots) == [
        "roll his eyes",
        "roll her eyes",
        "rolled his eyes",
        "rolled her eyes",
    ]
    with pytest.raises(AnalysisDataError, match="unknown slot"):
        expand("{nope} eyes", slots)
    with pytest.raises(AnalysisDataError, match="empty alternative"):
        expand("a||b", slots)


def test_a_version_bump_changes_the_analyser_version(data_dir: Path) -> None:
    before = analyser_version()
    edit(data_dir, "markers.json", lambda d: d.update(version=d["version"] + 1))
    reset_caches()
    assert analyser_version() != before


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("relationship_lexicon.json", lambda d: d["words"].update(unheard=9), "must be in -4..4"),
        (
            "relationship_lexicon.json",
            lambda d: d["words"].update({"two words": -1}),
            "one lower-case word",
        ),
        ("relationship_lexicon.json", lambda d: d.pop("version"), "'version'"),
        ("markers.json", lambda d: d["conflict"].pop("contempt"), "four horsemen"),
        ("markers.json", lambda d: d.update(lookback=0), "lookback"),
        ("themes.json", lambda d: d["themes"].pop("money"), "theme ids"),
        (
            "themes.json",
            lambda d: d["themes"]["work"]["not"].append("before lunch"),
            "'before lunch' in themes.work.not has no word of the theme",
        ),
        ("obstacles.json", lambda d: d["obstacles"].pop("lack_of_trust"), "obstacle ids"),
        (
            "practices.json",
            lambda d: d["themes"]["money"].append({"practice": "x", "why": "y"}),
            "unknown practice",
        ),
        ("english_words.json", lambda d: d.update(min_coverage=2), "min_coverage"),
    ],
)
def test_broken_data_is_a_clear_error(data_dir: Path, name: str, change, message: str) -> None:
    edit(data_dir, name, change)
    reset_caches()
    with pytest.raises(AnalysisDataError, match=message) as err:
        marker_rules()
        practice_catalogue()
        lexicon.english_words()
        lexicon.load_sentiment_lexicon()
    assert name in str(err.value) and "Reinstall HeartLog" in str(err.value)


def test_unreadable_or_missing_file(data_dir: Path) -> None:
    (data_dir / "themes.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(AnalysisDataError, match="unreadable"):
        marker_rules()
    (data_dir / "themes.json").unlink()
    reset_caches()
    with pytest.raises(AnalysisDataError, match="file missing"):
        marker_rules()
