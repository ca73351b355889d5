from pathlib import Path
from textwrap import dedent

from ioc_console.core.panels import PanelContext, PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState


def make_plugin(root: Path, folder: str, manifest: str, code: str | None = None) -> Path:
    path = root / folder
    path.mkdir(parents=True)
    (path / "plugin.toml").write_text(dedent(manifest))
    if code is not None:
        (path / "plugin.py").write_text(dedent(code))
    return path


GOOD = """
    id = "{id}"
    name = "Good"
    version = "1.2.3"
    api_version = 1
    entry = "plugin:register"
"""


def load(root: Path, disabled=()):
    registry = PanelRegistry()
    manager = PluginManager([root], registry, set(disabled))
    manager.load_all()
    return registry, {r.folder.name: r for r in manager.records}


def test_good_plugin_registers_a_panel_under_its_id(tmp_path):
    make_plugin(
        tmp_path,
        "good",
        GOOD.format(id="good"),
        """
        from .helper import build
        def register(api):
            api.register_panel("hello", "Hello", build, area="left")
    """,
    )
    (tmp_path / "good" / "helper.py").write_text("def build(ctx):\n    return ctx.instance_id\n")
    registry, records = load(tmp_path)
    assert records["good"].state is PluginState.LOADED
    spec = registry.get("good.hello")
    assert spec.plugin_id == "good" and spec.area == "left"
    assert spec.factory(PanelContext("good.hello", None)) == "good.hello"


def test_broken_plugins_are_reported_and_skipped(tmp_path):
    make_plugin(
        tmp_path, "a_syntax", GOOD.format(id="a_syntax"), "def register(api):\n  return (\n"
    )
    make_plugin(tmp_path, "b_import", GOOD.format(id="b_import"), "import no_such_module_xyz\n")
    make_plugin(
        tmp_path,
        "c_raises",
        GOOD.format(id="c_raises"),
        """
        def register(api):
            api.register_panel("first", "First", lambda ctx: None)
            raise RuntimeError("database unreachable")
    """,
    )
    make_plugin(tmp_path, "d_manifest", 'id = "Bad Id"\nname = 3\n')
    make_plugin(
        tmp_path,
        "e_api",
        GOOD.format(id="e_api").replace("api_version = 1", "api_version = 9"),
        "def register(api): pass\n",
    )
    make_plugin(tmp_path, "f_noentry", GOOD.format(id="f_noentry"), "x = 1\n")
    make_plugin(
        tmp_path,
        "g_good",
        GOOD.format(id="g_good"),
        """
        def register(api):
            api.register_panel("ok", "Ok", lambda ctx: None)
    """,
    )
    registry, records = load(tmp_path)
    assert records["a_syntax"].state is PluginState.FAILED
    assert "SyntaxError" in records["a_syntax"].error
    assert "no_such_module_xyz" in records["b_import"].error
    assert records["c_raises"].error == "RuntimeError: database unreachable"
    assert "c_raises.first" not in registry  # what it registered before failing is gone
    assert "'name' must be text" in records["d_manifest"].error
    assert records["e_api"].state is PluginState.INCOMPATIBLE
    assert "plugin API 9" in records["e_api"].error
    assert "no function 'register'" in records["f_noentry"].error
    assert records["g_good"].state is PluginState.LOADED  # start-up went on
    assert [s.id for s in registry] == ["g_good.ok"]


def test_disabled_and_duplicate_plugins(tmp_path):
    code = "def register(api):\n    api.register_panel('p', 'P', lambda ctx: None)\n"
    make_plugin(tmp_path, "one", GOOD.format(id="same"), code)
    make_plugin(tmp_path, "two", GOOD.format(id="same"), code)
    make_plugin(tmp_path, "three", GOOD.format(id="off"), code)
    registry, records = load(tmp_path, disabled={"off"})
    assert records["one"].state is PluginState.LOADED
    assert "loaded first" in records["two"].error
    assert records["three"].state is PluginState.DISABLED
    assert [s.id for s in registry] == ["same.p"]


def test_unload_unregisters_everything(tmp_path):
    make_plugin(
        tmp_path,
        "u",
        GOOD.format(id="u"),
        """
        def register(api):
            api.register_panel("a", "A", lambda ctx: None)
            api.register_panel("b", "B", lambda ctx: None)
    """,
    )
    registry = PanelRegistry()
    manager = PluginManager([tmp_path], registry)
    manager.load_all()
    assert len(registry) == 2
    manager.unload("u")
    assert len(registry) == 0
    assert manager.records[0].state is PluginState.DISABLED


def test_manifest_names_in_other_languages(tmp_path):
    manifest = GOOD.format(id="named") + '\n    [names]\n    vi = "Có tên"\n'
    make_plugin(tmp_path, "named", manifest, "def register(api): pass\n")
    _, records = load(tmp_path)
    assert records["named"].display_name("vi") == "Có tên"
    assert records["named"].display_name("en") == "Good"
