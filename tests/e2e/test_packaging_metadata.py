"""Packaging metadata: Linux desktop files, icons, installer recipes and the wheel's contents."""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

import heartlog

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{heartlog.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{heartlog.APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
APP_SVG = ROOT / "resources" / "icons" / "heartlog.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_desktop_file_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = _run("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # no warnings or hints either


def test_metainfo_validates() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    done = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


def test_desktop_file_names_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == heartlog.APP_ID
    assert section["Exec"].split()[0] == "heartlog"
    assert section["Name"] == heartlog.APP_NAME


def test_metainfo_matches_the_app() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == heartlog.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "heartlog"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == heartlog.__version__, (
        "the newest <release> in the metainfo must be the package version"
    )


def test_hicolor_icons_are_complete() -> None:
    from PIL import Image

    scalable = HICOLOR / "scalable" / "apps" / f"{heartlog.APP_ID}.svg"
    assert scalable.read_bytes() == APP_SVG.read_bytes(), "run python packaging/make_icons.py"
    for size in PNG_SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{heartlog.APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"


def test_windows_and_macos_icons() -> None:
    from PIL import Image

    with Image.open(PACKAGING / "icons" / "heartlog.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "icons" / "heartlog.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_flatpak_manifest_keeps_the_sandbox_closed() -> None:
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load((PACKAGING / "flatpak" / f"{heartlog.APP_ID}.yml").read_text())
    assert manifest["id"] == heartlog.APP_ID
    assert manifest["command"] == "heartlog"
    args = manifest["finish-args"]
    assert "--share=network" not in args  # HeartLog never goes online
    assert not [a for a in args if a.startswith("--filesystem")]  # files come via portals
    assert not [a for a in args if a.startswith("--socket=session-bus")]


def test_inno_setup_script_points_at_the_bundle() -> None:
    script = (PACKAGING / "windows" / "heartlog.iss").read_text(encoding="utf-8")
    assert 'Source: "..\\dist\\HeartLog\\*"' in script
    assert "SetupIconFile=..\\icons\\heartlog.ico" in script
    assert f'#define AppUserModelId "{heartlog.APP_ID}"' in script
    assert (PACKAGING / "icons" / "heartlog.ico").is_file()


def _tracked_files(folder: str) -> list[str]:
    done = _run("git", "-C", str(ROOT), "ls-files", "--", folder)
    if done.returncode != 0:
        pytest.skip("not a git checkout")
    return [line for line in done.stdout.splitlines() if line]


def _build_wheel(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str] | None = None
) -> tuple[zipfile.ZipFile, str]:
    """The wheel ``python -m build --wheel`` makes from a copy of the tracked files,
    and what the build printed."""
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed (pip install build)")
    missing = [p for p in ("README.md", "translations") if not (ROOT / p).exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: pyproject.toml needs them to build a wheel")
    source = tmp_path_factory.mktemp("source")
    for name in _tracked_files("."):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    (source / "translations").mkdir(exist_ok=True)
    out = tmp_path_factory.mktemp("wheel")
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = out.glob("heartlog-*.whl")
    return zipfile.ZipFile(built), done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    return _build_wheel(tmp_path_factory)[0]


def test_wheel_has_resources_translations_and_migrations(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for tracked in _tracked_files("resources") + _tracked_files("translations"):
        if Path(tracked).name.startswith("."):
            continue
        assert f"heartlog/{tracked}" in names, tracked
    assert f"heartlog/resources/icons/{APP_SVG.name}" in names
    migrations = ROOT / "src" / "heartlog" / "migrations"
    versions = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    assert versions
    for name in versions:
        assert f"heartlog/migrations/versions/{name}" in names
    assert "heartlog/migrations/env.py" in names
    assert "heartlog/migrations/script.py.mako" in names
    assert "heartlog/selftest/steps.py" in names


@pytest.mark.skipif(
    os.environ.get("HEARTLOG_REQUIRE_COMPILED") != "1",
    reason="CI sets HEARTLOG_REQUIRE_COMPILED=1; without a compiler the wheel is pure Python",
)
def test_wheel_ships_the_compiled_analysis_with_its_sources(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    stamp = json.loads(wheel.read("heartlog/core/analysis/_compiled.json"))
    assert stamp["sources"]
    for module, digest in stamp["sources"].items():
        source = f"heartlog/core/analysis/{module}.py"
        assert f"heartlog/core/analysis/{module}{stamp['suffix']}" in names
        assert hashlib.sha256(wheel.read(source)).hexdigest() == digest
    (tags,) = [n for n in names if n.endswith(".dist-info/WHEEL")]
    assert "Root-Is-Purelib: false" in wheel.read(tags).decode()


def test_without_a_working_compiler_the_wheel_is_pure_python(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A machine without a C compiler still gets a working wheel (the analysis runs as
    plain Python, with identical results), and the build says so."""
    built, printed = _build_wheel(tmp_path_factory, env={"CC": "false", "LDSHARED": "false"})
    names = built.namelist()
    assert "heartlog build: analysis not compiled" in printed
    assert not [n for n in names if n.endswith((".so", ".pyd"))]
    assert "heartlog/core/analysis/_compiled.json" not in names
    assert "heartlog/core/analysis/conflict.py" in names
    (tags,) = [n for n in names if n.endswith(".dist-info/WHEEL")]
    assert "Root-Is-Purelib: true" in built.read(tags).decode()


def test_wheel_installs_the_heartlog_command(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "heartlog = heartlog.cli:main" in text
