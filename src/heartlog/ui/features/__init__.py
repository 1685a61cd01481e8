"""Features wired into the main window: each module has ``install(window)`` (see window_features)."""
