"""Render screenshots of the integrated main window offscreen: today's prompt card with a few
entries (analysed moods, a partner's reflection) and the "From <partner>" page.

Usage: QT_QPA_PLATFORM=offscreen python docs/make_feature_screenshots.py [OUT_DIR] [THEME]
Writes screenshot-today.png, screenshot-prompt-entry.png, screenshot-reflection.png and
screenshot-partner.png
(THEME light by default; with "dark" the names end in -dark). The two sample
profiles live in a temporary folder; nothing but the pictures is kept.
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
# (days ago, title, body, tags, self-rated mood or None: the analysis colours those)
ANNA = [
    (
        1,
        "Dinner with his parents",
        "His mother asked about the wedding plans and I felt unheard when he changed the "
        "subject. Later he said sorry and we talked it through on the way home.",
        ("family",),
        None,
    ),
    (
        2,
        "",
        "Argued about money again. He says I never plan; I said he always decides alone. "
        "We both went quiet for the rest of the evening.",
        ("money",),
        None,
    ),
    (3, "Small thanks", "He made coffee before I woke up. Such a small thing.", ("us",), 4),
    (
        4,
        "Tired",
        "Long day at work; I was short with him on the phone. I said sorry later.",
        ("work",),
        None,
    ),
    (5, "Planning the holiday", "We finally agreed on the coast in June.", ("plans",), 5),
]
BEN = [
    (
        1,
        "What I did not say at dinner",
        "When Mum started on the wedding I froze. I changed the subject because I did not want "
        "a fight in front of her, not because your question did not matter.\n\nI want us to "
        "decide the wedding things together, just the two of us first.",
        ("us",),
        3,
    ),
    (
        3,
        "Coffee",
        "You looked so tired this week. Making coffee is the smallest thing I can do.",
        ("us",),
        4,
    ),
]


def _add(journal, rows) -> list[str]:
    now = dt.datetime.now().astimezone().replace(hour=21, minute=10, second=0, microsecond=0)
    return [
        journal.add(body, title, now - dt.timedelta(days=days), tags, mood).id
        for days, title, body, tags, mood in rows
    ]


def make_couple(folder: Path) -> None:
    """Anna and Ben know each other; Ben shares two entries and reflects on one of Anna's."""
    from heartlog.core.profiles import create_profile, unlock
    from heartlog.core.sharing import inbox, keys, partners, share_code
    from heartlog.core.sharing.receive import receive_bundle_file
    from heartlog.core.sharing.reflections import reflect
    from heartlog.core.sharing.selection import mark
    from heartlog.core.sharing.share_bundle import write_bundle

    create_profile("Anna", PASSPHRASE)
    create_profile("Ben", PASSPHRASE)
    with unlock("Anna", PASSPHRASE) as anna, unlock("Ben", PASSPHRASE) as ben:
        ja, jb = anna.journal, ben.journal
        ben_in_anna = partners.add_partner(
            ja, share_code.format_share_code(keys.public_key(jb)), "Ben"
        )
        anna_in_ben = partners.add_partner(
            jb, share_code.format_share_code(keys.public_key(ja)), "Anna"
        )
        anna_ids = _add(ja, ANNA)
        ben_ids = _add(jb, BEN)
        mark(ja, [anna_ids[0]])
        write_bundle(ja, ben_in_anna.id, [anna_ids[0]], folder / "a.heartshare")
        receive_bundle_file(jb, folder / "a.heartshare")
        received = inbox.inbox(jb)[0]
        reflect(
            jb,
            received.id,
            "What I heard is that you felt left out when I changed the subject. "
            "You were right to ask.",
        )
        write_bundle(jb, anna_in_ben.id, ben_ids, folder / "b.heartshare")
        receive_bundle_file(ja, folder / "b.heartshare")


def shot(window, path: Path) -> None:
    window.grab().save(str(path))
    print("wrote", path)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    suffix = "" if theme == "light" else f"-{theme}"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="heartlog-shots-"))
    os.environ["HEARTLOG_HOME"] = str(home)

    from PySide6.QtCore import QLocale
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from heartlog.ui.app import create_application

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(["heartlog"])
    from heartlog.core.profiles import find_profile, unlock
    from heartlog.ui import app_settings
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.profile_catalog import ProfileInfo
    from heartlog.ui.profile_session import ProfileSession, acquire_window_lock
    from heartlog.ui.theme import apply_theme

    bundles = home / "bundles"
    bundles.mkdir()
    make_couple(bundles)
    profile = find_profile("Anna")
    info = ProfileInfo(profile.id, profile.name, profile.folder)
    app_settings.set_theme(theme)
    apply_theme(app, theme)
    window = MainWindow(
        ProfileSession(info, acquire_window_lock(info)), unlock(profile, PASSPHRASE)
    )
    window.resize(1180, 780)
    window.show()
    analysis = window.findChild(object, "analysisFeature")
    prompts = window.findChild(object, "promptsFeature")

    def settle(until=lambda: True, rounds: int = 2000) -> None:
        for _ in range(rounds):  # at most 20 s
            QTest.qWait(10)
            if until() and not analysis.runs.is_busy():
                break
        QTest.qWait(50)

    settle(lambda: prompts.card is not None)
    window.new_entry(focus=False)  # today's page: the prompt card above an empty entry
    settle()
    shot(window, out / f"screenshot-today{suffix}.png")

    prompts.card.write_button.click()  # "Write about this": the entry shows its prompt
    window.editor.title_edit.setText("Listening")
    window.editor.body_edit.set_text(
        "I catch myself planning my answer while he is still talking. Tonight I tried to just "
        "listen, and asked one more question instead of fixing things. He talked for longer."
    )
    window.autosave.save_now()
    settle()
    shot(window, out / f"screenshot-prompt-entry{suffix}.png")

    first = window.model.entry_at(1)
    window.open_entry(first.id)  # Anna's entry with Ben's reflection under it
    settle()
    shot(window, out / f"screenshot-reflection{suffix}.png")

    views = window.findChild(object, "sharingFeature").views
    window.tabs.setCurrentWidget(views.inbox)
    settle()
    shot(window, out / f"screenshot-partner{suffix}.png")
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
