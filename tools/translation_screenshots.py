"""Screenshots of the real windows in another language, to look for clipped or overlapping text.

    QT_QPA_PLATFORM=offscreen python tools/translation_screenshots.py --pseudo
        every string stretched by ~40% (HEARTLOG_PSEUDO_LOCALE=1) -> docs/pseudo/*.png
    QT_QPA_PLATFORM=offscreen python tools/translation_screenshots.py --language de
        German -> docs/screenshot-de-main.png, docs/screenshot-de-dashboard.png
        (add --dialogs --out DIR for the dialogs as well, to look at them)

The sample journal lives in a temporary folder; nothing but the pictures is kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTLOG_KDF"] = "fast"

PASSPHRASE = "violet tugboat marmalade"
# (days ago, hour, title, body, tags, self-rated mood or None)
SAMPLES = [
    (
        0,
        21,
        "Money, again",
        "Argued about money again. He says I never plan; I said he always "
        "decides alone. We both went quiet for the rest of the evening.",
        ("money",),
        None,
    ),
    (
        1,
        20,
        "Sunday walk",
        "We walked by the river and talked about the summer. I felt close "
        "to him again; he made coffee before I woke up.",
        ("us",),
        5,
    ),
    (
        2,
        22,
        "The bill",
        "Another fight about money: he yelled about the credit card bill and I felt unheard.",
        ("money",),
        2,
    ),
    (
        3,
        19,
        "Abendessen",
        "Heute Abend haben wir lange geredet. Ich habe mich verstanden gefühlt.",
        ("wir",),
        4,
    ),
    (
        4,
        21,
        "Budget",
        "We argued about the budget again and he walked out. I was so angry.",
        ("money",),
        None,
    ),
    (8, 20, "Last week", "A calm evening; we cooked together and laughed a lot.", ("us",), 4),
]


def _sample_profile():
    from heartlog.core.journal import Entry
    from heartlog.core.profiles import create_profile, unlock

    profile = create_profile("Anna", PASSPHRASE)
    today = dt.datetime.now().astimezone().replace(minute=5, second=0, microsecond=0)
    monday = today - dt.timedelta(days=today.weekday())
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            Entry(
                id="",
                # this week's entries stay in this week, whatever weekday today is
                written_at=max(monday, today - dt.timedelta(days=days)).replace(hour=hour)
                if days < 7
                else today - dt.timedelta(days=days),
                title=title,
                body=body,
                tags=tags,
                mood=mood,
            )
            for days, hour, title, body, tags, mood in SAMPLES
        )
    return profile


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--pseudo", action="store_true", help="stretched pseudo-translation")
    mode.add_argument("--language", help="an interface language code, e.g. de")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument(
        "--dialogs", action="store_true", help="with --language: the dialogs too (to look at)"
    )
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="heartlog-i18n-shots-")
    os.environ["HEARTLOG_HOME"] = home
    if args.pseudo:
        os.environ["HEARTLOG_PSEUDO_LOCALE"] = "1"
        out, prefix = args.out / "pseudo", ""
    else:
        out, prefix = args.out, f"screenshot-{args.language}-"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from heartlog.ui import app_settings

    app_settings.set_language("" if args.pseudo else args.language)
    from heartlog.ui.app import create_application

    app = create_application(["heartlog"])
    from heartlog.core.profiles import unlock
    from heartlog.ui.backups_dialog import BackupsDialog
    from heartlog.ui.import_dialog import ImportDialog
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.new_profile_dialog import NewProfileDialog
    from heartlog.ui.profile_catalog import ProfileInfo
    from heartlog.ui.profile_session import ProfileSession, acquire_window_lock
    from heartlog.ui.settings_dialog import SettingsDialog
    from heartlog.ui.sharing.share_dialog import ShareDialog

    profile = _sample_profile()
    info = ProfileInfo(profile.id, profile.name, profile.folder)
    window = MainWindow(
        ProfileSession(info, acquire_window_lock(info)), unlock(profile, PASSPHRASE)
    )
    window.resize(1100, 720)
    window.show()
    analysis = window.findChild(object, "analysisFeature")
    prompts = window.findChild(object, "promptsFeature")

    def settle(until: Callable[[], bool] = lambda: True, rounds: int = 3000) -> None:
        for _ in range(rounds):  # at most 30 s
            QTest.qWait(10)
            if until() and not analysis.runs.is_busy():
                break
        QTest.qWait(100)

    def shot(widget: QWidget, name: str) -> None:
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    settle(lambda: prompts.card is not None)
    window.new_entry(focus=False)  # today's page: the prompt card above a new entry
    settle()
    shot(window, "main")

    page = window.insights_page
    window.tabs.setCurrentIndex(page.index)
    settle(lambda: page.view is not None and page.view.insights() is not None)
    page.view.wait_for_work()
    settle()
    shot(window, "dashboard")
    if args.pseudo or args.dialogs:  # the pattern cards, further down
        bar = page.view.content.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle()
        shot(window, "dashboard-patterns")
    window.tabs.setCurrentIndex(0)
    if not (args.pseudo or args.dialogs):
        window.close()
        return 0

    journal = window.journal
    entries = [e.id for e in journal.list(limit=3)]
    dialogs: list[tuple[str, QWidget]] = [
        ("settings", SettingsDialog(window.prefs, window)),
        ("share", ShareDialog(journal, window, entry_ids=entries)),
        ("import", ImportDialog(journal, window)),
        ("backups", BackupsDialog(window.session.opened, window)),
        ("new-profile", NewProfileDialog(window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        settle()
        shot(dialog, name)
        dialog.close()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
