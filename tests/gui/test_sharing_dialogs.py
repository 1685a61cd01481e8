"""Sharing dialogs driven like a person would: share code, add partner, share, inbox."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sharing_gui_helpers import couple_fixture  # noqa: F401  (the couple fixture)

from heartlog.core.sharing import inbox, keys, partners, selection, share_code
from heartlog.core.sharing.receive import receive_bundle_file
from heartlog.core.sharing.reflections import AUTHOR_ME, reflections_for
from heartlog.core.sharing.share_bundle import write_bundle
from heartlog.ui.sharing.add_partner_dialog import AddPartnerDialog
from heartlog.ui.sharing.inbox_view import InboxView
from heartlog.ui.sharing.mark_action import MarkForSharingAction
from heartlog.ui.sharing.reflections_panel import ReflectionsPanel
from heartlog.ui.sharing.share_code_dialog import ShareCodeDialog
from heartlog.ui.sharing.share_dialog import ShareDialog


def test_share_code_dialog_copies_and_saves(qtbot, journal, tmp_path, monkeypatch):
    dlg = ShareCodeDialog(journal, "Alex")
    qtbot.addWidget(dlg)
    key = keys.public_key(journal)
    assert dlg.code_edit.text() == share_code.format_share_code(key)
    assert dlg.fingerprint_label.text() == keys.fingerprint(key)
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dlg.code
    target = tmp_path / "alex.heartcode"
    monkeypatch.setattr(dlg, "ask_save_path", lambda: str(target))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert share_code.parse_share_code(target.read_text()).name == "Alex"


def test_add_partner_dialog(qtbot, journal):
    dlg = AddPartnerDialog(journal)
    qtbot.addWidget(dlg)
    own = share_code.format_share_code(keys.public_key(journal))
    qtbot.keyClicks(dlg.code_edit, own)
    assert not dlg.add_button.isEnabled() and "own share code" in dlg.error_label.text()
    dlg.code_edit.clear()
    qtbot.keyClicks(dlg.code_edit, "heartlog-share-1:ABC")
    assert not dlg.add_button.isEnabled() and dlg.error_label.text()
    dlg.code_edit.clear()
    other = bytes(range(32))
    dlg.code_edit.insertPlainText(share_code.share_code_file_text(other, "Sam"))  # a paste
    assert dlg.fingerprint_label.text() == keys.fingerprint(other)
    assert dlg.name_edit.text() == "Sam" and dlg.add_button.isEnabled()
    with qtbot.waitSignal(dlg.partnerAdded):
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in partners.list_partners(journal)] == ["Sam"]


def _three_marked(journal):
    entries = [journal.add(title=f"Title{i}", body=f"body word{i}", tags=["t"]) for i in range(4)]
    selection.mark(journal, [e.id for e in entries[:3]])
    return entries


def _untick(dlg, entry_id):
    for i in range(dlg.entry_list.count()):
        item = dlg.entry_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == entry_id:
            item.setCheckState(Qt.CheckState.Unchecked)


@pytest.mark.parametrize("fmt", ["html", "markdown", "pdf"])
def test_share_dialog_untick_and_export_readable(qtbot, journal, tmp_path, monkeypatch, fmt):
    entries = _three_marked(journal)
    dlg = ShareDialog(journal)
    qtbot.addWidget(dlg)
    assert dlg.entry_list.count() == 3
    assert dlg.file_radio.isChecked()  # no partner yet: only a readable file
    assert dlg.warning.isVisible() or not dlg.isVisible()
    assert "not encrypted" in dlg.warning.text().lower()
    assert "word1" in dlg.preview.toPlainText()
    _untick(dlg, entries[1].id)
    preview = dlg.preview.toPlainText()
    assert "word1" not in preview and "word0" in preview and "word2" in preview
    assert "word3" not in preview  # never marked
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData(fmt))
    out = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(dlg, "ask_save_path", lambda *a: str(out))
    with qtbot.waitSignal(dlg.fileExported):
        qtbot.mouseClick(dlg.share_button, Qt.MouseButton.LeftButton)
    if fmt == "pdf":
        pypdf = pytest.importorskip("pypdf")
        reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    else:
        text = out.read_text(encoding="utf-8")
    assert "word0" in text and "word2" in text
    assert "word1" not in text and "word3" not in text
    assert "not encrypted" in text


def test_share_dialog_writes_a_bundle_in_a_worker(qtbot, couple, tmp_path, monkeypatch):
    entries = _three_marked(couple.ja)
    dlg = ShareDialog(couple.ja)
    qtbot.addWidget(dlg)
    assert dlg.bundle_radio.isChecked()
    _untick(dlg, entries[0].id)
    assert "2 entries" in dlg.summary.text()
    out = tmp_path / "b.heartshare"
    monkeypatch.setattr(dlg, "ask_save_path", lambda *a: str(out))
    with qtbot.waitSignal(dlg.bundleWritten, timeout=10_000) as blocker:
        qtbot.mouseClick(dlg.share_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].shared == 2
    receive_bundle_file(couple.jb, out)
    assert sorted(e.id for e in inbox.inbox(couple.jb)) == sorted(e.id for e in entries[1:3])


def test_inbox_shows_searches_and_reflects(qtbot, couple, tmp_path):
    entries = [
        couple.ja.add(title=f"Note{i}", body=f"apple{i} evening", written_at=None) for i in range(3)
    ]
    write_bundle(couple.ja, couple.a_partner_id, [e.id for e in entries], tmp_path / "x")
    receive_bundle_file(couple.jb, tmp_path / "x")
    view = InboxView(couple.jb)
    qtbot.addWidget(view)
    assert view.entry_list.count() == 3
    assert "From Alex" in view.heading.text()
    qtbot.keyClicks(view.search_edit, "apple1")
    qtbot.waitUntil(lambda: view.entry_list.count() == 1)
    assert view.current_entry_id() == entries[1].id
    assert "apple1" in view.detail.toPlainText()
    assert not view.reflect_button.isEnabled()
    qtbot.keyClicks(view.reflection_edit, "What I heard is you like apples.")
    with qtbot.waitSignal(view.reflectionSaved):
        qtbot.mouseClick(view.reflect_button, Qt.MouseButton.LeftButton)
    got = reflections_for(couple.jb, entries[1].id)
    assert [(r.author, r.body) for r in got] == [(AUTHOR_ME, "What I heard is you like apples.")]
    assert "like apples" in view.detail.toPlainText()
    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.entry_list.count() == 3)


def test_mark_action_and_reflections_panel(qtbot, couple, tmp_path):
    e = couple.ja.add(body="mine")
    current = {"id": e.id}
    action = MarkForSharingAction(couple.ja, lambda: current["id"])
    assert not action.isChecked()
    with qtbot.waitSignal(action.markChanged):
        action.trigger()
    assert selection.is_marked(couple.ja, e.id)
    panel = ReflectionsPanel(couple.ja)
    qtbot.addWidget(panel)
    panel.set_entry(e.id)
    assert panel.isHidden()
    write_bundle(couple.ja, couple.a_partner_id, [e.id], tmp_path / "x")
    receive_bundle_file(couple.jb, tmp_path / "x")
    from heartlog.core.sharing.reflections import reflect

    reflect(couple.jb, e.id, "Heard you.")
    write_bundle(couple.jb, couple.b_partner_id, [], tmp_path / "y")
    receive_bundle_file(couple.ja, tmp_path / "y")
    panel.set_entry(e.id)
    assert not panel.isHidden() and "Heard you." in panel.label.text() and panel.count() == 1
