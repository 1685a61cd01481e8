"""HeartLog's domain: storage, journal, analysis, sharing. Never imports Qt."""
