"""Creating a profile, unlocking it, and refusing what must be refused, through the real dialogs."""

from __future__ import annotations

from driving import TIMEOUT_MS, create_profile_in_dialog, start_and_unlock, tick, type_passphrase
from PySide6.QtCore import Qt

from heartlog.ui.new_profile_dialog import NewProfileDialog
from heartlog.ui.start_dialogs import ProfilePickerDialog
from heartlog.ui.unlock_dialog import UnlockDialog
from heartlog_testing import PASSPHRASE


def test_first_run_creates_a_profile_and_opens_its_window(qtbot, new_flow):
    flow = new_flow()
    flow.start()
    assert isinstance(flow.dialog, NewProfileDialog)
    window = create_profile_in_dialog(qtbot, flow, "Anna", PASSPHRASE)
    assert "Anna" in window.windowTitle()
    assert window.isVisible()
    assert window.journal is not None
    assert window.journal.count() == 0

    from heartlog.core.profiles import list_profiles

    assert [p.name for p in list_profiles()] == ["Anna"]


def test_new_profile_needs_matching_passphrases_and_the_acknowledgement(qtbot, new_flow):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, NewProfileDialog)
    qtbot.keyClicks(dialog.name_edit, "Ben")
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.create_button.isEnabled()
    assert "at least 8 characters" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.passphrase, " but now long enough")
    qtbot.keyClicks(dialog.confirm, "something else")
    assert not dialog.create_button.isEnabled()
    assert "not the same" in dialog.problem_label.text()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, dialog.passphrase.text())
    assert not dialog.create_button.isEnabled()
    assert "cannot be recovered" in dialog.problem_label.text()
    tick(qtbot, dialog.ack_box)
    assert dialog.create_button.isEnabled()


def test_strength_meter_follows_zxcvbn(qtbot, new_flow):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    qtbot.keyClicks(dialog.passphrase, "password")
    weak = dialog.meter.value()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "violet tugboat marmalade sideways")
    assert weak <= 1 < 3 <= dialog.meter.value()
    assert "Strong" in dialog.strength_label.text() or "Good" in dialog.strength_label.text()


def test_show_passphrase_reveals_both_fields(qtbot, new_flow):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    tick(qtbot, dialog.show_box)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal
    assert dialog.confirm.echoMode() == dialog.confirm.EchoMode.Normal


def test_wrong_passphrase_says_so_and_the_right_one_then_works(qtbot, new_flow, profile):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)  # the only profile goes straight to unlocking
    type_passphrase(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=TIMEOUT_MS)
    assert "Wrong passphrase" in dialog.error_label.text()
    assert dialog.passphrase.isEnabled()
    assert flow.window is None
    type_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    assert "Test" in flow.window.windowTitle()


def test_unlock_shows_a_busy_state_while_deriving_the_key(qtbot, new_flow, profile):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert not dialog.passphrase.isEnabled()
        assert dialog.busy_bar.isVisibleTo(dialog)


def test_caps_lock_warning(qtbot, new_flow, profile):
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    assert not dialog.caps_label.isVisibleTo(dialog)
    qtbot.keyClick(dialog.passphrase, "A")  # an upper-case letter without Shift
    assert dialog.caps_label.isVisibleTo(dialog)
    qtbot.keyClick(dialog.passphrase, "a")
    assert not dialog.caps_label.isVisibleTo(dialog)


def test_picker_lists_profiles_and_opens_the_chosen_one(qtbot, new_flow):
    from heartlog.core.profiles import create_profile

    create_profile("Anna", PASSPHRASE)
    create_profile("Ben", PASSPHRASE)
    flow = new_flow()
    flow.start()
    picker = flow.dialog
    assert isinstance(picker, ProfilePickerDialog)
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert names == ["Anna", "Ben"]
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, UnlockDialog)
    assert flow.dialog.profile.name == "Ben"


def test_picker_new_profile_button(qtbot, new_flow):
    from heartlog.core.profiles import create_profile

    create_profile("Anna", PASSPHRASE)
    create_profile("Ben", PASSPHRASE)
    flow = new_flow()
    flow.start()
    qtbot.mouseClick(flow.dialog.new_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, NewProfileDialog)
    window = create_profile_in_dialog(qtbot, flow, "Cleo", PASSPHRASE)
    assert "Cleo" in window.windowTitle()


def test_last_profile_is_offered_first(qtbot, new_flow):
    from heartlog.core.profiles import create_profile

    create_profile("Anna", PASSPHRASE)
    create_profile("Ben", PASSPHRASE)
    flow = new_flow()
    flow.start()
    flow.dialog.list.setCurrentRow(1)
    qtbot.mouseClick(flow.dialog.open_button, Qt.MouseButton.LeftButton)
    type_passphrase(qtbot, flow.dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    flow.window.close()

    again = new_flow()
    again.start()
    assert isinstance(again.dialog, UnlockDialog)
    assert again.dialog.profile.name == "Ben"


def test_second_window_on_the_same_profile_is_refused(qtbot, new_flow, profile, alerts_log):
    first = new_flow()
    window = start_and_unlock(qtbot, first, PASSPHRASE)
    assert window.isVisible()
    second = new_flow()
    second.start()
    assert "already open" in alerts_log.texts()
    assert not isinstance(second.dialog, UnlockDialog)
    assert second.window is None


def test_profile_open_elsewhere_gets_a_clear_message(qtbot, new_flow, opened):
    # The CLI (core's lock) holds the profile: the UI says so instead of opening it.
    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    type_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=TIMEOUT_MS)
    assert "already open" in dialog.error_label.text()
    assert flow.window is None


def test_cancelling_the_first_dialog_finishes(qtbot, new_flow, profile):
    flow = new_flow()
    flow.start()
    with qtbot.waitSignal(flow.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(flow.dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_a_window_lock_left_by_a_crashed_app_is_taken_over(qtbot, new_flow, profile):
    import subprocess
    import sys

    lock_path = profile.folder / "window.lock"
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # dies holding it, like a crash\n"
    )
    subprocess.run([sys.executable, "-c", code, str(lock_path)], check=True, timeout=60)
    assert lock_path.exists()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert window.isVisible()


def test_profile_catalog_matches_core_and_loads_no_database_stack(qapp):
    import subprocess
    import sys

    from heartlog.core.profiles import create_profile, list_profiles
    from heartlog.ui.profile_catalog import list_profiles as ui_list
    from heartlog_testing import SRC

    create_profile("Zoë", PASSPHRASE)
    create_profile("anna", PASSPHRASE)
    assert [(p.id, p.name, p.folder) for p in ui_list()] == [
        (p.id, p.name, p.folder) for p in list_profiles()
    ]
    code = (
        "import sys\nfrom heartlog.ui.profile_catalog import list_profiles\n"
        "assert [p.name for p in list_profiles()] == ['anna', 'Zoë'], list_profiles()\n"
        "heavy = [m for m in ('sqlalchemy', 'argon2', 'cryptography', 'alembic') "
        "if m in sys.modules]\nassert not heavy, heavy\n"
    )
    import os

    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
