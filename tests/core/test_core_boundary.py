"""The core and the plugin API must import with Qt, libVLC and the GUI unavailable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib, importlib.abc, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6", "PySide6QtAds", "pyqtgraph", "vlc", "ioc_console.gui")

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED):
            raise ImportError(f"{name} is blocked for this test")
        return None

sys.meta_path.insert(0, Block())
import ioc_console.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "ioc_console.core.")]
for name in names:
    importlib.import_module(name)
import ioc_console.launcher
import ioc_console.plugin_api
print(len(names), "modules")
"""


def test_core_imports_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 15  # every core module was imported, not just the package


def test_blocking_really_blocks_qt():
    script = SCRIPT.replace(
        "import ioc_console.core as core", "import PySide6.QtCore\nimport ioc_console.core as core"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "blocked for this test" in result.stderr
