"""The CAP GUI tests' loopback feed server."""

from __future__ import annotations

import pytest
from cap_loopback import CapFeedServer


@pytest.fixture
def feed_server():
    server = CapFeedServer()
    yield server
    server.close()
