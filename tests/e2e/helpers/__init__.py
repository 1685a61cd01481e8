"""Helper programs that end-to-end reliability tests run as subprocesses."""
