"""Plugin tests in a running console: small plugins written to a temporary folder."""

from __future__ import annotations

from textwrap import dedent

import pytest
from plugin_sources import TINY

MANIFEST = """id = "{id}"
name = "{name}"
version = "2.1.0"
api_version = 4
entry = "plugin:register"

[names]
vi = "{vi}"
"""


@pytest.fixture
def plugin_folder(tmp_path):
    """``plugin_folder(id, code, name=..., vi=...)`` writes a plugin; returns the folder of
    plugins to give the console with ``--plugins-dir``."""
    root = tmp_path / "more-plugins"

    def write(plugin_id: str, code: str, name: str = "", vi: str = ""):
        folder = root / plugin_id
        folder.mkdir(parents=True)
        name = name or plugin_id.title()
        manifest = MANIFEST.format(id=plugin_id, name=name, vi=vi or name)
        (folder / "plugin.toml").write_text(manifest, encoding="utf-8")
        (folder / "plugin.py").write_text(dedent(code), encoding="utf-8")
        return root

    return write


@pytest.fixture
def tiny_root(plugin_folder):
    """The folder of plugins holding the tiny plugin (``tiny``)."""
    return plugin_folder("tiny", TINY, name="Tiny domain", vi="Lĩnh vực nhỏ")


@pytest.fixture
def tiny_console(start_console, tiny_root):
    """A console with the tiny plugin loaded from a temporary folder."""
    console = start_console("--lang", "en", "--plugins-dir", str(tiny_root))
    yield console
    if "tiny" not in console.services.plugins.disabled:
        console.services.plugins.disable("tiny")  # its feed is registered process-wide
