"""Packaging tests: the bundling rules of build/bundle_rules.py (imported by path: build/ is
not a package), and the packaging scripts run on stand-in bundles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


@pytest.fixture(scope="session")
def rules():
    spec = importlib.util.spec_from_file_location("bundle_rules", BUILD / "bundle_rules.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_rules"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_bundle(tmp_path):
    """A one-folder bundle as the Linux build leaves it, small: what the checks look for."""
    dist = tmp_path / "ioc-console"
    internal = dist / "_internal"
    for folder in ("resources/translations", "plugins/admin_units", "ui", "build/site-profiles",
                   "PySide6/Qt/libexec", "PySide6/Qt/resources"):
        (internal / folder).mkdir(parents=True)
    (dist / "ioc-console").write_bytes(Path("/bin/true").read_bytes())
    (dist / "ioc-console").chmod(0o755)
    (internal / "resources/translations/ioc_console_vi.qm").write_bytes(b"qm")
    (internal / "PySide6/Qt/libexec/QtWebEngineProcess").write_bytes(b"elf")
    (internal / "PySide6/Qt/resources/icudtl.dat").write_bytes(b"icu")
    (internal / "PySide6/Qt/resources/qtwebengine_resources.pak").write_bytes(b"pak")
    return dist
