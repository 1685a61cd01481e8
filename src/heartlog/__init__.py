"""HeartLog: a private, encrypted journal for each partner in a couple."""

__version__ = "0.1.0"
APP_NAME = "HeartLog"
APP_ID = "org.heartlog.HeartLog"
