"""Build HeartLog's desktop bundle with one command: ``python packaging/build.py``.

Makes the one-folder app in ``packaging/dist/HeartLog/`` (``HeartLog.app`` on
macOS) with PyInstaller and checks that it starts. Optional steps run where their
tools exist: ``--installer`` (Inno Setup on Windows, a .dmg on macOS, a tarball on
Linux) and ``--flatpak`` (flatpak-builder on Linux).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = PACKAGING / "dist"
WORK = PACKAGING / "build"
SPEC = PACKAGING / "heartlog.spec"
SVG = ROOT / "resources" / "icons" / "heartlog.svg"
ICONS = PACKAGING / "icons"
TRANSLATIONS = ROOT / "translations"
APP_ID = "org.heartlog.HeartLog"


def version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    import heartlog

    return heartlog.__version__


def bundle_dir() -> Path:
    return DIST / ("HeartLog.app" if sys.platform == "darwin" else "HeartLog")


def frozen_executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "HeartLog.app" / "Contents" / "MacOS" / "heartlog"
    return DIST / "HeartLog" / ("heartlog.exe" if sys.platform == "win32" else "heartlog")


def step(title: str):
    """Print a step's title, and its duration when it ends."""

    class _Timer:
        def __enter__(self) -> None:
            print(f"==> {title}", flush=True)
            self.start = time.perf_counter()

        def __exit__(self, *exc: object) -> None:
            print(f"    {title}: {time.perf_counter() - self.start:.1f} s", flush=True)

    return _Timer()


def run(*cmd: str | Path, **kwargs) -> None:
    print("    $ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kwargs)


def ensure_icons(force: bool) -> None:
    """Render the packaged icons when asked or missing; they are committed otherwise."""
    needed = [ICONS / "heartlog.ico", ICONS / "heartlog.icns", ICONS / "hicolor"]
    if not force and all(p.exists() for p in needed):
        return
    with step("render icons from the SVG"):
        run(sys.executable, PACKAGING / "make_icons.py")


def compile_translations() -> None:
    """Compile .ts sources whose .qm is missing or older (pyside6-lrelease)."""
    stale = [
        ts
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        print("    warning: pyside6-lrelease not found; stale .qm files stay as they are")
        return
    with step(f"compile {len(stale)} translation(s)"):
        for ts in stale:
            run(lrelease, ts, "-qm", ts.with_suffix(".qm"))


def warn_missing_xcb_libraries() -> None:
    """Qt's X11 plugin needs these; PyInstaller bundles them only if the build machine has them."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes.util

    missing = [
        n for n in ("xcb-cursor", "xcb-icccm", "xcb-keysyms") if not ctypes.util.find_library(n)
    ]
    if missing:
        print(
            f"    warning: lib{', lib'.join(missing)} not found: the bundle will need them on the "
            "user's machine (Debian: apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)"
        )


def pyinstaller(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: pip install 'pyinstaller>=6.5'") from None
    with step("PyInstaller one-folder bundle"):
        args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        if clean:
            args.append("--clean")
        run(*args, "--distpath", DIST, "--workpath", WORK, SPEC)


def smoke_check() -> None:
    with step("frozen heartlog --version"):
        exe = frozen_executable()
        done = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
        print("    " + done.stdout.strip())
    size = sum(
        p.stat().st_size for p in bundle_dir().rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"    bundle: {bundle_dir()} ({size / 1e6:.0f} MB)")


def installer() -> None:
    ver = version()
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc is None:
            print("    Inno Setup's iscc not found: skipping the Windows installer")
            return
        with step("Inno Setup installer"):
            run(iscc, f"/DAppVersion={ver}", PACKAGING / "windows" / "heartlog.iss")
    elif sys.platform == "darwin":
        with step("disk image"):
            dmg = DIST / f"HeartLog-{ver}-macos-{platform.machine()}.dmg"
            run("hdiutil", "create", "-volname", "HeartLog", "-srcfolder", bundle_dir(),
                "-ov", "-format", "UDZO", dmg)  # fmt: skip
    else:
        with step("tarball"):
            archive = DIST / f"HeartLog-{ver}-linux-{platform.machine()}.tar.gz"
            with tarfile.open(archive, "w:gz") as tar:
                tar.add(bundle_dir(), arcname=f"HeartLog-{ver}")
            print(f"    {archive}")


def flatpak() -> None:
    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("    flatpak-builder not found: skipping the Flatpak (see packaging/flatpak/README)")
        return
    manifest = PACKAGING / "flatpak" / f"{APP_ID}.yml"
    with step("Flatpak"):
        run(builder, "--force-clean", "--user", "--install-deps-from=flathub",
            "--repo", WORK / "flatpak-repo", WORK / "flatpak-build", manifest)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument("--installer", action="store_true", help="also make the installer")
    parser.add_argument("--flatpak", action="store_true", help="also build the Flatpak")
    parser.add_argument("--no-check", action="store_true", help="skip the --version check")
    parser.add_argument("--icons", action="store_true", help="render the icons from the SVG again")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    start = time.perf_counter()
    ensure_icons(args.icons)
    compile_translations()
    warn_missing_xcb_libraries()
    pyinstaller(args.clean)
    if not args.no_check:
        smoke_check()
    if args.installer:
        installer()
    if args.flatpak:
        flatpak()
    print(f"==> done in {time.perf_counter() - start:.1f} s: {bundle_dir()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
