"""Render README screenshots of the real HeartLog windows offscreen, with sample entries.

Usage: QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [OUT_DIR]
Writes screenshot-main.png, screenshot-dark.png, screenshot-search.png,
screenshot-unlock.png and screenshot-new-profile.png (nothing is kept on disk
except the pictures: the sample journal lives in a temporary folder).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTLOG_KDF"] = "fast"

PASSPHRASE = "violet tugboat marmalade"
SAMPLES = [
    (
        "Sunday walk by the river",
        "We walked by the river after lunch and talked about the summer. I told him I had "
        "missed our slow Sundays, and he said he had too. I felt close to him again, the way "
        "we used to be before the new job.\n\nOn the way back we made a plan: one evening a "
        "week with our phones in the drawer.",
        ("us", "walks"),
        5,
        False,
    ),
    (
        "",
        "Argued about money again. He says I never plan; I said he always decides alone. "
        "We both went quiet for the rest of the evening.",
        ("money",),
        2,
        False,
    ),
    (
        "Dinner with his parents",
        "His mother asked about the wedding plans and I felt unheard when he changed the subject.",
        ("family",),
        3,
        True,
    ),
    (
        "Small thanks",
        "He made coffee before I woke up. Such a small thing.",
        ("gratitude",),
        4,
        True,
    ),
    (
        "Tired",
        "Long day at work; I was short with him on the phone. I said sorry later.",
        ("work",),
        2,
        False,
    ),
    ("Planning the holiday", "We finally agreed on the coast in June.", ("plans", "us"), 4, False),
]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="heartlog-shots-")
    os.environ["HEARTLOG_HOME"] = home

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from heartlog.ui.app import create_application

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(["heartlog"])
    from heartlog.core.journal import Entry
    from heartlog.core.profiles import create_profile, unlock
    from heartlog.ui import app_settings
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.new_profile_dialog import NewProfileDialog
    from heartlog.ui.profile_catalog import ProfileInfo
    from heartlog.ui.profile_session import ProfileSession, acquire_window_lock
    from heartlog.ui.theme import apply_theme
    from heartlog.ui.unlock_dialog import UnlockDialog

    profile = create_profile("Anna", PASSPHRASE)
    now = dt.datetime.now().astimezone().replace(hour=21, minute=10, second=0, microsecond=0)
    with unlock(profile, PASSPHRASE) as op:
        op.journal.add_many(
            Entry(
                id="",
                written_at=now - dt.timedelta(days=i),
                title=title,
                body=body,
                tags=tags,
                mood=mood,
                marked_for_sharing=marked,
            )
            for i, (title, body, tags, mood, marked) in enumerate(SAMPLES)
        )
    info = ProfileInfo(profile.id, profile.name, profile.folder)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(theme: str, name: str, query: str = "") -> None:
        app_settings.set_theme(theme)
        apply_theme(app, theme)
        window = MainWindow(
            ProfileSession(info, acquire_window_lock(info)), unlock(profile, PASSPHRASE)
        )
        window.resize(1100, 700)
        window.show()
        window.open_entry(window.model.entry_at(0).id)
        if query:
            window.search_bar.field.setText(query)
            window.live_search.request(query)
            while window.live_search.busy or window.model.query != query:
                app.processEvents()
            window.open_entry(window.model.entry_at(0).id)
        window.editor.title_edit.setCursorPosition(0)
        settle()
        window.grab().save(str(out / name))
        window.close()
        print("wrote", out / name)

    shoot("light", "screenshot-main.png")
    shoot("dark", "screenshot-dark.png")
    shoot("light", "screenshot-search.png", query="felt")

    apply_theme(app, "light")
    dialog = UnlockDialog(info)
    dialog.show()
    dialog.passphrase.setText("violet")
    dialog.show_error(dialog.tr("Wrong passphrase. Check it and try again (it is case-sensitive)."))
    settle()
    dialog.grab().save(str(out / "screenshot-unlock.png"))
    print("wrote", out / "screenshot-unlock.png")
    dialog.close()

    new = NewProfileDialog()
    new.show()
    new.name_edit.setText("Ben")
    new.passphrase.setText("violet tugboat marmalade")
    new.confirm.setText("violet tugboat marmalade")
    new.ack_box.setChecked(True)
    settle()
    new.grab().save(str(out / "screenshot-new-profile.png"))
    print("wrote", out / "screenshot-new-profile.png")
    new.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
