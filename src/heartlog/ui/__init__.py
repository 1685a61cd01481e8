"""HeartLog's PySide6 desktop interface: windows, dialogs, item models and workers."""
