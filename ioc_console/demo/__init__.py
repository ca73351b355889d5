"""The demo backend: a real HTTP server on loopback with the deterministic Cao Lãnh world
(REST datasets, alert actions, the event stream, Open311). Qt-free."""

from .backend import DemoBackend

__all__ = ["DemoBackend"]
