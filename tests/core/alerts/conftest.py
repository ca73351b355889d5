"""Fixtures of the alerts core's tests."""

from __future__ import annotations

import pytest
from alert_fixtures import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
