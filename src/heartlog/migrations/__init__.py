"""Alembic migrations for the profile database, shipped inside the package."""
