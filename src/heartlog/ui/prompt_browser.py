"""A dialog to browse every prompt by practice and depth, mark favourites and show hidden ones again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.prompt_catalogue import Prompt
from heartlog.core.prompts import PromptService
from heartlog.ui.error_texts import error_message
from heartlog.ui.prompt_card import depth_label

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class PromptBrowser(QDialog):
    """Every prompt of the catalogue, filtered by practice, depth and favourites."""

    writeAboutPrompt = Signal(str)

    def __init__(self, service: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._catalogue = service.catalogue
        self._favourites = set(service.favourites())
        self._hidden = set(service.hidden())
        self.setWindowTitle(self.tr("Browse prompts"))
        self.resize(900, 560)
        self._build()
        self._fill_prompts()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.practice_list = QListWidget(self)
        self.practice_list.setAccessibleName(self.tr("Practices"))
        everything = QListWidgetItem(self.tr("All practices"))
        everything.setData(ID_ROLE, "")
        self.practice_list.addItem(everything)
        for practice in self._catalogue.practices:
            item = QListWidgetItem(practice.name)
            item.setData(ID_ROLE, practice.id)
            item.setToolTip(practice.description)
            self.practice_list.addItem(item)
        self.practice_list.setCurrentRow(0)
        self.practice_list.currentRowChanged.connect(self._on_filter_changed)

        self.depth_combo = QComboBox(self)
        self.depth_combo.setAccessibleName(self.tr("Depth"))
        self.depth_combo.addItem(self.tr("Any depth"), 0)
        for depth in (1, 2, 3):
            self.depth_combo.addItem(depth_label(depth), depth)
        self.depth_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.favourites_only = QCheckBox(self.tr("Favourites only"), self)
        self.favourites_only.toggled.connect(self._on_filter_changed)
        self.show_hidden = QCheckBox(self.tr("Show hidden prompts"), self)
        self.show_hidden.toggled.connect(self._on_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.depth_combo)
        filters.addWidget(self.favourites_only)
        filters.addWidget(self.show_hidden)
        filters.addStretch(1)

        self.prompt_list = QListWidget(self)
        self.prompt_list.setAccessibleName(self.tr("Prompts"))
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setSpacing(3)
        self.prompt_list.setAlternatingRowColors(True)
        self.prompt_list.currentItemChanged.connect(self._on_current_changed)
        self.count_label = QLabel(self)

        self.detail_title = QLabel(self)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_text = QLabel(self)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_why = QLabel(self)
        self.detail_why.setWordWrap(True)
        self.detail_extra = QLabel(self)
        self.detail_extra.setWordWrap(True)

        self.favourite_button = QPushButton(self.tr("Favourite"), self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._on_favourite_toggled)
        self.hidden_button = QPushButton(self.tr("Don't show again"), self)
        self.hidden_button.setCheckable(True)
        self.hidden_button.toggled.connect(self._on_hidden_toggled)
        self.write_button = QPushButton(self.tr("Write about this"), self)
        self.write_button.clicked.connect(self._on_write_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.hidden_button)
        actions.addStretch(1)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.detail_why)
        detail_layout.addWidget(self.detail_extra)
        detail_layout.addStretch(1)
        detail_layout.addLayout(actions)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.prompt_list, 1)
        middle_layout.addWidget(self.count_label)

        splitter = QSplitter(self)
        splitter.addWidget(self.practice_list)
        splitter.addWidget(middle)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([self.practice_list.sizeHintForColumn(0) + 24, 400, 300])

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    # -- filtering ------------------------------------------------------------------------
    def visible_prompts(self) -> list[Prompt]:
        """The prompts the current filters let through, in catalogue order."""
        item = self.practice_list.currentItem()
        practice = item.data(ID_ROLE) if item is not None else ""
        depth = self.depth_combo.currentData()
        return [
            p
            for p in self._catalogue.prompts
            if (not practice or p.practice == practice)
            and (not depth or p.depth == depth)
            and (not self.favourites_only.isChecked() or p.id in self._favourites)
            and (self.show_hidden.isChecked() or p.id not in self._hidden)
        ]

    def select_prompt(self, prompt_id: str) -> bool:
        for row in range(self.prompt_list.count()):
            if self.prompt_list.item(row).data(ID_ROLE) == prompt_id:
                self.prompt_list.setCurrentRow(row)
                return True
        return False

    def _fill_prompts(self) -> None:
        current = self._current_prompt()
        self.prompt_list.clear()
        prompts = self.visible_prompts()
        for prompt in prompts:
            item = QListWidgetItem(self._item_text(prompt))
            item.setData(ID_ROLE, prompt.id)
            item.setToolTip(prompt.why)
            if prompt.id in self._hidden:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.prompt_list.addItem(item)
        self.count_label.setText(self.tr("%n prompt(s)", "", len(prompts)))
        if not (current and self.select_prompt(current.id)) and prompts:
            self.prompt_list.setCurrentRow(0)
        self._show_detail(self._current_prompt())

    def _item_text(self, prompt: Prompt) -> str:
        marks = "★ " if prompt.id in self._favourites else ""
        suffix = "  " + self.tr("(hidden)") if prompt.id in self._hidden else ""
        return f"{marks}{prompt.text}{suffix}"

    def _current_prompt(self) -> Prompt | None:
        item = self.prompt_list.currentItem()
        return self._catalogue.get(item.data(ID_ROLE)) if item is not None else None

    def _show_detail(self, prompt: Prompt | None) -> None:
        for widget in (self.favourite_button, self.hidden_button, self.write_button):
            widget.setEnabled(prompt is not None)
        if prompt is None:
            for label in (self.detail_title, self.detail_text, self.detail_why, self.detail_extra):
                label.clear()
            return
        practice = self._catalogue.practice(prompt.practice)
        self.detail_title.setText(f"{practice.name} · {depth_label(prompt.depth)}")
        self.detail_text.setText(prompt.text)
        self.detail_why.setText(self.tr("Why this helps: %1").replace("%1", prompt.why))
        extra: list[str] = []
        if prompt.follow_ups:
            extra.append(self.tr("To go further:"))
            extra.extend(f"• {f}" for f in prompt.follow_ups)
        helps = [f.name for f in self._catalogue.facets if f.id in prompt.addresses]
        if helps:
            extra.append(self.tr("Helps with: %1").replace("%1", ", ".join(helps)))
        if prompt.love_language and prompt.love_language != "all":
            name = self._catalogue.love_language_name(prompt.love_language)
            extra.append(self.tr("Love language: %1").replace("%1", name))
        self.detail_extra.setText("\n".join(extra))
        for button, checked in (
            (self.favourite_button, prompt.id in self._favourites),
            (self.hidden_button, prompt.id in self._hidden),
        ):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)

    # -- slots ----------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        self._fill_prompts()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show_detail(self._catalogue.get(current.data(ID_ROLE)) if current else None)

    def _change(self, prompt: Prompt, favourite: bool | None, hidden: bool | None) -> bool:
        try:
            if favourite is not None:
                self._service.set_favourite(prompt.id, favourite)
            if hidden is not None:
                self._service.set_hidden(prompt.id, hidden)
        except HeartLogError as exc:
            log.warning("prompt preference not saved: %s", type(exc).__name__)
            self.count_label.setText(error_message(exc))
            return False
        return True

    @Slot(bool)
    def _on_favourite_toggled(self, checked: bool) -> None:
        prompt = self._current_prompt()
        if prompt is None or not self._change(prompt, checked, None):
            return
        (self._favourites.add if checked else self._favourites.discard)(prompt.id)
        self._fill_prompts()

    @Slot(bool)
    def _on_hidden_toggled(self, checked: bool) -> None:
        prompt = self._current_prompt()
        if prompt is None or not self._change(prompt, None, checked):
            return
        (self._hidden.add if checked else self._hidden.discard)(prompt.id)
        self._fill_prompts()

    @Slot()
    def _on_write_clicked(self) -> None:
        prompt = self._current_prompt()
        if prompt is not None:
            self.writeAboutPrompt.emit(prompt.id)
            self.accept()
