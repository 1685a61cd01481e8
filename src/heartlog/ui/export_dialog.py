"""File > Export journal...: the whole journal as JSON or a Markdown folder, in a worker."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.interop import export_journal_json, export_markdown_folder
from heartlog.core.journal import Journal
from heartlog.ui.interop_messages import describe_error, local_number
from heartlog.ui.interop_task import InteropTask
from heartlog.ui.progress_dialog import open_progress_dialog
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)

JSON = "json"
MARKDOWN = "markdown"


class ExportDialog(QDialog):
    """Emits ``exported`` with the written file or folder once it is complete."""

    exported = Signal(str)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._journal = journal
        self._pool = pool or QThreadPool.globalInstance()
        self._task: InteropTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Export the whole journal"))
        self._build()

    def _build(self) -> None:
        self.json_radio = QRadioButton(
            self.tr("One JSON file: everything, and it can be imported back"), self
        )
        self.markdown_radio = QRadioButton(
            self.tr("A folder of Markdown files, one per entry, readable anywhere"), self
        )
        self.json_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.json_radio)
        group.addButton(self.markdown_radio)
        self.json_radio.toggled.connect(self._on_kind_changed)

        self.target_edit = QLineEdit(self)
        self.target_edit.textChanged.connect(self._on_target_changed)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)

        note = QLabel(
            self.tr("Exported files are not encrypted: anyone who can open them can read them."),
            self,
        )
        note.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._on_export)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.json_radio)
        layout.addWidget(self.markdown_radio)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 240)

    @property
    def kind(self) -> str:
        return JSON if self.json_radio.isChecked() else MARKDOWN

    def set_target(self, path: str | Path, kind: str = JSON) -> None:
        (self.json_radio if kind == JSON else self.markdown_radio).setChecked(True)
        self.target_edit.setText(str(path))

    @Slot(bool)
    def _on_kind_changed(self, _checked: bool) -> None:
        self.target_edit.clear()

    @Slot(str)
    def _on_target_changed(self, text: str) -> None:
        self.export_button.setEnabled(bool(text.strip()) and self._task is None)

    @Slot()
    def _on_browse(self) -> None:
        stamp = dt.date.today().isoformat()
        if self.kind == JSON:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export as JSON"),
                self.tr("HeartLog journal %1").replace("%1", stamp) + ".json",
                self.tr("JSON files (*.json)"),
            )
            if path:
                self.target_edit.setText(path)
        else:
            parent = QFileDialog.getExistingDirectory(
                self, self.tr("Choose where to create the Markdown folder")
            )
            if parent:
                folder = self.tr("HeartLog journal %1").replace("%1", stamp)
                self.target_edit.setText(str(Path(parent) / folder))

    @Slot()
    def _on_export(self) -> None:
        target = Path(self.target_edit.text().strip())
        if self._task is not None or not str(target):
            return
        journal = self._journal
        export = export_journal_json if self.kind == JSON else export_markdown_folder

        def work(progress, is_cancelled):
            return export(journal, target, progress=progress, is_cancelled=is_cancelled)

        task = InteropTask(work)
        task.signals.progress.connect(self._on_progress)
        task.signals.succeeded.connect(self._on_done)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self._task = task
        self._target = target
        self.export_button.setEnabled(False)
        self.status_label.clear()
        self.progress_dialog = open_progress_dialog(
            self,
            self.tr("Exporting entries…"),
            self.tr("Cancel"),
            self.tr("Export"),
            1,
            self._on_cancel_clicked,
        )
        self._pool.start(task)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(done)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _finish(self) -> None:
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.export_button.setEnabled(bool(self.target_edit.text().strip()))

    @Slot(object)
    def _on_done(self, count: int) -> None:
        self._finish()
        self.status_label.setText(
            self.tr("Exported {count} entries to {path}.").format(
                count=local_number(count), path=str(self._target)
            )
        )
        self.exported.emit(str(self._target))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status_label.setText(describe_error(exc))

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.status_label.setText(self.tr("The export was cancelled. Nothing was written."))

    def reject(self) -> None:
        if self._task is not None:
            self._on_cancel_clicked()
            return
        super().reject()
