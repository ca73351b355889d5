"""The demo backend as the console uses it: started in-process on a free loopback port, with
the operator account the console signs in with."""

from __future__ import annotations

from ioc_console.core.sync.link import BackendTarget
from ioc_console.demo.backend import DemoBackend

DEMO_USER = ("operator", "operator-demo")


def start_embedded(**options) -> tuple[DemoBackend, BackendTarget]:
    """Start a :class:`DemoBackend` (``options`` as its constructor's) and say how to reach it;
    its tokens stay in memory (there is nothing to keep in the OS keyring)."""
    backend = DemoBackend(**options)
    url = backend.start()
    return backend, BackendTarget(url, *DEMO_USER, keep_token=False)
