"""Pool-thread results reach the GUI thread, and nobody is told when the receiver is gone."""

from __future__ import annotations

import shiboken6

from heartlog.ui.background import BackgroundCall, emit_while_alive


def test_result_and_error_arrive_as_signals(qtbot) -> None:
    call = BackgroundCall(lambda a, b: a + b, 2, 3)
    with qtbot.waitSignal(call.succeeded, timeout=10_000) as got:
        call.start()
    assert got.args == [5]
    # pytest-qt may hear the signal on the pool thread, before the GUI thread's slots ran.
    qtbot.waitUntil(lambda: not call.running, timeout=10_000)

    failing = BackgroundCall(lambda: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=10_000) as got:
        failing.start()
    assert isinstance(got.args[0], ZeroDivisionError)


def test_a_call_whose_owner_is_gone_finishes_quietly() -> None:
    ran: list[int] = []
    call = BackgroundCall(lambda: ran.append(1))
    assert emit_while_alive(call.succeeded, None)
    shiboken6.delete(call)  # its dialog closed while the work ran
    assert not emit_while_alive(call.succeeded, None)
    call._run()  # the pool thread's part: no "Signal source has been deleted" escapes
    assert ran == [1]
