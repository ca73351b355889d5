"""Fixtures of the CAP tests: a loopback feed server and CAP 1.2 documents near Cao Lãnh."""

from __future__ import annotations

import pytest
from cap_loopback import CapFeedServer


@pytest.fixture
def feed_server():
    server = CapFeedServer()
    yield server
    server.close()
