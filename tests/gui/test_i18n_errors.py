"""Core's typed errors reach a German user in German, with their details (file, line) kept."""

from __future__ import annotations

import pytest
from i18n_helpers import interface_language

from heartlog.core import errors
from heartlog.core.reminder_schedule import InvalidReminderTime
from heartlog.core.sharing.errors import InvalidShareCode, RejectReason, ShareBundleRejected
from heartlog.ui import alerts
from heartlog.ui.error_texts import error_message, error_text
from heartlog.ui.pseudo_locale import PseudoTranslator, pseudo


@pytest.fixture
def german(qapp):
    with interface_language("de"):
        yield


def test_import_errors_keep_the_place_and_translate_the_words(german) -> None:
    exc = errors.ImportFormatError("does not exist.", "journal.txt, line 3")
    assert error_message(exc) == (
        "Es wurde nichts importiert, weil es mit diesem Tagebuch ein Problem gibt.\n"
        "journal.txt, Zeile 3: existiert nicht."
    )
    exc = errors.ImportFormatError(
        "'2024-13-01' is not a real date (year-month-day). Correct it and try again.",
        "export.json, entry 7",
    )
    assert error_message(exc).endswith(
        "export.json, Eintrag 7: „2024-13-01“ ist kein echtes Datum (Jahr-Monat-Tag). "
        "Korrigiere es und versuche es noch einmal."
    )
    assert error_text(exc)[0] == "Nichts importiert"


@pytest.mark.parametrize(
    ("error", "title", "words"),
    [
        (errors.WrongPassphrase(), "Falsche Passphrase", "Groß- und Kleinschreibung"),
        (errors.ProfileLocked("Anna"), "Profil schon geöffnet", "„Anna“"),
        (errors.ProfileCorrupt("x"), "Tagebuch nicht lesbar", "Sicherung"),
        (errors.StorageError("x"), "Speichern nicht möglich", "Platz"),
        (OSError(28, "No space left on device"), "Speichern nicht möglich", "Platz"),
        (InvalidReminderTime("25:99"), "HeartLog", "„25:99“ ist keine Uhrzeit"),
        (
            InvalidShareCode("The share code is damaged. Copy it again, whole, from your partner."),
            "HeartLog",
            "Der Freigabecode ist beschädigt",
        ),
        (
            ShareBundleRejected(RejectReason.TAMPERED, "tampered"),
            "Paket nicht importiert",
            "nicht zu trauen",
        ),
        (RuntimeError("internal"), "Etwas ist schiefgelaufen", "Protokolldatei"),
    ],
)
def test_alerts_are_german(german, alerts_log, error, title, words) -> None:
    alerts.alert(None, error)
    shown_title, shown_text = alerts_log.shown[-1]
    assert shown_title == title
    assert words in shown_text


def test_core_details_inside_a_sentence_are_kept(german) -> None:
    exc = errors.StorageError(
        "The disk is full, so backup.db could not be written. Free some space and try again."
        " (The backup was not written; the journal is unchanged.)"
    )
    assert error_message(exc) == (
        "Der Datenträger ist voll, deshalb konnte backup.db nicht geschrieben werden. Schaffe "
        "etwas Platz und versuche es noch einmal. (Die Sicherung wurde nicht geschrieben; das "
        "Tagebuch ist unverändert.)"
    )


def test_english_keeps_core_sentences_as_they_are(qapp) -> None:
    exc = errors.ProfileNotFound("Ben")
    assert "“Ben”" in error_message(exc)
    exc = InvalidReminderTime("25:99")
    assert error_message(exc) == str(exc)


def test_pseudo_translation_stretches_and_keeps_what_the_code_needs(qapp) -> None:
    text = pseudo("&Unlock %1 — {name} <b>now</b>")
    assert text.startswith("[&Uñļöçķ") and text.endswith("]")
    for kept in ("&U", "%1", "{name}", "<b>", "</b>"):
        assert kept in text
    assert len(pseudo("Choose a journal to see what it holds.")) >= 1.4 * 38
    assert pseudo("d MMMM") == "d MMMM"  # date patterns stay usable
    translator = PseudoTranslator()
    assert translator.translate("SettingsDialog", "Settings") == pseudo("Settings")
    assert translator.translate("QShortcut", "Ctrl") is None
