"""Fixtures of the tests that play through video worker processes (see workers.py)."""

from workers import fresh_pool, tiles_window  # noqa: F401 (fixtures for this folder)
