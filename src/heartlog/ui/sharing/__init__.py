"""Sharing dialogs and widgets: share code, partners, share dialog, inbox, share folder."""
