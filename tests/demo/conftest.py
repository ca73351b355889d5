"""Fixtures of the demo backend's server tests: a backend on the small world of demo_world."""

from __future__ import annotations

import pytest
import requests
from demo_world import new_detection, session_for, small_world

from ioc_console.demo import DemoBackend


@pytest.fixture
def make_backend():
    """``make_backend(**kwargs)``: a DemoBackend on the small world (not started); stopped at
    the end."""
    made = []

    def make(**kwargs) -> DemoBackend:
        options = {"rate": 0, "heartbeat_s": 0.5, "live": {"new_detection": new_detection},
                   **kwargs}
        made.append(DemoBackend(world=small_world(), **options))
        return made[-1]

    yield make
    for demo in made:
        demo.stop()


@pytest.fixture
def backend(make_backend):
    demo = make_backend()
    demo.start()
    return demo


@pytest.fixture
def api(backend):
    """``api(username="operator")``: a logged-in session; closed at the end."""
    sessions = []

    def make(username: str = "operator") -> requests.Session:
        sessions.append(session_for(backend, username))
        return sessions[-1]

    yield make
    for session in sessions:
        session.close()
