"""The main window's menus and actions, built in one place so features can add to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from heartlog.ui.main_window import MainWindow

MENU_NAMES = ("file", "edit", "tools", "help")


@dataclass
class MainActions:
    new_entry: QAction
    lock: QAction
    switch_profile: QAction
    quit: QAction
    undo_delete: QAction
    delete_entry: QAction
    find: QAction
    go_to_date: QAction
    settings: QAction
    about: QAction

    def needing_journal(self) -> list[QAction]:
        """Actions that only make sense while the profile is unlocked."""
        return [
            self.new_entry,
            self.lock,
            self.undo_delete,
            self.delete_entry,
            self.find,
            self.go_to_date,
            self.settings,
        ]


def _action(window: MainWindow, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    # Shortcuts work anywhere in the window, also while a menu bar is hidden.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> tuple[dict[str, QMenu], MainActions]:
    """Create the menu bar; returns the menus by name and the standard actions."""
    actions = MainActions(
        new_entry=_action(
            window,
            QCoreApplication.translate("MainMenus", "&New entry"),
            QKeySequence.StandardKey.New,
        ),
        lock=_action(window, QCoreApplication.translate("MainMenus", "&Lock"), "Ctrl+L"),
        switch_profile=_action(window, QCoreApplication.translate("MainMenus", "&Switch profile…")),
        quit=_action(
            window, QCoreApplication.translate("MainMenus", "&Quit"), QKeySequence.StandardKey.Quit
        ),
        undo_delete=_action(
            window,
            QCoreApplication.translate("MainMenus", "&Undo delete"),
            QKeySequence.StandardKey.Undo,
        ),
        delete_entry=_action(
            window, QCoreApplication.translate("MainMenus", "&Delete entry"), "Ctrl+Delete"
        ),
        find=_action(
            window, QCoreApplication.translate("MainMenus", "&Find…"), QKeySequence.StandardKey.Find
        ),
        go_to_date=_action(
            window, QCoreApplication.translate("MainMenus", "&Go to date…"), "Ctrl+G"
        ),
        settings=_action(
            window,
            QCoreApplication.translate("MainMenus", "&Settings…"),
            QKeySequence.StandardKey.Preferences,
        ),
        about=_action(window, QCoreApplication.translate("MainMenus", "&About HeartLog")),
    )
    if actions.quit.shortcut().isEmpty():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))
    if actions.settings.shortcut().isEmpty():
        actions.settings.setShortcut(QKeySequence("Ctrl+,"))
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)

    bar = window.menuBar()
    menus = {
        "file": bar.addMenu(QCoreApplication.translate("MainMenus", "&File")),
        "edit": bar.addMenu(QCoreApplication.translate("MainMenus", "&Edit")),
        "tools": bar.addMenu(QCoreApplication.translate("MainMenus", "&Tools")),
        "help": bar.addMenu(QCoreApplication.translate("MainMenus", "&Help")),
    }
    menus["file"].addAction(actions.new_entry)
    menus["file"].addSeparator()
    menus["file"].addAction(actions.lock)
    menus["file"].addAction(actions.switch_profile)
    menus["file"].addSeparator()
    menus["file"].addAction(actions.quit)
    menus["edit"].addAction(actions.undo_delete)
    menus["edit"].addAction(actions.delete_entry)
    menus["edit"].addSeparator()
    menus["edit"].addAction(actions.find)
    menus["edit"].addAction(actions.go_to_date)
    menus["tools"].addAction(actions.settings)
    menus["help"].addAction(actions.about)
    for menu_name, menu in menus.items():
        menu.setObjectName(f"{menu_name}Menu")
    return menus, actions
