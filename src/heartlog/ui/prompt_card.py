"""The prompt card above the editor: today's prompt, why it helps, and what to do with it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.prompt_catalogue import Prompt
from heartlog.core.prompts import PromptService
from heartlog.core.timestamps import local_now
from heartlog.ui.error_texts import error_message

log = logging.getLogger(__name__)


def depth_label(depth: int) -> str:
    """How a depth is named in the UI (1 light, 2 deeper, 3 deep)."""
    names = {
        1: QCoreApplication.translate("PromptDepth", "Light"),
        2: QCoreApplication.translate("PromptDepth", "Deeper"),
        3: QCoreApplication.translate("PromptDepth", "Deep"),
    }
    return names.get(depth, str(depth))


def _today() -> dt.date:
    return local_now().date()


class PromptCard(QFrame):
    """Shows the day's prompt from a ``PromptService``; emits ``writeAboutPrompt(id)``."""

    writeAboutPrompt = Signal(str)
    promptChanged = Signal(str)  # the id now shown, "" when there is none

    def __init__(
        self,
        service: PromptService,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = _today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._day: dt.date | None = None
        self._prompt: Prompt | None = None
        self.setObjectName("promptCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        self.refresh()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.practice_label = QLabel(self)
        self.practice_label.setObjectName("promptPractice")
        font = self.practice_label.font()
        font.setBold(True)
        self.practice_label.setFont(font)
        self.depth_label = QLabel(self)
        self.depth_label.setObjectName("promptDepth")
        self.favourite_button = QToolButton(self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAutoRaise(True)
        self.favourite_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.favourite_button.toggled.connect(self._on_favourite_toggled)

        header = QHBoxLayout()
        header.addWidget(self.practice_label)
        header.addWidget(self.depth_label)
        header.addStretch(1)
        header.addWidget(self.favourite_button)

        self.text_label = QLabel(self)
        self.text_label.setObjectName("promptText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.text_label.setFont(font)

        self.why_label = QLabel(self)
        self.why_label.setObjectName("promptWhy")
        self.why_label.setWordWrap(True)
        font = self.why_label.font()
        font.setItalic(True)
        self.why_label.setFont(font)

        self.follow_label = QLabel(self)
        self.follow_label.setObjectName("promptFollowUps")
        self.follow_label.setWordWrap(True)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("promptError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.write_button = QPushButton(self.tr("Write about this"), self)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self._on_write_clicked)
        self.another_button = QPushButton(self.tr("Another prompt"), self)
        self.another_button.clicked.connect(self._on_another_clicked)
        self.hide_button = QPushButton(self.tr("Don't show again"), self)
        self.hide_button.setToolTip(
            self.tr("Hide this prompt for good. You can show it again from Browse prompts.")
        )
        self.hide_button.clicked.connect(self._on_hide_clicked)
        self.browse_button = QPushButton(self.tr("Browse prompts…"), self)
        self.browse_button.clicked.connect(self._on_browse_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        buttons.addWidget(self.browse_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.text_label)
        layout.addWidget(self.why_label)
        layout.addWidget(self.follow_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    # -- state ----------------------------------------------------------------------------
    def prompt(self) -> Prompt | None:
        return self._prompt

    @Slot()
    def refresh(self) -> None:
        """Show the day's prompt (recording it as shown); call again after midnight."""
        self._day = self._today()
        self._guarded(lambda: self._show(self._service.today(self._day)))

    def showEvent(self, event: QShowEvent) -> None:
        if self._day is not None and self._day != self._today():
            self.refresh()
        super().showEvent(event)

    def _guarded(self, action: Callable[[], None]) -> None:
        """Run a service call; a storage error is shown on the card, nothing else changes."""
        try:
            action()
        except HeartLogError as exc:
            log.warning("prompt card action failed: %s", type(exc).__name__)
            self.error_label.setText(error_message(exc))
            self.error_label.show()
        else:
            self.error_label.hide()

    def _show(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        has_prompt = prompt is not None
        for widget in (self.write_button, self.another_button, self.hide_button):
            widget.setEnabled(has_prompt)
        self.favourite_button.setEnabled(has_prompt)
        if prompt is None:
            self.practice_label.setText(self.tr("No prompt today"))
            self.depth_label.clear()
            self.text_label.setText(
                self.tr("Every prompt is hidden. Use Browse prompts to show some again.")
            )
            self.why_label.clear()
            self.follow_label.hide()
            self._set_favourite_checked(False)
            self.promptChanged.emit("")
            return
        self.practice_label.setText(self._service.practice_name(prompt))
        self.depth_label.setText(depth_label(prompt.depth))
        self.text_label.setText(prompt.text)
        self.why_label.setText(self.tr("Why this helps: %1").replace("%1", prompt.why))
        if prompt.follow_ups:
            lines = "\n".join(f"• {f}" for f in prompt.follow_ups)
            self.follow_label.setText(self.tr("To go further:") + "\n" + lines)
            self.follow_label.show()
        else:
            self.follow_label.hide()
        self._set_favourite_checked(prompt.id in self._service.favourites())
        self.promptChanged.emit(prompt.id)

    def _set_favourite_checked(self, checked: bool) -> None:
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(checked)
        self.favourite_button.blockSignals(False)
        self._update_favourite_text(checked)

    def _update_favourite_text(self, checked: bool) -> None:
        self.favourite_button.setText(
            self.tr("★ Favourite") if checked else self.tr("☆ Add to favourites")
        )

    # -- slots ----------------------------------------------------------------------------
    @Slot()
    def _on_write_clicked(self) -> None:
        if self._prompt is not None:
            self.writeAboutPrompt.emit(self._prompt.id)

    @Slot()
    def _on_another_clicked(self) -> None:
        self._day = self._today()
        self._guarded(lambda: self._show(self._service.skip(self._day)))

    @Slot()
    def _on_hide_clicked(self) -> None:
        if self._prompt is None:
            return
        prompt_id = self._prompt.id

        def hide_and_move_on() -> None:
            self._service.set_hidden(prompt_id, True, self._day)
            self._show(self._service.today(self._day))

        self._guarded(hide_and_move_on)

    @Slot(bool)
    def _on_favourite_toggled(self, checked: bool) -> None:
        if self._prompt is None:
            return
        prompt_id = self._prompt.id
        self._update_favourite_text(checked)
        self._guarded(lambda: self._service.set_favourite(prompt_id, checked))

    @Slot()
    def _on_browse_clicked(self) -> None:
        from heartlog.ui.prompt_browser import PromptBrowser

        browser = PromptBrowser(self._service, self)
        browser.writeAboutPrompt.connect(self.writeAboutPrompt)
        browser.finished.connect(self._on_browser_finished)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.open()

    @Slot(int)
    def _on_browser_finished(self, _result: int) -> None:
        # Favourites or hidden prompts may have changed in the browser.
        self.refresh()
