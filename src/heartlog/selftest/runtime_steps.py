"""Self-test steps for the libraries a build must carry: VADER, PyNaCl, zxcvbn, Qt, matplotlib.

Qt and matplotlib are imported inside their steps only: ``heartlog.core`` must
never load PySide6 at import time, and these checks run only under
``heartlog --self-test``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from heartlog.core.paths import resource_path, translations_path
from heartlog.selftest.steps import StepFailed

if TYPE_CHECKING:
    from heartlog.selftest.steps import SelfTestContext

APP_ICON = ("icons", "heartlog.svg")
# The native windowing plugin each desktop needs beside the offscreen one.
NATIVE_PLATFORM_PLUGINS = {
    "linux": ("libqxcb.so",),
    "win32": ("qwindows.dll",),
    "darwin": ("libqcocoa.dylib",),
}
QT_OWN_TRANSLATIONS = ("qtbase_de", "qtbase_es")
# Alembic runs these by path, with its own context; they are not importable modules.
NOT_IMPORTABLE = ("heartlog.migrations.env", "heartlog.migrations.versions", "heartlog.__main__")


def step_vader(ctx: SelfTestContext) -> str:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    if len(analyzer.lexicon) < 1000:
        raise StepFailed(f"VADER's lexicon has only {len(analyzer.lexicon)} words")
    warm = analyzer.polarity_scores("I feel loved, happy and grateful today.")["compound"]
    cold = analyzer.polarity_scores("I was angry, hurt and lonely all evening.")["compound"]
    if not (warm > 0.5 and cold < -0.5):
        raise StepFailed(f"unexpected scores {warm:+.2f} / {cold:+.2f}")
    return f"{len(analyzer.lexicon)} words, {warm:+.2f} / {cold:+.2f}"


def step_nacl_box(ctx: SelfTestContext) -> None:
    from nacl.exceptions import CryptoError
    from nacl.public import Box, PrivateKey

    mine, theirs = PrivateKey.generate(), PrivateKey.generate()
    message = ctx.entry_text.encode()
    sealed = Box(mine, theirs.public_key).encrypt(message)
    if message in bytes(sealed):
        raise StepFailed("the sealed message holds the plaintext")
    if Box(theirs, mine.public_key).decrypt(sealed) != message:
        raise StepFailed("the opened message differs from the one sealed")
    tampered = bytearray(sealed)
    tampered[-1] ^= 1
    try:
        Box(theirs, mine.public_key).decrypt(bytes(tampered))
    except CryptoError:
        return
    raise StepFailed("a tampered message was accepted")


def step_zxcvbn(ctx: SelfTestContext) -> str:
    from zxcvbn import zxcvbn

    weak = zxcvbn("password")["score"]
    strong = zxcvbn("violet kettle marching under quiet rain")["score"]
    if not (weak == 0 and strong >= 3):
        raise StepFailed(f"unexpected scores {weak} / {strong}")
    return f"scores {weak} / {strong}"


def step_resources(ctx: SelfTestContext) -> str:
    base = resource_path()
    files = sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if not files:
        raise StepFailed(f"no resource files under {base}")
    resource_path(*APP_ICON)
    for path in files:
        parts = path.relative_to(base).parts
        located = resource_path(*parts)
        data = located.read_bytes()
        try:
            if path.suffix == ".json":
                json.loads(data.decode("utf-8"))
            elif path.suffix == ".svg":
                ElementTree.fromstring(data)
            elif path.suffix in (".qss", ".txt", ".md", ".css"):
                data.decode("utf-8")
        except (ValueError, ElementTree.ParseError) as exc:
            raise StepFailed(f"{'/'.join(parts)} cannot be read: {exc}") from exc
    return f"{len(files)} files in {base}"


def _application() -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] or "heartlog"])
    return app


def step_qt_widgets(ctx: SelfTestContext) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    app = _application()
    ctx.keep["qt_app"] = app
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("HeartLog self-test"))
    icon = QIcon(str(resource_path(*APP_ICON)))
    if icon.pixmap(64, 64).isNull():
        raise StepFailed("the SVG app icon did not render: the Qt SVG plugin is missing")
    svgs = sorted(resource_path().rglob("*.svg"))
    broken = [p.name for p in svgs if QIcon(str(p)).pixmap(32, 32).isNull()]
    if broken:
        raise StepFailed(f"these icons did not render: {', '.join(broken)}")
    window.setWindowIcon(icon)
    window.resize(320, 120)
    if window.grab().isNull():
        raise StepFailed("a widget could not be painted")
    window.deleteLater()
    return f"Qt {qVersion()}, platform {app.platformName()}, {len(svgs)} SVG icons"  # type: ignore[attr-defined]


def step_import_modules(ctx: SelfTestContext) -> str:
    """Every HeartLog module imports: a frozen build misses none of their dependencies."""
    import heartlog

    names = [
        info.name
        for info in pkgutil.walk_packages(heartlog.__path__, "heartlog.")
        if not info.name.startswith(NOT_IMPORTABLE)
    ]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report every broken module, not just the first
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        raise StepFailed("; ".join(failed))
    if len(names) < 10:
        raise StepFailed(f"only {len(names)} modules found: the package is incomplete")
    return f"{len(names)} modules"


def _plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    dirs = [Path(p) for p in QCoreApplication.libraryPaths()]
    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def step_qt_platform_plugins(ctx: SelfTestContext) -> str:
    found: set[str] = set()
    for folder in _plugin_dirs():
        platforms = folder / "platforms"
        if platforms.is_dir():
            found.update(p.name for p in platforms.iterdir())
    needed = NATIVE_PLATFORM_PLUGINS.get(sys.platform, ())
    missing = [name for name in needed if name not in found]
    if missing:
        raise StepFailed(
            f"missing {', '.join(missing)}; found {', '.join(sorted(found)) or 'none'}"
        )
    native = [n for n in sorted(found) if "offscreen" not in n and "minimal" not in n]
    return ", ".join(native) or "offscreen only"


def step_translations(ctx: SelfTestContext) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ctx.keep.setdefault("qt_app", _application())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing_qt = [name for name in QT_OWN_TRANSLATIONS if not QTranslator().load(name, qt_dir)]
    if missing_qt:
        raise StepFailed(f"Qt's own translations are missing: {', '.join(missing_qt)}")
    try:
        ours = sorted(translations_path().glob("*.qm"))
    except FileNotFoundError:
        ours = []
    for qm in ours:
        if not QTranslator().load(str(qm)):
            raise StepFailed(f"{qm.name} does not load")
    names = ", ".join(p.stem for p in ours) or "none shipped yet"
    return f"HeartLog: {names}; Qt: {', '.join(QT_OWN_TRANSLATIONS)}"


def step_matplotlib_qt(ctx: SelfTestContext) -> str:
    ctx.keep.setdefault("qt_app", _application())
    import matplotlib
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    canvas = FigureCanvasQTAgg(Figure(figsize=(3, 2), dpi=80))
    axes = canvas.figure.add_subplot()
    axes.plot([1, 2, 3, 4, 5, 6, 7], [0.2, -0.1, 0.4, 0.5, 0.1, 0.3, 0.6])
    axes.set_title("Self-test week")
    canvas.draw()
    width, height = canvas.get_width_height()
    if width <= 0 or height <= 0 or not any(bytes(canvas.buffer_rgba())[::97]):
        raise StepFailed("the chart drew nothing")
    canvas.deleteLater()
    return f"matplotlib {matplotlib.__version__}, {width}x{height}"
