"""GUI test helpers: modal boxes recorded instead of shown, and people-like driving of the start flow."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


@dataclass
class AlertLog:
    shown: list[tuple[str, str]] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = False

    def texts(self) -> str:
        return "\n".join(f"{t}: {m}" for t, m in self.shown)


@pytest.fixture(autouse=True)
def alerts_log(monkeypatch: pytest.MonkeyPatch) -> AlertLog:
    """Every alert and question is recorded; nothing modal ever blocks a test."""
    from heartlog.ui import alerts

    log = AlertLog()

    def present(_parent: QWidget | None, _icon: QMessageBox.Icon, title: str, text: str) -> None:
        log.shown.append((title, text))

    def ask(_parent: QWidget | None, title: str, text: str) -> bool:
        log.questions.append((title, text))
        return log.answer

    monkeypatch.setattr(alerts, "present", present)
    monkeypatch.setattr(alerts, "ask", ask)
    return log


@pytest.fixture
def flows(qapp: QApplication) -> Iterator[list]:
    """Start flows made by a test; their windows and dialogs are closed afterwards."""
    from heartlog.ui.app import create_application

    create_application([])
    made: list = []
    yield made
    for flow in made:
        if flow.window is not None:
            flow.window.close()
        if flow.dialog is not None:
            flow.dialog.hide()
        flow._release_lock()
    QThreadPool.globalInstance().waitForDone(10_000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qapp.processEvents()


@pytest.fixture
def new_flow(flows: list):
    def make():
        from heartlog.ui.start_flow import StartFlow

        flow = StartFlow()
        flows.append(flow)
        return flow

    return make
