"""Plugins import from the console only through ``ioc_console.plugin_api``, and only what its
``__all__`` offers: read from the plugins' sources, every import form that can be seen."""

from __future__ import annotations

import ast
from pathlib import Path
from textwrap import dedent

import pytest

import ioc_console.plugin_api as plugin_api

ROOT = Path(__file__).resolve().parents[2]
BUILTIN_PLUGINS = ROOT / "plugins"
PACKAGE = "ioc_console"
API = "ioc_console.plugin_api"
DYNAMIC = {"import_module", "__import__", "find_spec", "spec_from_file_location", "run_module"}


def _ours(module: str) -> bool:
    return module == PACKAGE or module.startswith(PACKAGE + ".")


def _dotted(node: ast.expr) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def boundary_problems(source: str, filename: str = "<plugin>") -> list[str]:
    """What in ``source`` reaches into the console past the plugin API (empty: nothing)."""
    tree = ast.parse(source, filename)
    problems: list[str] = []
    allowed = set(plugin_api.__all__)
    api_aliases: set[str] = set()  # names bound to the API module itself

    def problem(node: ast.AST, text: str) -> None:
        problems.append(f"{filename}:{getattr(node, 'lineno', '?')}: {text}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == API and alias.asname:
                    api_aliases.add(alias.asname)
                elif _ours(alias.name):
                    problem(node, f"import {alias.name} (use: from {API} import …)")
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level > 1:
                problem(node, f"relative import {'.' * node.level}{module} leaves the plugin")
            elif node.level == 0 and module == PACKAGE:
                for alias in node.names:
                    if alias.name == "plugin_api":
                        api_aliases.add(alias.asname or alias.name)
                    else:
                        problem(node, f"from {PACKAGE} import {alias.name}")
            elif node.level == 0 and module == API:
                for alias in node.names:
                    if alias.name not in allowed:
                        problem(node, f"{alias.name} is not part of the plugin API (__all__)")
            elif node.level == 0 and _ours(module):
                problem(node, f"from {module} import … (use: from {API} import …)")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func).rsplit(".", 1)[-1]
            if name in DYNAMIC and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    if _ours(first.value) and first.value != API:
                        problem(node, f"{name}({first.value!r})")
        elif isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            head, _, rest = dotted.partition(".")
            if head in api_aliases and rest and rest.split(".")[0] not in allowed:
                problem(node, f"{dotted}: not part of the plugin API (__all__)")
            elif _ours(dotted) and dotted != API and not dotted.startswith(API + "."):
                problem(node, f"{dotted} (reached through the package)")
    return problems


def plugin_sources(folder: Path = BUILTIN_PLUGINS) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_built_in_plugins_import_only_the_plugin_api():
    example = Path(__file__).resolve().parents[2] / "docs" / "example-plugin" / "src"
    sources = plugin_sources() + plugin_sources(example)  # the guide's example too
    names = {p.parent.name for p in sources}
    assert names >= {"admin_units", "healthcare", "complaints", "directives"}
    problems = [
        problem
        for path in sources
        for problem in boundary_problems(path.read_text(encoding="utf-8"), str(path))
    ]
    assert problems == []


def test_the_built_in_plugins_are_written_for_the_current_plugin_api():
    for manifest in sorted(BUILTIN_PLUGINS.glob("*/plugin.toml")):
        text = manifest.read_text(encoding="utf-8")
        assert f"api_version = {plugin_api.PLUGIN_API_VERSION}" in text, manifest


def test_everything_the_plugin_api_offers_exists_and_is_documented():
    assert len(set(plugin_api.__all__)) == len(plugin_api.__all__)
    for name in plugin_api.__all__:
        assert hasattr(plugin_api, name), name
        assert name in plugin_api.__doc__, f"{name} is not described in the module docstring"


@pytest.mark.parametrize(
    "source",
    [
        "from ioc_console.core.geo.features import facility_feature",
        "import ioc_console.core.text",
        "import ioc_console.core.text as text",
        "from ioc_console import core",
        "from ioc_console.plugin_api import PluginAPI, _private_name",
        "from ... import something",
        "import importlib\nimportlib.import_module('ioc_console.core.services')",
        "__import__('ioc_console.gui.app')",
        "import ioc_console.plugin_api\nioc_console.core.services.build_services",
        "from ioc_console import plugin_api as api\napi.core",
    ],
)
def test_each_way_past_the_api_is_caught(source):
    assert boundary_problems(dedent(source)), source


@pytest.mark.parametrize(
    "source",
    [
        "from ioc_console.plugin_api import QT_TRANSLATE_NOOP, PluginAPI",
        "from ioc_console import plugin_api\nplugin_api.units_on",
        "import ioc_console.plugin_api as api\napi.FieldFilter('kind', '=', 'x')",
        "from .panel import Panel\nfrom . import model",
        "import json\nfrom PySide6.QtWidgets import QWidget",
        "importlib.import_module('ioc_console.plugin_api')",
    ],
)
def test_what_the_api_allows_passes(source):
    assert boundary_problems(dedent(source)) == []
