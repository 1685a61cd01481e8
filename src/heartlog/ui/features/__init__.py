"""Features plugged into the main window through ``window_features.FEATURE_MODULES``."""
