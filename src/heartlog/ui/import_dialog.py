"""File > Import...: pick a journal, see what it holds, import it all in a worker."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.interop import ImportResult, ParsedJournal, import_parsed, read_source
from heartlog.core.interop.importer import preview_import
from heartlog.core.journal import Journal
from heartlog.ui.interop_messages import describe_error, local_day, local_number
from heartlog.ui.interop_task import InteropTask
from heartlog.ui.progress_dialog import open_progress_dialog
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    """Emits ``imported`` with the new entries' ids so their analysis can start."""

    imported = Signal(list)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._journal = journal
        self._pool = pool or QThreadPool.globalInstance()
        self._parsed: ParsedJournal | None = None
        self._preview_task: InteropTask | None = None
        self._import_task: InteropTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._close_when_cancelled = False
        self.setWindowTitle(self.tr("Import a journal"))
        self._build()

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("A jrnl file, a Day One export, a folder…"))
        self.path_edit.editingFinished.connect(self._on_source_changed)
        choose_file = QPushButton(self.tr("Choose file…"), self)
        choose_file.clicked.connect(self._on_choose_file)
        choose_folder = QPushButton(self.tr("Choose folder…"), self)
        choose_folder.clicked.connect(self._on_choose_folder)
        # The path gets the whole width; the buttons go under it (longer in other languages).
        choosers = QHBoxLayout()
        choosers.addWidget(choose_file)
        choosers.addWidget(choose_folder)
        choosers.addStretch(1)
        row = QVBoxLayout()
        row.addWidget(self.path_edit)
        row.addLayout(choosers)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Detect automatically"), None)
        self.format_combo.addItem(self.tr("jrnl journal (text)"), "jrnl")
        self.format_combo.addItem(self.tr("jrnl JSON export"), "jrnl-json")
        self.format_combo.addItem(
            self.tr("Day One (JSON export, zip or .doentry folder)"), "dayone"
        )
        self.format_combo.addItem(self.tr("Folder of Markdown or text files"), "markdown")
        self.format_combo.addItem(self.tr("HeartLog JSON export"), "heartlog-json")
        self.format_combo.currentIndexChanged.connect(self._on_source_changed)

        form = QFormLayout()
        form.addRow(self.tr("Journal:"), row)
        form.addRow(self.tr("Format:"), self.format_combo)

        self.preview_label = QLabel(self.tr("Choose a journal to see what it holds."), self)
        self.preview_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 280)

    # -- choosing and previewing ------------------------------------------------
    def set_source(self, path: str | Path, fmt: str | None = None) -> None:
        """Choose ``path`` (and optionally a format) and start the preview."""
        index = max(self.format_combo.findData(fmt), 0)
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(index)
        self.format_combo.blockSignals(False)
        self.path_edit.setText(str(path))
        self._on_source_changed()

    @Slot()
    def _on_choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a journal file"),
            "",
            self.tr("Journals (*.txt *.json *.zip *.doentry *.md);;All files (*)"),
        )
        if path:
            self.set_source(path, self.format_combo.currentData())

    @Slot()
    def _on_choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a journal folder"))
        if path:
            self.set_source(path, self.format_combo.currentData())

    @Slot()
    def _on_source_changed(self) -> None:
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None
        self._parsed = None
        self.import_button.setEnabled(False)
        self.error_label.hide()
        text = self.path_edit.text().strip()
        if not text:
            self.preview_label.setText(self.tr("Choose a journal to see what it holds."))
            return
        path, fmt, journal = Path(text), self.format_combo.currentData(), self._journal

        def work(progress, is_cancelled):
            parsed = read_source(path, fmt, is_cancelled=is_cancelled)
            return parsed, preview_import(journal, parsed)

        task = InteropTask(work)
        task.signals.succeeded.connect(self._on_preview_ready)
        task.signals.failed.connect(self._on_preview_failed)
        self._preview_task = task
        self.preview_label.setText(self.tr("Reading the journal…"))
        self._pool.start(task)

    def _is_current_preview(self) -> bool:
        task = self._preview_task
        return task is not None and self.sender() is task.signals

    @Slot(object)
    def _on_preview_ready(self, result: object) -> None:
        if not self._is_current_preview():
            return  # the answer for an older choice
        self._preview_task = None
        parsed, (new, skipped) = result  # type: ignore[misc]
        self._parsed = parsed
        self.preview_label.setText(self._describe(parsed, new, skipped))
        self.import_button.setEnabled(new > 0)

    def _describe(self, parsed: ParsedJournal, new: int, skipped: int) -> str:
        if parsed.count == 0:
            return self.tr("This journal has no entries.")
        text = self.tr("Entries: %Ln, from {first} to {last}.", "", parsed.count).format(
            first=local_day(parsed.first),  # type: ignore[arg-type]
            last=local_day(parsed.last),  # type: ignore[arg-type]
        )
        text += " " + self.tr("{new} new, {skipped} already in your journal.").format(
            new=local_number(new), skipped=local_number(skipped)
        )
        if parsed.warnings:
            text += "\n" + self.tr(
                "Entries with an unknown time zone: %Ln. Their times are kept in UTC.",
                "",
                len(parsed.warnings),
            )
        return text

    @Slot(object)
    def _on_preview_failed(self, exc: BaseException) -> None:
        if not self._is_current_preview():
            return
        self._preview_task = None
        self.preview_label.setText("")
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(describe_error(exc))
        self.error_label.show()

    # -- importing ------------------------------------------------------------
    @Slot()
    def _on_import(self) -> None:
        parsed, journal = self._parsed, self._journal
        if parsed is None or self._import_task is not None:
            return

        def work(progress, is_cancelled):
            return import_parsed(journal, parsed, progress=progress, is_cancelled=is_cancelled)

        task = InteropTask(work)
        task.signals.progress.connect(self._on_import_progress)
        task.signals.succeeded.connect(self._on_import_done)
        task.signals.failed.connect(self._on_import_failed)
        task.signals.cancelled.connect(self._on_import_cancelled)
        self._import_task = task
        self.import_button.setEnabled(False)
        self.error_label.hide()
        self.progress_dialog = open_progress_dialog(
            self,
            self.tr("Importing entries…"),
            self.tr("Cancel"),
            self.tr("Import"),
            parsed.count,
            self._on_cancel_clicked,
        )
        self._pool.start(task)

    @Slot(int, int)
    def _on_import_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(done)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    def _finish_import(self) -> None:
        self._import_task = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    @Slot(object)
    def _on_import_done(self, result: ImportResult) -> None:
        self._finish_import()
        self._parsed = None
        self.preview_label.setText(
            self.tr("Imported {imported} entries, skipped {skipped} already present.").format(
                imported=local_number(result.imported), skipped=local_number(result.skipped)
            )
        )
        self.imported.emit(list(result.entry_ids))

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        self._finish_import()
        self.import_button.setEnabled(self._parsed is not None)
        self._show_error(exc)

    @Slot()
    def _on_import_cancelled(self) -> None:
        self._finish_import()
        self.import_button.setEnabled(self._parsed is not None)
        self.preview_label.setText(self.tr("The import was cancelled. Nothing was imported."))
        if self._close_when_cancelled:
            super().reject()

    def reject(self) -> None:
        if self._import_task is not None:
            self._close_when_cancelled = True
            self._on_cancel_clicked()
            return  # closes once the worker has rolled back
        if self._preview_task is not None:
            self._preview_task.cancel()
        super().reject()
