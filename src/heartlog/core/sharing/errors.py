"""Typed errors of the sharing feature (each message says what to do next)."""

from __future__ import annotations

from enum import StrEnum

from heartlog.core.errors import BundleRejected, HeartLogError


class InvalidShareCode(HeartLogError):
    """A partner's share code is malformed, mistyped or our own."""


class PartnerNotFound(HeartLogError):
    """No partner (or more than one) matches what was asked for."""


class NothingSelected(HeartLogError):
    """A selection matched no entry, or no selection was given."""


class ReflectionError(HeartLogError):
    """A reflection cannot be written (empty, or on an entry we do not have)."""


class RejectReason(StrEnum):
    """Why a bundle was refused, so the UI can show its own translated text."""

    NOT_A_BUNDLE = "not_a_bundle"
    UNSUPPORTED_VERSION = "unsupported_version"
    TRUNCATED = "truncated"
    EXTENDED = "extended"
    OWN_BUNDLE = "own_bundle"
    WRONG_RECIPIENT = "wrong_recipient"
    UNKNOWN_SENDER = "unknown_sender"
    TAMPERED = "tampered"
    INVALID_CONTENT = "invalid_content"
    OLDER = "older"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"


class ShareBundleRejected(BundleRejected):
    """A bundle refused whole; nothing was imported. ``reason`` says why."""

    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
