"""Settings: auto-lock, editor font size (per profile), theme and language (app-wide), data folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.paths import data_dir
from heartlog.ui import app_settings
from heartlog.ui.app_language import available_languages
from heartlog.ui.profile_prefs import (
    MAX_AUTO_LOCK_MINUTES,
    MAX_EDITOR_POINTS,
    MIN_EDITOR_POINTS,
    ProfilePrefs,
)
from heartlog.ui.theme import apply_theme
from heartlog.ui.window_fit import grow_to_fit


class SettingsDialog(QDialog):
    """Emits ``prefsChanged(ProfilePrefs)`` when accepted; app-wide values are stored here."""

    prefsChanged = Signal(object)

    def __init__(self, prefs: ProfilePrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setWindowTitle(self.tr("Settings — HeartLog"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setSpacing(10)

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)

        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_EDITOR_POINTS, MAX_EDITOR_POINTS)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.editor_points)
        self.font_size.setAccessibleName(self.tr("Editor font size"))
        form.addRow(self.tr("Editor &font size:"), self.font_size)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(app_settings.theme())))
        form.addRow(self.tr("&Theme:"), self.theme)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System default"), app_settings.SYSTEM_LANGUAGE)
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(app_settings.language())))
        language_box = QVBoxLayout()
        language_box.addWidget(self.language)
        self.language_note = QLabel(self.tr("A new language is used after HeartLog restarts."))
        self.language_note.setObjectName("mutedText")
        self.language_note.setWordWrap(True)
        language_box.addWidget(self.language_note)
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.language)  # a row of a layout gets no buddy by itself
        form.addRow(language_label, language_box)

        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(data_dir()))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        folder_row.addWidget(self.folder, 1)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.clicked.connect(self._on_open_folder)
        folder_row.addWidget(self.open_folder)
        form.addRow(self.tr("Data folder:"), folder_row)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def prefs(self) -> ProfilePrefs:
        return ProfilePrefs(
            auto_lock_minutes=self.auto_lock.value(), editor_points=self.font_size.value()
        )

    def _on_open_folder(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def accept(self) -> None:
        theme = str(self.theme.currentData())
        if theme != app_settings.theme():
            app_settings.set_theme(theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        app_settings.set_language(str(self.language.currentData() or ""))
        self.prefsChanged.emit(self.prefs())
        super().accept()
