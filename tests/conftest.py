"""Shared test set-up: every test gets its own settings, cache and log folders."""

from __future__ import annotations

import os

import pytest

# QtWebEngine must be imported, and the GL context shared, before pytest-qt creates the
# application; as root its sandbox must be off.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
try:
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets  # noqa: F401
except ImportError:  # the core tests run without Qt too
    pass


@pytest.fixture(autouse=True)
def ioc_home(tmp_path, monkeypatch):
    """All of the console's per-user folders below a temporary folder."""
    home = tmp_path / "ioc-home"
    monkeypatch.setenv("IOC_CONSOLE_HOME", str(home))
    monkeypatch.delenv("IOC_CONSOLE_PROFILE", raising=False)
    return home
