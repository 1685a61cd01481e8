"""The Share dialog: the marked entries, a preview of exactly what leaves, untick to
exclude, then an encrypted bundle for the partner or a readable (unencrypted) file.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing import partners
from heartlog.core.sharing.readable_export import ExportFormat, export_readable
from heartlog.core.sharing.selection import entries_by_ids, marked_entries
from heartlog.core.sharing.share_bundle import ShareResult, plan_share, write_bundle
from heartlog.core.sharing.share_folder import bundle_name, share_folder
from heartlog.ui.error_texts import error_message
from heartlog.ui.sharing import tasks
from heartlog.ui.sharing.messages import local_datetime
from heartlog.ui.sharing.pdf_render import html_to_pdf
from heartlog.ui.sharing.share_preview import bundle_preview, export_labels, readable_preview

log = logging.getLogger(__name__)


class ShareDialog(QDialog):
    bundleWritten = Signal(object)  # ShareResult
    fileExported = Signal(str)  # the readable file's path

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        entry_ids: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Share entries"))
        self.resize(900, 600)
        entries = entries_by_ids(journal, entry_ids) if entry_ids else marked_entries(journal)
        self._entries: list[Entry] = entries[::-1]  # newest first, like the journal list
        self._partners = partners.list_partners(journal)
        self._pool = QThreadPool(self)
        self._signals = tasks.TaskSignals(self)
        self._signals.finished.connect(self._on_bundle_written)
        self._signals.failed.connect(self._on_failed)

        self.entry_list = QListWidget()
        for e in self._entries:
            item = QListWidgetItem(f"{local_datetime(e.written_at)} — {e.heading[:60]}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.entry_list.addItem(item)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.entry_list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)

        self.bundle_radio = QRadioButton(self.tr("Encrypted bundle for"))
        self.partner_combo = QComboBox()
        for p in self._partners:
            self.partner_combo.addItem(f"{p.name} ({p.fingerprint})", p.id)
        self.folder_check = QCheckBox(self.tr("Put it in the share folder"))
        self.folder_check.setVisible(share_folder(journal) is not None)
        self.folder_check.setChecked(share_folder(journal) is not None)
        self.file_radio = QRadioButton(self.tr("Readable file"))
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF"), ExportFormat.PDF.value)
        self.format_combo.addItem(self.tr("HTML"), ExportFormat.HTML.value)
        self.format_combo.addItem(self.tr("Markdown"), ExportFormat.MARKDOWN.value)
        self.warning = QLabel(
            self.tr(
                "A readable file is NOT encrypted: anyone who gets the file can read these "
                "entries. Keep it somewhere safe."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background:#fff3cd;border:1px solid #e0b000;padding:6px")
        group = QButtonGroup(self)
        group.addButton(self.bundle_radio)
        group.addButton(self.file_radio)
        if self._partners:
            self.bundle_radio.setChecked(True)
        else:
            self.bundle_radio.setEnabled(False)
            self.partner_combo.setEnabled(False)
            self.file_radio.setChecked(True)
        grid = QGridLayout()
        grid.addWidget(self.bundle_radio, 0, 0)
        grid.addWidget(self.partner_combo, 0, 1)
        grid.addWidget(self.folder_check, 0, 2)
        grid.addWidget(self.file_radio, 1, 0)
        grid.addWidget(self.format_combo, 1, 1)

        self.summary = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.share_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_share)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.entry_list.itemChanged.connect(self._on_item_changed)
        for w in (self.bundle_radio, self.file_radio):
            w.toggled.connect(self._on_mode_changed)
        self.partner_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.format_combo.currentIndexChanged.connect(self._on_mode_changed)
        self._refresh()

    # -- state ---------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        return [
            self.entry_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.entry_list.count())
            if self.entry_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_entries(self) -> list[Entry]:
        wanted = set(self.chosen_ids())
        return [e for e in reversed(self._entries) if e.id in wanted]  # oldest first

    def is_bundle(self) -> bool:
        return self.bundle_radio.isChecked()

    def partner_id(self) -> int | None:
        return self.partner_combo.currentData()

    def _refresh(self) -> None:
        bundle = self.is_bundle()
        self.warning.setVisible(not bundle)
        self.folder_check.setEnabled(bundle)
        chosen = self.chosen_entries()
        n = len(chosen)
        if bundle and self.partner_id() is not None:
            plan = plan_share(self.journal, self.partner_id(), [e.id for e in chosen])
            self.preview.setHtml(bundle_preview(plan))
            self.summary.setText(
                self.tr("%n entries will be sent, encrypted.", "", n)
                + (
                    " "
                    + self.tr("%n will be removed from your partner's app.", "", len(plan.revoked))
                    if plan.revoked
                    else ""
                )
            )
            self.share_button.setText(self.tr("Write bundle…"))
            self.share_button.setEnabled(True)
        else:
            self.preview.setHtml(readable_preview(self.journal, chosen))
            self.summary.setText(self.tr("%n entries will be written to the file.", "", n))
            self.share_button.setText(self.tr("Export…"))
            self.share_button.setEnabled(n > 0)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._refresh()

    @Slot()
    def _on_mode_changed(self) -> None:
        self._refresh()

    def done(self, result: int) -> None:
        self._pool.waitForDone()  # never close over a bundle being written
        super().done(result)

    # -- sharing -------------------------------------------------------------------
    def ask_save_path(self, suggested: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, filter_text)
        return path

    @Slot()
    def _on_share(self) -> None:
        if self.is_bundle():
            self._write_bundle()
        else:
            self._export_file()

    def _write_bundle(self) -> None:
        partner_id = self.partner_id()
        if partner_id is None:
            return
        folder = share_folder(self.journal) if self.folder_check.isChecked() else None
        if folder is not None:
            from heartlog.core.sharing.keys import public_key

            partner = partners.get_partner(self.journal, partner_id)
            path = str(folder / bundle_name(public_key(self.journal), partner.public_key))
        else:
            path = self.ask_save_path(
                "heartlog.heartshare", self.tr("HeartLog share bundle (*.heartshare)")
            )
            if not path:
                return
        ids = self.chosen_ids()
        self.share_button.setEnabled(False)
        self.status.setText(self.tr("Encrypting…"))
        tasks.start(
            tasks.CoreTask(
                lambda: write_bundle(self.journal, partner_id, ids, Path(path)), self._signals
            ),
            self._pool,
        )

    @Slot(object)
    def _on_bundle_written(self, result: ShareResult) -> None:
        self.status.setText(
            self.tr("Wrote %1 for %2.")
            .replace("%1", result.path.name)
            .replace("%2", result.partner_name)
        )
        self.bundleWritten.emit(result)
        self.accept()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error))
        self.share_button.setEnabled(True)

    def _export_file(self) -> None:
        fmt = ExportFormat(self.format_combo.currentData())
        filters = {
            ExportFormat.PDF: self.tr("PDF (*.pdf)"),
            ExportFormat.HTML: self.tr("HTML (*.html)"),
            ExportFormat.MARKDOWN: self.tr("Markdown (*.md)"),
        }
        path = self.ask_save_path(f"heartlog-shared{fmt.suffix}", filters[fmt])
        if not path:
            return
        try:
            # Laid out on the GUI thread: QTextDocument is not for worker threads.
            export_readable(
                self.journal,
                self.chosen_entries(),
                fmt,
                path,
                pdf_renderer=html_to_pdf,
                labels=export_labels(),
            )
        except HeartLogError as exc:
            self._on_failed(exc)
            return
        self.fileExported.emit(path)
        self.accept()
