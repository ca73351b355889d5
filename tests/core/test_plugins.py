from ioc_console.core.panels import PanelContext, PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState


def load(root, disabled=()):
    registry = PanelRegistry()
    manager = PluginManager([root], registry, set(disabled))
    manager.load_all()
    return registry, {r.folder.name: r for r in manager.records}


def test_good_plugin_registers_a_panel_under_its_id(write_plugin, plugins_dir):
    folder = write_plugin(
        "good",
        """
        from .helper import build
        def register(api):
            api.register_panel("hello", "Hello", build, area="left")
    """,
    )
    (folder / "helper.py").write_text("def build(ctx):\n    return ctx.instance_id\n")
    registry, records = load(plugins_dir)
    assert records["good"].state is PluginState.LOADED
    spec = registry.get("good.hello")
    assert spec.plugin_id == "good" and spec.area == "left"
    assert spec.factory(PanelContext("good.hello", None)) == "good.hello"


def test_broken_plugins_are_reported_and_skipped(write_plugin, plugins_dir):
    write_plugin("a_syntax", "def register(api):\n  return (\n")
    write_plugin("b_import", "import no_such_module_xyz\n")
    write_plugin(
        "c_raises",
        """
        def register(api):
            api.register_panel("first", "First", lambda ctx: None)
            raise RuntimeError("database unreachable")
    """,
    )
    write_plugin("d_manifest", manifest='id = "Bad Id"\nname = 3\n')
    write_plugin("e_api", "def register(api): pass\n", api_version=9)
    write_plugin("f_noentry", "x = 1\n")
    write_plugin(
        "g_good",
        """
        def register(api):
            api.register_panel("ok", "Ok", lambda ctx: None)
    """,
    )
    registry, records = load(plugins_dir)
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


def test_disabled_and_duplicate_plugins(write_plugin, plugins_dir):
    code = "def register(api):\n    api.register_panel('p', 'P', lambda ctx: None)\n"
    write_plugin("same", code, folder="one")
    write_plugin("same", code, folder="two")
    write_plugin("off", code, folder="three")
    registry, records = load(plugins_dir, disabled={"off"})
    assert records["one"].state is PluginState.LOADED
    assert "loaded first" in records["two"].error
    assert records["three"].state is PluginState.DISABLED
    assert [s.id for s in registry] == ["same.p"]


def test_unload_unregisters_everything(write_plugin, plugins_dir):
    write_plugin(
        "u",
        """
        def register(api):
            api.register_panel("a", "A", lambda ctx: None)
            api.register_panel("b", "B", lambda ctx: None)
    """,
    )
    registry = PanelRegistry()
    manager = PluginManager([plugins_dir], registry)
    manager.load_all()
    assert len(registry) == 2
    manager.unload("u")
    assert len(registry) == 0
    assert manager.records[0].state is PluginState.DISABLED


def test_manifest_names_in_other_languages(write_plugin, plugins_dir):
    folder = write_plugin("named", "def register(api): pass\n", name="Good")
    with open(folder / "plugin.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[names]\nvi = "Có tên"\n')
    _, records = load(plugins_dir)
    assert records["named"].display_name("vi") == "Có tên"
    assert records["named"].display_name("en") == "Good"
