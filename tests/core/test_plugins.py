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


def test_plugins_written_for_api_1_and_2_load_and_map_layers_go_with_them(
    write_plugin, plugins_dir
):
    from ioc_console.core.geo.features import facility_feature
    from ioc_console.core.geo.layers import MapLayerRegistry

    write_plugin("old", "def register(api):\n    api.register_panel('p', 'P', lambda c: None)\n")
    write_plugin(
        "shops",
        """
        from ioc_console.core.geo.features import facility_feature
        def register(api):
            api.register_map_layer("markets", "Markets", dataset="facilities",
                                   feature=facility_feature, style={"color": "#123"})
    """,
        api_version=2,
    )
    write_plugin(
        "half",
        """
        from ioc_console.core.geo.features import facility_feature
        def register(api):
            api.register_map_layer("a", "A", dataset="facilities", feature=facility_feature)
            api.register_map_layer("b", "B", dataset="no_such_dataset", feature=facility_feature)
    """,
        api_version=2,
    )
    layers = MapLayerRegistry()
    manager = PluginManager([plugins_dir], PanelRegistry(), map_layers=layers)
    records = {r.id: r for r in manager.load_all()}
    assert records["old"].state is PluginState.LOADED
    assert records["shops"].state is PluginState.LOADED
    assert (
        records["half"].state is PluginState.FAILED and "no_such_dataset" in records["half"].error
    )
    spec = layers.get("shops.markets")
    assert spec.plugin_id == "shops" and spec.feature is facility_feature
    assert spec.title.context == "Plugins" and spec.style == {"color": "#123"}
    assert "half.a" not in layers  # what it registered before failing is gone
    manager.unload("shops")
    assert "shops.markets" not in layers and "cameras" in layers


def test_each_domain_plugin_puts_its_facilities_on_the_map(ioc_home):
    from ioc_console.core.geo.features import FeatureContext, layer_features
    from ioc_console.core.logbook import LogRing
    from ioc_console.core.services import build_services
    from ioc_console.demo.data import build_world

    world = build_world(seed=7)
    services = build_services(None, LogRing())
    try:
        services.cache.apply_items("facilities", world.facilities).result()
        services.cache.apply_items("units", world.units).result()
        services.plugins.load_all()
        facility_layers = {
            s.match[0].value: s
            for s in services.map_layers
            if s.dataset == "facilities" and len(s.match) == 1 and s.match[0].field == "domain"
        }
        domains = {f["domain"] for f in world.facilities}
        assert set(facility_layers) == domains  # every domain in the data has its layer
        owners = {d: s.plugin_id for d, s in facility_layers.items()}
        assert owners == {
            "healthcare": "healthcare",
            "education": "education",
            "tourism": "tourism",
            "security": "security",
            "administration": "procedures",
        }
        ctx = FeatureContext.from_cache(services.cache)
        for domain, spec in facility_layers.items():
            features = layer_features(spec, services.cache, ctx)
            expected = {f["id"] for f in world.facilities if f["domain"] == domain}
            assert {f["id"] for f in features} == expected, domain
            assert all(f["properties"]["ward_name"] for f in features)
            assert spec.style["color"].startswith("#")
        services.plugins.unload("healthcare")
        assert not [s for s in services.map_layers if s.plugin_id == "healthcare"]
        assert {"cameras", "complaints", "alerts", "units", "heat"} <= {
            s.id for s in services.map_layers
        }
        services.settings.set("plugins.disabled", ["healthcare"])
    finally:
        unload_all(services)

    # switched off in the settings: at the next start it is not loaded and adds no layers
    services = build_services(None, LogRing())
    try:
        services.plugins.load_all()
        record = next(r for r in services.plugins.records if r.id == "healthcare")
        assert record.state is PluginState.DISABLED
        assert not [s for s in services.map_layers if s.plugin_id == "healthcare"]
    finally:
        unload_all(services)


def unload_all(services) -> None:
    """Unload every plugin (their feeds leave the process-wide list of datasets) and close."""
    for record in services.plugins.records:
        services.plugins.unload(record.id)
    services.cache.close()
