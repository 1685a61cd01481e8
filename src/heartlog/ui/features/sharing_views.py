"""What sharing shows while unlocked: the "From <partner>" page, reflections under my entry,
and the share folder being watched. Everything here is made on unlock and destroyed on lock."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QSplitter, QSystemTrayIcon

from heartlog.core.errors import HeartLogError

if TYPE_CHECKING:
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.sharing.inbox_view import InboxView
    from heartlog.ui.sharing.reflections_panel import ReflectionsPanel
    from heartlog.ui.sharing.share_folder_watcher import ShareFolderWatcher

log = logging.getLogger(__name__)


class SharingViews(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.inbox: InboxView | None = None
        self.reflections: ReflectionsPanel | None = None
        self.watcher: ShareFolderWatcher | None = None
        self.is_open = False
        window.editor.entryShown.connect(self._on_entry_shown)

    # -- unlock and lock -----------------------------------------------------------------
    def open(self) -> None:
        from heartlog.ui.sharing.reflections_panel import ReflectionsPanel
        from heartlog.ui.sharing.share_folder_watcher import ShareFolderWatcher

        journal = self.window.journal
        if journal is None:
            return
        self.is_open = True
        self.reflections = ReflectionsPanel(journal)
        self.reflections.setObjectName("reflectionsPanel")
        self.window.editor.add_widget(self.reflections, "below_body")
        self.show_reflections()
        self.update_inbox()
        self.watcher = ShareFolderWatcher(journal, self)
        self.watcher.imported.connect(self._on_imported)
        self.watcher.notification.connect(self._on_notification)
        self.restart_watcher()

    def close(self) -> None:
        """Stop watching and destroy every widget that shows shared or reflected text."""
        self.is_open = False
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        if self.inbox is not None:
            self.window.remove_page(self.inbox)
            self.inbox.deleteLater()
            self.inbox = None
        if self.reflections is not None:
            self.reflections.set_entry(None)
            self.reflections.hide()
            self.reflections.setParent(None)
            self.reflections.deleteLater()
            self.reflections = None

    def restart_watcher(self) -> None:
        """Watch the share folder now set (if any); bundles already there are imported."""
        if self.watcher is None:
            return
        try:
            watching = self.watcher.start()
        except (HeartLogError, OSError) as exc:
            log.warning("cannot watch the share folder: %s", type(exc).__name__)
            watching = False
        log.info("share folder %s", "watched" if watching else "not set")

    # -- the "From <partner>" page -----------------------------------------------------------
    def partner_title(self) -> str | None:
        """ "From Sam" (names joined when there are several), or None without a partner."""
        from heartlog.core.sharing import partners

        journal = self.window.journal
        if journal is None:
            return None
        names = [p.name for p in partners.list_partners(journal)]
        return self.tr("From %1").replace("%1", ", ".join(names)) if names else None

    def update_inbox(self) -> None:
        """Add the page once a partner exists; refresh its list and title."""
        from heartlog.ui.sharing.inbox_view import InboxView

        journal = self.window.journal
        try:
            title = self.partner_title()
        except HeartLogError as exc:
            log.warning("partners could not be read: %s", type(exc).__name__)
            return
        if journal is None or title is None:
            return
        if self.inbox is None:
            self.inbox = InboxView(journal)
            self.inbox.setObjectName("inboxPage")
            self._lay_out_inbox(self.inbox)
            self.window.add_page(self.inbox, title)
        else:
            self.inbox.refresh()
            self.window.tabs.setTabText(self.window.tabs.indexOf(self.inbox), title)

    def _lay_out_inbox(self, inbox: InboxView) -> None:
        """Give the page the journal's proportions and reading comfort."""
        layout = inbox.layout()
        if layout is not None:
            layout.setContentsMargins(18, 12, 18, 10)
            layout.setSpacing(8)
        inbox.entry_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        inbox.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inbox.entry_list.setAccessibleName(self.tr("Shared entries"))
        # A style sheet rule, so the app's style sheet cannot reset it when the page is polished.
        points = self.window.editor.body_edit.font().pointSizeF()
        inbox.detail.setStyleSheet(f"QTextBrowser {{ font-size: {points:.1f}pt; }}")
        inbox.detail.document().setDocumentMargin(14)
        inbox.entry_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        inbox.detail.setAccessibleName(self.tr("Shared entry"))
        inbox.reflection_edit.setAccessibleName(self.tr("Your reflection"))
        splitter = inbox.findChild(QSplitter)
        if splitter is not None:
            splitter.setChildrenCollapsible(False)
            splitter.setSizes([320, 800])

    # -- reflections under my entry ----------------------------------------------------------
    def show_reflections(self) -> None:
        editor = self.window.editor
        if self.reflections is not None:
            shown = editor.entry_id if editor.entry_id and not editor.is_new else None
            self.reflections.set_entry(shown)

    @Slot(str, object)
    def _on_entry_shown(self, _entry_id: str, _prompt_id: object) -> None:
        self.show_reflections()

    # -- arrivals ------------------------------------------------------------------------------
    @Slot(list)
    def _on_imported(self, _results: list) -> None:
        self.refresh_after_receiving()

    def refresh_after_receiving(self) -> None:
        self.update_inbox()
        self.show_reflections()

    @Slot(str)
    def _on_notification(self, text: str) -> None:
        self.notify(text)

    def notify(self, text: str) -> None:
        """The status bar, and the tray when one is showing (the reminder's)."""
        self.window.statusBar().showMessage(text, 15_000)
        tray = self.window.findChild(QSystemTrayIcon)
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            tray.showMessage(self.tr("HeartLog"), text)
